#include "workflow/lostcreates.h"

#include "workflow/galleryindex.h"

#include <QUrl>

namespace vitrine {

QString LostCreates::sourceKey(const QString &src) {
    const QUrl url(src.trimmed());
    if (!url.isValid() || url.host().isEmpty())
        return src.trimmed();
    return url.host().toLower() + QLatin1Char(':') + QString::number(url.port(-1)) +
           url.path(QUrl::FullyEncoded) + QLatin1Char('?') + url.query(QUrl::FullyEncoded);
}

std::optional<ProductImage> LostCreates::find(const Gallery &fresh, const Journal::UncertainOp &op,
                                              const QSet<QString> &known) {
    if (!op.imageId.isEmpty()) {
        const int i = galleryindex::indexOf(fresh, op.imageId);
        if (i >= 0)
            return fresh[i];
    }
    const QString key = sourceKey(op.src);
    std::optional<ProductImage> sameSource;
    for (const ProductImage &image : fresh) {
        if (known.contains(image.id) || sourceKey(image.src) != key)
            continue;
        if (image.alt == op.alt)
            return image;
        if (!sameSource)
            sameSource = image;
    }
    return sameSource;
}

std::optional<ProductImage> LostCreates::adopt(SessionState &state, const Gallery &fresh,
                                               const Journal::UncertainOp &op,
                                               QSet<QString> known) {
    int row = state.staged.rowOfKey(op.localKey);
    if (op.kind != WriteOp::Kind::Create || op.localKey.isEmpty() || row < 0 ||
        !state.staged.rows[row].isNew)
        return std::nullopt;
    for (const QString &id : op.knownIds)
        known.insert(id);
    known.remove(op.imageId);
    std::optional<ProductImage> found = find(fresh, op, known);
    if (!found)
        return std::nullopt;

    // A rebase may already have added it as an image that appeared on the store.
    if (const int dup = state.staged.rowOfKey(found->id); dup >= 0) {
        state.staged.rows.removeAt(dup);
        if (dup < row)
            --row;
    }
    if (galleryindex::indexOf(state.staged.baseline, found->id) < 0) {
        // After its nearest predecessor in the store's order that the baseline has, so the
        // store's arrangement of it is not taken for a move.
        const int at = galleryindex::indexOf(fresh, found->id);
        int insertAt = 0;
        for (int j = at - 1; j >= 0; --j) {
            const int b = galleryindex::indexOf(state.staged.baseline, fresh[j].id);
            if (b >= 0) {
                insertAt = b + 1;
                break;
            }
        }
        state.staged.baseline.insert(insertAt, *found);
    }
    StagedImage &r = state.staged.rows[row];
    // What the user asked for stays staged; where the store only spelled it differently, its
    // spelling is taken, so the difference is not sent again.
    if (sourceKey(r.image.src) == sourceKey(found->src))
        r.image.src = found->src;
    r.key = found->id;
    r.isNew = false;
    r.image.id = found->id;
    r.image.productId = found->productId;
    r.image.position = found->position;
    r.image.width = found->width;
    r.image.height = found->height;
    r.image.updatedAt = found->updatedAt;
    r.error.clear();
    return found;
}

} // namespace vitrine
