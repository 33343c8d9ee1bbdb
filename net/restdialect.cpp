#include "net/restdialect.h"

#include "net/dialects/productlisting.h"
#include "net/jsonreader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

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

// The fields a patch changes, as imageToJson() names them.
QStringList patchedFields(const ImagePatch &patch) {
    QStringList which;
    if (patch.src)
        which << kSrc;
    if (patch.alt)
        which << kAlt;
    if (patch.position)
        which << kPosition;
    if (patch.variantIds)
        which << kVariants;
    return which;
}

// A 404 to a request on a described path: the store has nothing at that address, which may mean
// the dialect's path is wrong. The sentence (StoreError::Subject::Address) names the address asked
// for; the words say the path may be wrong. Built-in paths are tested against their stores: there
// a 404 keeps its usual meaning.
StoreError onDescribedPath(StoreError e, bool describedByFile) {
    if (!describedByFile || e.code != StoreError::Code::NotFound || e.httpStatus != 404 ||
        e.subject == StoreError::Subject::Address)
        return e;
    e.subject = StoreError::Subject::Address;
    const QString why = QCoreApplication::translate(
        "vitrine::RestDialect", "no such product or image there, or the dialect's path for this "
                                "request may be wrong");
    e.storeMessage = e.storeMessage.isEmpty()
                         ? why
                         : why + QStringLiteral(" (") + e.storeMessage + QLatin1Char(')');
    return e;
}

} // namespace

RestDialect::RestDialect(DialectDescription description)
    : m_d(std::move(description)) {
    m_d.capabilities.dialectName = m_d.name;
}

QUrl RestDialect::thumbnailUrl(const QUrl &src, int width) const {
    return m_d.thumbnails.apply(src, width);
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
    const QString what = role == IdRole::Product
                             ? QCoreApplication::translate("RestDialect", "product id")
                             : QCoreApplication::translate("RestDialect", "image id");
    const QString shape =
        kind == DialectDescription::IdKind::Uuid
            ? QCoreApplication::translate("RestDialect",
                                          "a UUID (like 9fb9f3c6-2300-42c1-8593-d9008d7cfc09)")
            : QCoreApplication::translate("RestDialect", "made of digits only");
    return invalidInput(QCoreApplication::translate(
                            "RestDialect", "the %1 \"%2\" is not valid for %3: it must be %4")
                            .arg(what, id.left(80), dialectTitle(m_d.name), shape));
}

QString RestDialect::fillPath(const QString &pattern, const QString &productId,
                              const QString &imageId) const {
    return DialectPath::parse(pattern)
        .fill({{QStringLiteral("{productId}"), productId}, {QStringLiteral("{imageId}"), imageId}})
        .path;
}

HttpRequestSpec RestDialect::describedRequest(const QString &pattern, const QString &productId,
                                              const QString &imageId) const {
    const DialectPath::Filled filled = DialectPath::parse(pattern).fill(
        {{QStringLiteral("{productId}"), productId}, {QStringLiteral("{imageId}"), imageId}});
    return HttpRequestSpec::get(filled.path, filled.query);
}

Result<HttpRequestSpec> RestDialect::requestFor(const QString &pattern, const QString &operation,
                                                const QString &productId,
                                                const QString &imageId) const {
    if (pattern.isEmpty())
        return unsupported(operation);
    if (auto e = validateId(IdRole::Product, productId))
        return *e;
    if (pattern.contains(QLatin1String("{imageId}"))) {
        if (auto e = validateId(IdRole::Image, imageId))
            return *e;
    }
    return describedRequest(pattern, productId, imageId);
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
            (forNewImage ? QCoreApplication::translate("RestDialect",
                                                       "the alt text has %1 characters; %2 allows "
                                                       "at most %3 when adding an image")
                         : QCoreApplication::translate("RestDialect",
                                                       "the alt text has %1 characters; %2 allows "
                                                       "at most %3 when updating an image"))
                .arg(alt.size())
                .arg(dialectTitle(m_d.name))
                .arg(limit));
    return std::nullopt;
}

QJsonValue RestDialect::idToJson(const QString &id) const {
    if (m_d.numericIdsInBody && matchesIdKind(DialectDescription::IdKind::Digits, id) &&
        id.size() <= 18)
        return {id.toLongLong()};
    return {id};
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
        return unsupported(tr("list products"));
    HttpRequestSpec spec = describedRequest(m_d.listProductsPath, QString());
    spec.notFoundMeansWrongAddress = true;
    return spec;
}

