#include "net/catalogreader.h"

#include "net/dialects/productlisting.h"
#include "net/genericdialect.h"
#include "net/jsonreader.h"
#include "net/requestpipeline.h"
#include "net/storeclient.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>

namespace vitrine {

namespace {

const QString kImages = QStringLiteral("images");

StoreError badResponse(const QString &what) {
    return StoreError::make(StoreError::Code::BadResponse, what);
}

const QString kKind = QStringLiteral("kind");
const QString kUrl = QStringLiteral("url");
const QString kPage = QStringLiteral("page");

QString kindName(CatalogCursor::Kind kind) {
    switch (kind) {
    case CatalogCursor::Kind::Start:
        return QStringLiteral("start");
    case CatalogCursor::Kind::NextUrl:
        return QStringLiteral("next-url");
    case CatalogCursor::Kind::PageNumber:
        return QStringLiteral("page");
    case CatalogCursor::Kind::End:
        return QStringLiteral("end");
    }
    return {};
}

// The list inside an answer: the bare list, the envelope's, or a page's {"content": [...]}
// (Spring), {"items": [...]} or {"data": [...]}.
QJsonArray listIn(const QJsonValue &json, const QString &envelope) {
    if (json.isArray())
        return json.toArray();
    const QJsonObject o = json.toObject();
    if (!envelope.isEmpty() && o.value(envelope).isArray())
        return o.value(envelope).toArray();
    for (const QLatin1String key :
         {QLatin1String("content"), QLatin1String("items"), QLatin1String("data")}) {
        if (o.value(key).isArray())
            return o.value(key).toArray();
    }
    return {};
}

// Numeric ids in numeric order, then the others in text order.
bool idLess(const QString &a, const QString &b) {
    if (a.size() != b.size())
        return a.size() < b.size();
    return a < b;
}

// The whole store's images grouped into galleries (display order), keyed by product id.
struct GroupedImages {
    QHash<QString, Gallery> galleries;
    QStringList order; // product ids in first-seen order
};

Result<int> groupImages(const RestDialect &dialect, const QJsonArray &list, GroupedImages &into) {
    for (const QJsonValue item : list) {
        Result<ProductImage> image = dialect.imageFromJson(item, QString());
        if (!image)
            return image.error();
        if (image->productId.isEmpty())
            return badResponse(QStringLiteral("image %1 does not say which product it belongs to")
                                   .arg(image->id.left(80)));
        const QString productId = image->productId;
        auto it = into.galleries.find(productId);
        if (it == into.galleries.end()) {
            it = into.galleries.insert(productId, {});
            into.order << productId;
        }
        it->append(std::move(image).value());
    }
    return int(list.size());
}

// A product object of a listing page: variants, update stamp and embedded images.
Result<ListedProduct> listedProduct(const RestDialect &dialect, const ProductSummary &summary,
                                    const QJsonObject &object) {
    ListedProduct listed;
    listed.product.id = summary.id;
    listed.product.title = summary.title;
    listed.product.vendor = summary.vendor;
    listed.product.productType = summary.productType;
    listed.product.variants = dialect.variantsFromJson(object);
    // Stores name the product's stamp as they name the image's (update_time, updated_at).
    const QString stampField = dialect.description().fields.updatedAt;
    if (!stampField.isEmpty())
        listed.product.updatedAt = JsonReader::timestamp(object.value(stampField));
    const QString imagesKey = dialect.description().imagesEnvelope.isEmpty()
                                  ? kImages
                                  : dialect.description().imagesEnvelope;
    const QJsonValue images = object.value(imagesKey);
    if (images.isArray()) {
        Result<Gallery> gallery = dialect.galleryFromJson(images, summary.id);
        if (!gallery)
            return gallery.error();
        for (const ProductImage &image : gallery.value()) {
            if (!image.productId.isEmpty() && image.productId != summary.id)
                return badResponse(
                    QStringLiteral("product %1 lists image %2 of product %3")
                        .arg(summary.id.left(80), image.id.left(80), image.productId.left(80)));
        }
        listed.product.images = std::move(gallery).value();
        listed.galleryListed = true;
    }
    return listed;
}

// One page of a product listing into listed products (ids and titles as the dialect reads them).
Result<QList<ListedProduct>> parseProductPage(const RestDialect &dialect,
                                              const HttpResponse &response) {
    const Result<QJsonValue> json = JsonReader::parse(response.body);
    if (!json)
        return json.error();
    const Result<QList<ProductSummary>> summaries = dialect.productsFromJson(json.value());
    if (!summaries)
        return summaries.error();
    // productsFromJson() accepted it, so it is JSON of the expected shape.
    const QJsonArray list = listIn(json.value(), dialect.description().productsEnvelope);
    QHash<QString, QJsonObject> objects;
    const QString idField = dialect.description().productFields.id;
    for (const QJsonValue item : list) {
        const QJsonObject o = item.toObject();
        if (const std::optional<QString> id = JsonReader::id(o.value(idField)))
            objects.insert(*id, o);
    }
    QList<ListedProduct> out;
    out.reserve(summaries->size());
    for (const ProductSummary &summary : summaries.value()) {
        Result<ListedProduct> listed = listedProduct(dialect, summary, objects.value(summary.id));
        if (!listed)
            return listed.error();
        out << std::move(listed).value();
    }
    return out;
}

bool isMissing(const StoreError &error) {
    return error.httpStatus == 404 || error.httpStatus == 405;
}

// WholeStoreImages: titles from the product list where there is one, then every image.
QCoro::Task<Result<CatalogPage>>
readWholeStore(RequestRunner runner, [[maybe_unused]] std::shared_ptr<const StoreDialect> keepAlive,
               const RestDialect *dialect) {
    QList<ProductSummary> titled;
    if (const Result<HttpRequestSpec> spec = dialect->listProductsRequest(); spec) {
        const Result<HttpResponse> response = co_await runner.run(spec.value());
        if (response) {
            Result<QList<ProductSummary>> products = dialect->parseProducts(response.value());
            if (!products)
                co_return products.error();
            titled = std::move(products).value();
        } else if (!isMissing(response.error())) {
            co_return response.error();
        }
    }

    GroupedImages grouped;
    HttpRequestSpec all = HttpRequestSpec::get(QStringLiteral("/product-images"));
    all.notFoundMeansWrongAddress = true;
    const Result<HttpResponse> whole = co_await runner.run(all);
    if (whole) {
        const Result<QJsonValue> json = JsonReader::parse(whole->body);
        if (!json)
            co_return json.error();
        if (const Result<int> n = groupImages(*dialect, listIn(json.value(), {}), grouped); !n)
            co_return n.error();
    } else if (!isMissing(whole.error())) {
        co_return whole.error();
    } else {
        // No list of every image: its zero-based pages.
        for (int page = 0;; ++page) {
            if (page >= CatalogReader::kMaxPages)
                co_return badResponse(
                    QStringLiteral("the store's image pages go on for more than %1 pages")
                        .arg(CatalogReader::kMaxPages));
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("page"), QString::number(page));
            query.addQueryItem(QStringLiteral("pageSize"),
                               QString::number(CatalogReader::kImagePageSize));
            HttpRequestSpec spec =
                HttpRequestSpec::get(QStringLiteral("/product-images/pagination"), query);
            spec.notFoundMeansWrongAddress = true;
            const Result<HttpResponse> response = co_await runner.run(spec);
            if (!response)
                co_return response.error();
            const Result<QJsonValue> json = JsonReader::parse(response->body);
            if (!json)
                co_return json.error();
            const Result<int> n = groupImages(*dialect, listIn(json.value(), {}), grouped);
            if (!n)
                co_return n.error();
            // A short page is the last; so is the last of the pages the store counts.
            const std::optional<int> totalPages =
                JsonReader::integer(json->toObject().value(QStringLiteral("totalPages")));
            if (n.value() < CatalogReader::kImagePageSize ||
                (totalPages && page + 1 >= *totalPages))
                break;
        }
    }

