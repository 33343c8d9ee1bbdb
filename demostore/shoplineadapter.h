#pragma once

#include "demostore/simcatalog.h"
#include "demostore/simdialectadapter.h"

namespace vitrine {

// SHOPLINE Admin OpenAPI v20250601 (seed 001): `Authorization: Bearer`, {"image":{...}} envelope,
// snake_case fields, ids as digit strings longer than int64, `sku_id`, alt <= 255 on create and
// <= 512 on update, `position` as number or string, errors {"errors":"..."}, 429 "Too many
// request" without Retry-After. Listing a product's images needs `ids`; the whole gallery comes
// with the product (GET /products/{id}.json).
class ShoplineAdapter : public SimDialectAdapter {
public:
    explicit ShoplineAdapter(SimCatalog &catalog);

    SimDialect dialect() const override { return SimDialect::Shopline; }
    QString pathPrefix() const override { return QStringLiteral("/admin/openapi/v20250601"); }

    static constexpr int altMaxOnCreate = 255;
    static constexpr int altMaxOnUpdate = 512;
    static constexpr int maxIdsPerListing = 100;

protected:
    void registerRoutes(SimRouter &router) override;
    std::optional<SimResponse> authenticate(const SimRequest &request) const override;
    SimResponse tooManyRequests() const override;
    SimResponse noSuchRoute(const SimRequest &request) const override;

private:
    SimResponse listProducts(const SimRequest &request) const;
    SimResponse getProduct(const QString &productId) const;
    SimResponse listImages(const SimRequest &request, const QString &productId) const;
    SimResponse count(const QString &productId) const;
    SimResponse getImage(const QString &productId, const QString &imageId) const;
    SimResponse create(const SimRequest &request, const QString &productId);
    SimResponse update(const SimRequest &request, const QString &productId, const QString &imageId);
    SimResponse remove(const QString &productId, const QString &imageId);

    // Reads alt and sku_id, shared by create and update; fills the patch or answers the error.
    std::optional<SimResponse> readAltAndSku(const QJsonObject &image, const SimProduct &product,
                                             int altMax, ImagePatch *patch) const;
    const SimProduct *findProduct(const QString &productId) const;
    QJsonObject productJson(const SimProduct &product) const;
    static QJsonObject imageJson(const SimImage &image);
    static SimResponse error(int status, const QString &message);
};

} // namespace vitrine
