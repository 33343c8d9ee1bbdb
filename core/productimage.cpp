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