Result<HttpRequestSpec> RestDialect::listImagesRequest(const QString &productId) const {
    return requestFor(m_d.listImagesPath, tr("list a product's images"), productId);
}

Result<HttpRequestSpec> RestDialect::getImageRequest(const QString &productId,
                                                     const QString &imageId) const {
    return requestFor(m_d.getImagePath, tr("read one image"), productId, imageId);
}

Result<HttpRequestSpec> RestDialect::createImageRequest(const QString &productId,
                                                        const NewImage &image) const {
    Result<HttpRequestSpec> spec = requestFor(m_d.createImagePath, tr("add images"), productId);
    if (!spec)
        return spec.error();
    const QUrl src(image.src.startsWith(QLatin1String("//")) ? absoluteSource(image.src)
                                                             : image.src,
                   QUrl::StrictMode);
    if (!src.isValid() || src.host().isEmpty() ||
        (src.scheme() != QLatin1String("http") && src.scheme() != QLatin1String("https")))
        return invalidInput(
            QCoreApplication::translate("RestDialect",
                                        "the image address \"%1\" is not an http or https URL")
                .arg(image.src.left(200)));
    if (auto e = checkAlt(image.alt, true))
        return *e;
    const auto &caps = m_d.capabilities;
    if (image.position && caps.positionOnCreate && *image.position < caps.lowestPosition())
        return invalidInput(
            QCoreApplication::translate("RestDialect", "the position must be at least %1")
                .arg(caps.lowestPosition()));
    if (!image.variantIds.isEmpty() && !caps.hasVariants)
        return unsupported(QCoreApplication::translate("RestDialect", "link images to variants"));

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
    spec.value().method = HttpRequestSpec::Method::Post;
    spec.value().body = enveloped(imageToJson(asImage, which));
    return spec;
}

Result<HttpRequestSpec> RestDialect::updateImageRequest(const QString &productId,
                                                        const ProductImage &current,
                                                        const ImagePatch &patch) const {
    Result<HttpRequestSpec> spec =
        requestFor(m_d.updateImagePath, tr("change images"), productId, current.id);
    if (!spec)
        return spec.error();
    spec.value().method = m_d.updateMethod == DialectDescription::UpdateMethod::Patch
                              ? HttpRequestSpec::Method::Patch
                              : HttpRequestSpec::Method::Put;
    const auto &caps = m_d.capabilities;
    if (patch.isEmpty() && !caps.fullReplaceUpdate)
        return invalidInput(
            QCoreApplication::translate("RestDialect", "the update changes nothing"));
    if (patch.src && *patch.src != current.src && !caps.canReplaceSource)
        return unsupported(
            QCoreApplication::translate("RestDialect", "change the address of an existing image"));
    if (patch.variantIds && !caps.hasVariants)
        return unsupported(QCoreApplication::translate("RestDialect", "link images to variants"));
    if (patch.alt) {
        if (auto e = checkAlt(*patch.alt, false))
            return *e;
    }
    ProductImage target = patch.appliedTo(current);
    target.productId = productId;
    if (patch.position && target.position < caps.lowestPosition())
        return invalidInput(
            QCoreApplication::translate("RestDialect", "the position must be at least %1")
                .arg(caps.lowestPosition()));

    if (caps.fullReplaceUpdate) {
        // The record as the store last returned it, so nothing Vitrine does not model is lost.
        const std::optional<QJsonObject> body = replaceBody(productId, current, patch);
        if (!body)
            return invalidInput(tr("the store's record of image %1 was not read, and a replace "
                                   "update without it would erase the fields Vitrine does not "
                                   "know; read the gallery again first")
                                    .arg(current.id.left(80)));
        spec.value().body = enveloped(*body);
        return spec;
    }
    spec.value().body = enveloped(imageToJson(target, patchedFields(patch)));
    return spec;
}

std::optional<QJsonObject> RestDialect::replaceBody(const QString &productId,
                                                    const ProductImage &current,
                                                    const ImagePatch &patch) const {
    std::optional<QJsonObject> record = m_records->record(current.id);
    if (!record)
        return std::nullopt;
    ProductImage target = patch.appliedTo(current);
    target.productId = productId;
    QStringList which = patchedFields(patch);
    // An unchanged address stays byte for byte as the store wrote it ("//cdn/…" included).
    if (patch.src && *patch.src == current.src)
        which.removeAll(kSrc);
    // A store that wants the product id in bodies gets it even when its records lack it.
    if (m_d.productIdInBody && !m_d.fields.productId.isEmpty() &&
        !record->contains(m_d.fields.productId))
        which << kProductId;
    const QJsonObject changed = imageToJson(target, which);
    for (auto it = changed.constBegin(); it != changed.constEnd(); ++it)
        record->insert(it.key(), it.value());
    return record;
}

