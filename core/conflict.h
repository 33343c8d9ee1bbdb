#pragma once

#include "core/productimage.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace vitrine {

// A change made on the store since the gallery was loaded (by a colleague, another device, the
// store's admin), found by the check a publish makes before it writes. Either only the store
// changed — the change is taken, so publishing never reverts it (resolution TakeTheirs, preset) —
// or the user staged a different change of the same thing: then the caller must choose
// (needsChoice()) before the publish goes on.
struct Conflict {
    enum class Kind {
        DeletedElsewhere,         // the image is gone from the store
        AddedElsewhere,           // the store has an image the loaded gallery did not
        AltChangedElsewhere,      // its alt text changed on the store
        SourceChangedElsewhere,   // its URL changed on the store
        VariantsChangedElsewhere, // its variants changed on the store
        PositionChangedElsewhere, // it was moved among the others on the store
    };
    enum class Resolution {
        Unresolved,
        KeepMine,   // publish the staged version (for DeletedElsewhere: add the image again with
                    // the staged values; for AddedElsewhere: delete it)
        TakeTheirs, // keep the store's version and drop the staged edit of this
    };

    QString imageId;
    Kind kind = Kind::AltChangedElsewhere;
    ProductImage base;        // as loaded (empty for AddedElsewhere)
    ProductImage mine;        // as staged (empty when the user staged its deletion or never had it)
    ProductImage theirs;      // as the store has it now (empty for DeletedElsewhere)
    bool mineDeleted = false; // the user staged this image's deletion
    int minePlace = 0;        // PositionChangedElsewhere: 1-based places among the images
    int theirsPlace = 0;      // both sides still have
    bool mineChanged = false; // the user also changed this (or deleted it): a choice is needed
    Resolution resolution = Resolution::Unresolved;

    bool needsChoice() const { return resolution == Resolution::Unresolved; }
    // One sentence: "The alt text of image 12 was changed on the store to "…"; yours is "…"."
    QString describe() const;
    // Stable names for vitrinectl --json: "deleted-elsewhere", ..., and "keep-mine", ...
    static QString kindName(Kind kind);
    static QString resolutionName(Resolution resolution);
    static bool parseResolution(const QString &name, Resolution *out);

    // The same conflict (same image, same kind, same store value): a choice made for one
    // applies to the other when the check runs again.
    bool sameAs(const Conflict &other) const;

    friend bool operator==(const Conflict &, const Conflict &) = default;
};

// Sets resolution on every conflict of conflicts that needs a choice.
void resolveAll(QList<Conflict> &conflicts, Conflict::Resolution resolution);
// Conflicts that still need a choice.
QList<Conflict> unresolved(const QList<Conflict> &conflicts);

} // namespace vitrine

Q_DECLARE_METATYPE(vitrine::Conflict)
