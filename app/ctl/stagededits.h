#pragma once

#include "core/sessionstate.h"

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace vitrine {

// What is staged for one product, image by image, for `vitrinectl pending`. StagedGallery decides
// what counts as an edit (a move is an image outside the longest run that kept its relative
// order), as it does for the app's GalleryModel, so the listing counts exactly what the app counts.
class StagedEdits {
public:
    struct Edit {
        enum class Kind { Add, Change, Delete };
        QString image; // store id, or the local key of an image not yet created
        int place = 0; // 1-based place in the staged display order; 0 for a deletion
        Kind kind = Kind::Change;
        ImageFields changed; // Change: what differs from the store's image
        ProductImage values; // the staged values (the store's for a deletion)
        QString error;       // the store's message when publishing it failed
    };

    static QList<Edit> of(const SessionState &state);

    // Each edit's "changes": ["add"], ["delete"], or the names of the changed fields
    // (imageFieldNames: "position", "alt", "src", "variants").
    static QJsonArray toJson(const QList<Edit> &edits);
    // One line per edit: "image 12 at place 1: moved, alt \"Front view\"".
    static QStringList toText(const QList<Edit> &edits);
};

} // namespace vitrine
