#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace vitrine {

// One image of a product's gallery, whatever the store. Ids are opaque strings: SHOPLINE ids have
// up to 64 digits and Shoplazza ids are UUIDs, so no id is ever parsed into an integer.
struct ProductImage {
    QString id;
    QString productId;
    QString src; // absolute URL (protocol-relative sources are resolved by the dialect)
    QString alt;
    int position = 0; // the store's order value: displayOrder (gaps allowed) or 1-based position
    QStringList variantIds;
    int width = 0; // 0 when the store does not say
    int height = 0;
    QDateTime updatedAt; // invalid when the store has no timestamps

    friend bool operator==(const ProductImage &, const ProductImage &) = default;
};

using Gallery = QList<ProductImage>;

// Which variants of a product each image shows, and the variants' names. Stores link the two from
// either side: the image lists its variants (ProductImage::variantIds: Shopify's variant_ids,
// SHOPLINE's sku_id), or a variant names the one image it shows (Shoplazza's variant image_id).
// Alt text templates' {variant}, the spreadsheet's variant column and the review's
// alt-misses-variant all ask this, so none of them forgets one side.
struct VariantLinks {
    QHash<QString, QString> names;  // variant id -> its name ("Red / S"), where the store gives one
    QHash<QString, QString> images; // variant id -> the image it shows, where the variant says

    // The variants an image shows: those it lists (listed), then those naming it (sorted by id,
    // so the order does not depend on the hash's). imageId is empty for an image not created yet.
    QStringList idsOf(const QString &imageId, const QStringList &listed) const;
    QStringList idsOf(const ProductImage &image) const { return idsOf(image.id, image.variantIds); }
    // Their names; variants without a known name are left out.
    QStringList namesOf(const QString &imageId, const QStringList &listed) const;
    QStringList namesOf(const ProductImage &image) const {
        return namesOf(image.id, image.variantIds);
    }

    friend bool operator==(const VariantLinks &, const VariantLinks &) = default;
};

// A product as listed by a store that can list products.
struct ProductSummary {
    QString id;
    QString title;
    int imageCount = -1; // -1 when the listing does not say
    // Its variants' names and, where a variant names its image (Shoplazza), which image it
    // shows, where the listing gives them (Shopify and Shoplazza list each product's variants):
    // alt text templates' {variant}, the review's alt-misses-variant.
    VariantLinks variants;
    // The product's vendor and type, where the listing gives them (Shopify's vendor and
    // product_type, a custom dialect file's productFields.vendor / type): alt text templates'
    // {vendor} and {type}. Empty when the store does not say.
    QString vendor;
    QString productType;

    friend bool operator==(const ProductSummary &, const ProductSummary &) = default;
};

// What a create request carries.
struct NewImage {
    QString src;
    QString alt;
    std::optional<int> position; // where the dialect accepts it on create
    QStringList variantIds;
    int width = 0;
    int height = 0;

    friend bool operator==(const NewImage &, const NewImage &) = default;
};

// The fields an update changes; unset fields are left as they are on the store (a dialect whose
// update is a full replace fills them from the current image).
struct ImagePatch {
    std::optional<QString> src;
    std::optional<QString> alt;
    std::optional<int> position;
    std::optional<QStringList> variantIds;

    bool isEmpty() const { return !src && !alt && !position && !variantIds; }
    // The image as it will be once this patch is applied.
    ProductImage appliedTo(ProductImage image) const;
    friend bool operator==(const ImagePatch &, const ImagePatch &) = default;
};

// Variants are a set: a store may list them in any order.
bool sameVariantSet(QStringList a, QStringList b);

// Sorts a gallery into display order: by position, ties kept in their given order.
Gallery sortedByPosition(Gallery gallery);

} // namespace vitrine

Q_DECLARE_METATYPE(vitrine::ProductImage)
