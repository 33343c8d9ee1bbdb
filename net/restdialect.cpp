#include "net/restdialect.h"

#include "net/dialects/productlisting.h"
#include "net/jsonreader.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace vitrine {

namespace {

StoreError badResponse(const QString &what) {
    return StoreError::make(StoreError::Code::BadResponse, what);
}

StoreError invalidInput(const QString &what) {
    return StoreError::make(StoreError::Code::InvalidInput, what);
}

const QString kProductId = QStringLiteral("productId");
const QString kSrc = QStringLiteral("src");
const QString kAlt = QStringLiteral("alt");
const QString kPosition = QStringLiteral("position");
const QString kVariants = QStringLiteral("variants");
const QString kSize = QStringLiteral("size");

} // namespace

RestDialect::RestDialect(DialectDescription description)
    : m_d(std::move(description)) {
    m_d.capabilities.dialectName = m_d.name;
}

QString RestDialect::name() const {
    return m_d.name;
}
StoreCapabilities RestDialect::capabilities() const {
    return m_d.capabilities;
}
QString RestDialect::apiPrefix() const {
    return m_d.resolvedPrefix();
}
QByteArray RestDialect::authHeaderName() const {
    return m_d.authHeader;
}
QByteArray RestDialect::authHeaderValue(const QString &token) const {
    return (m_d.authPrefix + token).toUtf8();
}
QByteArray RestDialect::contentType() const {
    return m_d.contentType;
}