Result<HttpRequestSpec> RestDialect::deleteImageRequest(const QString &productId,
                                                        const QString &imageId) const {
    Result<HttpRequestSpec> spec =
        requestFor(m_d.deleteImagePath, tr("delete images"), productId, imageId);
    if (spec)
        spec.value().method = HttpRequestSpec::Method::Delete;
    return spec;
}

Result<HttpRequestSpec> RestDialect::deleteAllImagesRequest(const QString &productId) const {
    Result<HttpRequestSpec> spec = requestFor(
        m_d.deleteAllImagesPath, tr("delete all images of a product in one request"), productId);
    if (spec)
        spec.value().method = HttpRequestSpec::Method::Delete;
    return spec;
}

Result<ProductImage> RestDialect::imageFromJson(const QJsonValue &value,
                                                const QString &productId) const {
    if (!value.isObject())
        return badResponse(
            QCoreApplication::translate("RestDialect", "an image is %1 instead of an object")
                .arg(JsonReader::typeName(value)));
    const QJsonObject o = value.toObject();
    const auto &f = m_d.fields;
    ProductImage image;

    const QJsonValue idValue = o.value(f.id);
    const std::optional<QString> id = JsonReader::id(idValue);
    if (!id)
        return badResponse(
            QCoreApplication::translate("RestDialect", "an image has no usable \"%1\" (it is %2)")
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
        for (const QJsonValue v : variantsValue.toArray()) {
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
        return badResponse(
            QCoreApplication::translate("RestDialect", "the image list is %1 instead of a list")
                .arg(JsonReader::typeName(value)));
    Gallery gallery;
    const QJsonArray array = value.toArray();
    gallery.reserve(array.size());
    for (const QJsonValue item : array) {
        Result<ProductImage> image = imageFromJson(item, productId);
        if (!image)
            return image.error();
        gallery.append(std::move(image).value());
    }
    return sortedByPosition(std::move(gallery));
}

Result<QList<QJsonObject>> RestDialect::recordsOf(const QJsonValue &list,
                                                  const QString &productId) const {
    QList<QJsonObject> records;
    if (!list.isArray())
        return records; // galleryFromJson() says what is wrong
    const QString &productKey = m_d.fields.productId;
    for (const QJsonValue item : list.toArray()) {
        const QJsonObject o = item.toObject();
        records << o;
        if (productKey.isEmpty() || productId.isEmpty() || !o.contains(productKey))
            continue;
        const std::optional<QString> owner = JsonReader::id(o.value(productKey));
        if (owner && *owner != productId) {
            const std::optional<QString> imageId = JsonReader::id(o.value(m_d.fields.id));
            return badResponse(
                tr("the store's answer for product %1 holds image %2 of product %3: the list "
                   "path \"%4\" is too broad (it must list the images of one product only); "
                   "nothing was loaded or sent")
                    .arg(productId.left(80), imageId.value_or(QStringLiteral("?")).left(80),
                         owner->left(80), m_d.listImagesPath));
        }
    }
    return records;
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
                QCoreApplication::translate("RestDialect", "the answer has no \"%1\" list")
                    .arg(m_d.imagesEnvelope));
        list = list.toObject().value(m_d.imagesEnvelope);
    }
    const Result<QList<QJsonObject>> records = recordsOf(list, productId);
    if (!records)
        return records.error();
    Result<Gallery> gallery = galleryFromJson(list, productId);
    if (!gallery)
        return gallery;
    QHash<QString, QJsonObject> byId;
    for (const QJsonObject &record : records.value()) {
        if (const std::optional<QString> id = JsonReader::id(record.value(m_d.fields.id)))
            byId.insert(*id, record);
    }
    m_records->rememberList(productId, byId, records.value());
    return gallery;
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
        return badResponse(tr("the answer has no \"%1\" object").arg(m_d.imageEnvelope));
    Result<ProductImage> image = imageFromJson(value, productId);
    if (image)
        m_records->remember(image->id, value.toObject());
    return image;
}

QCoro::Task<Result<Gallery>> RestDialect::listImages(RequestRunner runner, QString productId) {
    Result<Gallery> gallery = co_await StoreDialect::listImages(runner, productId);
    if (!gallery)
        co_return onDescribedPath(gallery.error(), m_d.lookBeforeWriting);
    co_return gallery;
}

