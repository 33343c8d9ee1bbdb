#include "net/dialects/shoplinedialect.h"

#include <QCoreApplication>

#include "net/jsonreader.h"

namespace vitrine {

DialectDescription ShoplineDialect::standardDescription() {
    DialectDescription d;
    d.name = QStringLiteral("shopline");
    d.apiPrefix = QStringLiteral("/admin/openapi/{version}");
    d.apiVersion = QStringLiteral("v20250601");
    d.listProductsPath = QStringLiteral("/products.json");
    // Cursor pages: ?limit=250, then the rel="next" link of the Link header.
    d.productPaging.style = DialectDescription::ProductPaging::Style::LinkHeader;
    // GET .../images.json needs `ids` (at most 100): the whole gallery comes with the product.
    d.listImagesPath = QStringLiteral("/products/{productId}.json");
    d.getImagePath = QStringLiteral("/products/{productId}/images/{imageId}.json");
    d.createImagePath = QStringLiteral("/products/{productId}/images.json");
    d.updateImagePath = QStringLiteral("/products/{productId}/images/{imageId}.json");
    d.deleteImagePath = QStringLiteral("/products/{productId}/images/{imageId}.json");
    d.deleteAllImagesPath.clear();
    d.imageEnvelope = QStringLiteral("image");
    d.imagesEnvelope = QStringLiteral("images"); // inside "product"
    d.productsEnvelope = QStringLiteral("products");
    d.fields.variants = QStringLiteral("sku_id");
    d.fields.variantsIsList = false;
    d.fields.updatedAt = QStringLiteral("update_time");
    d.authHeader = QByteArrayLiteral("Authorization");
    d.authPrefix = QStringLiteral("Bearer ");
    d.contentType = QByteArrayLiteral("application/json; charset=utf-8");
    // Up to 64 digits: never a number, neither in paths nor in bodies.
    d.productIdKind = DialectDescription::IdKind::Digits;
    d.imageIdKind = DialectDescription::IdKind::Digits;
    d.numericIdsInBody = false;
    d.productIdInBody = false;

    StoreCapabilities &c = d.capabilities;
    c.dialectName = d.name;
    c.altMaxOnCreate = 255;
    c.altMaxOnUpdate = 512;
    c.canReplaceSource = false; // src is read-only on update
    c.hasVariants = true;
    c.canDeleteAll = false;
    c.canListProducts = true;
    c.positionOnCreate = false; // new images go last; the planner moves them afterwards
    c.fullReplaceUpdate = false;
    c.hasTimestamps = true;
    c.firstPosition = 1;
    c.maxImagesPerProduct = 0; // not documented
    // Not documented either way (STORES.md); a profile can say "absolute".
    c.ordering = OrderingSemantics::Shift;
    c.rateLimit = RateLimit{4, 40};
    // The w/h parameters of SHOPLINE image addresses (seed 001); an h of the original goes.
    d.thumbnails = ThumbnailRule{
        {{QStringLiteral("w"), QStringLiteral("{width}")}, {QStringLiteral("h"), QString()}}, {}};
    return d;
}

ShoplineDialect::ShoplineDialect(DialectDescription description)
    : RestDialect(std::move(description)) {}

std::optional<StoreError> ShoplineDialect::checkOneVariant(const QStringList &variantIds) const {
    if (variantIds.size() <= 1)
        return std::nullopt;
    return StoreError::make(
        StoreError::Code::InvalidInput,
        QCoreApplication::translate("ShoplineDialect",
                                    "%1 links an image to one variant at most; %2 were "
                                    "chosen")
            .arg(dialectTitle(name()))
            .arg(variantIds.size()));
}

Result<HttpRequestSpec> ShoplineDialect::createImageRequest(const QString &productId,
                                                            const NewImage &image) const {
    if (auto e = checkOneVariant(image.variantIds))
        return *e;
    return RestDialect::createImageRequest(productId, image);
}

Result<HttpRequestSpec> ShoplineDialect::updateImageRequest(const QString &productId,
                                                            const ProductImage &current,
                                                            const ImagePatch &patch) const {
    if (patch.variantIds) {
        if (auto e = checkOneVariant(*patch.variantIds))
            return *e;
    }
    Result<HttpRequestSpec> spec = RestDialect::updateImageRequest(productId, current, patch);
    if (!spec || !patch.variantIds || !patch.variantIds->isEmpty())
        return spec;
    // sku_id is a string: unlinking the variant sends "" rather than null.
    HttpRequestSpec request = std::move(spec).value();
    const QString &envelope = description().imageEnvelope;
    QJsonObject body = request.body.value_or(QJsonObject());
    QJsonObject image = body.value(envelope).toObject();
    image.insert(description().fields.variants, QString());
    body.insert(envelope, image);
    request.body = body;
    return request;
}

Result<Gallery> ShoplineDialect::parseImages(const HttpResponse &response,
                                             const QString &productId) const {
    const Result<QJsonValue> json = JsonReader::parse(response.body);
    if (!json)
        return json.error();
    const QJsonValue product = json->toObject().value(QLatin1String("product"));
    if (!product.isObject())
        return StoreError::make(
            StoreError::Code::BadResponse,
            QCoreApplication::translate("ShoplineDialect", "the answer has no \"product\" object"));
    const QJsonValue images = product.toObject().value(description().imagesEnvelope);
    if (images.isNull())
        return Gallery();
    if (images.isUndefined())
        return StoreError::make(
            StoreError::Code::BadResponse,
            QCoreApplication::translate("ShoplineDialect", "the product has no \"%1\" list")
                .arg(description().imagesEnvelope));
    return galleryFromJson(images, productId);
}

} // namespace vitrine
