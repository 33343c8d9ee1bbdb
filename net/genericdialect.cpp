#include "net/genericdialect.h"

#include "net/jsonreader.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace vitrine {

namespace {
// Pages of GET /product-images/pagination read at most, so a hostile store cannot keep us
// paging for ever.
constexpr int kMaxPages = 500;
constexpr int kPageSize = 100;
} // namespace

DialectDescription GenericDialect::standardDescription() {
    DialectDescription d;
    d.name = QStringLiteral("generic");
    d.apiPrefix = QStringLiteral("/api/v1");
    d.listProductsPath = QStringLiteral("/products");
    d.listImagesPath = QStringLiteral("/product-images/product/{productId}");
    d.getImagePath = QStringLiteral("/product-images/{imageId}");
    d.createImagePath = QStringLiteral("/product-images");
    d.updateImagePath = QStringLiteral("/product-images/{imageId}");
    d.deleteImagePath = QStringLiteral("/product-images/{imageId}");
    d.deleteAllImagesPath = QStringLiteral("/product-images/product/{productId}");
    d.fields.id = QStringLiteral("id");
    d.fields.productId = QStringLiteral("productId");
    d.fields.src = QStringLiteral("imageUrl");
    d.fields.alt = QStringLiteral("altText");
    d.fields.position = QStringLiteral("displayOrder");
    d.fields.variants.clear();
    d.fields.width.clear();
    d.fields.height.clear();
    d.fields.updatedAt.clear();
    d.productFields.id = QStringLiteral("id");
    d.productFields.title = QStringLiteral("name");
    d.productFields.imageCount = QStringLiteral("imageCount");
    d.productFields.variants.clear(); // no variants: see d.fields.variants
    // No authentication is documented; a configured token is sent as a bearer token.
    d.authHeader = QByteArrayLiteral("Authorization");
    d.authPrefix = QStringLiteral("Bearer ");
    d.productIdKind = DialectDescription::IdKind::Any;
    d.imageIdKind = DialectDescription::IdKind::Any;
    d.numericIdsInBody = true;
    d.productIdInBody = true;

    StoreCapabilities &c = d.capabilities;
    c.dialectName = d.name;
    c.ordering = OrderingSemantics::Absolute;
    c.altMaxOnCreate = 0;
    c.altMaxOnUpdate = 0;
    c.canReplaceSource = true;
    c.hasVariants = false;
    c.canDeleteAll = true;
    c.canListProducts = true;
    c.positionOnCreate = true;
    c.fullReplaceUpdate = true;
    c.hasTimestamps = false;
    // displayOrder is any integer from 0; lower first, gaps allowed. The generic store does not
    // renumber, but one whose profile says it does (ordering: shift) counts from 1 like every
    // renumbering store (and the simulator): moves and the verify use firstPosition.
    c.minPosition = 0;
    c.firstPosition = 1;
    c.maxImagesPerProduct = 0;
    c.rateLimit = RateLimit{0, 1};
    return d;
}

GenericDialect::GenericDialect(DialectDescription description)
    : RestDialect(std::move(description)) {}

QCoro::Task<Result<QList<ProductSummary>>> GenericDialect::listedProducts(RequestRunner runner,
                                                                          bool *missing) {
    const Result<HttpRequestSpec> spec = listProductsRequest();
    const Result<HttpResponse> response = co_await runner.run(spec.value());
    *missing = !response && response.error().httpStatus == 404;
    if (!response)
        co_return response.error();
    co_return parseProducts(response.value());
}

QCoro::Task<Result<QList<ProductSummary>>> GenericDialect::listProducts(RequestRunner runner) {
    bool missing = false;
    const Result<QList<ProductSummary>> listed = co_await listedProducts(runner, &missing);
    if (!missing)
        co_return listed;
    Result<QList<ProductSummary>> fallback = co_await productsFromAllImages(runner);
    // No listing anywhere under this address: name the one asked for first.
    if (!fallback && fallback.error().subject == StoreError::Subject::Address)
        co_return listed.error();
    co_return fallback;
}