QCoro::Task<Result<MappingReport>> RestDialect::checkMapping(RequestRunner runner,
                                                             QString productId) {
    const Result<Gallery> gallery = co_await listImages(runner, productId);
    if (!gallery)
        co_return gallery.error();
    co_return MappingCheck::check(
        m_d, m_records->lastList(productId).value_or(QList<QJsonObject>()), productId);
}

QCoro::Task<std::optional<StoreError>> RestDialect::lookBeforeWriting(RequestRunner runner,
                                                                      QString productId) {
    if (!m_d.lookBeforeWriting || m_records->mappingChecked())
        co_return std::nullopt;
    std::optional<QList<QJsonObject>> records = m_records->lastList(productId);
    if (!records) {
        const Result<Gallery> gallery = co_await listImages(runner, productId);
        if (!gallery)
            co_return gallery.error();
        records = m_records->lastList(productId);
    }
    const MappingReport report =
        MappingCheck::check(m_d, records.value_or(QList<QJsonObject>()), productId);
    // An empty gallery shows no keys: the check waits for an answer that has some.
    if (!report.checked())
        co_return std::nullopt;
    if (!report.ok()) {
        StoreError e = invalidInput(
            tr("%1 — nothing was written").arg(report.problems().join(QStringLiteral("; "))));
        co_return e;
    }
    m_records->setMappingChecked();
    co_return std::nullopt;
}

QCoro::Task<StoreError> RestDialect::explainNotFound(RequestRunner runner, QString productId,
                                                     QString imageId, StoreError error) {
    if (error.code != StoreError::Code::NotFound || error.httpStatus != 404)
        co_return error;
    if (m_records->wasListed(imageId)) {
        // Listed before: gone from the list now means deleted elsewhere; still listed means the
        // described path does not reach it.
        const Result<Gallery> now = co_await listImages(runner, productId);
        const bool stillListed =
            now && std::any_of(now->cbegin(), now->cend(),
                               [&](const ProductImage &i) { return i.id == imageId; });
        if (now && !stillListed) {
            m_records->forget(imageId);
            error.subject = StoreError::Subject::Item;
            co_return error;
        }
    }
    co_return onDescribedPath(error, m_d.lookBeforeWriting);
}

QCoro::Task<Result<ProductImage>> RestDialect::createImage(RequestRunner runner, QString productId,
                                                           NewImage image) {
    if (auto refusal = co_await lookBeforeWriting(runner, productId))
        co_return *refusal;
    Result<ProductImage> created = co_await StoreDialect::createImage(runner, productId, image);
    if (!created)
        co_return onDescribedPath(created.error(), m_d.lookBeforeWriting);
    co_return created;
}

QCoro::Task<Result<ProductImage>> RestDialect::updateImage(RequestRunner runner, QString productId,
                                                           ProductImage current, ImagePatch patch) {
    if (auto refusal = co_await lookBeforeWriting(runner, productId))
        co_return *refusal;
    if (m_d.capabilities.fullReplaceUpdate && !m_records->record(current.id)) {
        // A replace needs the store's own record: read it (the image alone where the store can,
        // else the product's list) before anything is sent.
        if (!m_d.getImagePath.isEmpty()) {
            const Result<ProductImage> read = co_await getImage(runner, productId, current.id);
            if (!read)
                co_return co_await explainNotFound(runner, productId, current.id, read.error());
        } else {
            const Result<Gallery> read = co_await listImages(runner, productId);
            if (!read)
                co_return read.error();
        }
    }
    const Result<HttpRequestSpec> spec = updateImageRequest(productId, current, patch);
    if (!spec)
        co_return spec.error();
    const Result<HttpResponse> response = co_await runner.run(spec.value());
    if (!response)
        co_return co_await explainNotFound(runner, productId, current.id, response.error());
    if (response->body.trimmed().isEmpty()) {
        // 204: the store now holds what was sent.
        if (m_d.capabilities.fullReplaceUpdate && spec->body) {
            const QJsonObject sent = spec->body.value();
            m_records->remember(current.id, m_d.imageEnvelope.isEmpty()
                                                ? sent
                                                : sent.value(m_d.imageEnvelope).toObject());
        }
        co_return patch.appliedTo(current);
    }
    co_return parseImage(response.value(), productId);
}

QCoro::Task<Result<void>> RestDialect::deleteImage(RequestRunner runner, QString productId,
                                                   QString imageId) {
    if (auto refusal = co_await lookBeforeWriting(runner, productId))
        co_return *refusal;
    const Result<HttpRequestSpec> spec = deleteImageRequest(productId, imageId);
    if (!spec)
        co_return spec.error();
    const Result<HttpResponse> response = co_await runner.run(spec.value());
    if (!response)
        co_return co_await explainNotFound(runner, productId, imageId, response.error());
    m_records->forget(imageId);
    co_return Result<void>{};
}

