#include "demostore/shoplineadapter.h"

#include "demostore/simjson.h"

#include <QJsonArray>

namespace vitrine {

namespace {

constexpr int utcOffset = 8 * 3600; // SHOPLINE answers in +08:00

} // namespace

ShoplineAdapter::ShoplineAdapter(SimCatalog &catalog)
    : SimDialectAdapter(catalog) {}

void ShoplineAdapter::registerRoutes(SimRouter &r) {
    using A = const QStringList &;
    using R = const SimRequest &;
    r.add("GET", QStringLiteral("/products.json"), [this](R req, A) { return listProducts(req); });
    r.add("GET", QStringLiteral("/products/{}.json"), [this](R, A a) { return getProduct(a[0]); });
    r.add("GET", QStringLiteral("/products/{}/images/count.json"),
          [this](R, A a) { return count(a[0]); });
    r.add("GET", QStringLiteral("/products/{}/images.json"),
          [this](R req, A a) { return listImages(req, a[0]); });
    r.add("POST", QStringLiteral("/products/{}/images.json"),
          [this](R req, A a) { return create(req, a[0]); });
    r.add("GET", QStringLiteral("/products/{}/images/{}.json"),
          [this](R, A a) { return getImage(a[0], a[1]); });
    r.add("PUT", QStringLiteral("/products/{}/images/{}.json"),
          [this](R req, A a) { return update(req, a[0], a[1]); });
    r.add("DELETE", QStringLiteral("/products/{}/images/{}.json"),
          [this](R, A a) { return remove(a[0], a[1]); });
}

std::optional<SimResponse> ShoplineAdapter::authenticate(const SimRequest &request) const {
    switch (checkToken(request, "Authorization", "Bearer")) {
    case TokenCheck::Ok:
        return std::nullopt;
    case TokenCheck::Missing:
        return error(401, QStringLiteral("Missing access token"));
    case TokenCheck::Wrong:
        break;
    }
    return error(401, QStringLiteral("Invalid access token"));
}

SimResponse ShoplineAdapter::tooManyRequests() const {
    return error(429, QStringLiteral("Too many request"));
}

SimResponse ShoplineAdapter::noSuchRoute(const SimRequest &) const {
    return error(404, QStringLiteral("Not Found"));
}

SimResponse ShoplineAdapter::listProducts(const SimRequest &request) const {
    return cursorPagedProducts(
        request, "link", [this](const SimProduct &p) { return productJson(p); }, &error);
}

SimResponse ShoplineAdapter::getProduct(const QString &productId) const {
    const SimProduct *p = findProduct(productId);
    if (!p)
        return error(404, QStringLiteral("Product not found"));
    return SimResponse::json(200, QJsonObject{{QStringLiteral("product"), productJson(*p)}});
}

SimResponse ShoplineAdapter::listImages(const SimRequest &request, const QString &productId) const {
    if (!findProduct(productId))
        return error(404, QStringLiteral("Product not found"));
    const QString idsParam = request.query.queryItemValue(QStringLiteral("ids"));
    if (idsParam.trimmed().isEmpty())
        return error(400, QStringLiteral("ids is required"));
    QStringList ids;
    for (const QString &id : idsParam.split(QLatin1Char(','), Qt::SkipEmptyParts))
        ids.append(id.trimmed());
    if (ids.size() > maxIdsPerListing)
        return error(422, QStringLiteral("ids can contain at most %1 ids").arg(maxIdsPerListing));
    QJsonArray out;
    for (const SimImage &i : catalog().images(productId)) {
        if (ids.contains(i.image.id))
            out.append(imageJson(i));
    }
    return SimResponse::json(200, QJsonObject{{QStringLiteral("images"), out}});
}

SimResponse ShoplineAdapter::count(const QString &productId) const {
    if (!findProduct(productId))
        return error(404, QStringLiteral("Product not found"));
    return SimResponse::json(
        200, QJsonObject{{QStringLiteral("count"), catalog().imageCount(productId)}});
}

SimResponse ShoplineAdapter::getImage(const QString &productId, const QString &imageId) const {
    const auto image = imageOf(productId, imageId);
    if (!image)
        return error(404, QStringLiteral("Image not found"));
    return SimResponse::json(200, QJsonObject{{QStringLiteral("image"), imageJson(*image)}});
}

SimResponse ShoplineAdapter::create(const SimRequest &request, const QString &productId) {
    const SimProduct *product = findProduct(productId);
    if (!product)
        return error(404, QStringLiteral("Product not found"));
    const auto body = simjson::parseObject(request.body);
    if (!body || !body->value(QStringLiteral("image")).isObject())
        return error(400, QStringLiteral("Request body must be {\"image\": {...}}"));
    const QJsonObject image = body->value(QStringLiteral("image")).toObject();
    const simjson::StringField src = simjson::stringField(image, QStringLiteral("src"));
    if (!src.present || (src.valid && src.value.isEmpty()))
        return error(422, QStringLiteral("src is required"));
    if (!src.valid || !simjson::isWebUrl(src.value))
        return error(422, QStringLiteral("src is not a valid URL"));
    ImagePatch patch;
    if (auto refusal = readAltAndSku(image, *product, altMaxOnCreate, &patch))
        return *refusal;
    // SHOPLINE documents no position on create: the image is appended, whatever is sent.
    NewImage n;
    n.src = src.value;
    n.alt = patch.alt.value_or(QString());
    n.variantIds = patch.variantIds.value_or(QStringList());
    const QSize size = measure(src.value);
    n.width = size.width();
    n.height = size.height();
    const SimImage created = catalog().addImage(productId, n);
    return SimResponse::json(200, QJsonObject{{QStringLiteral("image"), imageJson(created)}});
}

SimResponse ShoplineAdapter::update(const SimRequest &request, const QString &productId,
                                    const QString &imageId) {
    const SimProduct *product = findProduct(productId);
    if (!product || !imageOf(productId, imageId))
        return error(404, QStringLiteral("Image not found"));
    const auto body = simjson::parseObject(request.body);
    if (!body || !body->value(QStringLiteral("image")).isObject())
        return error(400, QStringLiteral("Request body must be {\"image\": {...}}"));
    const QJsonObject image = body->value(QStringLiteral("image")).toObject();
    ImagePatch patch;
    if (auto refusal = readAltAndSku(image, *product, altMaxOnUpdate, &patch))
        return *refusal;
    // The seed's own example sends position as a string ("1").
    const simjson::IntField position = simjson::intField(image, QStringLiteral("position"), true);
    if (!position.valid || (position.present && position.value < 1))
        return error(422, QStringLiteral("position must be a positive integer"));
    if (position.present)
        patch.position = int(std::min<qint64>(position.value, 1000000));
    // src is read-only on update: silently ignored, as the store does with read-only fields.
    const auto updated = catalog().updateImage(imageId, patch);
    return SimResponse::json(200, QJsonObject{{QStringLiteral("image"), imageJson(*updated)}});
}

SimResponse ShoplineAdapter::remove(const QString &productId, const QString &imageId) {
    if (!imageOf(productId, imageId))
        return error(404, QStringLiteral("Image not found"));
    catalog().removeImage(imageId);
    return SimResponse::json(200, QJsonObject{});
}

std::optional<SimResponse> ShoplineAdapter::readAltAndSku(const QJsonObject &image,
                                                          const SimProduct &product, int altMax,
                                                          ImagePatch *patch) const {
    const simjson::StringField alt = simjson::stringField(image, QStringLiteral("alt"));
    if (!alt.valid)
        return error(422, QStringLiteral("alt must be a string"));
    if (alt.value.size() > altMax)
        return error(422, QStringLiteral("alt is too long (maximum is %1 characters)").arg(altMax));
    if (alt.present)
        patch->alt = alt.value;
    if (image.contains(QStringLiteral("sku_id"))) {
        const simjson::StringField sku = simjson::stringField(image, QStringLiteral("sku_id"));
        if (!sku.valid)
            return error(422, QStringLiteral("sku_id must be a string"));
        const QStringList variants = sku.value.isEmpty() ? QStringList() : QStringList{sku.value};
        if (!hasVariants(product, variants))
            return error(
                422, QStringLiteral("sku_id %1 is not a variant of this product").arg(sku.value));
        patch->variantIds = variants;
    }
    return std::nullopt;
}

const SimProduct *ShoplineAdapter::findProduct(const QString &productId) const {
    return simjson::isDigits(productId) ? catalog().product(productId) : nullptr;
}

QJsonObject ShoplineAdapter::productJson(const SimProduct &p) const {
    QJsonArray images;
    for (const SimImage &i : catalog().images(p.id))
        images.append(imageJson(i));
    QJsonArray variants;
    for (const SimVariant &v : p.variants)
        variants.append(
            QJsonObject{{QStringLiteral("id"), v.id}, {QStringLiteral("title"), v.title}});
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("title"), p.title},
            {QStringLiteral("images"), images},
            {QStringLiteral("variants"), variants},
            {QStringLiteral("create_time"), simjson::timestamp(p.createdAt, utcOffset)},
            {QStringLiteral("update_time"), simjson::timestamp(p.updatedAt, utcOffset)}};
}

QJsonObject ShoplineAdapter::imageJson(const SimImage &i) {
    QJsonObject o{
        {QStringLiteral("id"), i.image.id},
        {QStringLiteral("product_id"), i.image.productId},
        {QStringLiteral("src"), i.image.src},
        {QStringLiteral("alt"), i.image.alt},
        {QStringLiteral("position"), i.image.position},
        {QStringLiteral("width"), i.image.width},
        {QStringLiteral("height"), i.image.height},
        {QStringLiteral("create_time"), simjson::timestamp(i.createdAt, utcOffset)},
        {QStringLiteral("update_time"), simjson::timestamp(i.image.updatedAt, utcOffset)}};
    if (!i.image.variantIds.isEmpty())
        o.insert(QStringLiteral("sku_id"), i.image.variantIds.first());
    return o;
}

SimResponse ShoplineAdapter::error(int status, const QString &message) {
    return SimResponse::json(status, QJsonObject{{QStringLiteral("errors"), message}});
}

} // namespace vitrine
