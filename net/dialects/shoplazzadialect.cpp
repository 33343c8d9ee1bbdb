#include "net/dialects/shoplazzadialect.h"

#include "net/dialects/productlisting.h"
#include "net/jsonreader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace vitrine {

namespace {

const QString kProductPath = QStringLiteral("/products/{productId}");
const QString kProduct = QStringLiteral("product");
const QString kTitle = QStringLiteral("title");
const QString kImages = QStringLiteral("images");

StoreError badResponse(const QString &what) {
    return StoreError::make(StoreError::Code::BadResponse, what);
}

// {"product": {...}} of a product answer.
Result<QJsonObject> productOf(const HttpResponse &response) {
    const Result<QJsonValue> json = JsonReader::parse(response.body);
    if (!json)
        return json.error();
    const QJsonValue product = json->toObject().value(kProduct);
    if (!product.isObject())
        return badResponse(QCoreApplication::translate("ShoplazzaDialect",
                                                       "the answer has no \"product\" object"));
    return product.toObject();
}

} // namespace

DialectDescription ShoplazzaDialect::standardDescription() {
    DialectDescription d;
    d.name = QStringLiteral("shoplazza");
    d.apiPrefix = QStringLiteral("/openapi/{version}");
    d.apiVersion = QStringLiteral("2022-01");
    d.listProductsPath = QStringLiteral("/products");
    d.listImagesPath = QStringLiteral("/products/{productId}/images");
    d.getImagePath = QStringLiteral("/products/{productId}/images/{imageId}");
    d.createImagePath = QStringLiteral("/products/{productId}/images");
    d.updateImagePath = QStringLiteral("/products/{productId}/images/{imageId}");
    d.deleteImagePath = QStringLiteral("/products/{productId}/images/{imageId}");
    d.deleteAllImagesPath.clear();
    d.imageEnvelope = QStringLiteral("image");
    d.imagesEnvelope = QStringLiteral("images");
    d.productsEnvelope = QStringLiteral("products");
    // ?page=1&limit=250, 2, ... until a short page (listProducts(), CatalogReader).
    d.productPaging.style = DialectDescription::ProductPaging::Style::Pages;
    // The variant holds image_id (read from the product list); images have no variant field.
    d.fields.variants.clear();
    d.productFields.variantImage = QStringLiteral("image_id");
    d.fields.updatedAt = QStringLiteral("updated_at");
    d.authHeader = QByteArrayLiteral("access-token");
    d.authPrefix.clear();
    d.contentType = QByteArrayLiteral("application/json");
    // The store answers a malformed id with 422; Vitrine refuses it before sending.
    d.productIdKind = DialectDescription::IdKind::Uuid;
    d.imageIdKind = DialectDescription::IdKind::Uuid;
    d.numericIdsInBody = false;
    d.productIdInBody = false;

    StoreCapabilities &c = d.capabilities;
    c.dialectName = d.name;
    c.altMaxOnCreate = 0; // not documented
    c.altMaxOnUpdate = 0;
    c.canReplaceSource = true; // src is a documented field of the image update
    c.hasVariants = false;
    c.canDeleteAll = false;
    c.canListProducts = true;
    c.positionOnCreate = true; // position > 0
    c.fullReplaceUpdate = false;
    c.hasTimestamps = true;
    // Alt text goes through the product update, which takes any number of images: one GET (the
    // title) and one PUT for every alt change of a product.
    c.altTextThroughProduct = true;
    c.altTextBatchRequests = 2;
    c.firstPosition = 1;
    c.maxImagesPerProduct = 0;
    c.ordering = OrderingSemantics::Shift; // not documented; a profile can say "absolute"
    // "429 over 2 requests/s": evenly spaced, no burst, so no one-second window holds more.
    c.rateLimit = RateLimit{2, 1};
    // A file-name suffix, as Shoplazza's own CDN addresses show (…_120x.png); not documented.
    d.thumbnails = ThumbnailRule{{}, QStringLiteral("_{width}x")};
    return d;
}

ShoplazzaDialect::ShoplazzaDialect(DialectDescription description)
    : RestDialect(std::move(description)) {}

