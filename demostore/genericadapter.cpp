#include "demostore/genericadapter.h"

#include "demostore/simcursorpage.h"
#include "demostore/simjson.h"

#include <QJsonArray>

#include <cmath>

namespace vitrine {

namespace {

const QString kProductIdPlaceholder = QStringLiteral("{productId}");
const QString kImageIdPlaceholder = QStringLiteral("{imageId}");

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

bool hasPlaceholder(const QString &path) {
    return path.contains(kProductIdPlaceholder) || path.contains(kImageIdPlaceholder);
}

QJsonObject fieldError(const QString &field, const QString &message) {
    return {{QStringLiteral("field"), field}, {QStringLiteral("message"), message}};
}

} // namespace

struct GenericAdapter::Input {
    QJsonObject body;  // the image object sent (out of its envelope)
    QString productId; // empty when the body does not name one
    QString imageUrl;
    QString altText;
    std::optional<int> displayOrder;
};

DialectDescription GenericAdapter::seedShape() {
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
    d.authHeader = QByteArrayLiteral("Authorization");
    d.authPrefix = QStringLiteral("Bearer ");
    d.numericIdsInBody = true;
    d.productIdInBody = true;
    return d;
}

GenericAdapter::GenericAdapter(SimCatalog &catalog, DialectDescription shape,
                               SimStoreBehaviour behaviour)
    : SimDialectAdapter(catalog)
    , m_shape(std::move(shape))
    , m_behaviour(std::move(behaviour))
    , m_prefix(m_shape.resolvedPrefix())
    , m_authScheme(m_shape.authPrefix.trimmed()) {}

void GenericAdapter::addDescribed(SimRouter &router, const QByteArray &method,
                                  const QString &pattern, IdHandler handler) {
    if (pattern.isEmpty())
        return;
    QueryRoute route;
    route.path = DialectPath::parse(pattern);
    route.handler = std::move(handler);
    // "{}" captures in the order the placeholders appear in the path part.
    QString routerPattern = route.path.path;
    for (const QString &placeholder : DialectPath{route.path.path, {}}.placeholders())
        route.segmentIsProduct.append(placeholder == kProductIdPlaceholder);
    routerPattern.replace(kProductIdPlaceholder, QStringLiteral("{}"));
    routerPattern.replace(kImageIdPlaceholder, QStringLiteral("{}"));
    const QString key = QString::fromLatin1(method) + QLatin1Char(' ') + routerPattern;
    const bool first = !m_queryRoutes.contains(key);
    QList<QueryRoute> &routes = m_queryRoutes[key];
    routes.append(std::move(route));
    // The route naming more filters is tried first (a delete by id before a delete by product).
    std::stable_sort(routes.begin(), routes.end(), [](const QueryRoute &a, const QueryRoute &b) {
        return a.path.query.size() > b.path.query.size();
    });
    if (!first)
        return;
    router.add(method, routerPattern,
               [this, key, method](const SimRequest &request, const QStringList &args) {
                   for (const QueryRoute &r : std::as_const(m_queryRoutes[key])) {
                       const auto fromQuery = r.path.matchQuery(request.query);
                       if (!fromQuery)
                           continue;
                       PathIds ids;
                       for (qsizetype i = 0; i < args.size() && i < r.segmentIsProduct.size(); ++i)
                           (r.segmentIsProduct.at(i) ? ids.productId : ids.imageId) = args.at(i);
                       for (const auto &[placeholder, value] : *fromQuery)
                           (placeholder == kProductIdPlaceholder ? ids.productId : ids.imageId) =
                               value;
                       return r.handler(request, ids);
                   }
                   // No filter this address knows: a list answers everything, as such stores
                   // do; a write is refused.
                   if (method == "GET")
                       return listAll();
                   return error(400, QStringLiteral("%1 %2 needs a filter")
                                         .arg(QString::fromLatin1(method), request.path));
               });
}

void GenericAdapter::registerRoutes(SimRouter &r) {
    using R = const SimRequest &;
    using I = const PathIds &;
    const DialectDescription &d = m_shape;
    addDescribed(r, "GET", d.listProductsPath, [this](R req, I) { return listProducts(req); });
    // The seeds' extras, where the shape has a place for them. Fixed segments first: the router
    // takes the first match.
    if (!d.createImagePath.isEmpty() && !hasPlaceholder(d.createImagePath)) {
        addDescribed(r, "GET", d.createImagePath + QStringLiteral("/pagination"),
                     [this](R req, I) { return page(req); });
        addDescribed(r, "GET", d.createImagePath, [this](R, I) { return listAll(); });
        addDescribed(r, "GET", d.createImagePath + QLatin1Char('/'),
                     [this](R, I) { return listAll(); });
        addDescribed(r, "POST", d.createImagePath + QLatin1Char('/'),
                     [this](R req, I) { return create(req, QString()); });
    }
    if (!d.listImagesPath.isEmpty())
        addDescribed(r, "GET", d.listImagesPath + QStringLiteral("/ordered"),
                     [this](R, I ids) { return listOfProduct(ids.productId, true); });
    addDescribed(r, "GET", d.listImagesPath,
                 [this](R, I ids) { return listOfProduct(ids.productId, false); });
    addDescribed(r, "GET", d.getImagePath, [this](R, I ids) { return get(ids); });
    addDescribed(r, "POST", d.createImagePath,
                 [this](R req, I ids) { return create(req, ids.productId); });
    if (d.updateMethod == DialectDescription::UpdateMethod::Patch)
        addDescribed(r, "PATCH", d.updateImagePath,
                     [this](R req, I ids) { return merge(req, ids); });
    else if (d.capabilities.fullReplaceUpdate || d.name == QLatin1String("generic"))
        addDescribed(r, "PUT", d.updateImagePath,
                     [this](R req, I ids) { return replace(req, ids); });
    else
        addDescribed(r, "PUT", d.updateImagePath, [this](R req, I ids) { return merge(req, ids); });
    addDescribed(r, "DELETE", d.deleteAllImagesPath,
                 [this](R, I ids) { return removeAllOfProduct(ids.productId); });
    addDescribed(r, "DELETE", d.deleteImagePath, [this](R, I ids) { return remove(ids); });
}

std::optional<SimResponse> GenericAdapter::authenticate(const SimRequest &request) const {
    if (checkToken(request, m_shape.authHeader, m_authScheme.toUtf8()) == TokenCheck::Ok)
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

SimResponse GenericAdapter::listProducts(const SimRequest &request) const {
    const auto &f = m_shape.productFields;
    const auto productJson = [&](const SimProduct &p) {
        QJsonObject o{{f.id, idJson(p.id)}};
        if (!f.title.isEmpty())
            o.insert(f.title, p.title);
        if (!f.imageCount.isEmpty())
            o.insert(f.imageCount, catalog().imageCount(p.id));
        // Only a described store that maps them serves them (the generic store does not).
        if (!f.vendor.isEmpty())
            o.insert(f.vendor, p.vendor);
        if (!f.productType.isEmpty())
            o.insert(f.productType, p.productType);
        return o;
    };
    const QList<SimProduct> products = catalog().products();
    const DialectDescription::ProductPaging &paging = m_shape.productPaging;
    qsizetype first = 0;
    qsizetype count = products.size();
    QByteArray link;
    switch (paging.style) {
    case DialectDescription::ProductPaging::Style::None:
        break;
    case DialectDescription::ProductPaging::Style::Pages: {
        // ?page=N&limit=M from firstPage on; a page past the end is empty.
        bool pageOk = true;
        bool sizeOk = true;
        const int number = request.query.hasQueryItem(paging.pageParam)
                               ? request.query.queryItemValue(paging.pageParam).toInt(&pageOk)
                               : paging.firstPage;
        const int size = request.query.hasQueryItem(paging.sizeParam)
                             ? request.query.queryItemValue(paging.sizeParam).toInt(&sizeOk)
                             : 50;
        if (!pageOk || !sizeOk || number < paging.firstPage || size < 1 || size > 250)
            return error(400, QStringLiteral("%1 must be %2 or more and %3 between 1 and 250")
                                  .arg(paging.pageParam)
                                  .arg(paging.firstPage)
                                  .arg(paging.sizeParam));
        first = qsizetype(number - paging.firstPage) * size;
        count = size;
        // Some stores answer a page past the end with the last page again.
        if (m_behaviour.pastEndRepeatsLast && first >= products.size() && !products.isEmpty())
            first = ((products.size() - 1) / size) * size;
        break;
    }
    case DialectDescription::ProductPaging::Style::LinkHeader: {
        QString why;
        const auto cursor = SimCursorPage::fromQuery(request.query, int(products.size()), 50, 250,
                                                     &why, paging.sizeParam);
        if (!cursor)
            return error(400, why);
        first = cursor->offset;
        count = cursor->limit;
        // Some stores send a Link header only once the first request names a page.
        const bool named = m_behaviour.linkNeedsParam.isEmpty() ||
                           request.query.hasQueryItem(m_behaviour.linkNeedsParam) ||
                           request.query.hasQueryItem(QStringLiteral("page_info"));
        if (named)
            link = cursor->linkHeader(apiUrl(DialectPath::parse(m_shape.listProductsPath).path),
                                      paging.sizeParam);
        break;
    }
    }
    QJsonArray out;
    for (qsizetype i = first; i < products.size() && out.size() < count; ++i)
        out.append(productJson(products.at(i)));
    const QJsonValue body = wrapped(m_shape.productsEnvelope, out);
    SimResponse r = body.isArray() ? SimResponse::json(200, body.toArray())
                                   : SimResponse::json(200, body.toObject());
    if (!link.isEmpty())
        r.setHeader("Link", link);
    return r;
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
    const QJsonValue body = wrapped(m_shape.imagesEnvelope, out);
    return body.isArray() ? SimResponse::json(200, body.toArray())
                          : SimResponse::json(200, body.toObject());
}

std::optional<SimResponse> GenericAdapter::checkImage(const PathIds &ids) const {
    if (!isId(ids.imageId))
        return error(400, QStringLiteral("Invalid id: %1").arg(ids.imageId));
    if (!ids.productId.isNull() && !isId(ids.productId))
        return error(400, QStringLiteral("Invalid product id: %1").arg(ids.productId));
    const auto image = catalog().image(ids.imageId);
    if (!image || (!ids.productId.isNull() && image->image.productId != ids.productId))
        return notFound(ids.imageId);
    return std::nullopt;
}

SimResponse GenericAdapter::get(const PathIds &ids) const {
    if (auto refusal = checkImage(ids))
        return *refusal;
    return SimResponse::json(
        200, wrapped(m_shape.imageEnvelope, toJson(*catalog().image(ids.imageId))).toObject());
}

SimResponse GenericAdapter::create(const SimRequest &request, const QString &pathProductId) {
    if (!pathProductId.isNull() && !isId(pathProductId))
        return error(400, QStringLiteral("Invalid product id: %1").arg(pathProductId));
    Input in;
    if (auto refusal = parseInput(request, pathProductId.isNull(), &in))
        return *refusal;
    const QString productId = pathProductId.isNull() ? in.productId : pathProductId;
    ensureProduct(productId);
    NewImage image;
    image.src = in.imageUrl;
    image.alt = in.altText;
    image.position = in.displayOrder;
    SimImage created = catalog().addImage(productId, image);
    if (const QJsonObject extra = unmappedFields(in.body); !extra.isEmpty()) {
        catalog().setExtraFields(created.image.id, extra);
        created = *catalog().image(created.image.id);
    }
    SimResponse r =
        SimResponse::json(201, wrapped(m_shape.imageEnvelope, toJson(created)).toObject());
    if (!m_shape.getImagePath.isEmpty()) {
        const DialectPath::Filled where = DialectPath::parse(m_shape.getImagePath)
                                              .fill({{kProductIdPlaceholder, productId},
                                                     {kImageIdPlaceholder, created.image.id}});
        QUrl location = apiUrl(QString());
        location.setPath(location.path() + where.path, QUrl::TolerantMode);
        if (!where.query.isEmpty())
            location.setQuery(where.query);
        r.setHeader("Location", location.toEncoded());
    }
    return r;
}

SimResponse GenericAdapter::replace(const SimRequest &request, const PathIds &ids) {
    if (auto refusal = checkImage(ids))
        return *refusal;
    Input in;
    if (auto refusal = parseInput(request, ids.productId.isNull(), &in))
        return *refusal;
    // A full replace: every field takes the sent value. An absent position keeps the current
    // one (the seed documents it as optional and says nothing more); another product id in the
    // body moves the image to that product.
    if (!in.productId.isEmpty()) {
        ensureProduct(in.productId);
        catalog().moveImageToProduct(ids.imageId, in.productId);
    }
    ImagePatch patch;
    patch.src = in.imageUrl;
    patch.alt = in.altText;
    patch.position = in.displayOrder;
    catalog().updateImage(ids.imageId, patch);
    // A replace keeps only the extra fields the body sends again.
    catalog().setExtraFields(ids.imageId, unmappedFields(in.body));
    return SimResponse::json(
        200, wrapped(m_shape.imageEnvelope, toJson(*catalog().image(ids.imageId))).toObject());
}

SimResponse GenericAdapter::merge(const SimRequest &request, const PathIds &ids) {
    if (auto refusal = checkImage(ids))
        return *refusal;
    const auto parsed = simjson::parseObject(request.body);
    if (!parsed)
        return error(400, QStringLiteral("Malformed JSON request"));
    QJsonObject body = *parsed;
    if (!m_shape.imageEnvelope.isEmpty())
        body = body.value(m_shape.imageEnvelope).toObject();
    const auto &f = m_shape.fields;
    QJsonArray errors;
    ImagePatch patch;
    if (body.contains(f.src)) {
        const simjson::StringField url = simjson::stringField(body, f.src);
        if (!url.valid || !simjson::isWebUrl(url.value))
            errors.append(fieldError(f.src, QStringLiteral("Image URL must be a valid URL")));
        patch.src = url.value;
    }
    if (!f.alt.isEmpty() && body.contains(f.alt)) {
        const simjson::StringField alt = simjson::stringField(body, f.alt);
        if (!alt.valid)
            errors.append(fieldError(f.alt, QStringLiteral("Alt text must be a string")));
        patch.alt = alt.value;
    }
    if (!f.position.isEmpty() && body.contains(f.position)) {
        const simjson::IntField order = simjson::intField(body, f.position, false);
        if (!order.valid || !order.present || std::abs(order.value) > 1000000000)
            errors.append(
                fieldError(f.position, QStringLiteral("Display order must be an integer")));
        patch.position = int(order.value);
    }
    if (!errors.isEmpty())
        return error(400, QStringLiteral("Validation failed"), errors);
    catalog().updateImage(ids.imageId, patch);
    QJsonObject extra = catalog().image(ids.imageId)->extra;
    const QJsonObject sent = unmappedFields(body);
    for (auto it = sent.constBegin(); it != sent.constEnd(); ++it)
        extra.insert(it.key(), it.value());
    catalog().setExtraFields(ids.imageId, extra);
    return SimResponse::json(
        200, wrapped(m_shape.imageEnvelope, toJson(*catalog().image(ids.imageId))).toObject());
}

QJsonObject GenericAdapter::unmappedFields(const QJsonObject &body) const {
    const auto &f = m_shape.fields;
    const QStringList mapped{f.id,       f.productId, f.src,    f.alt,      f.position,
                             f.variants, f.width,     f.height, f.updatedAt};
    QJsonObject extra;
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (!mapped.contains(it.key()))
            extra.insert(it.key(), it.value());
    }
    return extra;
}

SimResponse GenericAdapter::remove(const PathIds &ids) {
    if (auto refusal = checkImage(ids))
        return *refusal;
    catalog().removeImage(ids.imageId);
    return SimResponse::empty(204);
}

SimResponse GenericAdapter::removeAllOfProduct(const QString &productId) {
    if (!isId(productId))
        return error(400, QStringLiteral("Invalid product id: %1").arg(productId));
    catalog().removeAllImages(productId); // 204 even when there was nothing to delete
    return SimResponse::empty(204);
}

std::optional<SimResponse> GenericAdapter::parseInput(const SimRequest &request,
                                                      bool productRequired, Input *in) const {
    const auto parsed = simjson::parseObject(request.body);
    if (!parsed)
        return error(400, QStringLiteral("Malformed JSON request"));
    QJsonObject body = *parsed;
    if (!m_shape.imageEnvelope.isEmpty()) {
        if (!body.value(m_shape.imageEnvelope).isObject())
            return error(400, QStringLiteral("Malformed JSON request"),
                         {fieldError(m_shape.imageEnvelope, QStringLiteral("is required"))});
        body = body.value(m_shape.imageEnvelope).toObject();
    }
    const auto &f = m_shape.fields;
    QJsonArray errors;
    if (!f.productId.isEmpty() && (productRequired || body.contains(f.productId))) {
        // Ids are JSON numbers in a store that says so, strings otherwise; the other form is
        // refused, so a client sending the wrong one finds out.
        const QJsonValue value = body.value(f.productId);
        QString productId;
        if (m_shape.numericIdsInBody) {
            const simjson::IntField n = simjson::intField(body, f.productId, false);
            if (n.present && n.valid && n.value > 0)
                productId = QString::number(n.value);
        } else if (value.isString() && isId(value.toString())) {
            productId = value.toString();
        }
        if (value.isUndefined() || value.isNull())
            errors.append(fieldError(f.productId, QStringLiteral("Product ID is required")));
        else if (productId.isEmpty())
            errors.append(fieldError(
                f.productId, m_shape.numericIdsInBody
                                 ? QStringLiteral("Product ID must be a positive integer")
                                 : QStringLiteral("Product ID must be a string of digits")));
        in->productId = productId;
    }
    const simjson::StringField url = simjson::stringField(body, f.src);
    if (!url.present || (url.valid && url.value.isEmpty()))
        errors.append(fieldError(f.src, QStringLiteral("Image URL is required")));
    else if (!url.valid || !simjson::isWebUrl(url.value))
        errors.append(fieldError(f.src, QStringLiteral("Image URL must be a valid URL")));
    simjson::StringField alt;
    if (!f.alt.isEmpty()) {
        alt = simjson::stringField(body, f.alt);
        if (!alt.valid)
            errors.append(fieldError(f.alt, QStringLiteral("Alt text must be a string")));
    }
    simjson::IntField order;
    if (!f.position.isEmpty()) {
        order = simjson::intField(body, f.position, false);
        if (!order.valid || std::abs(order.value) > 1000000000)
            errors.append(
                fieldError(f.position, QStringLiteral("Display order must be an integer")));
    }
    if (!errors.isEmpty())
        return error(400, QStringLiteral("Validation failed"), errors);
    in->body = body;
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

QJsonValue GenericAdapter::idJson(const QString &id) const {
    return m_shape.numericIdsInBody ? QJsonValue(id.toLongLong()) : QJsonValue(id);
}

QJsonObject GenericAdapter::toJson(const SimImage &i) const {
    const auto &f = m_shape.fields;
    QJsonObject o = i.extra;
    o.insert(f.id, idJson(i.image.id));
    o.insert(f.src, i.image.src);
    if (!f.productId.isEmpty())
        o.insert(f.productId, idJson(i.image.productId));
    if (!f.alt.isEmpty())
        o.insert(f.alt,
                 i.image.alt.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(i.image.alt));
    if (!f.position.isEmpty())
        o.insert(f.position, i.image.position);
    if (!f.width.isEmpty())
        o.insert(f.width, i.image.width);
    if (!f.height.isEmpty())
        o.insert(f.height, i.image.height);
    if (!f.updatedAt.isEmpty())
        o.insert(f.updatedAt, simjson::timestamp(i.image.updatedAt, 0));
    return o;
}

QJsonValue GenericAdapter::wrapped(const QString &envelope, const QJsonValue &value) const {
    if (envelope.isEmpty())
        return value;
    return QJsonObject{{envelope, value}};
}

SimResponse GenericAdapter::error(int status, const QString &message,
                                  const QJsonArray &errors) const {
    // In the order the seeds write it: status, error, message, errors. Some deployments say
    // "details" instead of "errors", or only status and error (STORES.md).
    QList<QPair<QString, QJsonValue>> body{{QStringLiteral("status"), status},
                                           {QStringLiteral("error"), reasonPhrase(status)}};
    if (errorStyle() != SimErrorStyle::StatusAndError) {
        body.append({QStringLiteral("message"), message});
        if (!errors.isEmpty())
            body.append({errorStyle() == SimErrorStyle::Details ? QStringLiteral("details")
                                                                : QStringLiteral("errors"),
                         errors});
    }
    return SimResponse::raw(status, "application/json; charset=utf-8",
                            simjson::orderedObject(body));
}

SimResponse GenericAdapter::notFound(const QString &id) const {
    return error(404, QStringLiteral("Product image not found with id: %1").arg(id));
}

} // namespace vitrine
