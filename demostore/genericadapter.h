#pragma once

#include "demostore/simcatalog.h"
#include "demostore/simdialectadapter.h"
#include "net/dialectdescription.h"
#include "net/dialectpath.h"

#include <QHash>

#include <QJsonArray>

namespace vitrine {

// A store shaped like the generic REST dialect of seeds 000 and 003: integer ids, a full-replace
// PUT, 201 + Location on create, 204 on delete, delete-all per product, absolute positions (the
// catalog's ordering), errors {status, error, message, errors:[{field, message}]}, an optional
// token. Where it lives and what things are called come from a DialectDescription, the custom
// dialect file format (docs/net.md), so one file drives both a custom dialect client and the
// store it talks to:
//  - seedShape() is the generic dialect itself: /api/v1/product-images, camelCase fields, bare
//    objects, bearer token, plus GET /api/v1/products (a Vitrine demo extension listing products;
//    clients fall back to a configured product id when a store lacks it);
//  - any other description serves the same catalog under its own prefix, paths, field names,
//    envelopes, auth header, id form (JSON numbers or strings) and product paging ("none",
//    "page" or "link-header").
// Besides the described operations it answers, where the shape allows, what the generic seeds
// add: GET on a create path without placeholders (every image), its /pagination (zero-based
// pages) and the list path's /ordered (display order).
//
// A described path may carry a query ("/product_images?product_id=eq.{productId}"): requests are
// routed by the path and then by which filter parameters they carry (DialectPath::matchQuery), so
// a store can list, patch and delete by filter at one address. A GET of the list address without
// its filter answers every image of the store, as such stores do. The update is the description's
// method (PUT or PATCH) with its shape: a replace keeps only the fields the body sends (the image's
// extra fields included), a merge changes only the fields it names.
struct SimStoreBehaviour {
    // Link header paging: the store sends a Link header only when the first request names this
    // parameter (empty: always).
    QString linkNeedsParam;
    // Page-number paging: a page past the end answers the last page again instead of nothing.
    bool pastEndRepeatsLast = false;
};

class GenericAdapter : public SimDialectAdapter {
public:
    explicit GenericAdapter(SimCatalog &catalog, DialectDescription shape = seedShape(),
                            SimStoreBehaviour behaviour = {});

    // The generic dialect of the seeds, as the store sees it. Written out here on purpose rather
    // than taken from the client's GenericDialect::standardDescription(): the simulator is the
    // tests' independent reading of seeds 000/003, so a wrong path or field name in the client
    // fails a test instead of being served back to it.
    static DialectDescription seedShape();

    SimDialect dialect() const override { return SimDialect::Generic; }
    QString pathPrefix() const override { return m_prefix; }
    const DialectDescription &shape() const { return m_shape; }

protected:
    void registerRoutes(SimRouter &router) override;
    std::optional<SimResponse> authenticate(const SimRequest &request) const override;
    SimResponse tooManyRequests() const override;
    SimResponse noSuchRoute(const SimRequest &request) const override;

private:
    // The ids a described path carries ({productId}, {imageId}); empty when absent.
    struct PathIds {
        QString productId;
        QString imageId;
    };
    using IdHandler = std::function<SimResponse(const SimRequest &, const PathIds &)>;
    // Routes a described path ("/items/{productId}/pictures/{imageId}", "/p?id=eq.{imageId}").
    void addDescribed(SimRouter &router, const QByteArray &method, const QString &path,
                      IdHandler handler);
    // The described routes of one method and path, tried in order by their queries.
    struct QueryRoute {
        DialectPath path;
        QList<bool> segmentIsProduct; // the path's placeholders, in order
        IdHandler handler;
    };
    QHash<QString, QList<QueryRoute>> m_queryRoutes; // "METHOD path-pattern" -> routes

    SimResponse listProducts(const SimRequest &request) const;
    SimResponse listAll() const;
    SimResponse page(const SimRequest &request) const;
    SimResponse listOfProduct(const QString &productId, bool ordered) const;
    SimResponse get(const PathIds &ids) const;
    SimResponse create(const SimRequest &request, const QString &pathProductId);
    SimResponse replace(const SimRequest &request, const PathIds &ids);
    SimResponse merge(const SimRequest &request, const PathIds &ids);
    // The body's fields no client models: the image's extra fields.
    QJsonObject unmappedFields(const QJsonObject &body) const;
    SimResponse remove(const PathIds &ids);
    SimResponse removeAllOfProduct(const QString &productId);

    struct Input; // a validated POST/PUT body
    std::optional<SimResponse> parseInput(const SimRequest &request, bool productRequired,
                                          Input *input) const;
    // The image the path names, or the refusal (400 for a malformed id, 404 when unknown or of
    // another product than the path's).
    std::optional<SimResponse> checkImage(const PathIds &ids) const;
    void ensureProduct(const QString &productId);

    QJsonValue idJson(const QString &id) const;
    QJsonObject toJson(const SimImage &image) const;
    QJsonValue wrapped(const QString &envelope, const QJsonValue &value) const;
    SimResponse error(int status, const QString &message, const QJsonArray &errors = {}) const;
    SimResponse notFound(const QString &id) const;

    DialectDescription m_shape;
    SimStoreBehaviour m_behaviour;
    QString m_prefix;
    QString m_authScheme; // "Bearer" for "Bearer <token>", empty for a bare token
};

} // namespace vitrine
