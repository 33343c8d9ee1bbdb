#include "net/dialects/shopifydialect.h"

namespace vitrine {

DialectDescription ShopifyDialect::standardDescription() {
    DialectDescription d;
    d.name = QStringLiteral("shopify");
    d.apiPrefix = QStringLiteral("/admin/api/{version}");
    d.apiVersion = QStringLiteral("2024-01");
    d.listProductsPath = QStringLiteral("/products.json");
    // Cursor pages: ?limit=250, then the rel="next" link of the Link header.
    d.productPaging.style = DialectDescription::ProductPaging::Style::LinkHeader;
    d.listImagesPath = QStringLiteral("/products/{productId}/images.json");
    d.getImagePath = QStringLiteral("/products/{productId}/images/{imageId}.json");
    d.createImagePath = QStringLiteral("/products/{productId}/images.json");
    d.updateImagePath = QStringLiteral("/products/{productId}/images/{imageId}.json");
    d.deleteImagePath = QStringLiteral("/products/{productId}/images/{imageId}.json");
    d.deleteAllImagesPath.clear();
    d.imageEnvelope = QStringLiteral("image");
    d.imagesEnvelope = QStringLiteral("images");
    d.productsEnvelope = QStringLiteral("products");
    // The Product resource's vendor and product_type (templates' {vendor} and {type}).
    d.productFields.vendor = QStringLiteral("vendor");
    d.productFields.productType = QStringLiteral("product_type");
    d.fields.variants = QStringLiteral("variant_ids");
    d.fields.variantsIsList = true;
    d.fields.updatedAt = QStringLiteral("updated_at");
    d.authHeader = QByteArrayLiteral("X-Shopify-Access-Token");
    d.authPrefix.clear();
    d.contentType = QByteArrayLiteral("application/json");
    d.productIdKind = DialectDescription::IdKind::Digits;
    d.imageIdKind = DialectDescription::IdKind::Digits;
    // Shopify ids are JSON integers: variant_ids go out as numbers.
    d.numericIdsInBody = true;
    d.productIdInBody = false;

    StoreCapabilities &c = d.capabilities;
    c.dialectName = d.name;
    c.altMaxOnCreate = 512;
    c.altMaxOnUpdate = 512;
    c.canReplaceSource = true;
    c.hasVariants = true;
    c.canDeleteAll = false;
    c.canListProducts = true;
    c.positionOnCreate = true;
    c.fullReplaceUpdate = false;
    c.hasTimestamps = true;
    c.firstPosition = 1; // 1 is the main image
    c.maxImagesPerProduct = 250;
    c.ordering = OrderingSemantics::Shift;
    c.rateLimit = RateLimit{2, 40}; // standard plan: bucket of 40, leaking 2 per second
    // The CDN's width parameter, as Shopify's image_url filter writes it.
    d.thumbnails = ThumbnailRule{{{QStringLiteral("width"), QStringLiteral("{width}")}}, {}};
    return d;
}

ShopifyDialect::ShopifyDialect(DialectDescription description)
    : RestDialect(std::move(description)) {}

} // namespace vitrine
