#pragma once

#include "net/restdialect.h"

namespace vitrine {

// The generic REST dialect of seeds 000/003: /api/v1/product-images, camelCase fields, bare
// objects, integer ids, a full-replace PUT and absolute displayOrder. All data except product
// listing: GET /api/v1/products is a demo-store extension, so when a store answers it with 404
// the products are derived from the images themselves.
class GenericDialect : public RestDialect {
public:
    explicit GenericDialect(DialectDescription description = standardDescription());

    static DialectDescription standardDescription();

    QCoro::Task<Result<QList<ProductSummary>>> listProducts(RequestRunner runner) override;
    // Only the product listing (GET /products); Code::Unsupported where it is missing, since the
    // products are then known only from every image record of the store.
    QCoro::Task<Result<QList<ProductSummary>>> listProductsCheaply(RequestRunner runner) override;

    // Groups a list of images (any product) into one summary per product, in first-seen order.
    Result<QList<ProductSummary>> productsFromImages(const HttpResponse &response) const;

private:
    // The product listing's answer: the products, or its error; *missing says whether the store
    // has no listing (404), so the products must come from the images.
    QCoro::Task<Result<QList<ProductSummary>>> listedProducts(RequestRunner runner, bool *missing);
    QCoro::Task<Result<QList<ProductSummary>>> productsFromAllImages(RequestRunner runner);
};

} // namespace vitrine