Result<HttpRequestSpec> ShoplazzaDialect::updateImageRequest(const QString &productId,
                                                             const ProductImage &current,
                                                             const ImagePatch &patch) const {
    if (patch.alt)
        return unsupported(QCoreApplication::translate(
            "ShoplazzaDialect", "change alt text with the image request (Vitrine "
                                "sends it with the product update)"));
    return RestDialect::updateImageRequest(productId, current, patch);
}

StoreError ShoplazzaDialect::parseError(const HttpResponse &response) const {
    StoreError e = RestDialect::parseError(response);
    // Seed 004: an image (or product) that does not exist is 422 {"errors":["Record not found"]}.
    if (response.status == 422 &&
        e.storeMessage.contains(QLatin1String("Record not found"), Qt::CaseInsensitive))
        e.code = StoreError::Code::NotFound;
    return e;
}

QCoro::Task<Result<QList<ProductSummary>>> ShoplazzaDialect::listProducts(RequestRunner runner) {
    return ProductListing::numberedPages(std::move(runner), this);
}

Result<HttpRequestSpec> ShoplazzaDialect::getProductRequest(const QString &productId) const {
    if (auto e = validateId(IdRole::Product, productId))
        return *e;
    return HttpRequestSpec::get(fillPath(kProductPath, productId));
}

Result<HttpRequestSpec> ShoplazzaDialect::altTextRequest(const QString &productId,
                                                         const QString &title,
                                                         const QString &imageId,
                                                         const QString &alt) const {
    return altTextsRequest(productId, title, {AltTextEdit{imageId, alt}});
}

Result<HttpRequestSpec> ShoplazzaDialect::altTextsRequest(const QString &productId,
                                                          const QString &title,
                                                          const QList<AltTextEdit> &edits) const {
    if (auto e = validateIds(productId))
        return *e;
    if (edits.isEmpty())
        return StoreError::make(
            StoreError::Code::InvalidInput,
            QCoreApplication::translate("ShoplazzaDialect", "no alt text to change"));
    const auto &f = description().fields;
    QJsonArray images;
    for (const AltTextEdit &edit : edits) {
        if (auto e = validateIds(productId, edit.imageId))
            return *e;
        if (auto e = checkAlt(edit.alt, false))
            return *e;
        QJsonObject image;
        image.insert(f.id, edit.imageId);
        image.insert(f.alt, edit.alt);
        images.append(image);
    }
    QJsonObject product;
    product.insert(kTitle, title);
    product.insert(kImages, images);
    QJsonObject body;
    body.insert(kProduct, product);
    return HttpRequestSpec::put(fillPath(kProductPath, productId), body);
}

Result<QString> ShoplazzaDialect::titleOfProductWith(const HttpResponse &response,
                                                     const QString &imageId) const {
    return titleOfProductWith(response, QStringList{imageId});
}

Result<QString> ShoplazzaDialect::titleOfProductWith(const HttpResponse &response,
                                                     const QStringList &imageIds) const {
    const Result<QJsonObject> product = productOf(response);
    if (!product)
        return product.error();
    const std::optional<QString> title = JsonReader::text(product->value(kTitle));
    if (!title || title->isEmpty())
        return badResponse(QCoreApplication::translate(
            "ShoplazzaDialect", "the product has no title, which Shoplazza needs to "
                                "change alt text"));
    const QJsonValue images = product->value(kImages);
    if (!images.isArray())
        return badResponse(
            QCoreApplication::translate("ShoplazzaDialect", "the product has no \"images\" list"));
    QSet<QString> present;
    for (const QJsonValue image : images.toArray())
        if (const auto id = JsonReader::id(image.toObject().value(description().fields.id)))
            present.insert(*id);
    for (const QString &imageId : imageIds)
        if (!present.contains(imageId))
            return StoreError::make(
                StoreError::Code::NotFound,
                QCoreApplication::translate("ShoplazzaDialect",
                                            "image %1 is no longer part of this product")
                    .arg(imageId.left(80)));
    return *title;
}

