#pragma once

#include "net/restdialect.h"

namespace vitrine {

// SHOPLINE Admin OpenAPI v20250601 (seed 001): Authorization: Bearer, {"image": {...}}, ids as
// digit strings longer than any integer, one variant per image (sku_id), alt text up to 255
// characters on create and 512 on update, no position on create, src read-only on update, no
// delete-all. Data except where one request is not how SHOPLINE does it:
//  - the gallery: GET /products/{id}/images.json requires `ids`, so the images are read from the
//    product itself (GET /products/{id}.json, its "images");
//  - the product list is paged by a cursor in the `link` header;
//  - sku_id holds one variant: more than one is refused before sending, and unlinking sends "".
class ShoplineDialect : public RestDialect {
public:
    explicit ShoplineDialect(DialectDescription description = standardDescription());

    static DialectDescription standardDescription();

    Result<HttpRequestSpec> createImageRequest(const QString &productId,
                                               const NewImage &image) const override;
    Result<HttpRequestSpec> updateImageRequest(const QString &productId,
                                               const ProductImage &current,
                                               const ImagePatch &patch) const override;
    // {"product": {"images": [...]}}, the answer of GET /products/{id}.json.
    Result<Gallery> parseImages(const HttpResponse &response,
                                const QString &productId) const override;

private:
    std::optional<StoreError> checkOneVariant(const QStringList &variantIds) const;
};

} // namespace vitrine
