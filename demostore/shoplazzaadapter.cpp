#include "demostore/shoplazzaadapter.h"

#include "demostore/simjson.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace vitrine {

namespace {

bool isUuid(const QString &id) {
    static const QRegularExpression uuid(QStringLiteral(
        "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return uuid.match(id).hasMatch();
}

const QString productIdInvalid = QStringLiteral("ProductId must be a valid UUID");

// Seed 002's example responses for 400 and 401 are these bare words.
SimResponse plainText(int status, const QByteArray &text) {
    return SimResponse::raw(status, "text/plain; charset=utf-8", text);
}

// A request body that is not JSON never reaches the API's own checks: the plain-text 400.
bool isJsonObject(const QByteArray &body) {
    return simjson::parseObject(body).has_value();
}
const QString imageIdInvalid = QStringLiteral("ImageId must be a valid UUID");

} // namespace

ShoplazzaAdapter::ShoplazzaAdapter(SimCatalog &catalog)
    : SimDialectAdapter(catalog) {}

void ShoplazzaAdapter::registerRoutes(SimRouter &r) {
    using A = const QStringList &;
    using R = const SimRequest &;
    r.add("GET", QStringLiteral("/products"), [this](R req, A) { return listProducts(req); });
    r.add("GET", QStringLiteral("/products/{}"), [this](R, A a) { return getProduct(a[0]); });
    r.add("PUT", QStringLiteral("/products/{}"),
          [this](R req, A a) { return updateProduct(req, a[0]); });
    r.add("GET", QStringLiteral("/products/{}/images/count"),
          [this](R, A a) { return count(a[0]); });
    r.add("GET", QStringLiteral("/products/{}/images"),
          [this](R, A a) { return listImages(a[0]); });
    r.add("POST", QStringLiteral("/products/{}/images"),
          [this](R req, A a) { return create(req, a[0]); });
    r.add("GET", QStringLiteral("/products/{}/images/{}"),
          [this](R, A a) { return getImage(a[0], a[1]); });
    r.add("PUT", QStringLiteral("/products/{}/images/{}"),
          [this](R req, A a) { return update(req, a[0], a[1]); });
    r.add("DELETE", QStringLiteral("/products/{}/images/{}"),
          [this](R, A a) { return remove(a[0], a[1]); });
}

std::optional<SimResponse> ShoplazzaAdapter::authenticate(const SimRequest &request) const {
    const TokenCheck check = checkToken(request, "access-token");
    if (check != TokenCheck::Ok && errorStyle() == SimErrorStyle::PlainText)
        return plainText(401, "Unauthorized");
    switch (check) {
    case TokenCheck::Ok:
        return std::nullopt;
    case TokenCheck::Missing:
        return errors(401, {QStringLiteral("Unauthorized")});
    case TokenCheck::Wrong:
        break;
    }
    // Seed 002: the other error form, used when the token does not open a store.
    return SimResponse::json(
        401, QJsonObject{{QStringLiteral("error"), QStringLiteral("store is not active")}});
}

SimResponse ShoplazzaAdapter::tooManyRequests() const {
    return errors(429, {QStringLiteral("Too Many Requests")});
}

SimResponse ShoplazzaAdapter::noSuchRoute(const SimRequest &) const {
    return errors(404, {QStringLiteral("Not Found")});
}

SimResponse ShoplazzaAdapter::listProducts(const SimRequest &request) const {
    bool pageOk = true;
    bool limitOk = true;
    const int page = request.query.hasQueryItem(QStringLiteral("page"))
                         ? request.query.queryItemValue(QStringLiteral("page")).toInt(&pageOk)
                         : 1;
    const int limit = request.query.hasQueryItem(QStringLiteral("limit"))
                          ? request.query.queryItemValue(QStringLiteral("limit")).toInt(&limitOk)
                          : 50;
    if (!pageOk || !limitOk || page < 1 || limit < 1 || limit > 250)
        return errors(400, {QStringLiteral("page must be 1 or more and limit between 1 and 250")});
    const QList<SimProduct> products = catalog().products();
    QJsonArray out;
    for (qsizetype i = qsizetype(page - 1) * limit; i < products.size() && out.size() < limit; ++i)
        out.append(listed(productJson(products.at(i))));
    return SimResponse::json(200, QJsonObject{{QStringLiteral("products"), out}});
}

SimResponse ShoplazzaAdapter::getProduct(const QString &productId) const {
    if (auto refusal = checkProduct(productId))
        return *refusal;
    return SimResponse::json(
        200, QJsonObject{{QStringLiteral("product"), productJson(*catalog().product(productId))}});
}

SimResponse ShoplazzaAdapter::updateProduct(const SimRequest &request, const QString &productId) {
    if (auto refusal = checkProduct(productId))
        return *refusal;
    if (!isJsonObject(request.body))
        return plainText(400, "Bad Request");
    const auto body = simjson::parseObject(request.body);
    if (!body || !body->value(QStringLiteral("product")).isObject())
        return errors(400, {QStringLiteral("product is required")});
    const QJsonObject product = body->value(QStringLiteral("product")).toObject();
    const simjson::StringField title = simjson::stringField(product, QStringLiteral("title"));
    if (!title.present || !title.valid || title.value.trimmed().isEmpty())
        return errors(400, {QStringLiteral("title is required")});
    // Validate every listed image before changing anything.
    const QJsonValue imagesValue = product.value(QStringLiteral("images"));
    if (!imagesValue.isUndefined() && !imagesValue.isNull() && !imagesValue.isArray())
        return errors(400, {QStringLiteral("images must be an array")});
    QList<QPair<QString, QString>> alts;
    for (const QJsonValue v : imagesValue.toArray()) {
        const QJsonObject image = v.toObject();
        const QString id = image.value(QStringLiteral("id")).toString();
        if (!isUuid(id))
            return errors(422, {imageIdInvalid});
        if (!imageOf(productId, id))
            return errors(422, {QStringLiteral("Record not found")});
        const simjson::StringField alt = simjson::stringField(image, QStringLiteral("alt"));
        if (!alt.valid)
            return errors(400, {QStringLiteral("alt must be a string")});
        if (alt.present)
            alts.append({id, alt.value});
    }
    if (title.value != catalog().product(productId)->title)
        catalog().setProductTitle(productId, title.value);
    for (const auto &[id, alt] : alts) {
        ImagePatch patch;
        patch.alt = alt;
        catalog().updateImage(id, patch);
    }
    return SimResponse::json(
        200, QJsonObject{{QStringLiteral("product"), productJson(*catalog().product(productId))}});
}

SimResponse ShoplazzaAdapter::listImages(const QString &productId) const {
    if (auto refusal = checkProduct(productId))
        return *refusal;
    QJsonArray out;
    for (const SimImage &i : catalog().images(productId))
        out.append(imageJson(i));
    return SimResponse::json(200, QJsonObject{{QStringLiteral("images"), out}});
}

SimResponse ShoplazzaAdapter::count(const QString &productId) const {
    if (auto refusal = checkProduct(productId))
        return *refusal;
    return SimResponse::json(
        200, QJsonObject{{QStringLiteral("count"), catalog().imageCount(productId)}});
}

SimResponse ShoplazzaAdapter::getImage(const QString &productId, const QString &imageId) const {
    if (auto refusal = checkImage(productId, imageId))
        return *refusal;
    return SimResponse::json(
        200, QJsonObject{{QStringLiteral("image"), imageJson(*catalog().image(imageId))}});
}

SimResponse ShoplazzaAdapter::create(const SimRequest &request, const QString &productId) {
    if (auto refusal = checkProduct(productId))
        return *refusal;
    if (!isJsonObject(request.body))
        return plainText(400, "Bad Request");
    const auto body = simjson::parseObject(request.body);
    if (!body || !body->value(QStringLiteral("image")).isObject())
        return errors(400, {QStringLiteral("image is required")});
    const QJsonObject image = body->value(QStringLiteral("image")).toObject();
    QStringList problems;
    const simjson::StringField src = simjson::stringField(image, QStringLiteral("src"));
    if (!src.present || !src.valid || !simjson::isWebUrl(src.value, true))
        problems.append(QStringLiteral("src must be a valid URL"));
    const simjson::StringField alt = simjson::stringField(image, QStringLiteral("alt"));
    if (!alt.valid)
        problems.append(QStringLiteral("alt must be a string"));
    NewImage n;
    // position, width and height must be > 0 when sent (seed 002 types position as a string).
    const auto positive = [&](const char *key, int *out) {
        const simjson::IntField f = simjson::intField(image, QLatin1String(key), true);
        if (!f.valid || (f.present && (f.value <= 0 || f.value > 1000000)))
            problems.append(QStringLiteral("%1 must be greater than 0").arg(QLatin1String(key)));
        else if (f.present)
            *out = int(f.value);
        return f.present;
    };
    int position = 0;
    const bool hasPosition = positive("position", &position);
    positive("width", &n.width);
    positive("height", &n.height);
    if (!problems.isEmpty())
        return errors(400, problems);
    n.src = src.value;
    n.alt = alt.value;
    if (hasPosition)
        n.position = position;
    if (n.width == 0 || n.height == 0) {
        const QSize size = measure(src.value);
        n.width = n.width ? n.width : size.width();
        n.height = n.height ? n.height : size.height();
    }
    const SimImage created = catalog().addImage(productId, n);
    return SimResponse::json(200, QJsonObject{{QStringLiteral("image"), imageJson(created)}});
}

SimResponse ShoplazzaAdapter::update(const SimRequest &request, const QString &productId,
                                     const QString &imageId) {
    if (auto refusal = checkImage(productId, imageId))
        return *refusal;
    if (!isJsonObject(request.body))
        return plainText(400, "Bad Request");
    const auto body = simjson::parseObject(request.body);
    if (!body || !body->value(QStringLiteral("image")).isObject())
        return errors(400, {QStringLiteral("image is required")});
    const QJsonObject image = body->value(QStringLiteral("image")).toObject();
    ImagePatch patch;
    const simjson::StringField src = simjson::stringField(image, QStringLiteral("src"));
    if (src.present && (!src.valid || !simjson::isWebUrl(src.value, true)))
        return errors(400, {QStringLiteral("src must be a valid URL")});
    if (src.present)
        patch.src = src.value;
    const simjson::IntField position = simjson::intField(image, QStringLiteral("position"), true);
    if (!position.valid || (position.present && position.value <= 0))
        return errors(400, {QStringLiteral("position must be greater than 0")});
    if (position.present)
        patch.position = int(std::min<qint64>(position.value, 1000000));
    // Only src and position are documented here; alt goes through PUT /products/{id}. A new
    // source is measured again.
    const auto updated = catalog().updateImage(
        imageId, patch, patch.src ? std::optional<QSize>(measure(*patch.src)) : std::nullopt);
    return SimResponse::json(200, QJsonObject{{QStringLiteral("image"), imageJson(*updated)}});
}

SimResponse ShoplazzaAdapter::remove(const QString &productId, const QString &imageId) {
    if (auto refusal = checkImage(productId, imageId))
        return *refusal;
    catalog().removeImage(imageId);
    return SimResponse::json(200, QJsonObject{});
}

std::optional<SimResponse> ShoplazzaAdapter::checkProduct(const QString &productId) const {
    if (!isUuid(productId))
        return errors(422, {productIdInvalid});
    if (!catalog().product(productId))
        return errors(404, {QStringLiteral("Product not found")});
    return std::nullopt;
}

std::optional<SimResponse> ShoplazzaAdapter::checkImage(const QString &productId,
                                                        const QString &imageId) const {
    QStringList invalid;
    if (!isUuid(productId))
        invalid.append(productIdInvalid);
    if (!isUuid(imageId))
        invalid.append(imageIdInvalid);
    if (!invalid.isEmpty())
        return errors(422, invalid);
    if (!imageOf(productId, imageId))
        return errors(422, {QStringLiteral("Record not found")});
    return std::nullopt;
}

QJsonObject ShoplazzaAdapter::productJson(const SimProduct &p) const {
    const QList<SimImage> images = catalog().images(p.id);
    QJsonArray imagesJson;
    for (const SimImage &i : images)
        imagesJson.append(imageJson(i));
    // The variant holds image_id (Shoplazza has no variant list on the image).
    QJsonArray variants;
    for (const SimVariant &v : p.variants) {
        QJsonValue imageId(QJsonValue::Null);
        for (const SimImage &i : images) {
            if (i.image.variantIds.contains(v.id))
                imageId = i.image.id;
        }
        variants.append(QJsonObject{{QStringLiteral("id"), v.id},
                                    {QStringLiteral("title"), v.title},
                                    {QStringLiteral("image_id"), imageId}});
    }
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("title"), p.title},
            {QStringLiteral("images"), imagesJson},
            {QStringLiteral("variants"), variants},
            {QStringLiteral("created_at"), simjson::timestamp(p.createdAt, 0)},
            {QStringLiteral("updated_at"), simjson::timestamp(p.updatedAt, 0)}};
}

QJsonObject ShoplazzaAdapter::imageJson(const SimImage &i) {
    return {{QStringLiteral("id"), i.image.id},
            {QStringLiteral("product_id"), i.image.productId},
            {QStringLiteral("position"), i.image.position},
            {QStringLiteral("src"), simjson::protocolRelative(i.image.src)},
            {QStringLiteral("width"), i.image.width},
            {QStringLiteral("height"), i.image.height},
            {QStringLiteral("alt"), i.image.alt},
            {QStringLiteral("created_at"), simjson::timestamp(i.createdAt, 0)},
            {QStringLiteral("updated_at"), simjson::timestamp(i.image.updatedAt, 0)}};
}

SimResponse ShoplazzaAdapter::errors(int status, const QStringList &messages) const {
    if (status == 400 && errorStyle() == SimErrorStyle::PlainText)
        return plainText(400, "Bad Request");
    return SimResponse::json(
        status, QJsonObject{{QStringLiteral("errors"), QJsonArray::fromStringList(messages)}});
}

} // namespace vitrine
