#pragma once

#include "core/orderplanner.h"
#include "core/productimage.h"
#include "core/publishplan.h"
#include "core/storecapabilities.h"

#include <QHash>
#include <QList>

namespace vitrine {

// Turns "the gallery is this (baseline) and should become that (targets)" into the fewest write
// requests for a store, and predicts what the store holds after some of them succeeded.
//
// Plan shape: deletions first (one DeleteAll when every image goes, at least two do and the store
// has the endpoint), then creates, then updates. Every update carries only the fields that
// change; an image that needs both a field change and a position write gets one update carrying
// both. Absolute ordering keeps the largest set of values that can stay; shift ordering moves
// only the images outside the heaviest common subsequence, at positions simulated so each write
// lands right. Where the store takes no position on create, new images are appended and moved
// afterwards (an Update whose imageId is empty and whose localKey names the created image: the
// publisher substitutes the id the create returned). Where the store saves alt text through the
// product (caps.altTextThroughProduct), every alt change of existing images is one
// UpdateAltTexts op, sent last, and an alt change does not make a move free. Each op carries its
// HTTP request cost (WriteOp::requests). See docs/planner.md.
class PublishPlanner {
public:
    struct Options {
        int maxPosition = std::numeric_limits<int>::max(); // largest order value (absolute)
        int spacing = 10; // distance between newly chosen values where there is room (absolute)
    };

    // targets: the wanted gallery in display order (existing images by store id, new ones by
    // local key). Baseline images missing from targets are deleted; targets naming an id the
    // baseline does not have are ignored (they cannot be written).
    static PublishPlan plan(const QString &productId, const Gallery &baseline,
                            const QList<TargetImage> &targets, const StoreCapabilities &caps);
    static PublishPlan plan(const QString &productId, const Gallery &baseline,
                            const QList<TargetImage> &targets, const StoreCapabilities &caps,
                            const Options &options);

    // The fields of an existing image that differ from what is wanted (no position).
    static ImagePatch fieldChanges(const ProductImage &current, const ProductImage &wanted);

    // What the store's gallery is after the given ops were applied to baseline, by the store's
    // ordering rules (absolute: values, then sort; shift: each position write moves the image
    // and renumbers). created maps a Create op's localKey to the image the store returned (its
    // id and fields); a Create without an entry is skipped, as are Updates of unknown images.
    // Display order, positions as the store would report them.
    static Gallery predictGallery(const Gallery &baseline, const QList<WriteOp> &applied,
                                  const StoreCapabilities &caps,
                                  const QHash<QString, ProductImage> &created);
};

} // namespace vitrine
