#include "net/dialects/productlisting.h"

#include "net/jsonreader.h"
#include "net/requestpipeline.h"
#include "net/restdialect.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace vitrine {

namespace {

StoreError badResponse(const QString &what) {
    return StoreError::make(StoreError::Code::BadResponse, what);
}

StoreError tooManyPages(int maxPages) {
    return badResponse(
        QCoreApplication::translate("ProductListing",
                                    "the store's product list goes on for more than %1 pages; "
                                    "Vitrine stopped reading it")
            .arg(maxPages));
}

// The products read so far, each id once, in the order first seen.
struct Collected {
    QList<ProductSummary> products;
    QSet<QString> ids;

    // Returns how many of part were new.
    int add(const QList<ProductSummary> &part) {
        int fresh = 0;
        for (const ProductSummary &p : part) {
            if (ids.contains(p.id))
                continue;
            ids.insert(p.id);
            products.append(p);
            ++fresh;
        }
        return fresh;
    }
};

// True when a Link parameter list (`; rel="next"; title=…`) has "next" among its rel values.
bool relIsNext(const QString &params) {
    for (const QString &param : params.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype eq = param.indexOf(QLatin1Char('='));
        if (eq < 0 ||
            param.left(eq).trimmed().compare(QLatin1String("rel"), Qt::CaseInsensitive) != 0)
            continue;
        QString value = param.mid(eq + 1).trimmed();
        while (value.endsWith(QLatin1Char(',')))
            value.chop(1);
        if (value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')) &&
            value.size() >= 2)
            value = value.mid(1, value.size() - 2);
        // rel may hold several space-separated relations: rel="next last".
        for (const QString &rel : value.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (rel.compare(QLatin1String("next"), Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return false;
}

} // namespace

std::optional<QUrl> ProductListing::nextLink(const HttpResponse &response) {
    const QString header = QString::fromUtf8(response.header("Link"));
    qsizetype from = 0;
    while (from < header.size()) {
        const qsizetype open = header.indexOf(QLatin1Char('<'), from);
        if (open < 0)
            break;
        const qsizetype close = header.indexOf(QLatin1Char('>'), open + 1);
        if (close < 0)
            break;
        // A link's parameters run up to the next link.
        const qsizetype nextOpen = header.indexOf(QLatin1Char('<'), close + 1);
        const QString params =
            header.mid(close + 1, nextOpen < 0 ? qsizetype(-1) : nextOpen - close - 1);
        if (relIsNext(params)) {
            const QUrl target(header.mid(open + 1, close - open - 1).trimmed());
            if (target.isValid())
                return response.url.resolved(target);
        }
        if (nextOpen < 0)
            break;
        from = nextOpen;
    }
    return std::nullopt;
}

Result<QList<ProductSummary>> ProductListing::parsePage(const RestDialect &dialect,
                                                        const HttpResponse &response) {
    Result<QList<ProductSummary>> products = dialect.parseProducts(response);
    if (!products)
        return products;
    // parseProducts() accepted the body, so it is JSON of the expected shape.
    const DialectDescription &d = dialect.description();
    QJsonValue list = JsonReader::parse(response.body).value();
    if (!d.productsEnvelope.isEmpty())
        list = list.toObject().value(d.productsEnvelope);
    QHash<QString, int> counts;
    for (const QJsonValue item : list.toArray()) {
        const QJsonObject o = item.toObject();
        const std::optional<QString> id = JsonReader::id(o.value(d.productFields.id));
        const QJsonValue images = o.value(QLatin1String("images"));
        if (id && images.isArray())
            counts.insert(*id, int(images.toArray().size()));
    }
    QList<ProductSummary> out = std::move(products).value();
    for (ProductSummary &p : out) {
        if (p.imageCount < 0)
            p.imageCount = counts.value(p.id, -1);
    }
    return out;
}

namespace {

ProductListing::Paging defaultPaging(int pageSize) {
    ProductListing::Paging paging;
    paging.pageSize = pageSize;
    return paging;
}

// A listing that comes in one answer.
QCoro::Task<Result<QList<ProductSummary>>> onePage(RequestRunner runner,
                                                   const RestDialect *dialect) {
    const Result<HttpRequestSpec> spec = dialect->listProductsRequest();
    if (!spec)
        co_return spec.error();
    const Result<HttpResponse> response = co_await runner.run(spec.value());
    if (!response)
        co_return response.error();
    co_return ProductListing::parsePage(*dialect, response.value());
}

} // namespace

QCoro::Task<Result<QList<ProductSummary>>>
ProductListing::read(RequestRunner runner, const RestDialect *dialect, int maxPages) {
    const Paging paging = dialect->description().productPaging;
    switch (paging.style) {
    case Paging::Style::LinkHeader:
        return followLinks(std::move(runner), dialect, paging, maxPages);
    case Paging::Style::Pages:
        return numberedPages(std::move(runner), dialect, paging, maxPages);
    case Paging::Style::None:
        break;
    }
    return onePage(std::move(runner), dialect);
}

QCoro::Task<Result<QList<ProductSummary>>> ProductListing::followLinks(RequestRunner runner,
                                                                       const RestDialect *dialect,
                                                                       int pageSize, int maxPages) {
    return followLinks(std::move(runner), dialect, defaultPaging(pageSize), maxPages);
}

QCoro::Task<Result<QList<ProductSummary>>> ProductListing::numberedPages(RequestRunner runner,
                                                                         const RestDialect *dialect,
                                                                         int pageSize,
                                                                         int maxPages) {
    return numberedPages(std::move(runner), dialect, defaultPaging(pageSize), maxPages);
}

QCoro::Task<Result<QList<ProductSummary>>> ProductListing::followLinks(RequestRunner runner,
                                                                       const RestDialect *dialect,
                                                                       Paging paging,
                                                                       int maxPages) {
    const Result<HttpRequestSpec> first = dialect->listProductsRequest();
    if (!first)
        co_return first.error();
    HttpRequestSpec spec = first.value();
    spec.query.removeAllQueryItems(paging.sizeParam);
    spec.query.addQueryItem(paging.sizeParam, QString::number(paging.pageSize));
    // Some stores send a Link header only once the first request names a page.
    if (!paging.firstPageParam.isEmpty()) {
        spec.query.removeAllQueryItems(paging.firstPageParam);
        spec.query.addQueryItem(paging.firstPageParam, QString::number(paging.firstPage));
    }

    Collected all;
    QSet<QString> visited;
    for (int page = 0; page < maxPages; ++page) {
        const Result<HttpResponse> response = co_await runner.run(spec);
        if (!response)
            co_return response.error();
        const Result<QList<ProductSummary>> part = parsePage(*dialect, response.value());
        if (!part)
            co_return part.error();
        all.add(part.value());

        const std::optional<QUrl> next = nextLink(response.value());
        if (!next)
            co_return all.products;
        // The token goes only to the API's origin anyway; a listing that continues elsewhere is
        // not the store's listing.
        if (next->isRelative() || !RequestPipeline::sameOrigin(*next, response->url))
            co_return badResponse(QCoreApplication::translate(
                                      "ProductListing", "the store's next page of products is on "
                                                        "another host (%1)")
                                      .arg(next->host().left(100)));
        const QString key = next->toString(QUrl::FullyEncoded);
        if (visited.contains(key))
            co_return badResponse(QCoreApplication::translate(
                "ProductListing", "the store's pages of products lead back to a "
                                  "page already read"));
        visited.insert(key);
        spec = HttpRequestSpec();
        spec.absoluteUrl = *next;
        spec.notFoundMeansWrongAddress = true;
    }
    co_return tooManyPages(maxPages);
}

QCoro::Task<Result<QList<ProductSummary>>> ProductListing::numberedPages(RequestRunner runner,
                                                                         const RestDialect *dialect,
                                                                         Paging paging,
                                                                         int maxPages) {
    const Result<HttpRequestSpec> first = dialect->listProductsRequest();
    if (!first)
        co_return first.error();
    Collected all;
    for (int i = 0; i < maxPages; ++i) {
        HttpRequestSpec spec = first.value();
        spec.query.removeAllQueryItems(paging.pageParam);
        spec.query.removeAllQueryItems(paging.sizeParam);
        spec.query.addQueryItem(paging.pageParam, QString::number(paging.firstPage + i));
        spec.query.addQueryItem(paging.sizeParam, QString::number(paging.pageSize));
        const Result<HttpResponse> response = co_await runner.run(spec);
        if (!response)
            co_return response.error();
        const Result<QList<ProductSummary>> part = parsePage(*dialect, response.value());
        if (!part)
            co_return part.error();
        const int fresh = all.add(part.value());
        // A short page is the last one; a page with nothing new means the store ignores the
        // page number.
        if (part->size() < paging.pageSize || fresh == 0)
            co_return all.products;
    }
    co_return tooManyPages(maxPages);
}

} // namespace vitrine
