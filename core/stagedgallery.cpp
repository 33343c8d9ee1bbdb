#include "core/stagedgallery.h"

#include "core/orderplanner.h"

#include <algorithm>

namespace vitrine {

namespace {
QHash<QString, int> indexOfIds(const Gallery &gallery) {
    QHash<QString, int> index;
    index.reserve(gallery.size());
    for (int i = 0; i < gallery.size(); ++i)
        index.insert(gallery[i].id, i);
    return index;
}
} // namespace

StagedGallery StagedGallery::unchanged(const Gallery &baseline) {
    StagedGallery staged;
    staged.baseline = baseline;
    staged.rows.reserve(baseline.size());
    for (const ProductImage &image : baseline)
        staged.rows.append(StagedImage{image.id, false, image, {}});
    return staged;
}

QStringList StagedGallery::order() const {
    QStringList keys;
    keys.reserve(rows.size());
    for (const StagedImage &row : rows)
        keys.append(row.key);
    return keys;
}

QList<TargetImage> StagedGallery::targets() const {
    QList<TargetImage> out;
    out.reserve(rows.size());
    for (const StagedImage &row : rows)
        out.append(TargetImage{row.key, row.isNew, row.image});
    return out;
}

int rowOfKey(const QList<StagedImage> &rows, const QString &key) {
    for (int i = 0; i < rows.size(); ++i)
        if (rows[i].key == key)
            return i;
    return -1;
}

int StagedGallery::rowOfKey(const QString &key) const {
    return vitrine::rowOfKey(rows, key);
}

QSet<QString> StagedGallery::movedKeys(const QSet<QString> &movedExplicitly) const {
    const QHash<QString, int> baselineIndex = indexOfIds(baseline);
    QList<qint64> places;
    QList<qint64> weights;
    QList<int> rowOf;
    // Size first (every image weighs more than all preferences together), then preference.
    const qint64 unit = qint64(rows.size()) + 2;
    for (int r = 0; r < rows.size(); ++r) {
        const StagedImage &s = rows[r];
        const auto it = baselineIndex.constFind(s.key);
        if (s.isNew || it == baselineIndex.constEnd())
            continue;
        places.append(*it);
        weights.append(unit + (movedExplicitly.contains(s.key) ? 0 : 1));
        rowOf.append(r);
    }
    const QList<bool> stays = OrderPlanner::heaviestChain(places, weights, true);
    QSet<QString> moved;
    for (int i = 0; i < stays.size(); ++i)
        if (!stays[i])
            moved.insert(rows[rowOf[i]].key);
    return moved;
}

ImageFields StagedGallery::editedFields(const StagedImage &row, const ProductImage *base,
                                        bool moved) {
    if (row.isNew)
        return ImageField::New;
    ImageFields fields;
    if (!base) // not in the baseline and not new: nothing to compare with
        return fields;
    fields.setFlag(ImageField::Position, moved);
    fields.setFlag(ImageField::Alt, row.image.alt != base->alt);
    fields.setFlag(ImageField::Source, row.image.src != base->src);
    fields.setFlag(ImageField::Variants, !sameVariantSet(row.image.variantIds, base->variantIds));
    return fields;
}

QList<ImageFields> StagedGallery::editedFieldsOfRows() const {
    const QHash<QString, int> baselineIndex = indexOfIds(baseline);
    const QSet<QString> moved = movedKeys();
    QList<ImageFields> out;
    out.reserve(rows.size());
    for (const StagedImage &row : rows) {
        const auto it = baselineIndex.constFind(row.key);
        const ProductImage *base = it == baselineIndex.constEnd() ? nullptr : &baseline[*it];
        out.append(editedFields(row, base, moved.contains(row.key)));
    }
    return out;
}

int StagedGallery::pendingCount() const {
    const QList<ImageFields> edits = editedFieldsOfRows();
    return int(deletedIds.size() + std::count_if(edits.cbegin(), edits.cend(),
                                                 [](ImageFields f) { return f != ImageFields(); }));
}

} // namespace vitrine
