#pragma once

#include "core/sessionstate.h"

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace vitrine {

// What is staged for one product, image by image, for `vitrinectl pending`. The GalleryModel
// decides what counts as an edit (a move is an image outside the longest run that kept its
// relative order), so the listing counts exactly what the app counts.
class StagedEdits {
public:
    struct Edit {
        QString image;       // store id, or the local key of an image not yet created
        int place = 0;       // 1-based place in the staged display order; 0 for a deletion
        QStringList changes; // "add", "position", "alt", "src", "variants" or "delete"
        ProductImage values; // the staged values (the store's for a deletion)
        QString error;       // the store's message when publishing it failed
    };

    static QList<Edit> of(const SessionState &state);

    static QJsonArray toJson(const QList<Edit> &edits);
    // One line per edit: "image 12 at place 1: moved, alt \"Front view\"".
    static QStringList toText(const QList<Edit> &edits);
};

} // namespace vitrine