    CatalogPage result;
    QSet<QString> seen;
    auto add = [&](const ProductSummary &summary) {
        const QString &id = summary.id;
        if (seen.contains(id))
            return;
        seen.insert(id);
        ListedProduct listed;
        listed.product.id = id;
        listed.product.title = summary.title;
        listed.product.vendor = summary.vendor;
        listed.product.productType = summary.productType;
        listed.product.images = sortedByPosition(grouped.galleries.value(id));
        listed.galleryListed = true;
        result.products << std::move(listed);
    };
    for (const ProductSummary &p : std::as_const(titled))
        add(p);
    QStringList untitled;
    for (const QString &id : std::as_const(grouped.order)) {
        if (!seen.contains(id))
            untitled << id;
    }
    std::sort(untitled.begin(), untitled.end(), idLess);
    // The images do not carry the product's name: the id is the best title there is.
    for (const QString &id : std::as_const(untitled)) {
        ProductSummary untitledProduct;
        untitledProduct.id = id;
        untitledProduct.title = id;
        add(untitledProduct);
    }
    result.next = CatalogCursor::end();
    co_return result;
}

// ProductPages: one page of the product listing.
QCoro::Task<Result<CatalogPage>>
readProductPage(RequestRunner runner,
                [[maybe_unused]] std::shared_ptr<const StoreDialect> keepAlive,
                const RestDialect *dialect, CatalogCursor cursor) {
    using Style = DialectDescription::ProductPaging::Style;
    const DialectDescription::ProductPaging paging = dialect->description().productPaging;
    const int pageSize = paging.style == Style::None
                             ? 0
                             : std::min(paging.pageSize, CatalogReader::kProductPageSize);

    HttpRequestSpec spec;
    if (cursor.kind == CatalogCursor::Kind::NextUrl) {
        spec.absoluteUrl = cursor.url;
        spec.notFoundMeansWrongAddress = true;
    } else {
        const Result<HttpRequestSpec> first = dialect->listProductsRequest();
        if (!first)
            co_return first.error();
        spec = first.value();
        if (paging.style != Style::None) {
            spec.query.removeAllQueryItems(paging.sizeParam);
            spec.query.addQueryItem(paging.sizeParam, QString::number(pageSize));
        }
        if (paging.style == Style::Pages) {
            const int page =
                cursor.kind == CatalogCursor::Kind::PageNumber ? cursor.page : paging.firstPage;
            spec.query.removeAllQueryItems(paging.pageParam);
            spec.query.addQueryItem(paging.pageParam, QString::number(page));
            cursor = CatalogCursor{CatalogCursor::Kind::PageNumber, {}, page};
        }
    }
    const Result<HttpResponse> response = co_await runner.run(spec);
    if (!response)
        co_return response.error();
    Result<QList<ListedProduct>> products = parseProductPage(*dialect, response.value());
    if (!products)
        co_return products.error();

    CatalogPage page;
    page.products = std::move(products).value();
    page.next = CatalogCursor::end();
    switch (paging.style) {
    case Style::None:
        break;
    case Style::Pages:
        // A short page is the last one.
        if (page.products.size() >= pageSize)
            page.next = CatalogCursor{CatalogCursor::Kind::PageNumber, {}, cursor.page + 1};
        break;
    case Style::LinkHeader:
        if (const std::optional<QUrl> next = ProductListing::nextLink(response.value())) {
            // The token goes only to the API's origin anyway; a listing that continues elsewhere
            // is not the store's listing.
            if (next->isRelative() || !RequestPipeline::sameOrigin(*next, response->url))
                co_return badResponse(QStringLiteral("the store's next page of products is on "
                                                     "another host (%1)")
                                          .arg(next->host().left(100)));
            page.next = CatalogCursor{CatalogCursor::Kind::NextUrl, *next, 0};
        }
        break;
    }
    co_return page;
}

} // namespace