QCoro::Task<Result<QList<ProductSummary>>>
GenericDialect::listProductsCheaply(RequestRunner runner) {
    bool missing = false;
    const Result<QList<ProductSummary>> listed = co_await listedProducts(runner, &missing);
    if (!missing)
        co_return listed;
    co_return StoreError::make(
        StoreError::Code::Unsupported,
        QCoreApplication::translate(
            "GenericDialect",
            "the store lists its products only by reading every image record it has"));
}

QCoro::Task<Result<QList<ProductSummary>>>
GenericDialect::productsFromAllImages(RequestRunner runner) {
    HttpRequestSpec allImages = HttpRequestSpec::get(QStringLiteral("/product-images"));
    allImages.notFoundMeansWrongAddress = true;
    const Result<HttpResponse> all = co_await runner.run(allImages);
    if (all)
        co_return productsFromImages(all.value());
    if (all.error().httpStatus != 404 && all.error().httpStatus != 405)
        co_return all.error();

    // Neither listing exists: walk the zero-based pages.
    QList<ProductSummary> products;
    QHash<QString, qsizetype> indexOf;
    for (int page = 0; page < kMaxPages; ++page) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("page"), QString::number(page));
        query.addQueryItem(QStringLiteral("pageSize"), QString::number(kPageSize));
        HttpRequestSpec pageSpec =
            HttpRequestSpec::get(QStringLiteral("/product-images/pagination"), query);
        pageSpec.notFoundMeansWrongAddress = true;
        const Result<HttpResponse> response = co_await runner.run(pageSpec);
        if (!response)
            co_return response.error();
        const Result<QList<ProductSummary>> part = productsFromImages(response.value());
        if (!part)
            co_return part.error();
        int imagesOnPage = 0;
        for (const ProductSummary &p : part.value()) {
            imagesOnPage += p.imageCount;
            const auto it = indexOf.constFind(p.id);
            if (it == indexOf.constEnd()) {
                indexOf.insert(p.id, products.size());
                products.append(p);
            } else {
                products[*it].imageCount += p.imageCount;
            }
        }
        if (imagesOnPage < kPageSize)
            break;
    }
    co_return products;
}

Result<QList<ProductSummary>>
GenericDialect::productsFromImages(const HttpResponse &response) const {
    const Result<QJsonValue> json = JsonReader::parse(response.body);
    if (!json)
        return json.error();
    QJsonValue list = json.value();
    // A page may come wrapped (Spring's {"content": [...]}).
    if (list.isObject()) {
        const QJsonObject o = list.toObject();
        for (const QLatin1String key :
             {QLatin1String("content"), QLatin1String("items"), QLatin1String("data")}) {
            if (o.value(key).isArray()) {
                list = o.value(key);
                break;
            }
        }
    }
    const Result<Gallery> images = galleryFromJson(list, QString());
    if (!images)
        return images.error();
    QList<ProductSummary> products;
    QHash<QString, qsizetype> indexOf;
    for (const ProductImage &image : images.value()) {
        if (image.productId.isEmpty())
            return StoreError::make(StoreError::Code::BadResponse,
                                    QCoreApplication::translate(
                                        "GenericDialect", "image %1 does not say which product it "
                                                          "belongs to")
                                        .arg(image.id.left(80)));
        const auto it = indexOf.constFind(image.productId);
        if (it == indexOf.constEnd()) {
            indexOf.insert(image.productId, products.size());
            // The images do not carry the product's name: no title, so the product is shown as
            // "Product 101" everywhere (as before the list was read), and an alt text template's
            // {title} stays empty rather than becoming the id.
            products.append(ProductSummary{image.productId, QString(), 1});
        } else {
            ++products[*it].imageCount;
        }
    }
    std::sort(products.begin(), products.end(),
              [](const ProductSummary &a, const ProductSummary &b) {
                  if (a.id.size() != b.id.size())
                      return a.id.size() < b.id.size(); // numeric ids in numeric order
                  return a.id < b.id;
              });
    return products;
}

} // namespace vitrine
