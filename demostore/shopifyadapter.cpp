#include "demostore/shopifyadapter.h"

#include "demostore/simjson.h"

#include <QJsonArray>

namespace vitrine {

namespace {

constexpr int utcOffset = -5 * 3600; // the shop's time zone in answers
constexpr RateLimit standardPlan{2.0, 40};

QJsonValue number(const QString &digits) {
    return {digits.toLongLong()};
}

QString graphqlId(const char *type, const QString &id) {
    return QStringLiteral("gid://shopify/%1/%2").arg(QLatin1String(type), id);
}

} // namespace

ShopifyAdapter::ShopifyAdapter(SimCatalog &catalog)
    : SimDialectAdapter(catalog, standardPlan) {}

void ShopifyAdapter::registerRoutes(SimRouter &r) {
    using A = const QStringList &;
    using R = const SimRequest &;
    r.add("GET", QStringLiteral("/products.json"), [this](R req, A) { return listProducts(req); });
    r.add("GET", QStringLiteral("/products/{}.json"), [this](R, A a) { return getProduct(a[0]); });
    r.add("GET", QStringLiteral("/products/{}/images/count.json"),
          [this](R, A a) { return count(a[0]); });
    r.add("GET", QStringLiteral("/products/{}/images.json"),
          [this](R, A a) { return listImages(a[0]); });
    r.add("POST", QStringLiteral("/products/{}/images.json"),
          [this](R req, A a) { return create(req, a[0]); });
    r.add("GET", QStringLiteral("/products/{}/images/{}.json"),
          [this](R, A a) { return getImage(a[0], a[1]); });
    r.add("PUT", QStringLiteral("/products/{}/images/{}.json"),
          [this](R req, A a) { return update(req, a[0], a[1]); });
    r.add("DELETE", QStringLiteral("/products/{}/images/{}.json"),
          [this](R, A a) { return remove(a[0], a[1]); });
}

std::optional<SimResponse> ShopifyAdapter::authenticate(const SimRequest &request) const {
    if (checkToken(request, "X-Shopify-Access-Token") == TokenCheck::Ok)
        return std::nullopt;
    return error(401, QStringLiteral("[API] Invalid API key or access token (unrecognized login "
                                     "or wrong password)"));
}

SimResponse ShopifyAdapter::tooManyRequests() const {
    return error(429, QStringLiteral("Exceeded 2 calls per second for api client. Reduce request "
                                     "rates to resume uninterrupted service."));
}

SimResponse ShopifyAdapter::noSuchRoute(const SimRequest &) const {
    return error(404, QStringLiteral("Not Found"));
}

void ShopifyAdapter::decorate(SimResponse &response) {
    response.setHeader("X-Shopify-Shop-Api-Call-Limit",
                       QByteArray::number(rateLimiter().used()) + '/' +
                           QByteArray::number(rateLimiter().capacity()));
}

SimResponse ShopifyAdapter::listProducts(const SimRequest &request) const {
    return cursorPagedProducts(
        request, "Link", [this](const SimProduct &p) { return productJson(p); }, &error);
}

SimResponse ShopifyAdapter::getProduct(const QString &productId) const {
    const SimProduct *p = findProduct(productId);
    if (!p)
        return error(404, QStringLiteral("Not Found"));
    return SimResponse::json(200, QJsonObject{{QStringLiteral("product"), productJson(*p)}});
}

SimResponse ShopifyAdapter::listImages(const QString &productId) const {
    if (!findProduct(productId))
        return error(404, QStringLiteral("Not Found"));
    QJsonArray out;
    for (const SimImage &i : catalog().images(productId))
        out.append(imageJson(i));
    return SimResponse::json(200, QJsonObject{{QStringLiteral("images"), out}});
}

SimResponse ShopifyAdapter::count(const QString &productId) const {
    if (!findProduct(productId))
        return error(404, QStringLiteral("Not Found"));
    return SimResponse::json(
        200, QJsonObject{{QStringLiteral("count"), catalog().imageCount(productId)}});
}

SimResponse ShopifyAdapter::getImage(const QString &productId, const QString &imageId) const {
    const auto image = findProduct(productId) ? imageOf(productId, imageId) : std::nullopt;
    if (!image)
        return error(404, QStringLiteral("Not Found"));
    return SimResponse::json(200, QJsonObject{{QStringLiteral("image"), imageJson(*image)}});
}

SimResponse ShopifyAdapter::create(const SimRequest &request, const QString &productId) {
    const SimProduct *product = findProduct(productId);
    if (!product)
        return error(404, QStringLiteral("Not Found"));
    const auto body = simjson::parseObject(request.body);
    if (!body || !body->value(QStringLiteral("image")).isObject())
        return missingImage();
    const QJsonObject image = body->value(QStringLiteral("image")).toObject();
    if (catalog().imageCount(productId) >= maxImages)
        return fieldError(QStringLiteral("base"),
                          QStringLiteral("Product cannot have more than %1 images").arg(maxImages));
    ImagePatch patch;
    if (auto refusal = readFields(image, *product, &patch))
        return *refusal;
    if (!patch.src)
        return fieldError(QStringLiteral("src"), QStringLiteral("can't be blank"));
    NewImage n;
    n.src = *patch.src;
    n.alt = patch.alt.value_or(QString());
    n.variantIds = patch.variantIds.value_or(QStringList());
    n.position = patch.position;
    const QSize size = measure(n.src);
    n.width = size.width();
    n.height = size.height();
    const SimImage created = catalog().addImage(productId, n);
    return SimResponse::json(200, QJsonObject{{QStringLiteral("image"), imageJson(created)}});
}

SimResponse ShopifyAdapter::update(const SimRequest &request, const QString &productId,
                                   const QString &imageId) {
    const SimProduct *product = findProduct(productId);
    if (!product || !imageOf(productId, imageId))
        return error(404, QStringLiteral("Not Found"));
    const auto body = simjson::parseObject(request.body);
    if (!body || !body->value(QStringLiteral("image")).isObject())
        return missingImage();
    ImagePatch patch;
    if (auto refusal =
            readFields(body->value(QStringLiteral("image")).toObject(), *product, &patch))
        return *refusal;
    // A new source is downloaded again: the size follows it.
    const auto updated = catalog().updateImage(
        imageId, patch, patch.src ? std::optional<QSize>(measure(*patch.src)) : std::nullopt);
    return SimResponse::json(200, QJsonObject{{QStringLiteral("image"), imageJson(*updated)}});
}

SimResponse ShopifyAdapter::remove(const QString &productId, const QString &imageId) {
    if (!findProduct(productId) || !imageOf(productId, imageId))
        return error(404, QStringLiteral("Not Found"));
    catalog().removeImage(imageId);
    return SimResponse::json(200, QJsonObject{});
}

std::optional<SimResponse> ShopifyAdapter::readFields(const QJsonObject &image,
                                                      const SimProduct &product,
                                                      ImagePatch *patch) const {
    const simjson::StringField src = simjson::stringField(image, QStringLiteral("src"));
    if (src.present && (!src.valid || !simjson::isWebUrl(src.value)))
        return fieldError(QStringLiteral("src"), QStringLiteral("is not a valid URL"));
    if (src.present)
        patch->src = src.value;
    if (image.contains(QStringLiteral("alt"))) {
        const simjson::StringField alt = simjson::stringField(image, QStringLiteral("alt"));
        if (!alt.valid)
            return fieldError(QStringLiteral("alt"), QStringLiteral("is invalid"));
        if (alt.value.size() > altMax)
            return fieldError(QStringLiteral("alt"),
                              QStringLiteral("is too long (maximum is %1 characters)").arg(altMax));
        patch->alt = alt.value; // null clears it
    }
    const simjson::IntField position = simjson::intField(image, QStringLiteral("position"), true);
    if (!position.valid || (position.present && position.value < 1))
        return fieldError(QStringLiteral("position"), QStringLiteral("must be greater than 0"));
    if (position.present)
        patch->position = int(std::min<qint64>(position.value, 1000000));
    const QJsonValue variants = image.value(QStringLiteral("variant_ids"));
    if (!variants.isUndefined()) {
        QStringList ids;
        bool valid = variants.isArray() || variants.isNull();
        for (const QJsonValue v : variants.toArray()) {
            valid = valid && v.isDouble();
            ids.append(QString::number(qint64(v.toDouble())));
        }
        if (!valid)
            return fieldError(QStringLiteral("variant_ids"),
                              QStringLiteral("must be an array of ids"));
        if (!hasVariants(product, ids))
            return fieldError(QStringLiteral("variant_ids"),
                              QStringLiteral("must belong to this product"));
        patch->variantIds = ids;
    }
    return std::nullopt;
}

const SimProduct *ShopifyAdapter::findProduct(const QString &productId) const {
    return simjson::isDigits(productId) ? catalog().product(productId) : nullptr;
}

QJsonObject ShopifyAdapter::productJson(const SimProduct &p) const {
    const QList<SimImage> images = catalog().images(p.id);
    QJsonArray imagesJson;
    for (const SimImage &i : images)
        imagesJson.append(imageJson(i));
    QJsonArray variants;
    for (const SimVariant &v : p.variants) {
        QJsonValue imageId(QJsonValue::Null);
        for (const SimImage &i : images) {
            if (i.image.variantIds.contains(v.id))
                imageId = number(i.image.id);
        }
        variants.append(QJsonObject{{QStringLiteral("id"), number(v.id)},
                                    {QStringLiteral("product_id"), number(p.id)},
                                    {QStringLiteral("title"), v.title},
                                    {QStringLiteral("image_id"), imageId}});
    }
    // Shopify writes vendor and product_type on every product, "" where none is set.
    return {{QStringLiteral("id"), number(p.id)},
            {QStringLiteral("title"), p.title},
            {QStringLiteral("vendor"), p.vendor},
            {QStringLiteral("product_type"), p.productType},
            {QStringLiteral("images"), imagesJson},
            {QStringLiteral("image"), images.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                       : QJsonValue(imageJson(images.first()))},
            {QStringLiteral("variants"), variants},
            {QStringLiteral("created_at"), simjson::timestamp(p.createdAt, utcOffset)},
            {QStringLiteral("updated_at"), simjson::timestamp(p.updatedAt, utcOffset)},
            {QStringLiteral("admin_graphql_api_id"), graphqlId("Product", p.id)}};
}

QJsonObject ShopifyAdapter::imageJson(const SimImage &i) {
    QJsonArray variantIds;
    for (const QString &v : i.image.variantIds)
        variantIds.append(number(v));
    return {{QStringLiteral("id"), number(i.image.id)},
            {QStringLiteral("product_id"), number(i.image.productId)},
            {QStringLiteral("position"), i.image.position},
            {QStringLiteral("created_at"), simjson::timestamp(i.createdAt, utcOffset)},
            {QStringLiteral("updated_at"), simjson::timestamp(i.image.updatedAt, utcOffset)},
            {QStringLiteral("alt"),
             i.image.alt.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(i.image.alt)},
            {QStringLiteral("width"), i.image.width},
            {QStringLiteral("height"), i.image.height},
            {QStringLiteral("src"), i.image.src},
            {QStringLiteral("variant_ids"), variantIds},
            {QStringLiteral("admin_graphql_api_id"), graphqlId("ProductImage", i.image.id)}};
}

SimResponse ShopifyAdapter::error(int status, const QString &message) {
    return SimResponse::json(status, QJsonObject{{QStringLiteral("errors"), message}});
}

SimResponse ShopifyAdapter::missingImage() {
    return SimResponse::json(
        400, QJsonObject{{QStringLiteral("errors"),
                          QJsonObject{{QStringLiteral("image"),
                                       QStringLiteral("Required parameter missing or invalid")}}}});
}

SimResponse ShopifyAdapter::fieldError(const QString &field, const QString &message) {
    return SimResponse::json(
        422, QJsonObject{{QStringLiteral("errors"), QJsonObject{{field, QJsonArray{message}}}}});
}

} // namespace vitrine
