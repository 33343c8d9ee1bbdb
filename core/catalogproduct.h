#pragma once

#include "core/productimage.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace vitrine {

// A product variant as a store's product listing names it.
struct ProductVariant {
    QString id;
    QString title;
    QString imageId; // the image it shows, where the variant names it (Shoplazza's image_id)

    friend bool operator==(const ProductVariant &, const ProductVariant &) = default;
};

// One product of a store's catalog, as a scan reads it: what the product listing says about it
// and its gallery. See docs/catalog.md.
struct CatalogProduct {
    QString id;
    QString title;
    QString vendor;      // empty where the store does not give one (ProductSummary::vendor)
    QString productType; // likewise
    QList<ProductVariant> variants;
    // The store's last change to the product (its images included, where the store counts them
    // as part of the product); invalid when the store gives no stamp. A re-scan does not read
    // the gallery again of a product whose stamp has not moved.
    QDateTime updatedAt;
    Gallery images; // display order

    // Its variants as the alt text tools and the review ask them.
    VariantLinks variantLinks() const;

    friend bool operator==(const CatalogProduct &, const CatalogProduct &) = default;
};

} // namespace vitrine
