#include "workflow/orderingprobe.h"

#include "core/publishplanner.h"

namespace vitrine {

namespace {

// Each image's position, by id: what a prediction and a read are compared by (two images a
// store that keeps numbers holds at the same number may come in either order).
QHash<QString, int> positionsById(const Gallery &gallery) {
    QHash<QString, int> out;
    out.reserve(gallery.size());
    for (const ProductImage &image : gallery)
        out.insert(image.id, image.position);
    return out;
}

bool writesPosition(const WriteOp &op) {
    switch (op.kind) {
    case WriteOp::Kind::Create:
        return op.image.position.has_value();
    case WriteOp::Kind::Update:
        return op.patch.position.has_value() && !op.keepsPlace;
    default:
        return false;
    }
}

} // namespace

std::optional<OrderingSemantics> OrderingProbe::toldByPositions(const Gallery &gallery,
                                                                const StoreCapabilities &caps) {
    for (qsizetype i = 0; i < gallery.size(); ++i)
        if (gallery[i].position != caps.firstPosition + int(i))
            return OrderingSemantics::Absolute;
    return std::nullopt;
}

int OrderingProbe::opsToProbe(const PublishPlan &plan) {
    for (qsizetype i = 0; i < plan.ops.size(); ++i)
        if (writesPosition(plan.ops[i]))
            return int(i) + 1;
    return 0;
}

std::optional<OrderingSemantics>
OrderingProbe::inferred(const Gallery &before, const QList<WriteOp> &applied,
                        const QHash<QString, ProductImage> &created, const Gallery &after,
                        const StoreCapabilities &caps) {
    const QHash<QString, int> seen = positionsById(after);
    std::optional<OrderingSemantics> match;
    for (const OrderingSemantics rules : {OrderingSemantics::Absolute, OrderingSemantics::Shift}) {
        StoreCapabilities assumed = caps;
        assumed.ordering = rules;
        if (positionsById(PublishPlanner::predictGallery(before, applied, assumed, created)) !=
            seen)
            continue;
        if (match)
            return std::nullopt; // the writes did the same under both rules
        match = rules;
    }
    return match;
}

} // namespace vitrine
