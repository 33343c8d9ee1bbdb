#include "core/productimage.h"

#include <algorithm>

namespace vitrine {

ProductImage ImagePatch::appliedTo(ProductImage image) const {
    if (src)
        image.src = *src;
    if (alt)
        image.alt = *alt;
    if (position)
        image.position = *position;
    if (variantIds)
        image.variantIds = *variantIds;
    return image;
}

QStringList VariantLinks::idsOf(const QString &imageId, const QStringList &listed) const {
    QStringList naming;
    if (!imageId.isEmpty()) {
        for (auto it = images.cbegin(); it != images.cend(); ++it)
            if (it.value() == imageId && !listed.contains(it.key()))
                naming << it.key();
    }
    naming.sort();
    return listed + naming;
}

QStringList VariantLinks::namesOf(const QString &imageId, const QStringList &listed) const {
    QStringList out;
    for (const QString &id : idsOf(imageId, listed)) {
        const QString name = names.value(id);
        if (!name.isEmpty())
            out << name;
    }
    return out;
}

bool sameVariantSet(QStringList a, QStringList b) {
    a.sort();
    b.sort();
    return a == b;
}

Gallery sortedByPosition(Gallery gallery) {
    std::stable_sort(
        gallery.begin(), gallery.end(),
        [](const ProductImage &a, const ProductImage &b) { return a.position < b.position; });
    return gallery;
}

} // namespace vitrine