QJsonObject CatalogCursor::toJson() const {
    QJsonObject o{{kKind, kindName(kind)}};
    if (kind == Kind::NextUrl)
        o.insert(kUrl, url.toString(QUrl::FullyEncoded));
    if (kind == Kind::PageNumber)
        o.insert(kPage, page);
    return o;
}

std::optional<CatalogCursor> CatalogCursor::fromJson(const QJsonObject &json) {
    const QString kind = json.value(kKind).toString();
    for (const Kind k : {Kind::Start, Kind::NextUrl, Kind::PageNumber, Kind::End}) {
        if (kind != kindName(k))
            continue;
        CatalogCursor cursor;
        cursor.kind = k;
        if (k == Kind::NextUrl) {
            cursor.url = QUrl(json.value(kUrl).toString(), QUrl::StrictMode);
            if (!cursor.url.isValid() || cursor.url.isRelative())
                return std::nullopt;
        }
        if (k == Kind::PageNumber) {
            const std::optional<int> page = JsonReader::integer(json.value(kPage));
            if (!page || *page < 0)
                return std::nullopt;
            cursor.page = *page;
        }
        return cursor;
    }
    return std::nullopt;
}

CatalogReader::CatalogReader(StoreClient *client)
    : m_client(client) {}

Result<CatalogReader::Shape> CatalogReader::shape() const {
    if (const std::optional<StoreError> e = m_client->setupError())
        return *e;
    const auto *rest = dynamic_cast<const RestDialect *>(m_client->dialect().get());
    if (dynamic_cast<const GenericDialect *>(rest))
        return Shape::WholeStoreImages;
    if (rest && !rest->description().listProductsPath.isEmpty())
        return Shape::ProductPages;
    return StoreError::make(StoreError::Code::Unsupported,
                            QStringLiteral("the store cannot list its products, so its catalog "
                                           "cannot be read"));
}

QCoro::Task<Result<CatalogPage>> CatalogReader::readPage(CatalogCursor cursor) {
    const Result<Shape> how = shape();
    if (!how)
        co_return how.error();
    if (cursor.atEnd())
        co_return CatalogPage{{}, CatalogCursor::end()};
    // The dialect lives as long as this frame holds it (the client may go first).
    const std::shared_ptr<const StoreDialect> dialect = m_client->dialect();
    const auto *rest = static_cast<const RestDialect *>(dialect.get());
    if (how.value() == Shape::WholeStoreImages)
        co_return co_await readWholeStore(m_client->runner(), dialect, rest);
    co_return co_await readProductPage(m_client->runner(), dialect, rest, cursor);
}

QCoro::Task<Result<Gallery>> CatalogReader::readGallery(QString productId) {
    co_return co_await m_client->listImages(std::move(productId));
}

} // namespace vitrine
