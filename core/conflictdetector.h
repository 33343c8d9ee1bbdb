#pragma once

#include "core/conflict.h"
#include "core/sessionstate.h"

#include <QSet>

namespace vitrine {

// Three-way comparison of the gallery as loaded (the state's baseline), as staged (its rows and
// deletions) and as the store has it now (a fresh read). Pure functions over values.
//
// A field (alt, src, variants — variants as a set) counts as changed on the store when the fresh
// value differs from the baseline's — and, where the store has timestamps, only when the image's
// update time moved too (so a dialect that normalises a value on reading is not taken for a
// colleague). Position means the place among the images both sides still have (in the store and
// staged, not staged for deletion): the images outside a longest common subsequence of the
// loaded and the fresh order were moved; renumbering alone is no change. Where several such
// subsequences exist (an adjacent swap moved either image), the store's side keeps images whose
// update time did not move (timestamps), then leaves alone the images the user may have moved;
// the user's side keeps the images the store moved. A reading stands only when the merge it
// leads to (store's place taken for what only the store moved) orders every pair of images as
// someone wanted it: as staged where the user reordered it, as the store has it where only the
// store did, as loaded otherwise. Otherwise the reading that takes the images moved on both
// sides is tried, and an image whose store place would still drop a staged move or make an order
// nobody made needs a choice (mineChanged): a staged move is never dropped silently.
//
// The user "changed the same thing" (mineChanged, resolution Unresolved) when:
//  - DeletedElsewhere: the staged image differs from the loaded one (a field, or it was moved).
//    Deleted on both sides is no choice (mineDeleted, TakeTheirs).
//  - AddedElsewhere: every loaded image is staged for deletion (a delete-all would take it).
//  - a field: the staged value differs from both the loaded and the store's one, or the image is
//    staged for deletion (mineDeleted). The same new value on both sides is no choice.
//  - PositionChangedElsewhere: the user moved it too, to another place (minePlace/theirsPlace),
//    or taking the store's place would undo the order the user staged (see above).
// A store image staged for deletion and moved elsewhere is not reported (the deletion stands).
class ConflictDetector {
public:
    struct Options {
        bool useTimestamps = false; // StoreCapabilities::hasTimestamps
        // Images whose state the store may have changed because of our own request whose
        // outcome is unknown (an interrupted publish): their differences are not conflicts.
        QSet<QString> ignore;
    };

    // Every change made elsewhere, in the store's display order (several conflicts of one image
    // in Kind order), then the images deleted elsewhere in the loaded order: preset TakeTheirs
    // where only the store changed it, Unresolved where the user staged something else for it.
    static QList<Conflict> detect(const SessionState &state, const Gallery &fresh,
                                  const Options &options);
    static QList<Conflict> detect(const SessionState &state, const Gallery &fresh);

    // The state to publish from: rebased on fresh (which becomes the baseline) with every
    // conflict applied as resolved — changes taken from the store replace the staged values,
    // kept ones stay staged. Unresolved conflicts are treated as KeepMine; callers check
    // needsChoice() first. New local keys (for an image added again) continue after the state's.
    //  - TakeTheirs: a field gets the store's value; a move puts the image right after its
    //    store predecessor; an image deleted elsewhere leaves the staged gallery; one added
    //    elsewhere is inserted after its store predecessor; a field changed on an image the user
    //    is deleting cancels that deletion.
    //  - KeepMine: the staged value or place stays (it is re-sent); an image deleted elsewhere is
    //    staged again as a new image; one added elsewhere is staged for deletion.
    // Differences resolved names nothing for (its check used timestamps or an ignore set) are
    // merged by their preset: the store's change is followed where the user did not touch the
    // thing, the user's staged change stays where they did — nothing is reverted or dropped
    // unasked. Store facts (position numbers, sizes, update times) always come from fresh.
    // A create whose outcome was unknown must be recognised first (the staged new image given
    // its store id): otherwise the created image is taken as added elsewhere beside the staged
    // new one.
    static SessionState merge(const SessionState &state, const Gallery &fresh,
                              const QList<Conflict> &resolved);
};

} // namespace vitrine
