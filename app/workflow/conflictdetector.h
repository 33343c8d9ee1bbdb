#pragma once

#include "core/conflict.h"
#include "app/workflow/sessionstate.h"

#include <QSet>

namespace vitrine {

// Three-way comparison of the gallery as loaded (the state's baseline), as staged (its rows and
// deletions) and as the store has it now (a fresh read). Pure functions over values.
//
// A field counts as changed on the store when the fresh value differs from the baseline's — and,
// where the store has timestamps, only when the image's update time moved too (so a dialect that
// normalises a value on reading is not taken for a colleague). Position means the place among
// the images both sides still have: the images outside a longest common subsequence of the
// loaded and the fresh order were moved; renumbering alone is no change.
class ConflictDetector {
public:
    struct Options {
        bool useTimestamps = false; // StoreCapabilities::hasTimestamps
        // Images whose state the store may have changed because of our own request whose
        // outcome is unknown (an interrupted publish): their differences are not conflicts.
        QSet<QString> ignore;
    };

    // Every change made elsewhere, in the store's display order: preset TakeTheirs where only
    // the store changed it, Unresolved where the user staged something else for it.
    static QList<Conflict> detect(const SessionState &state, const Gallery &fresh,
                                  const Options &options);
    static QList<Conflict> detect(const SessionState &state, const Gallery &fresh);

    // The state to publish from: rebased on fresh (which becomes the baseline) with every
    // conflict applied as resolved — changes taken from the store replace the staged values,
    // kept ones stay staged. Unresolved conflicts are treated as KeepMine; callers check
    // needsChoice() first. New local keys (for an image added again) continue after the state's.
    static SessionState merge(const SessionState &state, const Gallery &fresh,
                              const QList<Conflict> &resolved);
};

} // namespace vitrine
