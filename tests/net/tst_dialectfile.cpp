// The custom dialect file as a user writes it: strict reading (every typo refused with its place
// in the file, the key's path and a "did you mean"), paths with queries and fixed parameters
// percent-encoded once, and the per-operation update method and shape.
#include "net/dialectdescription.h"
#include "net/dialectpath.h"
#include "net/jsonlocator.h"
#include "net/namesuggestion.h"
#include "net/restdialect.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

#include <array>

using namespace vitrine;

namespace {

// A filter-query store with PATCH-merge updates and bulk delete by filter, line by line as a user
// would write it; the typo rows change one line of it.
constexpr std::array kFilterStore{
    "{",                                                                                // 1
    "  \"name\": \"filters\",",                                                         // 2
    "  \"apiPrefix\": \"/rest\",",                                                      // 3
    "  \"paths\": {",                                                                   // 4
    "    \"listImages\": \"/product_images?product_id=eq.{productId}\",",               // 5
    "    \"createImage\": \"/product_images\",",                                        // 6
    "    \"updateImage\": { \"path\": \"/product_images?id=eq.{imageId}\",",            // 7
    "                     \"method\": \"PATCH\", \"shape\": \"merge\" },",              // 8
    "    \"deleteImage\": \"/product_images?id=eq.{imageId}\",",                        // 9
    "    \"deleteAllImages\": \"/product_images?product_id=eq.{productId}\"",           // 10
    "  },",                                                                             // 11
    "  \"fields\": { \"id\": \"id\", \"productId\": \"product_id\", \"src\": \"url\",", // 12
    "              \"alt\": \"alt_text\", \"position\": \"sort_order\" },",             // 13
    "  \"ids\": { \"numericInBody\": true, \"productIdInBody\": true }",                // 14
    "}",                                                                                // 15
};

QByteArray filterStore(int line = 0, const char *replacement = nullptr) {
    QByteArray text;
    for (int i = 0; i < int(std::size(kFilterStore)); ++i)
        text += QByteArray(i + 1 == line ? replacement : kFilterStore[i]) + '\n';
    return text;
}

// The filter store with a "thumbnails" section after "ids" on line 14.
QByteArray withThumbnails(const QByteArray &section) {
    const QByteArray line =
        "  \"ids\": { \"numericInBody\": true, \"productIdInBody\": true }, \"thumbnails\": " +
        section;
    return filterStore(14, line.constData());
}

HttpResponse answer(const QByteArray &body) {
    HttpResponse r;
    r.status = 200;
    r.body = body;
    return r;
}

// The filter store with a "productFields" section after "ids" on line 14.
QByteArray withProductFields(const QByteArray &section) {
    const QByteArray line =
        "  \"ids\": { \"numericInBody\": true, \"productIdInBody\": true }, \"productFields\": " +
        section;
    return filterStore(14, line.constData());
}

QString queryOf(const HttpRequestSpec &spec) {
    return spec.query.query(QUrl::FullyEncoded);
}

} // namespace

