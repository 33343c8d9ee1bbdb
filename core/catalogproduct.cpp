#include "core/catalogproduct.h"

namespace vitrine {

VariantLinks CatalogProduct::variantLinks() const {
    VariantLinks links;
    for (const ProductVariant &variant : variants) {
        if (!variant.title.isEmpty())
            links.names.insert(variant.id, variant.title);
        if (!variant.imageId.isEmpty())
            links.images.insert(variant.id, variant.imageId);
    }
    return links;
}

} // namespace vitrine
