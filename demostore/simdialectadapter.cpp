#include "demostore/simdialectadapter.h"

#include "demostore/simcatalog.h"
#include "demostore/simcursorpage.h"
#include "demostore/simimagehost.h"
#include "demostore/simlogging.h"

#include <QJsonArray>

#include <algorithm>

namespace vitrine {

SimDialectAdapter::SimDialectAdapter(SimCatalog &catalog, RateLimit displayedLimit)
    : m_catalog(catalog)
    , m_limiter(displayedLimit) {}

SimDialectAdapter::~SimDialectAdapter() = default;

SimResponse SimDialectAdapter::handle(const SimRequest &request) {
    if (!m_routesRegistered) {
        registerRoutes(m_router);
        m_routesRegistered = true;
    }
    SimResponse response;
    if (!m_limiter.admit()) {
        qCDebug(lcNetSim) << simDialectName(dialect()) << "rate limited" << request.method
                          << request.path;
        response = tooManyRequests();
        if (!m_retryAfter.isEmpty())
            response.setHeader("Retry-After", m_retryAfter);
    } else if (auto refusal = authenticate(request)) {
        response = *refusal;
    } else {
        const QString path = request.path.mid(pathPrefix().size());
        response = m_router.dispatch(request, path).value_or(noSuchRoute(request));
    }
    decorate(response);
    return response;
}

SimDialectAdapter::TokenCheck SimDialectAdapter::checkToken(const SimRequest &request,
                                                            const QByteArray &header,
                                                            const QByteArray &scheme) const {
    if (m_token.isEmpty())
        return TokenCheck::Ok;
    if (!request.hasHeader(header))
        return TokenCheck::Missing;
    QByteArray value = request.header(header).trimmed();
    if (!scheme.isEmpty()) {
        const QByteArray expected = scheme + ' ';
        if (!value.startsWith(expected) && !value.toLower().startsWith(expected.toLower()))
            return TokenCheck::Wrong;
        value = value.mid(expected.size()).trimmed();
    }
    return value == m_token.toUtf8() ? TokenCheck::Ok : TokenCheck::Wrong;
}

void SimDialectAdapter::decorate(SimResponse &) {}

std::optional<SimImage> SimDialectAdapter::imageOf(const QString &productId,
                                                   const QString &imageId) const {
    auto image = m_catalog.image(imageId);
    if (!image || image->image.productId != productId)
        return std::nullopt;
    return image;
}

bool SimDialectAdapter::hasVariants(const SimProduct &product, const QStringList &variantIds) {
    for (const QString &id : variantIds) {
        const bool known = std::any_of(product.variants.cbegin(), product.variants.cend(),
                                       [&](const SimVariant &v) { return v.id == id; });
        if (!known)
            return false;
    }
    return true;
}

QSize SimDialectAdapter::measure(const QString &src) {
    const QUrl url(src.startsWith(QLatin1String("//")) ? QStringLiteral("http:") + src : src);
    static const QLatin1String prefix("/images/");
    const QSize size = url.path().startsWith(prefix)
                           ? SimImageHost::pixelSize(url.path().mid(prefix.size()))
                           : QSize();
    return size.isValid() ? size : QSize(0, 0);
}

SimResponse SimDialectAdapter::cursorPagedProducts(
    const SimRequest &request, const QByteArray &linkHeaderName,
    const std::function<QJsonObject(const SimProduct &)> &productJson,
    const std::function<SimResponse(int, const QString &)> &error) const {
    const QList<SimProduct> products = catalog().products();
    QString why;
    const auto page = SimCursorPage::fromQuery(request.query, int(products.size()), 50, 250, &why);
    if (!page)
        return error(400, why);
    QJsonArray out;
    for (int i = page->offset; i < page->end(); ++i)
        out.append(listed(productJson(products.at(i))));
    SimResponse r = SimResponse::json(200, QJsonObject{{QStringLiteral("products"), out}});
    const QByteArray link = page->linkHeader(apiUrl(QStringLiteral("/products.json")));
    if (!link.isEmpty())
        r.setHeader(linkHeaderName, link);
    return r;
}

QUrl SimDialectAdapter::apiUrl(const QString &relativePath) const {
    QUrl u = m_baseUrl;
    u.setPath(pathPrefix() + relativePath);
    return u;
}

QJsonObject SimDialectAdapter::listed(QJsonObject product) const {
    if (!m_listingCarriesImages) {
        product.remove(QStringLiteral("images"));
        product.remove(QStringLiteral("image")); // Shopify's main image
    }
    return product;
}

} // namespace vitrine