bool RestDialect::matchesIdKind(DialectDescription::IdKind kind, const QString &id) {
    switch (kind) {
    case DialectDescription::IdKind::Any:
        return !id.isEmpty();
    case DialectDescription::IdKind::Digits: {
        static const QRegularExpression digits(QStringLiteral("^[0-9]{1,128}$"));
        return digits.match(id).hasMatch();
    }
    case DialectDescription::IdKind::Uuid: {
        static const QRegularExpression uuid(QStringLiteral(
            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
        return uuid.match(id).hasMatch();
    }
    }
    return false;
}

std::optional<StoreError> RestDialect::validateId(IdRole role, const QString &id) const {
    if (auto e = StoreDialect::validateId(role, id))
        return e;
    const auto kind = role == IdRole::Product ? m_d.productIdKind : m_d.imageIdKind;
    if (matchesIdKind(kind, id))
        return std::nullopt;
    const QString what =
        role == IdRole::Product ? QStringLiteral("product id") : QStringLiteral("image id");
    const QString shape = kind == DialectDescription::IdKind::Uuid
                              ? QStringLiteral("a UUID (like 9fb9f3c6-2300-42c1-8593-d9008d7cfc09)")
                              : QStringLiteral("made of digits only");
    return invalidInput(QStringLiteral("the %1 \"%2\" is not valid for %3: it must be %4")
                            .arg(what, id.left(80), dialectTitle(m_d.name), shape));
}

QString RestDialect::fillPath(const QString &pattern, const QString &productId,
                              const QString &imageId) const {
    QString path = pattern;
    path.replace(QLatin1String("{productId}"), HttpRequestSpec::encodeSegment(productId));
    path.replace(QLatin1String("{imageId}"), HttpRequestSpec::encodeSegment(imageId));
    return path;
}

Result<QString> RestDialect::pathFor(const QString &pattern, const QString &operation,
                                     const QString &productId, const QString &imageId) const {
    if (pattern.isEmpty())
        return unsupported(operation);
    if (auto e = validateId(IdRole::Product, productId))
        return *e;
    if (pattern.contains(QLatin1String("{imageId}"))) {
        if (auto e = validateId(IdRole::Image, imageId))
            return *e;
    }
    return fillPath(pattern, productId, imageId);
}

QString RestDialect::absoluteSource(const QString &src) const {
    if (src.startsWith(QLatin1String("//")))
        return m_d.baseScheme + QLatin1Char(':') + src;
    return src;
}

std::optional<StoreError> RestDialect::checkAlt(const QString &alt, bool forNewImage) const {
    const int limit = m_d.capabilities.altLimit(forNewImage);
    if (limit > 0 && alt.size() > limit)
        return invalidInput(
            QStringLiteral("the alt text has %1 characters; %2 allows at most %3 "
                           "when %4 an image")
                .arg(alt.size())
                .arg(dialectTitle(m_d.name))
                .arg(limit)
                .arg(forNewImage ? QStringLiteral("adding") : QStringLiteral("updating")));
    return std::nullopt;
}

QJsonValue RestDialect::idToJson(const QString &id) const {
    if (m_d.numericIdsInBody && matchesIdKind(DialectDescription::IdKind::Digits, id) &&
        id.size() <= 18)
        return QJsonValue(id.toLongLong());
    return QJsonValue(id);
}

QJsonObject RestDialect::imageToJson(const ProductImage &image, const QStringList &which) const {
    const auto &f = m_d.fields;
    QJsonObject o;
    if (which.contains(kProductId) && !f.productId.isEmpty())
        o.insert(f.productId, idToJson(image.productId));
    // A protocol-relative source ("//cdn/x.jpg") goes out with the store's scheme: not every
    // store takes one.
    if (which.contains(kSrc) && !f.src.isEmpty())
        o.insert(f.src, absoluteSource(image.src));
    if (which.contains(kAlt) && !f.alt.isEmpty())
        o.insert(f.alt, image.alt);
    if (which.contains(kPosition) && !f.position.isEmpty())
        o.insert(f.position, image.position);
    if (which.contains(kVariants) && !f.variants.isEmpty()) {
        if (f.variantsIsList) {
            QJsonArray ids;
            for (const QString &v : image.variantIds)
                ids.append(idToJson(v));
            o.insert(f.variants, ids);
        } else {
            o.insert(f.variants, image.variantIds.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                            : idToJson(image.variantIds.first()));
        }
    }
    if (which.contains(kSize)) {
        if (image.width > 0 && !f.width.isEmpty())
            o.insert(f.width, image.width);
        if (image.height > 0 && !f.height.isEmpty())
            o.insert(f.height, image.height);
    }
    return o;
}

QJsonObject RestDialect::enveloped(const QJsonObject &image) const {
    if (m_d.imageEnvelope.isEmpty())
        return image;
    QJsonObject o;
    o.insert(m_d.imageEnvelope, image);
    return o;
}

Result<HttpRequestSpec> RestDialect::listProductsRequest() const {
    if (m_d.listProductsPath.isEmpty())
        return unsupported(QStringLiteral("list products"));
    HttpRequestSpec spec = HttpRequestSpec::get(m_d.listProductsPath);
    spec.notFoundMeansWrongAddress = true;
    return spec;
}

Result<HttpRequestSpec> RestDialect::listImagesRequest(const QString &productId) const {
    const Result<QString> path =
        pathFor(m_d.listImagesPath, QStringLiteral("list a product's images"), productId);
    if (!path)
        return path.error();
    return HttpRequestSpec::get(path.value());
}

Result<HttpRequestSpec> RestDialect::getImageRequest(const QString &productId,
                                                     const QString &imageId) const {
    const Result<QString> path =
        pathFor(m_d.getImagePath, QStringLiteral("read one image"), productId, imageId);
    if (!path)
        return path.error();
    return HttpRequestSpec::get(path.value());
}

Result<HttpRequestSpec> RestDialect::createImageRequest(const QString &productId,
                                                        const NewImage &image) const {
    const Result<QString> path =
        pathFor(m_d.createImagePath, QStringLiteral("add images"), productId);
    if (!path)
        return path.error();
    const QUrl src(image.src.startsWith(QLatin1String("//")) ? absoluteSource(image.src)
                                                             : image.src,
                   QUrl::StrictMode);
    if (!src.isValid() || src.host().isEmpty() ||
        (src.scheme() != QLatin1String("http") && src.scheme() != QLatin1String("https")))
        return invalidInput(QStringLiteral("the image address \"%1\" is not an http or https URL")
                                .arg(image.src.left(200)));
    if (auto e = checkAlt(image.alt, true))
        return *e;
    const auto &caps = m_d.capabilities;
    if (image.position && caps.positionOnCreate && *image.position < caps.lowestPosition())
        return invalidInput(
            QStringLiteral("the position must be at least %1").arg(caps.lowestPosition()));
    if (!image.variantIds.isEmpty() && !caps.hasVariants)
        return unsupported(QStringLiteral("link images to variants"));

    ProductImage asImage;
    asImage.productId = productId;
    asImage.src = image.src;
    asImage.alt = image.alt;
    asImage.variantIds = image.variantIds;
    asImage.width = image.width;
    asImage.height = image.height;
    QStringList which{kSrc, kAlt, kSize};
    if (m_d.productIdInBody)
        which << kProductId;
    if (image.position && caps.positionOnCreate) {
        asImage.position = *image.position;
        which << kPosition;
    }
    if (!image.variantIds.isEmpty())
        which << kVariants;
    return HttpRequestSpec::post(path.value(), enveloped(imageToJson(asImage, which)));
}

Result<HttpRequestSpec> RestDialect::updateImageRequest(const QString &productId,
                                                        const ProductImage &current,
                                                        const ImagePatch &patch) const {
    const Result<QString> path =
        pathFor(m_d.updateImagePath, QStringLiteral("change images"), productId, current.id);
    if (!path)
        return path.error();
    const auto &caps = m_d.capabilities;
    if (patch.isEmpty() && !caps.fullReplaceUpdate)
        return invalidInput(QStringLiteral("the update changes nothing"));
    if (patch.src && *patch.src != current.src && !caps.canReplaceSource)
        return unsupported(QStringLiteral("change the address of an existing image"));
    if (patch.variantIds && !caps.hasVariants)
        return unsupported(QStringLiteral("link images to variants"));
    if (patch.alt) {
        if (auto e = checkAlt(*patch.alt, false))
            return *e;
    }
    ProductImage target = patch.appliedTo(current);
    target.productId = productId;
    if (patch.position && target.position < caps.lowestPosition())
        return invalidInput(
            QStringLiteral("the position must be at least %1").arg(caps.lowestPosition()));

    QStringList which;
    if (caps.fullReplaceUpdate) {
        which << kSrc << kAlt << kPosition;
        if (m_d.productIdInBody)
            which << kProductId;
        if (caps.hasVariants)
            which << kVariants;
    } else {
        if (patch.src)
            which << kSrc;
        if (patch.alt)
            which << kAlt;
        if (patch.position)
            which << kPosition;
        if (patch.variantIds)
            which << kVariants;
    }
    return HttpRequestSpec::put(path.value(), enveloped(imageToJson(target, which)));
}

Result<HttpRequestSpec> RestDialect::deleteImageRequest(const QString &productId,
                                                        const QString &imageId) const {
    const Result<QString> path =
        pathFor(m_d.deleteImagePath, QStringLiteral("delete images"), productId, imageId);
    if (!path)
        return path.error();
    return HttpRequestSpec::del(path.value());
}

Result<HttpRequestSpec> RestDialect::deleteAllImagesRequest(const QString &productId) const {
    const Result<QString> path = pathFor(m_d.deleteAllImagesPath,
                                         QStringLiteral("delete all images of a product in one "
                                                        "request"),
                                         productId);
    if (!path)
        return path.error();
    return HttpRequestSpec::del(path.value());
}

Result<ProductImage> RestDialect::imageFromJson(const QJsonValue &value,
                                                const QString &productId) const {
    if (!value.isObject())
        return badResponse(
            QStringLiteral("an image is %1 instead of an object").arg(JsonReader::typeName(value)));
    const QJsonObject o = value.toObject();
    const auto &f = m_d.fields;
    ProductImage image;

    const QJsonValue idValue = o.value(f.id);
    const std::optional<QString> id = JsonReader::id(idValue);
    if (!id)
        return badResponse(QStringLiteral("an image has no usable \"%1\" (it is %2)")
                               .arg(f.id, JsonReader::typeName(idValue)));
    image.id = *id;
    const auto field = [&](const QString &name) {
        return name.isEmpty() ? QJsonValue() : o.value(name);
    };
    const auto wrongType = [&](const QString &name, const QJsonValue &v) {
        return badResponse(QStringLiteral("image %1: \"%2\" is %3")
                               .arg(image.id.left(80), name, JsonReader::typeName(v)));
    };

    const QJsonValue productValue = field(f.productId);
    image.productId = JsonReader::id(productValue).value_or(productId);

    const QJsonValue srcValue = field(f.src);
    const std::optional<QString> src = JsonReader::text(srcValue);
    if (!src)
        return wrongType(f.src, srcValue);
    image.src = absoluteSource(*src);

    const QJsonValue altValue = field(f.alt);
    const std::optional<QString> alt = JsonReader::text(altValue);
    if (!alt)
        return wrongType(f.alt, altValue);
    image.alt = *alt;

    const QJsonValue positionValue = field(f.position);
    if (!positionValue.isUndefined() && !positionValue.isNull()) {
        const std::optional<int> position = JsonReader::integer(positionValue);
        if (!position)
            return wrongType(f.position, positionValue);
        image.position = *position;
    }

    const QJsonValue variantsValue = field(f.variants);
    if (variantsValue.isArray()) {
        for (const QJsonValue &v : variantsValue.toArray()) {
            const std::optional<QString> variant = JsonReader::id(v);
            if (!variant)
                return wrongType(f.variants, v);
            image.variantIds << *variant;
        }
    } else if (!variantsValue.isUndefined() && !variantsValue.isNull()) {
        const std::optional<QString> variant = JsonReader::id(variantsValue);
        if (!variant && !(variantsValue.isString() && variantsValue.toString().isEmpty()))
            return wrongType(f.variants, variantsValue);
        if (variant)
            image.variantIds << *variant;
    }

    // Sizes and timestamps are informative only: a wrong type reads as "unknown".
    image.width = qMax(0, JsonReader::integer(field(f.width)).value_or(0));
    image.height = qMax(0, JsonReader::integer(field(f.height)).value_or(0));
    image.updatedAt = JsonReader::timestamp(field(f.updatedAt));
    return image;
}

Result<Gallery> RestDialect::galleryFromJson(const QJsonValue &value,
                                             const QString &productId) const {
    if (!value.isArray())
        return badResponse(QStringLiteral("the image list is %1 instead of a list")
                               .arg(JsonReader::typeName(value)));
    Gallery gallery;
    const QJsonArray array = value.toArray();
    gallery.reserve(array.size());
    for (const QJsonValue &item : array) {
        Result<ProductImage> image = imageFromJson(item, productId);
        if (!image)
            return image.error();
        gallery.append(std::move(image).value());
    }
    return sortedByPosition(std::move(gallery));
}

Result<Gallery> RestDialect::parseImages(const HttpResponse &response,
                                         const QString &productId) const {
    const Result<QJsonValue> json = JsonReader::parse(response.body);
    if (!json)
        return json.error();
    QJsonValue list = json.value();
    if (!m_d.imagesEnvelope.isEmpty()) {
        if (!list.isObject() || !list.toObject().contains(m_d.imagesEnvelope))
            return badResponse(
                QStringLiteral("the answer has no \"%1\" list").arg(m_d.imagesEnvelope));
        list = list.toObject().value(m_d.imagesEnvelope);
    }
    return galleryFromJson(list, productId);
}

Result<ProductImage> RestDialect::parseImage(const HttpResponse &response,
                                             const QString &productId) const {
    const Result<QJsonValue> json = JsonReader::parse(response.body);
    if (!json)
        return json.error();
    QJsonValue value = json.value();
    if (!m_d.imageEnvelope.isEmpty() && value.isObject() &&
        value.toObject().contains(m_d.imageEnvelope))
        value = value.toObject().value(m_d.imageEnvelope);
    else if (!m_d.imageEnvelope.isEmpty() && value.isObject() &&
             !value.toObject().contains(m_d.fields.id))
        return badResponse(
            QStringLiteral("the answer has no \"%1\" object").arg(m_d.imageEnvelope));
    return imageFromJson(value, productId);
}

QCoro::Task<Result<QList<ProductSummary>>> RestDialect::listProducts(RequestRunner runner) {
    return ProductListing::read(std::move(runner), this);
}

StoreError RestDialect::parseError(const HttpResponse &response) const {
    StoreError e = StoreDialect::parseError(response);
    e.url = response.url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
                .toString();
    return e;
}

Result<QList<ProductSummary>> RestDialect::parseProducts(const HttpResponse &response) const {
    const Result<QJsonValue> json = JsonReader::parse(response.body);
    if (!json)
        return json.error();
    QJsonValue list = json.value();
    if (!m_d.productsEnvelope.isEmpty()) {
        if (!list.isObject() || !list.toObject().contains(m_d.productsEnvelope))
            return badResponse(
                QStringLiteral("the answer has no \"%1\" list").arg(m_d.productsEnvelope));
        list = list.toObject().value(m_d.productsEnvelope);
    }
    if (!list.isArray())
        return badResponse(QStringLiteral("the product list is %1 instead of a list")
                               .arg(JsonReader::typeName(list)));
    const auto &f = m_d.productFields;
    QList<ProductSummary> products;
    for (const QJsonValue &item : list.toArray()) {
        if (!item.isObject())
            return badResponse(QStringLiteral("a product is %1 instead of an object")
                                   .arg(JsonReader::typeName(item)));
        const QJsonObject o = item.toObject();
        const std::optional<QString> id = JsonReader::id(o.value(f.id));
        if (!id)
            return badResponse(QStringLiteral("a product has no usable \"%1\" (it is %2)")
                                   .arg(f.id, JsonReader::typeName(o.value(f.id))));
        ProductSummary p;
        p.id = *id;
        p.title = JsonReader::text(o.value(f.title)).value_or(QString());
        if (!f.imageCount.isEmpty())
            p.imageCount = JsonReader::integer(o.value(f.imageCount)).value_or(-1);
        products.append(p);
    }
    return products;
}

} // namespace vitrine
