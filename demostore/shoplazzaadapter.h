#pragma once

#include "demostore/simcatalog.h"
#include "demostore/simdialectadapter.h"

namespace vitrine {

// Shoplazza OpenAPI 2022-01 (seeds 002, 004): `access-token` header, UUID ids (a malformed one is
// 422 "...Id must be a valid UUID"), protocol-relative `src`, errors {"errors":[...]} or
// {"error":"..."}. An image's own PUT changes only src and position; alt text of existing images
// changes through PUT /products/{id} with {"product":{"title", "images":[{"id","alt"}]}}.
// Unknown images (and products, on image endpoints) are 422 "Record not found" as seed 004 says;
// unknown products on product endpoints are 404 "Product not found" as seed 002 says. A request
// body that is not JSON at all is seed 002's plain-text 400 "Bad Request"; with
// SimErrorStyle::PlainText every 400 is, and a missing or wrong token is a plain "Unauthorized".
class ShoplazzaAdapter : public SimDialectAdapter {
public:
    explicit ShoplazzaAdapter(SimCatalog &catalog);

    SimDialect dialect() const override { return SimDialect::Shoplazza; }
    QString pathPrefix() const override { return QStringLiteral("/openapi/2022-01"); }

protected:
    void registerRoutes(SimRouter &router) override;
    std::optional<SimResponse> authenticate(const SimRequest &request) const override;
    SimResponse tooManyRequests() const override;
    SimResponse noSuchRoute(const SimRequest &request) const override;

private:
    SimResponse listProducts(const SimRequest &request) const;
    SimResponse getProduct(const QString &productId) const;
    SimResponse updateProduct(const SimRequest &request, const QString &productId);
    SimResponse listImages(const QString &productId) const;
    SimResponse count(const QString &productId) const;
    SimResponse getImage(const QString &productId, const QString &imageId) const;
    SimResponse create(const SimRequest &request, const QString &productId);
    SimResponse update(const SimRequest &request, const QString &productId, const QString &imageId);
    SimResponse remove(const QString &productId, const QString &imageId);

    // Checks the ids' format, then that the product (and image) exist, answering the error.
    std::optional<SimResponse> checkProduct(const QString &productId) const;
    std::optional<SimResponse> checkImage(const QString &productId, const QString &imageId) const;
    QJsonObject productJson(const SimProduct &product) const;
    static QJsonObject imageJson(const SimImage &image);
    // {"errors": [...]}; with SimErrorStyle::PlainText a 400 is seed 002's text/plain
    // "Bad Request" instead.
    SimResponse errors(int status, const QStringList &messages) const;
};

} // namespace vitrine