Result<ProductImage> ShoplazzaDialect::imageFromProductUpdate(const HttpResponse &response,
                                                              const QString &productId,
                                                              const ProductImage &current,
                                                              const ImagePatch &patch) const {
    // The store accepted the write (2xx). Only an answer that contradicts it is an error.
    if (response.body.trimmed().isEmpty())
        return patch.appliedTo(current);
    const Result<QJsonValue> json = JsonReader::parse(response.body);
    if (!json)
        return json.error();
    if (!json->isObject())
        return badResponse(QCoreApplication::translate(
            "ShoplazzaDialect", "the product update's answer is not an object"));
    const QJsonValue product = json->toObject().value(kProduct);
    const QJsonValue images =
        product.isObject() ? product.toObject().value(kImages) : QJsonValue(QJsonValue::Undefined);
    if (images.isUndefined() || images.isNull())
        return patch.appliedTo(current);
    if (!images.isArray())
        return badResponse(QCoreApplication::translate(
            "ShoplazzaDialect", "the product update's answer has no \"images\" list"));
    for (const QJsonValue image : images.toArray()) {
        if (JsonReader::id(image.toObject().value(description().fields.id)) == current.id)
            return imageFromJson(image, productId);
    }
    return badResponse(QCoreApplication::translate(
                           "ShoplazzaDialect", "the product update's answer does not show image %1")
                           .arg(current.id.left(80)));
}

QCoro::Task<Result<ProductImage>> ShoplazzaDialect::updateImage(RequestRunner runner,
                                                                QString productId,
                                                                ProductImage current,
                                                                ImagePatch patch) {
    if (!patch.alt)
        co_return co_await RestDialect::updateImage(std::move(runner), std::move(productId),
                                                    std::move(current), std::move(patch));

    // Build every request first: nothing is sent when any part would be refused.
    ImagePatch imageFields = patch;
    imageFields.alt.reset();
    std::optional<HttpRequestSpec> imageRequest;
    if (!imageFields.isEmpty()) {
        const Result<HttpRequestSpec> spec = updateImageRequest(productId, current, imageFields);
        if (!spec)
            co_return spec.error();
        imageRequest = spec.value();
    }
    const Result<HttpRequestSpec> getProduct = getProductRequest(productId);
    if (!getProduct)
        co_return getProduct.error();
    // The title is not known yet; this checks ids and alt text now.
    const Result<HttpRequestSpec> altCheck =
        altTextRequest(productId, QString(), current.id, *patch.alt);
    if (!altCheck)
        co_return altCheck.error();

    const Result<HttpResponse> product = co_await runner.run(getProduct.value());
    if (!product)
        co_return product.error();
    const Result<QString> title = titleOfProductWith(product.value(), current.id);
    if (!title)
        co_return title.error();

    if (imageRequest) {
        const Result<HttpResponse> moved = co_await runner.run(*imageRequest);
        if (!moved)
            co_return moved.error();
    }
    const Result<HttpRequestSpec> altRequest =
        altTextRequest(productId, title.value(), current.id, *patch.alt);
    const Result<HttpResponse> saved = co_await runner.run(altRequest.value());
    if (!saved)
        co_return saved.error();
    co_return imageFromProductUpdate(saved.value(), productId, current, patch);
}

QCoro::Task<Result<void>> ShoplazzaDialect::updateAltTexts(RequestRunner runner, QString productId,
                                                           QList<AltTextEdit> edits) {
    // Build every request first: nothing is sent when any part would be refused. The title is
    // not known yet; this checks ids and alt texts now.
    const Result<HttpRequestSpec> getProduct = getProductRequest(productId);
    if (!getProduct)
        co_return getProduct.error();
    const Result<HttpRequestSpec> check = altTextsRequest(productId, QString(), edits);
    if (!check)
        co_return check.error();
    QStringList ids;
    for (const AltTextEdit &edit : edits)
        ids << edit.imageId;

    const Result<HttpResponse> product = co_await runner.run(getProduct.value());
    if (!product)
        co_return product.error();
    const Result<QString> title = titleOfProductWith(product.value(), ids);
    if (!title)
        co_return title.error();
    const Result<HttpRequestSpec> request = altTextsRequest(productId, title.value(), edits);
    const Result<HttpResponse> saved = co_await runner.run(request.value());
    if (!saved)
        co_return saved.error();
    co_return Result<void>{};
}

} // namespace vitrine