QCoro::Task<Result<void>> RestDialect::deleteAllImages(RequestRunner runner, QString productId) {
    if (auto refusal = co_await lookBeforeWriting(runner, productId))
        co_return *refusal;
    Result<void> done = co_await StoreDialect::deleteAllImages(runner, productId);
    if (!done)
        co_return onDescribedPath(done.error(), m_d.lookBeforeWriting);
    co_return done;
}

QCoro::Task<Result<QList<ProductSummary>>> RestDialect::listProducts(RequestRunner runner) {
    return ProductListing::read(std::move(runner), this);
}

StoreError RestDialect::parseError(const HttpResponse &response) const {
    StoreError e = StoreDialect::parseError(response);
    // The query stays: it is the dialect's own (a filter such as ?productId=101), never a token.
    e.url = response.url.adjusted(QUrl::RemoveFragment | QUrl::RemoveUserInfo).toString();
    return e;
}

Result<QList<ProductSummary>> RestDialect::parseProducts(const HttpResponse &response) const {
    const Result<QJsonValue> json = JsonReader::parse(response.body);
    if (!json)
        return json.error();
    return productsFromJson(json.value());
}

Result<QList<ProductSummary>> RestDialect::productsFromJson(const QJsonValue &json) const {
    QJsonValue list = json;
    if (!m_d.productsEnvelope.isEmpty()) {
        if (!list.isObject() || !list.toObject().contains(m_d.productsEnvelope))
            return badResponse(
                QCoreApplication::translate("RestDialect", "the answer has no \"%1\" list")
                    .arg(m_d.productsEnvelope));
        list = list.toObject().value(m_d.productsEnvelope);
    }
    if (!list.isArray())
        return badResponse(
            QCoreApplication::translate("RestDialect", "the product list is %1 instead of a list")
                .arg(JsonReader::typeName(list)));
    const auto &f = m_d.productFields;
    QList<ProductSummary> products;
    for (const QJsonValue item : list.toArray()) {
        if (!item.isObject())
            return badResponse(
                QCoreApplication::translate("RestDialect", "a product is %1 instead of an object")
                    .arg(JsonReader::typeName(item)));
        const QJsonObject o = item.toObject();
        const std::optional<QString> id = JsonReader::id(o.value(f.id));
        if (!id)
            return badResponse(QCoreApplication::translate(
                                   "RestDialect", "a product has no usable \"%1\" (it is %2)")
                                   .arg(f.id, JsonReader::typeName(o.value(f.id))));
        ProductSummary p;
        p.id = *id;
        p.title = JsonReader::text(o.value(f.title)).value_or(QString());
        if (!f.imageCount.isEmpty())
            p.imageCount = JsonReader::integer(o.value(f.imageCount)).value_or(-1);
        // Like the title, a vendor or type that is not text (null where the store has none)
        // is no vendor: it only fills a template.
        if (!f.vendor.isEmpty())
            p.vendor = JsonReader::text(o.value(f.vendor)).value_or(QString()).trimmed();
        if (!f.productType.isEmpty())
            p.productType = JsonReader::text(o.value(f.productType)).value_or(QString()).trimmed();
        for (const ProductVariant &variant : variantsFromJson(o)) {
            if (!variant.title.isEmpty())
                p.variants.names.insert(variant.id, variant.title);
            if (!variant.imageId.isEmpty())
                p.variants.images.insert(variant.id, variant.imageId);
        }
        products.append(p);
    }
    return products;
}

QList<ProductVariant> RestDialect::variantsFromJson(const QJsonObject &product) const {
    const auto &f = m_d.productFields;
    QList<ProductVariant> variants;
    if (f.variants.isEmpty())
        return variants;
    for (const QJsonValue value : product.value(f.variants).toArray()) {
        const QJsonObject v = value.toObject();
        const std::optional<QString> id = JsonReader::id(v.value(f.variantId));
        if (!id)
            continue;
        ProductVariant variant{
            *id, JsonReader::text(v.value(f.variantTitle)).value_or(QString()).trimmed(), {}};
        // null where the variant shows no image of its own
        if (!f.variantImage.isEmpty())
            variant.imageId = JsonReader::id(v.value(f.variantImage)).value_or(QString());
        variants << variant;
    }
    return variants;
}

} // namespace vitrine
