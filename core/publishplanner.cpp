#include "core/publishplanner.h"

#include <QSet>

#include <algorithm>

namespace vitrine {

namespace {

WriteOp updateOp(const QString &productId, const QString &imageId, const QString &localKey,
                 ImagePatch patch) {
    WriteOp op;
    op.kind = WriteOp::Kind::Update;
    op.productId = productId;
    op.imageId = imageId;
    op.localKey = localKey;
    op.patch = std::move(patch);
    return op;
}

// A new image moved after its create: the publisher finds its id through the local key; its src
// names it in logs and summaries.
WriteOp newImageMove(const QString &productId, const TargetImage &target, ImagePatch patch) {
    WriteOp op = updateOp(productId, {}, target.key, std::move(patch));
    op.image.src = target.image.src;
    return op;
}

WriteOp createOp(const QString &productId, const TargetImage &target, std::optional<int> position) {
    WriteOp op;
    op.kind = WriteOp::Kind::Create;
    op.productId = productId;
    op.localKey = target.key;
    op.image.src = target.image.src;
    op.image.alt = target.image.alt;
    op.image.variantIds = target.image.variantIds;
    op.image.width = target.image.width;
    op.image.height = target.image.height;
    op.image.position = position;
    return op;
}
} // namespace

ImagePatch PublishPlanner::fieldChanges(const ProductImage &current, const ProductImage &wanted) {
    ImagePatch patch;
    if (wanted.alt != current.alt)
        patch.alt = wanted.alt;
    if (wanted.src != current.src)
        patch.src = wanted.src;
    if (!sameVariantSet(wanted.variantIds, current.variantIds))
        patch.variantIds = wanted.variantIds;
    return patch;
}

PublishPlan PublishPlanner::plan(const QString &productId, const Gallery &baseline,
                                 const QList<TargetImage> &targets, const StoreCapabilities &caps) {
    return plan(productId, baseline, targets, caps, Options{});
}

PublishPlan PublishPlanner::plan(const QString &productId, const Gallery &baseline,
                                 const QList<TargetImage> &targets, const StoreCapabilities &caps,
                                 const Options &options) {
    PublishPlan plan;
    plan.productId = productId;

    QHash<QString, qsizetype> baselineIndex;
    baselineIndex.reserve(baseline.size());
    for (qsizetype i = 0; i < baseline.size(); ++i)
        baselineIndex.insert(baseline[i].id, i);

    QList<TargetImage> wanted;
    QSet<QString> seen;
    for (const TargetImage &t : targets) {
        if (seen.contains(t.key) || (!t.isNew && !baselineIndex.contains(t.key)))
            continue;
        seen.insert(t.key);
        wanted.append(t);
    }

    // 1. Deletions.
    QStringList deleted;
    for (const ProductImage &image : baseline)
        if (!seen.contains(image.id))
            deleted << image.id;
    if (caps.canDeleteAll && deleted.size() >= 2 && deleted.size() == baseline.size()) {
        WriteOp op;
        op.kind = WriteOp::Kind::DeleteAll;
        op.productId = productId;
        plan.ops.append(op);
    } else {
        for (const QString &id : deleted) {
            WriteOp op;
            op.kind = WriteOp::Kind::Delete;
            op.productId = productId;
            op.imageId = id;
            plan.ops.append(op);
        }
    }

    // 2. What each surviving image needs besides its position. Where alt text goes through the
    // product, every alt change joins one batched write sent after the image requests, and an
    // image whose only change is its alt text is not written by an image request at all: moving
    // it costs a request of its own.
    const qsizetype m = wanted.size();
    QList<ImagePatch> patches(m);
    QList<OrderSlot> slots(m);
    WriteOp altBatch;
    altBatch.kind = WriteOp::Kind::UpdateAltTexts;
    altBatch.productId = productId;
    altBatch.requests = std::max(1, caps.altTextBatchRequests);
    for (qsizetype s = 0; s < m; ++s) {
        const TargetImage &t = wanted[s];
        slots[s].key = t.key;
        slots[s].exists = !t.isNew;
        if (!t.isNew) {
            const ProductImage &current = baseline[baselineIndex.value(t.key)];
            patches[s] = fieldChanges(current, t.image);
            if (caps.altTextThroughProduct && patches[s].alt) {
                altBatch.altTexts.append({t.key, *patches[s].alt});
                patches[s].alt.reset();
            }
            slots[s].value = current.position;
            slots[s].storeIndex = int(baselineIndex.value(t.key));
            slots[s].writtenAnyway = !patches[s].isEmpty();
        }
    }
    auto finished = [&plan, &altBatch]() {
        if (!altBatch.altTexts.isEmpty())
            plan.ops.append(altBatch);
        return plan;
    };

    if (caps.ordering == OrderingSemantics::Absolute) {
        OrderPlanner::AbsoluteOptions o;
        o.firstValue = caps.lowestPosition();
        o.maxValue = options.maxPosition;
        o.spacing = options.spacing;
        const OrderPlanner::AbsolutePlan order = OrderPlanner::planAbsolute(slots, o);
        plan.tiedImages = order.tiedImages;
        plan.tieWrites = order.tieWrites;
        QList<WriteOp> creates;
        QList<WriteOp> updates;
        QList<WriteOp> newImageMoves;
        qsizetype lastExisting = -1;
        for (qsizetype s = 0; s < m; ++s)
            if (slots[s].exists)
                lastExisting = s;
        for (qsizetype s = 0; s < m; ++s) {
            const TargetImage &t = wanted[s];
            if (t.isNew) {
                if (caps.positionOnCreate) {
                    creates.append(createOp(productId, t, order.values[s]));
                } else {
                    // Appended last by the store: right where it belongs when no existing image
                    // follows it; otherwise moved to its value once it exists.
                    creates.append(createOp(productId, t, std::nullopt));
                    if (s < lastExisting) {
                        ImagePatch patch;
                        patch.position = order.values[s];
                        newImageMoves.append(newImageMove(productId, t, patch));
                    }
                }
                continue;
            }
            ImagePatch patch = patches[s];
            if (order.values[s] != slots[s].value)
                patch.position = order.values[s];
            if (!patch.isEmpty())
                updates.append(updateOp(productId, t.key, {}, patch));
        }
        if (caps.positionOnCreate) {
            plan.ops += creates;
            plan.ops += updates;
        } else {
            // Existing images get their final values first, so "last" for each appended image
            // is after all of them.
            plan.ops += updates;
            plan.ops += creates;
            plan.ops += newImageMoves;
        }
        return finished();
    }

    // Shift ordering.
    QStringList current;
    for (const ProductImage &image : baseline)
        if (seen.contains(image.id))
            current << image.id;
    const OrderPlanner::ShiftPlan order =
        OrderPlanner::planShift(current, slots, caps.positionOnCreate, caps.firstPosition);
    for (const OrderPlanner::ShiftStep &step : order.creates)
        plan.ops.append(
            createOp(productId, wanted[step.slot],
                     step.position >= 0 ? std::optional<int>(step.position) : std::nullopt));
    QSet<int> moved;
    for (const OrderPlanner::ShiftStep &step : order.moves) {
        const TargetImage &t = wanted[step.slot];
        ImagePatch patch = patches[step.slot];
        patch.position = step.position;
        plan.ops.append(t.isNew ? newImageMove(productId, t, patch)
                                : updateOp(productId, t.key, {}, patch));
        moved.insert(step.slot);
    }
    for (qsizetype s = 0; s < m; ++s) {
        if (moved.contains(int(s)) || patches[s].isEmpty())
            continue;
        ImagePatch patch = patches[s];
        WriteOp op = updateOp(productId, wanted[s].key, {}, patch);
        // A full-replace update always sends a position, and the one the dialect would take from
        // the image as last read may be stale by now: send the position it has at this point
        // (the list is final once the moves are done), which moves nothing.
        if (caps.fullReplaceUpdate) {
            op.patch.position = order.finalPositions[s];
            op.keepsPlace = true;
        }
        plan.ops.append(op);
    }
    return finished();
}

Gallery PublishPlanner::predictGallery(const Gallery &baseline, const QList<WriteOp> &applied,
                                       const StoreCapabilities &caps,
                                       const QHash<QString, ProductImage> &created) {
    Gallery list = baseline;
    QHash<QString, QString> idOfLocalKey;
    auto indexOf = [&list](const QString &id) -> qsizetype {
        for (qsizetype i = 0; i < list.size(); ++i)
            if (list[i].id == id)
                return i;
        return -1;
    };
    const bool shift = caps.ordering == OrderingSemantics::Shift;
    auto placeAt = [&](qsizetype from, int position) {
        ProductImage image = list.takeAt(from);
        const qsizetype to = std::clamp<qsizetype>(position - caps.firstPosition, 0, list.size());
        list.insert(to, image);
    };

    for (const WriteOp &op : applied) {
        switch (op.kind) {
        case WriteOp::Kind::DeleteAll:
            list.clear();
            break;
        case WriteOp::Kind::Delete:
            if (const qsizetype i = indexOf(op.imageId); i >= 0)
                list.removeAt(i);
            break;
        case WriteOp::Kind::Create: {
            const auto it = created.constFind(op.localKey);
            if (it == created.constEnd())
                break;
            ProductImage image = *it;
            idOfLocalKey.insert(op.localKey, image.id);
            if (shift) {
                list.append(image);
                if (op.image.position)
                    placeAt(list.size() - 1, *op.image.position);
            } else {
                if (op.image.position && image.position == 0)
                    image.position = *op.image.position;
                list.append(image);
            }
            break;
        }
        case WriteOp::Kind::UpdateAltTexts:
            for (const AltTextEdit &edit : op.altTexts)
                if (const qsizetype i = indexOf(edit.imageId); i >= 0)
                    list[i].alt = edit.alt;
            break;
        case WriteOp::Kind::Update: {
            const QString id = op.imageId.isEmpty() ? idOfLocalKey.value(op.localKey) : op.imageId;
            const qsizetype i = id.isEmpty() ? -1 : indexOf(id);
            if (i < 0)
                break;
            ImagePatch fields = op.patch;
            fields.position.reset();
            list[i] = fields.appliedTo(list[i]);
            if (op.patch.position) {
                if (shift)
                    placeAt(i, *op.patch.position);
                else
                    list[i].position = *op.patch.position;
            }
            break;
        }
        }
    }
    if (shift) {
        for (qsizetype i = 0; i < list.size(); ++i)
            list[i].position = caps.firstPosition + int(i);
        return list;
    }
    return sortedByPosition(list);
}

} // namespace vitrine
