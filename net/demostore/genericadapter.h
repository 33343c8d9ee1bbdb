#pragma once

#include "net/demostore/simcatalog.h"
#include "net/demostore/simdialectadapter.h"

namespace vitrine {

// The generic REST dialect of seeds 000 and 003 under /api/v1/product-images: camelCase fields,
// integer ids, {status, error, message, errors:[{field, message}]} errors, optional bearer token.
// Adds GET /api/v1/products, a Vitrine demo extension listing products (clients fall back to a
// configured product id when a store lacks it).
class GenericAdapter : public SimDialectAdapter {
public:
    explicit GenericAdapter(SimCatalog &catalog);

    SimDialect dialect() const override { return SimDialect::Generic; }
    QString pathPrefix() const override { return QStringLiteral("/api/v1"); }

protected:
    void registerRoutes(SimRouter &router) override;
    std::optional<SimResponse> authenticate(const SimRequest &request) const override;
    SimResponse tooManyRequests() const override;
    SimResponse noSuchRoute(const SimRequest &request) const override;

private:
    SimResponse listProducts() const;
    SimResponse listAll() const;
    SimResponse page(const SimRequest &request) const;
    SimResponse listOfProduct(const QString &productId, bool ordered) const;
    SimResponse get(const QString &id) const;
    SimResponse create(const SimRequest &request);
    SimResponse replace(const SimRequest &request, const QString &id);
    SimResponse remove(const QString &id);
    SimResponse removeAllOfProduct(const QString &productId);

    struct Input; // a validated POST/PUT body
    std::optional<SimResponse> parseInput(const SimRequest &request, Input *input) const;
    void ensureProduct(const QString &productId);

    static QJsonObject toJson(const SimImage &image);
    static SimResponse error(int status, const QString &message, const QJsonArray &errors = {});
    static SimResponse notFound(const QString &id);
};

} // namespace vitrine
