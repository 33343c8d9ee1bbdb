#pragma once

#include "demostore/simcatalog.h"
#include "demostore/simdialectadapter.h"

namespace vitrine {

// Shopify Admin REST 2024-01 (the reference system): `X-Shopify-Access-Token`, {"image":{...}}
// envelope, integer ids, `variant_ids`, alt <= 512 (null when empty), at most 250 images per
// product, `X-Shopify-Shop-Api-Call-Limit: used/40` on every answer, 429 with Retry-After, errors
// {"errors":"..."} or {"errors":{"field":["message"]}}.
class ShopifyAdapter : public SimDialectAdapter {
public:
    explicit ShopifyAdapter(SimCatalog &catalog);

    SimDialect dialect() const override { return SimDialect::Shopify; }
    QString pathPrefix() const override { return QStringLiteral("/admin/api/2024-01"); }

    static constexpr int altMax = 512;
    static constexpr int maxImages = 250;

protected:
    void registerRoutes(SimRouter &router) override;
    std::optional<SimResponse> authenticate(const SimRequest &request) const override;
    SimResponse tooManyRequests() const override;
    SimResponse noSuchRoute(const SimRequest &request) const override;
    void decorate(SimResponse &response) override;

private:
    SimResponse listProducts(const SimRequest &request) const;
    SimResponse getProduct(const QString &productId) const;
    SimResponse listImages(const QString &productId) const;
    SimResponse count(const QString &productId) const;
    SimResponse getImage(const QString &productId, const QString &imageId) const;
    SimResponse create(const SimRequest &request, const QString &productId);
    SimResponse update(const SimRequest &request, const QString &productId, const QString &imageId);
    SimResponse remove(const QString &productId, const QString &imageId);

    // Reads the writable fields shared by create and update into `patch`, or answers the 422.
    std::optional<SimResponse> readFields(const QJsonObject &image, const SimProduct &product,
                                          ImagePatch *patch) const;
    const SimProduct *findProduct(const QString &productId) const;
    QJsonObject productJson(const SimProduct &product) const;
    static QJsonObject imageJson(const SimImage &image);
    static SimResponse error(int status, const QString &message);
    static SimResponse fieldError(const QString &field, const QString &message); // 422
    static SimResponse missingImage(); // 400: the body is not {"image":{...}}
};

} // namespace vitrine
