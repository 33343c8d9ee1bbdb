#pragma once

#include "net/restdialect.h"

namespace vitrine {

// Shoplazza OpenAPI 2022-01 (seeds 002, 004): access-token header (no prefix), UUID ids checked
// before anything is sent, protocol-relative sources ("//cdn…", resolved with the store's
// scheme), errors as {"errors": [...]} or {"error": "..."}. Data except for:
//  - alt text of an existing image: PUT /products/{id}/images/{image_id} documents only src and
//    position, so alt goes through the documented product update, PUT /products/{id} with
//    {"product": {"title": <required: read first with GET /products/{id}>, "images": [{id, alt}]}}
//    (updateImage(); the publisher sends every alt change of a product at once, updateAltTexts());
//  - 422 "Record not found" (an unknown image, seed 004) means NotFound, not a validation error;
//  - the product list comes in numbered pages.
class ShoplazzaDialect : public RestDialect {
public:
    explicit ShoplazzaDialect(DialectDescription description = standardDescription());

    static DialectDescription standardDescription();

    // The image request alone: src and position. A patch with alt text is refused here; it is
    // what updateImage() sends through the product.
    Result<HttpRequestSpec> updateImageRequest(const QString &productId,
                                               const ProductImage &current,
                                               const ImagePatch &patch) const override;
    StoreError parseError(const HttpResponse &response) const override;

    QCoro::Task<Result<QList<ProductSummary>>> listProducts(RequestRunner runner) override;
    // Alt text: GET the product (its title), then PUT the image when src or position change too,
    // then PUT the product with the alt text: 2 requests for alt alone, 3 with a move. Without alt
    // text: the image request alone. Everything is checked before the first request.
    QCoro::Task<Result<ProductImage>> updateImage(RequestRunner runner, QString productId,
                                                  ProductImage current, ImagePatch patch) override;
    // Every alt change of a product in one product update: GET the product (its title; every
    // image must still be part of it, else NotFound and nothing is written), then one PUT with
    // {"images": [{id, alt}, ...]} — 2 requests however many images (capabilities'
    // altTextBatchRequests). The images not listed are left as they are (see docs/dialects.md).
    QCoro::Task<Result<void>> updateAltTexts(RequestRunner runner, QString productId,
                                             QList<AltTextEdit> edits) override;

    // The two product requests of an alt change (pure, for tests and for updateImage()).
    Result<HttpRequestSpec> getProductRequest(const QString &productId) const;
    Result<HttpRequestSpec> altTextRequest(const QString &productId, const QString &title,
                                           const QString &imageId, const QString &alt) const;
    // The product update that sets the alt text of every image in edits (at least one).
    Result<HttpRequestSpec> altTextsRequest(const QString &productId, const QString &title,
                                            const QList<AltTextEdit> &edits) const;
    // The product's title from GET /products/{id}; NotFound when imageId is not among its images.
    Result<QString> titleOfProductWith(const HttpResponse &response, const QString &imageId) const;
    // The same for several images: NotFound naming the first that is not among its images.
    Result<QString> titleOfProductWith(const HttpResponse &response,
                                       const QStringList &imageIds) const;
    // The image after the product update: as its answer shows it, or — when the answer does not
    // describe the product's images (an empty 204, `{}`, a product without "images"; the seeds
    // document no more than "the product") — `patch` applied to `current`, as for any store that
    // answers an update with 204. An answer listing images without this one is a BadResponse.
    Result<ProductImage> imageFromProductUpdate(const HttpResponse &response,
                                                const QString &productId,
                                                const ProductImage &current,
                                                const ImagePatch &patch) const;
};

} // namespace vitrine
