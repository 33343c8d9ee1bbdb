#include "net/demostore/genericadapter.h"

#include "net/demostore/simjson.h"

#include <QJsonArray>

#include <cmath>

namespace vitrine {

namespace {

QString reasonPhrase(int status) {
    switch (status) {
    case 400:
        return QStringLiteral("Bad Request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 404:
        return QStringLiteral("Not Found");
    case 429:
        return QStringLiteral("Too Many Requests");
    default:
        return QStringLiteral("Error");
    }
}

// Generic ids are positive integers; anything else in a path is a 400 like a typed Spring path
// variable would give.
bool isId(const QString &id) {
    return simjson::isDigits(id) && id.size() <= 18 && id.toLongLong() > 0;
}

QJsonObject fieldError(const QString &field, const QString &message) {
    return {{QStringLiteral("field"), field}, {QStringLiteral("message"), message}};
}

} // namespace

struct GenericAdapter::Input {
    QString productId;
    QString imageUrl;
    QString altText;
    std::optional<int> displayOrder;
};

GenericAdapter::GenericAdapter(SimCatalog &catalog)
    : SimDialectAdapter(catalog) {}

void GenericAdapter::registerRoutes(SimRouter &r) {
    using A = const QStringList &;
    using R = const SimRequest &;
    r.add("GET", QStringLiteral("/products"), [this](R, A) { return listProducts(); });
    r.add("GET", QStringLiteral("/product-images"), [this](R, A) { return listAll(); });
    r.add("GET", QStringLiteral("/product-images/"), [this](R, A) { return listAll(); });
    r.add("GET", QStringLiteral("/product-images/pagination"),
          [this](R req, A) { return page(req); });
    r.add("GET", QStringLiteral("/product-images/product/{}"),
          [this](R, A a) { return listOfProduct(a[0], false); });
    r.add("GET", QStringLiteral("/product-images/product/{}/ordered"),
          [this](R, A a) { return listOfProduct(a[0], true); });
    r.add("GET", QStringLiteral("/product-images/{}"), [this](R, A a) { return get(a[0]); });
    r.add("POST", QStringLiteral("/product-images"), [this](R req, A) { return create(req); });
    r.add("POST", QStringLiteral("/product-images/"), [this](R req, A) { return create(req); });
    r.add("PUT", QStringLiteral("/product-images/{}"),
          [this](R req, A a) { return replace(req, a[0]); });
    r.add("DELETE", QStringLiteral("/product-images/product/{}"),
          [this](R, A a) { return removeAllOfProduct(a[0]); });
    r.add("DELETE", QStringLiteral("/product-images/{}"), [this](R, A a) { return remove(a[0]); });
}

std::optional<SimResponse> GenericAdapter::authenticate(const SimRequest &request) const {
    if (checkToken(request, "Authorization", "Bearer") == TokenCheck::Ok)
        return std::nullopt;
    return error(401, QStringLiteral("Full authentication is required to access this resource"));
}

SimResponse GenericAdapter::tooManyRequests() const {
    return error(429, QStringLiteral("Rate limit exceeded"));
}

SimResponse GenericAdapter::noSuchRoute(const SimRequest &request) const {
    return error(
        404,
        QStringLiteral("No endpoint %1 %2").arg(QString::fromLatin1(request.method), request.path));
}

SimResponse GenericAdapter::listProducts() const {
    QJsonArray out;
    for (const SimProduct &p : catalog().products()) {
        out.append(QJsonObject{{QStringLiteral("id"), p.id.toLongLong()},
                               {QStringLiteral("name"), p.title},
                               {QStringLiteral("imageCount"), catalog().imageCount(p.id)}});
    }
    return SimResponse::json(200, out);
}

SimResponse GenericAdapter::listAll() const {
    QJsonArray out;
    for (const SimImage &i : catalog().allImagesByCreation())
        out.append(toJson(i));
    return SimResponse::json(200, out);
}

SimResponse GenericAdapter::page(const SimRequest &request) const {
    const auto number = [&](const QString &key, int fallback, bool *ok) {
        if (!request.query.hasQueryItem(key))
            return fallback;
        return request.query.queryItemValue(key).toInt(ok);
    };
    bool pageOk = true;
    bool sizeOk = true;
    const int page = number(QStringLiteral("page"), 0, &pageOk);
    const int pageSize = number(QStringLiteral("pageSize"), 20, &sizeOk);
    if (!pageOk || !sizeOk || page < 0 || pageSize < 1 || pageSize > 100)
        return error(400, QStringLiteral("page must be 0 or more and pageSize between 1 and 100"));
    const QList<SimImage> all = catalog().allImagesByCreation();
    QJsonArray content;
    for (qsizetype i = qsizetype(page) * pageSize; i < all.size() && content.size() < pageSize; ++i)
        content.append(toJson(all.at(i)));
    const int total = int(all.size());
    return SimResponse::json(
        200, QJsonObject{{QStringLiteral("content"), content},
                         {QStringLiteral("page"), page},
                         {QStringLiteral("pageSize"), pageSize},
                         {QStringLiteral("totalElements"), total},
                         {QStringLiteral("totalPages"), (total + pageSize - 1) / pageSize}});
}

SimResponse GenericAdapter::listOfProduct(const QString &productId, bool ordered) const {
    if (!isId(productId))
        return error(400, QStringLiteral("Invalid product id: %1").arg(productId));
    QJsonArray out;
    const QList<SimImage> images =
        ordered ? catalog().images(productId) : catalog().imagesByCreation(productId);
    for (const SimImage &i : images)
        out.append(toJson(i));
    return SimResponse::json(200, out);
}

SimResponse GenericAdapter::get(const QString &id) const {
    if (!isId(id))
        return error(400, QStringLiteral("Invalid id: %1").arg(id));
    const auto image = catalog().image(id);
    return image ? SimResponse::json(200, toJson(*image)) : notFound(id);
}

SimResponse GenericAdapter::create(const SimRequest &request) {
    Input in;
    if (auto refusal = parseInput(request, &in))
        return *refusal;
    ensureProduct(in.productId);
    NewImage image;
    image.src = in.imageUrl;
    image.alt = in.altText;
    image.position = in.displayOrder;
    const SimImage created = catalog().addImage(in.productId, image);
    SimResponse r = SimResponse::json(201, toJson(created));
    r.setHeader("Location",
                apiUrl(QStringLiteral("/product-images/") + created.image.id).toEncoded());
    return r;
}

SimResponse GenericAdapter::replace(const SimRequest &request, const QString &id) {
    if (!isId(id))
        return error(400, QStringLiteral("Invalid id: %1").arg(id));
    Input in;
    if (auto refusal = parseInput(request, &in))
        return *refusal;
    if (!catalog().image(id))
        return notFound(id);
    // A full replace: every field takes the sent value. An absent displayOrder keeps the current
    // one (the seed documents it as optional and says nothing more).
    ensureProduct(in.productId);
    catalog().moveImageToProduct(id, in.productId);
    ImagePatch patch;
    patch.src = in.imageUrl;
    patch.alt = in.altText;
    patch.position = in.displayOrder;
    return SimResponse::json(200, toJson(*catalog().updateImage(id, patch)));
}

SimResponse GenericAdapter::remove(const QString &id) {
    if (!isId(id))
        return error(400, QStringLiteral("Invalid id: %1").arg(id));
    return catalog().removeImage(id) ? SimResponse::empty(204) : notFound(id);
}

SimResponse GenericAdapter::removeAllOfProduct(const QString &productId) {
    if (!isId(productId))
        return error(400, QStringLiteral("Invalid product id: %1").arg(productId));
    catalog().removeAllImages(productId); // 204 even when there was nothing to delete
    return SimResponse::empty(204);
}

std::optional<SimResponse> GenericAdapter::parseInput(const SimRequest &request, Input *in) const {
    const auto body = simjson::parseObject(request.body);
    if (!body)
        return error(400, QStringLiteral("Malformed JSON request"));
    QJsonArray errors;
    const simjson::IntField productId =
        simjson::intField(*body, QStringLiteral("productId"), false);
    if (!productId.present)
        errors.append(
            fieldError(QStringLiteral("productId"), QStringLiteral("Product ID is required")));
    else if (!productId.valid || productId.value <= 0)
        errors.append(fieldError(QStringLiteral("productId"),
                                 QStringLiteral("Product ID must be a positive integer")));
    const simjson::StringField url = simjson::stringField(*body, QStringLiteral("imageUrl"));
    if (!url.present || (url.valid && url.value.isEmpty()))
        errors.append(
            fieldError(QStringLiteral("imageUrl"), QStringLiteral("Image URL is required")));
    else if (!url.valid || !simjson::isWebUrl(url.value))
        errors.append(fieldError(QStringLiteral("imageUrl"),
                                 QStringLiteral("Image URL must be a valid URL")));
    const simjson::StringField alt = simjson::stringField(*body, QStringLiteral("altText"));
    if (!alt.valid)
        errors.append(
            fieldError(QStringLiteral("altText"), QStringLiteral("Alt text must be a string")));
    const simjson::IntField order = simjson::intField(*body, QStringLiteral("displayOrder"), false);
    if (!order.valid || std::abs(order.value) > 1000000000)
        errors.append(fieldError(QStringLiteral("displayOrder"),
                                 QStringLiteral("Display order must be an integer")));
    if (!errors.isEmpty())
        return error(400, QStringLiteral("Validation failed"), errors);
    in->productId = QString::number(productId.value);
    in->imageUrl = url.value;
    in->altText = alt.value;
    if (order.present)
        in->displayOrder = int(order.value);
    return std::nullopt;
}

void GenericAdapter::ensureProduct(const QString &productId) {
    // The generic API has no product resource: a product exists once it has had an image.
    if (!catalog().product(productId))
        catalog().addProduct(QStringLiteral("Product %1").arg(productId), {}, productId);
}

QJsonObject GenericAdapter::toJson(const SimImage &i) {
    return {{QStringLiteral("id"), i.image.id.toLongLong()},
            {QStringLiteral("productId"), i.image.productId.toLongLong()},
            {QStringLiteral("imageUrl"), i.image.src},
            {QStringLiteral("altText"),
             i.image.alt.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(i.image.alt)},
            {QStringLiteral("displayOrder"), i.image.position}};
}

SimResponse GenericAdapter::error(int status, const QString &message, const QJsonArray &errors) {
    QJsonObject body{{QStringLiteral("status"), status},
                     {QStringLiteral("error"), reasonPhrase(status)},
                     {QStringLiteral("message"), message}};
    if (!errors.isEmpty())
        body.insert(QStringLiteral("errors"), errors);
    return SimResponse::json(status, body);
}

SimResponse GenericAdapter::notFound(const QString &id) {
    return error(404, QStringLiteral("Product image not found with id: %1").arg(id));
}

} // namespace vitrine
