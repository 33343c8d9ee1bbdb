#pragma once

#include "demostore/simdialect.h"
#include "demostore/simratelimiter.h"
#include "demostore/simrequest.h"
#include "demostore/simresponse.h"
#include "demostore/simrouter.h"

#include <QJsonObject>
#include <QSize>
#include <QUrl>

#include <functional>
#include <optional>

namespace vitrine {

class SimCatalog;
struct SimImage;
struct SimProduct;

// What one store dialect looks like on the wire: its paths, JSON shapes, id formats, auth header,
// error bodies and 429 form. The data and the ordering rules live in the SimCatalog it is given;
// the request pipeline (rate limit -> auth -> route) lives here once, so a subclass only declares
// its routes and its error shapes.
class SimDialectAdapter {
public:
    SimDialectAdapter(SimCatalog &catalog, RateLimit displayedLimit = {});
    virtual ~SimDialectAdapter();
    SimDialectAdapter(const SimDialectAdapter &) = delete;
    SimDialectAdapter &operator=(const SimDialectAdapter &) = delete;

    virtual SimDialect dialect() const = 0;
    virtual QString pathPrefix() const = 0; // e.g. "/admin/api/2024-01", no trailing slash

    void setBaseUrl(const QUrl &baseUrl) { m_baseUrl = baseUrl; }
    void setRequiredToken(const QString &token) { m_token = token; }
    QString requiredToken() const { return m_token; }
    void setErrorStyle(SimErrorStyle style) { m_errorStyle = style; }
    SimErrorStyle errorStyle() const { return m_errorStyle; }
    void setRetryAfter(const QByteArray &value) { m_retryAfter = value; }
    QByteArray retryAfter() const { return m_retryAfter; }
    SimRateLimiter &rateLimiter() { return m_limiter; }
    // Whether the product list carries each product's images (default: yes, as Shopify documents
    // and the simulator's SHOPLINE and Shoplazza do; SHOPLINE's documents leave it open, so tests
    // try a listing without them too).
    void setListingCarriesImages(bool on) { m_listingCarriesImages = on; }

    // Answers a request whose path starts with pathPrefix().
    SimResponse handle(const SimRequest &request);

protected:
    enum class TokenCheck { Ok, Missing, Wrong };
    // `scheme` is e.g. "Bearer" for Authorization-style headers, empty for a bare token header.
    // With no required token every request passes.
    TokenCheck checkToken(const SimRequest &request, const QByteArray &header,
                          const QByteArray &scheme = {}) const;

    virtual void registerRoutes(SimRouter &router) = 0;
    // The refusal for a request without the right credentials; nothing when it may pass.
    virtual std::optional<SimResponse> authenticate(const SimRequest &request) const = 0;
    virtual SimResponse tooManyRequests() const = 0; // Retry-After is added by handle()
    virtual SimResponse noSuchRoute(const SimRequest &request) const = 0;
    virtual void decorate(SimResponse &response); // headers on every answer

    SimCatalog &catalog() const { return m_catalog; }
    // The image, if it exists and belongs to the product.
    std::optional<SimImage> imageOf(const QString &productId, const QString &imageId) const;
    // True when every id names one of the product's variants.
    static bool hasVariants(const SimProduct &product, const QStringList &variantIds);
    // Pixel size the store "measured" for a source URL: real for pictures on the simulator's image
    // host, 0x0 for anything else (the simulator does not download).
    static QSize measure(const QString &src);
    // GET /products.json as SHOPLINE and Shopify page it (SimCursorPage): {"products": [...]} in
    // the dialect's product shape, and the link to the neighbour pages in the header named as
    // the store spells it; a page the simulator did not make is the dialect's 400.
    SimResponse
    cursorPagedProducts(const SimRequest &request, const QByteArray &linkHeaderName,
                        const std::function<QJsonObject(const SimProduct &)> &productJson,
                        const std::function<SimResponse(int, const QString &)> &error) const;
    // A product as the product list shows it: without its images when the listing carries none.
    QJsonObject listed(QJsonObject product) const;
    // Absolute URL of a path under this dialect's prefix, e.g. for Location and link headers.
    QUrl apiUrl(const QString &relativePath) const;

private:
    SimCatalog &m_catalog;
    SimRouter m_router;
    bool m_routesRegistered = false;
    SimRateLimiter m_limiter;
    QUrl m_baseUrl;
    QString m_token;
    QByteArray m_retryAfter;
    SimErrorStyle m_errorStyle = SimErrorStyle::Documented;
    bool m_listingCarriesImages = true;
};

} // namespace vitrine