class TstDialectFile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void theExampleReads() {
        const Result<DialectDescription> d =
            DialectDescription::fromText(filterStore(), QStringLiteral("f.json"));
        QVERIFY2(d.ok(), qPrintable(d.ok() ? QString() : d.error().storeMessage));
        QCOMPARE(d->updateMethod, DialectDescription::UpdateMethod::Patch);
        QVERIFY(!d->capabilities.fullReplaceUpdate);
        QVERIFY(d->capabilities.canDeleteAll);
        QVERIFY(d->lookBeforeWriting);
        QCOMPARE(d->sourceFile, QStringLiteral("f.json"));
    }

    // Every class of typo the issue met, refused when the file is read, with file:line:column,
    // the key's path and the close name.
    void typosAreRefusedWithTheirPlace_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("key") << filterStore(12, "  \"fields\": { \"id\": \"id\", \"productId\": "
                                                "\"product_id\", \"scr\": \"url\",")
                             << QStringLiteral("f.json:12:54: \"fields.scr\" is not a key of "
                                               "\"fields\"; did you mean \"src\"?");
        QTest::newRow("section") << filterStore(14, "  \"feilds\": { \"numericInBody\": true }")
                                 << QStringLiteral("f.json:14:3: \"feilds\" is not a section or "
                                                   "key of a dialect file; did you mean "
                                                   "\"fields\"?");
        QTest::newRow("placeholder")
            << filterStore(5, "    \"listImages\": \"/product_images?product_id=eq.{productID}\",")
            << QStringLiteral("f.json:5:5: \"paths.listImages\" has the placeholder {productID}, "
                              "which is not one of {productId}; did you mean {productId}?");
        QTest::newRow("value of a choice")
            << filterStore(8, "                     \"method\": \"patch\", \"shape\": \"merge\" },")
            << QStringLiteral("f.json:8:22: \"paths.updateImage.method\" must be one of \"PUT\", "
                              "\"PATCH\"; did you mean \"PATCH\"?");
        QTest::newRow("wrong type")
            << filterStore(14,
                           "  \"ids\": { \"numericInBody\": \"yes\", \"productIdInBody\": true }")
            << QStringLiteral("f.json:14:12: \"ids.numericInBody\" must be true or false");
        QTest::newRow("a key only updates have")
            << filterStore(9,
                           "    \"deleteImage\": { \"path\": \"/p?id=eq.{imageId}\", \"method\": "
                           "\"PATCH\" },")
            << QStringLiteral("f.json:9:52: \"paths.deleteImage.method\" is not a key of "
                              "\"paths.deleteImage\"");
        QTest::newRow("list of every product")
            << filterStore(5, "    \"listImages\": \"/product_images\",")
            << QStringLiteral("f.json:5:5: \"paths.listImages\" must name {productId}: without it "
                              "the path lists the images of every product");
        QTest::newRow("delete of every product")
            << filterStore(10, "    \"deleteAllImages\": \"/product_images\"")
            << QStringLiteral("f.json:10:5: \"paths.deleteAllImages\" must name {productId}: "
                              "without it the request deletes the images of every product");
        QTest::newRow("already encoded")
            << filterStore(6, "    \"createImage\": \"/product%5Fimages\",")
            << QStringLiteral("f.json:6:5: the path \"/product%5Fimages\" must be written as it "
                              "is meant");
        QTest::newRow("written twice")
            << filterStore(13, "              \"alt\": \"alt_text\", \"alt\": \"sort_order\" },")
            << QStringLiteral("\"fields.alt\" is written twice");
        QTest::newRow("JSON syntax")
            << filterStore(13, "              \"alt\": \"alt_text\" \"position\": 1 },")
            << QStringLiteral("f.json:13:34: the file is not valid JSON: ");
        QTest::newRow("shape against the older key")
            << filterStore(14, "  \"ids\": { \"numericInBody\": true, \"productIdInBody\": true },"
                               " \"capabilities\": { \"fullReplaceUpdate\": true }")
            << QStringLiteral("\"capabilities.fullReplaceUpdate\" says replace but "
                              "\"paths.updateImage.shape\" says merge");
        QTest::newRow("thumbnails: key")
            << withThumbnails(R"({ "quer": { "w": "{width}" } })")
            << QStringLiteral("f.json:14:78: \"thumbnails.quer\" is not a key of \"thumbnails\"; "
                              "did you mean \"query\"?");
        QTest::newRow("thumbnails: placeholder")
            << withThumbnails(R"({ "query": { "w": "{Width}" } })")
            << QStringLiteral("f.json:14:89: \"thumbnails.query.w\" has the placeholder {Width}, "
                              "but only {width} is known there; did you mean {width}?");
        QTest::newRow("thumbnails: wrong type")
            << withThumbnails(R"({ "query": { "w": 320 } })")
            << QStringLiteral("f.json:14:89: \"thumbnails.query.w\" must be a string");
        QTest::newRow("thumbnails: parameter name")
            << withThumbnails(R"({ "query": { "a&b": "1" } })")
            << QStringLiteral("f.json:14:89: \"thumbnails.query.a&b\" is not a query parameter "
                              "name");
        QTest::newRow("productFields: vendor of the wrong type")
            << withProductFields(R"({ "vendor": 3 })")
            << QStringLiteral("f.json:14:81: \"productFields.vendor\" must be a string");
        QTest::newRow("productFields: type of the wrong type")
            << withProductFields(R"({ "type": ["product_type"] })")
            << QStringLiteral("f.json:14:81: \"productFields.type\" must be a string");
        QTest::newRow("productFields: key")
            << withProductFields(R"({ "vendr": "vendor" })")
            << QStringLiteral("f.json:14:81: \"productFields.vendr\" is not a key of "
                              "\"productFields\"; did you mean \"vendor\"?");
        QTest::newRow("thumbnails: suffix with a slash")
            << withThumbnails(R"({ "fileSuffix": "/small" })")
            << QStringLiteral("f.json:14:78: \"thumbnails.fileSuffix\" goes into the file name: "
                              "it cannot hold /, ?, #, % or spaces");
    }
    void typosAreRefusedWithTheirPlace() {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        const Result<DialectDescription> d =
            DialectDescription::fromText(text, QStringLiteral("f.json"));
        QVERIFY(!d.ok());
        QCOMPARE(d.error().code, StoreError::Code::InvalidInput);
        QVERIFY2(d.error().storeMessage.contains(expected), qPrintable(d.error().storeMessage));
    }

    // A file with several problems names each on a line of its own.
    void everyProblemIsNamed() {
        QByteArray text = filterStore(12, "  \"fields\": { \"id\": \"id\", \"productId\": "
                                          "\"product_id\", \"scr\": \"url\",");
        text.replace("\"apiPrefix\"", "\"apiPrefx\"");
        const Result<DialectDescription> d =
            DialectDescription::fromText(text, QStringLiteral("f.json"));
        QVERIFY(!d.ok());
        const QStringList lines = d.error().storeMessage.split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).startsWith(QLatin1String("f.json:3:3: \"apiPrefx\"")) ||
                lines.at(1).startsWith(QLatin1String("f.json:3:3: \"apiPrefx\"")));
    }

    void suggestions_data() {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("known");
        QTest::addColumn<QString>("meant");
        const QStringList fields{QStringLiteral("id"), QStringLiteral("productId"),
                                 QStringLiteral("src"), QStringLiteral("alt"),
                                 QStringLiteral("position")};
        QTest::newRow("swap") << QStringLiteral("scr") << fields << QStringLiteral("src");
        QTest::newRow("case") << QStringLiteral("productID") << fields
                              << QStringLiteral("productId");
        QTest::newRow("one letter")
            << QStringLiteral("positon") << fields << QStringLiteral("position");
        QTest::newRow("nothing close") << QStringLiteral("banana") << fields << QString();
        QTest::newRow("not itself") << QStringLiteral("src") << fields << QString();
    }
    void suggestions() {
        QFETCH(QString, typed);
        QFETCH(QStringList, known);
        QFETCH(QString, meant);
        QCOMPARE(suggestName(typed, known), meant);
    }

    void locatorFindsKeysAndOffsets() {
        const QByteArray text = "{\n  \"a\": {\"b\": [1, {\"c\": 2}]},\n  \"é\": 1, \"d\": 3\n}";
        const JsonLocator at(text);
        QCOMPARE(at.keyPosition(QStringLiteral("a")).line, 2);
        QCOMPARE(at.keyPosition(QStringLiteral("a.b")).column, 9);
        QCOMPARE(at.keyPosition(QStringLiteral("a.b.[1].c")).column, 19);
        QCOMPARE(at.keyPosition(QStringLiteral("d")).column, 11); // é is one character
        QCOMPARE(at.keyPosition(QStringLiteral("missing")).line, 0);
        const JsonLocator::Position p = JsonLocator::positionOfOffset(text, 5);
        QCOMPARE(p.line, 2);
        QCOMPARE(p.column, 4);
    }

    // Queries with placeholders and fixed parameters: each value encoded exactly once, an id can
    // never add a parameter or leave its place.
    void queriesAreEncodedOnce_data() {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("productId");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("query");
        QTest::newRow("filter") << QStringLiteral(
                                       "/product-images?productId={productId}&_sort=displayOrder")
                                << QStringLiteral("101") << QStringLiteral("/product-images")
                                << QStringLiteral("productId=101&_sort=displayOrder");
        QTest::newRow("operator") << QStringLiteral("/product_images?product_id=eq.{productId}")
                                  << QStringLiteral("101") << QStringLiteral("/product_images")
                                  << QStringLiteral("product_id=eq.101");
        QTest::newRow("hostile id")
            << QStringLiteral("/images?product={productId}&sort=position")
            << QStringLiteral("a&b=c/d?e#f%41 +") << QStringLiteral("/images")
            << QStringLiteral("product=a%26b%3Dc%2Fd%3Fe%23f%2541%20%2B&sort=position");
        QTest::newRow("id in path and query")
            << QStringLiteral("/p/{productId}/images?of={productId}") << QStringLiteral("x/y")
            << QStringLiteral("/p/x%2Fy/images") << QStringLiteral("of=x%2Fy");
        QTest::newRow("space in a fixed value")
            << QStringLiteral("/images?product={productId}&q=a b") << QStringLiteral("1")
            << QStringLiteral("/images") << QStringLiteral("product=1&q=a%20b");
    }
    void queriesAreEncodedOnce() {
        QFETCH(QString, pattern);
        QFETCH(QString, productId);
        QFETCH(QString, path);
        QFETCH(QString, query);
        const DialectPath::Filled f =
            DialectPath::parse(pattern).fill({{QStringLiteral("{productId}"), productId}});
        QCOMPARE(f.path, path);
        QCOMPARE(f.query.query(QUrl::FullyEncoded), query);
        // What a server reads back is the id itself.
        QUrl url(QStringLiteral("http://127.0.0.1") + f.path);
        url.setQuery(f.query);
        const QUrlQuery received(url.query(QUrl::FullyEncoded));
        if (pattern.contains(QLatin1String("product={productId}")))
            QCOMPARE(received.queryItemValue(QStringLiteral("product"), QUrl::FullyDecoded),
                     productId);
    }

    // Fixed parameters given as an object join the path's own query.
    void fixedParameters() {
        const QByteArray text =
            "{\"name\":\"x\",\"paths\":{\"listImages\":{\"path\":\"/images?product={productId}\","
            "\"query\":{\"sort\":\"position\",\"view\":\"full list\"}},"
            "\"listProducts\":{\"path\":\"/products\",\"query\":{\"status\":\"active\"}}}}";
        const Result<DialectDescription> d =
            DialectDescription::fromText(text, QStringLiteral("x.json"));
        QVERIFY2(d.ok(), qPrintable(d.ok() ? QString() : d.error().storeMessage));
        RestDialect dialect(d.value());
        const HttpRequestSpec list = dialect.listImagesRequest(QStringLiteral("7")).value();
        QCOMPARE(list.path, QStringLiteral("/images"));
        QCOMPARE(queryOf(list), QStringLiteral("product=7&sort=position&view=full%20list"));
        QCOMPARE(queryOf(dialect.listProductsRequest().value()), QStringLiteral("status=active"));
    }

    // PATCH merge: only the edited field, by PATCH, at the filter path.
    void patchMergeSendsOnlyTheEdit() {
        RestDialect dialect(
            DialectDescription::fromText(filterStore(), QStringLiteral("f.json")).value());
        ProductImage current;
        current.id = QStringLiteral("5");
        current.src = QStringLiteral("https://cdn.example/a.jpg");
        ImagePatch alt;
        alt.alt = QStringLiteral("new");
        const HttpRequestSpec spec =
            dialect.updateImageRequest(QStringLiteral("101"), current, alt).value();
        QCOMPARE(spec.method, HttpRequestSpec::Method::Patch);
        QCOMPARE(spec.path, QStringLiteral("/product_images"));
        QCOMPARE(queryOf(spec), QStringLiteral("id=eq.5"));
        QCOMPARE(*spec.body, (QJsonObject{{QStringLiteral("alt_text"), QStringLiteral("new")}}));
        const HttpRequestSpec all = dialect.deleteAllImagesRequest(QStringLiteral("101")).value();
        QCOMPARE(all.method, HttpRequestSpec::Method::Delete);
        QCOMPARE(queryOf(all), QStringLiteral("product_id=eq.101"));
    }

    // PUT replace (the default of a file's PUT): the record as the store last returned it, only
    // the edited field changed, every other field byte for byte.
    void putReplaceSendsTheStoresRecord() {
        const QByteArray text =
            "{\"name\":\"x\",\"paths\":{\"listImages\":\"/p/{productId}/images\","
            "\"updateImage\":\"/images/{imageId}\"},\"envelopes\":{\"image\":\"image\","
            "\"images\":\"images\"}}";
        const Result<DialectDescription> d =
            DialectDescription::fromText(text, QStringLiteral("x.json"));
        QVERIFY2(d.ok(), qPrintable(d.ok() ? QString() : d.error().storeMessage));
        QCOMPARE(d->updateMethod, DialectDescription::UpdateMethod::Put);
        QVERIFY(d->capabilities.fullReplaceUpdate);
        RestDialect dialect(d.value());
        const QByteArray record =
            "{\"id\":9,\"product_id\":101,\"src\":\"//cdn.example/a.jpg\",\"alt\":null,"
            "\"position\":2,\"sku\":\"SKU-9\",\"tags\":[\"a\",{\"b\":1.5}],\"price\":\"19.90\"}";
        const Result<Gallery> g =
            dialect.parseImages(answer("{\"images\":[" + record + "]}"), QStringLiteral("101"));
        QVERIFY(g.ok());
        ImagePatch alt;
        alt.alt = QStringLiteral("front");
        const HttpRequestSpec spec =
            dialect.updateImageRequest(QStringLiteral("101"), g->first(), alt).value();
        QCOMPARE(spec.method, HttpRequestSpec::Method::Put);
        QJsonObject expected = QJsonDocument::fromJson(record).object();
        expected.insert(QStringLiteral("alt"), QStringLiteral("front"));
        QCOMPARE(*spec.body, (QJsonObject{{QStringLiteral("image"), expected}}));
    }

    // The list answer for product A holding an image of product B: the path is too broad.
    void anotherProductsImageIsRefused() {
        RestDialect dialect(
            DialectDescription::fromText(filterStore(), QStringLiteral("f.json")).value());
        const Result<Gallery> g = dialect.parseImages(
            answer("[{\"id\":1,\"product_id\":101,\"url\":\"https://x/a\",\"sort_order\":1},"
                   "{\"id\":2,\"product_id\":102,\"url\":\"https://x/b\",\"sort_order\":1}]"),
            QStringLiteral("101"));
        QVERIFY(!g.ok());
        QCOMPARE(g.error().code, StoreError::Code::BadResponse);
        QVERIFY2(g.error().storeMessage.contains(
                     QLatin1String("holds image 2 of product 102: the list path "
                                   "\"/product_images?product_id=eq.{productId}\" is too broad")),
                 qPrintable(g.error().storeMessage));
        QVERIFY(!dialect.records().lastList(QStringLiteral("101")));
    }

    // A custom dialect file can say how the store's image CDN serves smaller renditions: the
    // grid asks for them (ThumbnailCache), and the rule survives a round trip.
    void thumbnailRuleFromTheFile_data() {
        QTest::addColumn<QByteArray>("section"); // empty: the file has no "thumbnails"
        QTest::addColumn<QString>("rendition");  // of kSource at 320 pixels; empty: none
        QTest::newRow("none") << QByteArray() << QString();
        QTest::newRow("width parameter, height removed")
            << QByteArray(R"({ "query": { "w": "{width}", "h": null } })")
            << QStringLiteral("https://cdn.example.com/img/sofa.jpg?v=3&w=320");
        QTest::newRow("empty value removes too")
            << QByteArray(R"({ "query": { "width": "{width}", "h": "" } })")
            << QStringLiteral("https://cdn.example.com/img/sofa.jpg?v=3&width=320");
        QTest::newRow("file-name suffix")
            << QByteArray(R"({ "fileSuffix": "_{width}x" })")
            << QStringLiteral("https://cdn.example.com/img/sofa_320x.jpg?v=3&h=1024");
        QTest::newRow("suffix and a fixed parameter")
            << QByteArray(R"({ "query": { "format": "webp" }, "fileSuffix": "-small" })")
            << QStringLiteral("https://cdn.example.com/img/sofa-small.jpg?v=3&h=1024&format=webp");
    }
    void thumbnailRuleFromTheFile() {
        QFETCH(QByteArray, section);
        QFETCH(QString, rendition);
        const Result<DialectDescription> d = DialectDescription::fromText(
            section.isEmpty() ? filterStore() : withThumbnails(section), QStringLiteral("f.json"));
        QVERIFY2(d.ok(), qPrintable(d.ok() ? QString() : d.error().storeMessage));
        const QUrl source(QStringLiteral("https://cdn.example.com/img/sofa.jpg?v=3&h=1024"));
        QCOMPARE(RestDialect(*d).thumbnailUrl(source, 320).toString(), rendition);
        QCOMPARE(d->thumbnails.isEmpty(), rendition.isEmpty());
        const Result<DialectDescription> again = DialectDescription::fromJson(d->toJson());
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().storeMessage));
        QCOMPARE(again->thumbnails, d->thumbnails);
    }

    // productFields.vendor and productFields.type name the product list's keys for the
    // product's vendor and type (templates' {vendor} and {type}); left out, they are not read.
    // Read from the file, from a product list answer, and kept by a round trip.
    void productVendorAndTypeFromTheFile_data() {
        QTest::addColumn<QByteArray>("section"); // empty: the file has no "productFields"
        QTest::addColumn<QByteArray>("list");    // the product list answer
        QTest::addColumn<QString>("vendorKey");
        QTest::addColumn<QString>("typeKey");
        QTest::addColumn<QString>("vendor"); // of the first product
        QTest::addColumn<QString>("type");
        const QByteArray list =
            R"([{"id": 1, "title": "Sofa", "brand": "Nordhaus", "category": "Seating",)"
            R"( "vendor": "not this", "product_type": "nor this"}])";
        QTest::newRow("not in the file: not read")
            << QByteArray() << list << QString() << QString() << QString() << QString();
        QTest::newRow("both") << QByteArray(R"({ "vendor": "brand", "type": "category" })") << list
                              << QStringLiteral("brand") << QStringLiteral("category")
                              << QStringLiteral("Nordhaus") << QStringLiteral("Seating");
        QTest::newRow("vendor only")
            << QByteArray(R"({ "vendor": "brand" })") << list << QStringLiteral("brand")
            << QString() << QStringLiteral("Nordhaus") << QString();
        QTest::newRow("null in the file: not read")
            << QByteArray(R"({ "vendor": null, "type": "" })") << list << QString() << QString()
            << QString() << QString();
        QTest::newRow("null or absent in the answer")
            << QByteArray(R"({ "vendor": "brand", "type": "category" })")
            << QByteArray(R"([{"id": 1, "title": "Sofa", "brand": null}])")
            << QStringLiteral("brand") << QStringLiteral("category") << QString() << QString();
        QTest::newRow("spaces around")
            << QByteArray(R"({ "vendor": "brand", "type": "category" })")
            << QByteArray(R"([{"id": 1, "brand": " Nordhaus ", "category": "Seating\n"}])")
            << QStringLiteral("brand") << QStringLiteral("category") << QStringLiteral("Nordhaus")
            << QStringLiteral("Seating");
    }
    void productVendorAndTypeFromTheFile() {
        QFETCH(QByteArray, section);
        QFETCH(QByteArray, list);
        QFETCH(QString, vendorKey);
        QFETCH(QString, typeKey);
        QFETCH(QString, vendor);
        QFETCH(QString, type);
        const Result<DialectDescription> d = DialectDescription::fromText(
            section.isEmpty() ? filterStore() : withProductFields(section),
            QStringLiteral("f.json"));
        QVERIFY2(d.ok(), qPrintable(d.ok() ? QString() : d.error().storeMessage));
        QCOMPARE(d->productFields.vendor, vendorKey);
        QCOMPARE(d->productFields.productType, typeKey);

        const Result<QList<ProductSummary>> products = RestDialect(*d).parseProducts(answer(list));
        QVERIFY2(products.ok(),
                 qPrintable(products.ok() ? QString() : products.error().storeMessage));
        QCOMPARE(products->size(), 1);
        QCOMPARE(products->first().vendor, vendor);
        QCOMPARE(products->first().productType, type);

        const QJsonObject written = d->toJson();
        const QJsonObject fields = written.value(QStringLiteral("productFields")).toObject();
        QCOMPARE(fields.value(QStringLiteral("vendor")).toString(), vendorKey);
        QCOMPARE(fields.value(QStringLiteral("type")).toString(), typeKey);
        const Result<DialectDescription> again = DialectDescription::fromJson(written);
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().storeMessage));
        QCOMPARE(again->productFields.vendor, vendorKey);
        QCOMPARE(again->productFields.productType, typeKey);
        QCOMPARE(again->toJson(), written);
    }

    // productFields.variants / variantId / variantTitle name the product list's variants;
    // variantImage the key on a variant naming the image it shows (stores that link from the
    // variant's side, as Shoplazza does). Read from the file, from an answer, and kept by a
    // round trip.
    void productVariantsFromTheFile_data() {
        QTest::addColumn<QByteArray>("section");
        QTest::addColumn<QString>("names");  // "variant id=name,…" of the first product
        QTest::addColumn<QString>("images"); // "variant id=image id,…"
        QTest::newRow("not in the file: the defaults, no image links")
            << QByteArray(R"({ "id": "id" })") << QStringLiteral("1=Red") << QString();
        QTest::newRow("the variant names its image")
            << QByteArray(R"({ "variantImage": "image_id" })") << QStringLiteral("1=Red")
            << QStringLiteral("1=55");
        QTest::newRow("other keys")
            << QByteArray(R"({ "variants": "options", "variantId": "sku",)"
                          R"( "variantTitle": "label", "variantImage": "picture" })")
            << QStringLiteral("A-1=Blue,A-2=Green") << QStringLiteral("A-1=56");
        QTest::newRow("no variants read")
            << QByteArray(R"({ "variants": "" })") << QString() << QString();
    }
    void productVariantsFromTheFile() {
        QFETCH(QByteArray, section);
        QFETCH(QString, names);
        QFETCH(QString, images);
        const QByteArray list =
            R"([{"id": 1, "title": "Sofa",)"
            R"( "variants": [{"id": 1, "title": "Red", "image_id": 55}],)"
            R"( "options": [{"sku": "A-1", "label": "Blue", "picture": "56"},)"
            R"( {"sku": "A-2", "label": "Green", "picture": null}, {"label": "no id"}]}])";
        const Result<DialectDescription> d =
            DialectDescription::fromText(withProductFields(section), QStringLiteral("f.json"));
        QVERIFY2(d.ok(), qPrintable(d.ok() ? QString() : d.error().storeMessage));
        const Result<QList<ProductSummary>> products = RestDialect(*d).parseProducts(answer(list));
        QVERIFY2(products.ok(),
                 qPrintable(products.ok() ? QString() : products.error().storeMessage));
        const auto joined = [](const QHash<QString, QString> &hash) {
            QStringList parts;
            for (auto it = hash.cbegin(); it != hash.cend(); ++it)
                parts << it.key() + QLatin1Char('=') + it.value();
            parts.sort();
            return parts.join(QLatin1Char(','));
        };
        QCOMPARE(joined(products->first().variants.names), names);
        QCOMPARE(joined(products->first().variants.images), images);

        const Result<DialectDescription> again = DialectDescription::fromJson(d->toJson());
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().storeMessage));
        QCOMPARE(again->productFields.variants, d->productFields.variants);
        QCOMPARE(again->productFields.variantImage, d->productFields.variantImage);
        QCOMPARE(again->toJson(), d->toJson());
    }

    // Written back and read again, a description is the same (updateImage as an object).
    void roundTripKeepsMethodShapeAndQueries() {
        const DialectDescription d =
            DialectDescription::fromText(filterStore(), QStringLiteral("f.json")).value();
        const Result<DialectDescription> again = DialectDescription::fromJson(d.toJson());
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().storeMessage));
        QCOMPARE(again->toJson(), d.toJson());
        QCOMPARE(again->updateMethod, DialectDescription::UpdateMethod::Patch);
        QCOMPARE(again->listImagesPath, d.listImagesPath);
    }

    void fileErrorsNameTheFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("typo.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(filterStore(14, "  \"feilds\": {}"));
        f.close();
        const Result<DialectDescription> d = DialectDescription::fromFile(path);
        QVERIFY(!d.ok());
        QVERIFY2(d.error().storeMessage.startsWith(path + QStringLiteral(":14:3: ")),
                 qPrintable(d.error().storeMessage));
    }
};

QTEST_GUILESS_MAIN(TstDialectFile)
#include "tst_dialectfile.moc"
