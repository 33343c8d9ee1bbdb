#pragma once

#include "core/result.h"
#include "core/storecapabilities.h"
#include "net/thumbnailrule.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace vitrine {

// Everything a JSON-over-REST store dialect is made of, as data: where each operation lives, what
// the fields are called, how answers are wrapped and how requests are authenticated. RestDialect
// runs any description; the generic dialect, Shopify-like stores and the custom dialects users
// describe in a file are descriptions, not code.
struct DialectDescription {
    enum class IdKind {
        Any,    // any non-empty string
        Digits, // decimal digits only (any length: never parsed into an integer)
        Uuid,   // 8-4-4-4-12 hex
    };

    // Names of an image's fields in the store's JSON. An empty name: the store has no such field.
    struct ImageFields {
        QString id = QStringLiteral("id");
        QString productId = QStringLiteral("product_id");
        QString src = QStringLiteral("src");
        QString alt = QStringLiteral("alt");
        QString position = QStringLiteral("position");
        QString variants; // e.g. "variant_ids" (a list) or "sku_id" (one id)
        bool variantsIsList = true;
        QString width = QStringLiteral("width");
        QString height = QStringLiteral("height");
        QString updatedAt = QStringLiteral("updated_at");
    };
    struct ProductFields {
        QString id = QStringLiteral("id");
        QString title = QStringLiteral("title");
        QString imageCount; // empty: the listing does not say
        // The product's vendor and type (strings; templates' {vendor} and {type}). Empty: the
        // listing is not read for them.
        QString vendor;
        QString productType;
        // The product's list of variants, each an object with an id and a name (empty: the
        // listing does not give them).
        QString variants = QStringLiteral("variants");
        QString variantId = QStringLiteral("id");
        QString variantTitle = QStringLiteral("title");
        // The key on a variant naming the one image it shows, for stores that link variants
        // to images from the variant's side (Shoplazza: image_id). Empty: the images name
        // their variants (fields.variants) or nothing links them.
        QString variantImage;
    };
    // How the product list comes when it does not come in one answer. The styles are the ones
    // the stores we know use (ProductListing reads both):
    //  - Pages: ?page=N&limit=M, N = firstPage, firstPage + 1, ... until a short or empty page
    //    (Shoplazza; the parameter names and the first number are the store's);
    //  - LinkHeader: ?limit=M, then the rel="next" target of the Link header (RFC 8288), as
    //    SHOPLINE and Shopify do.
    struct ProductPaging {
        enum class Style { None, Pages, LinkHeader };
        Style style = Style::None;
        QString pageParam = QStringLiteral("page");  // Pages only
        QString sizeParam = QStringLiteral("limit"); // Pages and LinkHeader
        int firstPage = 1;                           // Pages only: 0 or 1
        int pageSize = 250;                          // products asked for per page
        // LinkHeader only: a parameter the first request carries with firstPage, for stores
        // that send a Link header only once a page is named (?page=1). Empty: none.
        QString firstPageParam;

        friend bool operator==(const ProductPaging &, const ProductPaging &) = default;
    };

    QString name;
    // The store's address when the profile (or the command line) gives none; the profile's wins.
    // The same rule as for a profile's address applies: https unless the host is loopback.
    QUrl baseUrl;
    // Between the profile's base URL and every path; "{version}" becomes apiVersion.
    QString apiPrefix;
    QString apiVersion;

    // How an update is sent. The shape is capabilities.fullReplaceUpdate: a replace sends the
    // record as the store last returned it with only the edited fields changed (fields Vitrine
    // does not model survive); a merge sends only the edited fields.
    enum class UpdateMethod { Put, Patch };

    // Paths relative to apiPrefix, with {productId} and {imageId} placeholders, optionally with a
    // query ("/images?product={productId}&sort=position", DialectPath): written as the values
    // mean, percent-encoded once when sent. An empty path: the store cannot do that operation
    // (Code::Unsupported).
    QString listProductsPath;
    QString listImagesPath;
    QString getImagePath;
    QString createImagePath;
    QString updateImagePath;
    QString deleteImagePath;
    QString deleteAllImagesPath;
    UpdateMethod updateMethod = UpdateMethod::Put;

    // Envelope keys: {"image": {...}} / {"images": [...]}. Empty: the bare object or list.
    QString imageEnvelope;
    QString imagesEnvelope;
    QString productsEnvelope;

    ImageFields fields;
    ProductFields productFields;
    ProductPaging productPaging;

    QByteArray authHeader = QByteArrayLiteral("Authorization");
    QString authPrefix = QStringLiteral("Bearer "); // put before the token
    QByteArray contentType = QByteArrayLiteral("application/json");

    IdKind productIdKind = IdKind::Any;
    IdKind imageIdKind = IdKind::Any;
    // Write digit-string ids (the product id in bodies) as JSON numbers, as stores with integer
    // ids expect (generic: "productId": 101). Ids too long for an integer stay strings.
    bool numericIdsInBody = false;
    // Put the product id into create and update bodies (stores whose image paths lack it).
    bool productIdInBody = false;

    // What the store can do. fullReplaceUpdate makes every update send all fields.
    StoreCapabilities capabilities;

    // How the store's image CDN serves a smaller rendition of an image (the file's "thumbnails"
    // section): query parameters and/or a file-name suffix holding {width}. Empty: thumbnails
    // are made from the originals. Only thumbnails use it, fetched without the token; a rendition
    // that fails falls back to the original (ThumbnailCache), so a wrong rule costs one request.
    ThumbnailRule thumbnails;

    // The profile's base URL scheme; "//cdn/x.jpg" sources are resolved with it.
    QString baseScheme = QStringLiteral("https");
    // A description read from a file is the user's reading of a store nobody here has seen:
    // before its first write, RestDialect checks that the mapped fields occur in the store's
    // answers (MappingCheck). Built-in descriptions are tested against their stores.
    bool lookBeforeWriting = false;
    // The file it was read from, for messages; empty for built-in descriptions.
    QString sourceFile;

    // Reads a description from JSON (the custom dialect file format, see docs/net.md). Strict:
    // unknown sections, keys and placeholders, wrong value types and unknown enum values are
    // Code::InvalidInput naming the key's path (with "did you mean …" where a known name is
    // close), every problem on a line of its own. Missing keys keep the defaults of `defaults`.
    static Result<DialectDescription> fromJson(const QJsonObject &json,
                                               DialectDescription defaults);
    static Result<DialectDescription> fromJson(const QJsonObject &json);
    // The same from the file's text: problems start with "file:line:column: "; JSON syntax
    // errors give their line and column too.
    static Result<DialectDescription> fromText(const QByteArray &text, const QString &fileName);
    // Reads a custom dialect file (at most 1 MiB of JSON); InvalidInput saying why not.
    static Result<DialectDescription> fromFile(const QString &path);
    QJsonObject toJson() const;

    // apiPrefix with {version} filled in.
    QString resolvedPrefix() const;
};

} // namespace vitrine
