#pragma once

#include "core/productimage.h"
#include "core/publishplan.h"
#include "core/storecapabilities.h"

#include <QHash>
#include <QList>

#include <optional>

namespace vitrine {

// Learns how a store orders images (absolute or shift) where neither its profile nor its dialect
// file says (StoreCapabilities::orderingKnown) and its positions cannot tell. A publish sends its
// plan up to the first position write alone, reads the gallery back and asks inferred() what the
// store did with it; the rest is planned by what it showed, and the publisher keeps that for the
// store (PublishLog::keepLearnedOrdering), so later publishes plan right from the start. A wrong
// guess costs at most the write that showed it, where the image it moved is one the right rules
// move too (docs/planner.md). Pure functions over plain values.
class OrderingProbe {
public:
    // What the store's current positions tell: a store that renumbers always shows first,
    // first+1, ... in display order, so any other numbering (a gap, a tie, another start) comes
    // from a store that keeps the numbers it is sent. A gallery so numbered could be either.
    static std::optional<OrderingSemantics> toldByPositions(const Gallery &gallery,
                                                            const StoreCapabilities &caps);

    // The number of ops of plan to send before reading back: up to and including the first
    // that writes a position (a move, or a create at a given place); the ops before it do not
    // depend on the store's rules. 0: no op writes a position, nothing to learn from.
    static int opsToProbe(const PublishPlan &plan);

    // What the store did: before is the gallery before the probe was sent, applied the ops of
    // it that went through (created: Create ops' localKey -> the image the store answered),
    // after the gallery read back. The ordering whose prediction (PublishPlanner::predictGallery)
    // has every image at the position the store shows; nullopt when both or neither do.
    static std::optional<OrderingSemantics> inferred(const Gallery &before,
                                                     const QList<WriteOp> &applied,
                                                     const QHash<QString, ProductImage> &created,
                                                     const Gallery &after,
                                                     const StoreCapabilities &caps);
};

} // namespace vitrine
