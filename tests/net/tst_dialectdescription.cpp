#include "net/dialectdescription.h"
#include "net/dialectfactory.h"
#include "net/restdialect.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace vitrine;

namespace {

QJsonObject json(const char *text) {
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

// A store shaped like Shopify but described only as data, as a user would in a profile file.
const char *kShopLike =
    "{ \"name\": \"acme\", \"apiPrefix\": \"/admin/api/{version}\", \"apiVersion\": \"2024-01\", "
    "\"paths\": { \"listImages\": \"/products/{productId}/images.json\", \"getImage\": "
    "\"/products/{productId}/images/{imageId}.json\", \"createImage\": "
    "\"/products/{productId}/images.json\", \"updateImage\": "
    "\"/products/{productId}/images/{imageId}.json\", \"deleteImage\": "
    "\"/products/{productId}/images/{imageId}.json\" }, \"envelopes\": { \"image\": \"image\", "
    "\"images\": \"images\" }, \"fields\": { \"variants\": \"variant_ids\", \"variantsIsList\": "
    "true }, \"auth\": { \"header\": \"X-Acme-Token\", \"prefix\": \"\" }, \"ids\": { \"product\": "
    "\"uuid\", \"image\": \"uuid\" }, \"capabilities\": { \"ordering\": \"shift\", "
    "\"altMaxOnUpdate\": 512, \"altMaxOnCreate\": 255, \"canReplaceSource\": false, "
    "\"fullReplaceUpdate\": false, "
    "\"hasVariants\": true, \"rateLimit\": { \"requestsPerSecond\": 2, \"burst\": 40 } } }";

const QString kPid = QStringLiteral("636a07da-39eb-4829-bde9-b65fae1c28b0");
const QString kIid = QStringLiteral("91d032e7-bbc8-47e4-8668-9ba6fe714de6");

} // namespace

class TstDialectDescription : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void customDialectIsData() {
        const Result<DialectDescription> d = DialectDescription::fromJson(json(kShopLike));
        QVERIFY2(d.ok(), qPrintable(d.ok() ? QString() : d.error().storeMessage));
        RestDialect dialect(d.value());
        QCOMPARE(dialect.name(), QStringLiteral("acme"));
        QCOMPARE(dialect.apiPrefix(), QStringLiteral("/admin/api/2024-01"));
        QCOMPARE(dialect.authHeaderName(), QByteArray("X-Acme-Token"));
        QCOMPARE(dialect.authHeaderValue(QStringLiteral("T")), QByteArray("T"));
        const StoreCapabilities c = dialect.capabilities();
        QCOMPARE(c.ordering, OrderingSemantics::Shift);
        QCOMPARE(c.altMaxOnUpdate, 512);
        QVERIFY(!c.canDeleteAll);    // no path for it
        QVERIFY(!c.canListProducts); // no path for it
        QVERIFY(c.hasVariants);
        QCOMPARE(c.rateLimit, (RateLimit{2, 40}));

        QCOMPARE(dialect.listImagesRequest(kPid).value().path,
                 QStringLiteral("/products/") + kPid + QStringLiteral("/images.json"));
        QCOMPARE(dialect.deleteAllImagesRequest(kPid).error().code, StoreError::Code::Unsupported);
        QCOMPARE(dialect.listProductsRequest().error().code, StoreError::Code::Unsupported);
    }

    void idKindIsCheckedBeforeSending() {
        RestDialect dialect(DialectDescription::fromJson(json(kShopLike)).value());
        const Result<HttpRequestSpec> bad = dialect.getImageRequest(kPid, QStringLiteral("123"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, StoreError::Code::InvalidInput);
        QVERIFY(bad.error().storeMessage.contains(QLatin1String("UUID")));
        QVERIFY(dialect.getImageRequest(kPid, kIid).ok());
        QCOMPARE(dialect.listImagesRequest(QStringLiteral("not-a-uuid")).error().code,
                 StoreError::Code::InvalidInput);
    }

    void partialUpdateSendsOnlyThePatch() {
        RestDialect dialect(DialectDescription::fromJson(json(kShopLike)).value());
        ProductImage current;
        current.id = kIid;
        current.src = QStringLiteral("https://cdn.example/a.jpg");
        current.alt = QStringLiteral("old");
        current.position = 2;
        ImagePatch patch;
        patch.alt = QStringLiteral("new");
        Result<HttpRequestSpec> spec = dialect.updateImageRequest(kPid, current, patch);
        QVERIFY(spec.ok());
        QCOMPARE(*spec->body, json("{\"image\":{\"alt\":\"new\"}}"));

        patch.alt.reset();
        patch.position = 1;
        patch.variantIds =
            QStringList{QStringLiteral("808950810"), QStringLiteral("12345678901234567890")};
        spec = dialect.updateImageRequest(kPid, current, patch);
        QCOMPARE(*spec->body, json("{\"image\":{\"position\":1,\"variant_ids\":[\"808950810\","
                                   "\"12345678901234567890\"]}}"));

        ImagePatch src;
        src.src = QStringLiteral("https://cdn.example/b.jpg");
        QCOMPARE(dialect.updateImageRequest(kPid, current, src).error().code,
                 StoreError::Code::Unsupported);
        QCOMPARE(dialect.updateImageRequest(kPid, current, ImagePatch()).error().code,
                 StoreError::Code::InvalidInput);
    }

    void altLimits() {
        RestDialect dialect(DialectDescription::fromJson(json(kShopLike)).value());
        ProductImage current;
        current.id = kIid;
        ImagePatch patch;
        patch.alt = QString(512, QLatin1Char('a'));
        QVERIFY(dialect.updateImageRequest(kPid, current, patch).ok());
        patch.alt = QString(513, QLatin1Char('a'));
        QCOMPARE(dialect.updateImageRequest(kPid, current, patch).error().code,
                 StoreError::Code::InvalidInput);
        NewImage image;
        image.src = QStringLiteral("https://cdn.example/a.jpg");
        image.alt = QString(256, QLatin1Char('a'));
        QCOMPARE(dialect.createImageRequest(kPid, image).error().code,
                 StoreError::Code::InvalidInput);
        image.alt = QString(255, QLatin1Char('a'));
        QVERIFY(dialect.createImageRequest(kPid, image).ok());
    }

    void parsesEnvelopesAndProtocolRelativeSources() {
        DialectDescription d = DialectDescription::fromJson(json(kShopLike)).value();
        d.baseScheme = QStringLiteral("http");
        RestDialect dialect(d);
        HttpResponse r;
        r.status = 200;
        // seeds/002 success example (Shoplazza-shaped)
        r.body =
            "{\"image\":{\"id\":\"91d032e7-bbc8-47e4-8668-9ba6fe714de6\", "
            "\"product_id\":\"636a07da-39eb-4829-bde9-b65fae1c28b0\",\"position\":1, "
            "\"src\":\"//cdn.shoplazza.com/efd33b921cacd5311a32dd03a9bc8740.png\",\"width\":1588, "
            "\"height\":2246,\"alt\":\"\",\"created_at\":\"2024-04-08T07:13:28Z\", "
            "\"updated_at\":\"2024-04-08T07:13:28Z\",\"variant_ids\":[808950810]}}";
        const Result<ProductImage> image = dialect.parseImage(r, kPid);
        QVERIFY(image.ok());
        QCOMPARE(image->src,
                 QStringLiteral("http://cdn.shoplazza.com/efd33b921cacd5311a32dd03a9bc8740.png"));
        QCOMPARE(image->width, 1588);
        QCOMPARE(image->height, 2246);
        QCOMPARE(image->variantIds, QStringList{QStringLiteral("808950810")});
        QCOMPARE(image->updatedAt, QDateTime(QDate(2024, 4, 8), QTime(7, 13, 28), Qt::UTC));

        r.body = "{\"images\":[{\"id\":\"b\",\"position\":\"2\",\"src\":\"https://x/"
                 "b\"},{\"id\":\"a\",\"position\":1,\"src\":\"https://x/a\"}]}";
        const Result<Gallery> g = dialect.parseImages(r, kPid);
        QVERIFY(g.ok());
        QCOMPARE(g->at(0).id, QStringLiteral("a"));
        QCOMPARE(g->at(1).position, 2);     // a position sent as a string (SHOPLINE) is read
        QCOMPARE(g->at(1).productId, kPid); // absent product id: the one asked for

        r.body = "{\"products\":[]}";
        QCOMPARE(dialect.parseImages(r, kPid).error().code, StoreError::Code::BadResponse);
    }

    void singleVariantField() {
        DialectDescription d = DialectDescription::fromJson(json(kShopLike)).value();
        d.fields.variants = QStringLiteral("sku_id");
        d.fields.variantsIsList = false;
        RestDialect dialect(d);
        ProductImage current;
        current.id = kIid;
        ImagePatch patch;
        patch.variantIds = QStringList{QStringLiteral("18057850264851626133510282")};
        QCOMPARE(*dialect.updateImageRequest(kPid, current, patch)->body,
                 json("{\"image\":{\"sku_id\":\"18057850264851626133510282\"}}"));
        patch.variantIds = QStringList();
        QCOMPARE(*dialect.updateImageRequest(kPid, current, patch)->body,
                 json("{\"image\":{\"sku_id\":null}}"));
    }

    void roundTrip() {
        const DialectDescription d = DialectDescription::fromJson(json(kShopLike)).value();
        const Result<DialectDescription> again = DialectDescription::fromJson(d.toJson());
        QVERIFY(again.ok());
        QCOMPARE(again->toJson(), d.toJson());
    }

    // Where positions start: firstPosition for a store that renumbers, minPosition for the
    // smallest value a store that keeps numbers takes (default: firstPosition).
    void positionBases() {
        const DialectDescription shopLike = DialectDescription::fromJson(json(kShopLike)).value();
        QCOMPARE(shopLike.capabilities.firstPosition, 1);
        QCOMPARE(shopLike.capabilities.minPosition, std::nullopt);
        QCOMPARE(shopLike.capabilities.lowestPosition(), 1);
        QVERIFY(!shopLike.toJson()
                     .value(QLatin1String("capabilities"))
                     .toObject()
                     .contains(QLatin1String("minPosition")));

        const Result<DialectDescription> fromZero = DialectDescription::fromJson(
            json("{\"name\":\"x\",\"paths\":{\"listImages\":\"/i/{productId}\"},\"capabilities\":{"
                 "\"ordering\":\"absolute\",\"firstPosition\":1,\"minPosition\":0}}"));
        QVERIFY(fromZero.ok());
        QCOMPARE(fromZero->capabilities.firstPosition, 1);
        QCOMPARE(fromZero->capabilities.lowestPosition(), 0);
        const Result<DialectDescription> again = DialectDescription::fromJson(fromZero->toJson());
        QVERIFY(again.ok());
        QCOMPARE(again->capabilities.minPosition, std::optional<int>(0));
        QCOMPARE(again->capabilities.firstPosition, 1);
    }

    void badDescriptions_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no name") << QByteArray(R"({"paths":{"listImages":"/i/{productId}"}})")
                                 << QStringLiteral("name");
        QTest::newRow("no list path")
            << QByteArray(R"({"name":"x"})") << QStringLiteral("paths.listImages");
        QTest::newRow("paths not object")
            << QByteArray(R"({"name":"x","paths":[1]})") << QStringLiteral("paths");
        QTest::newRow("field not string")
            << QByteArray("{\"name\":\"x\",\"paths\":{\"listImages\":\"/i/"
                          "{productId}\"},\"fields\":{\"alt\":3}}")
            << QStringLiteral("fields.alt");
        QTest::newRow("bad ordering")
            << QByteArray("{\"name\":\"x\",\"paths\":{\"listImages\":\"/"
                          "i/{productId}\"},\"capabilities\":{\"ordering\":\"random\"}}")
            << QStringLiteral("capabilities.ordering");
        QTest::newRow("bad id kind") << QByteArray("{\"name\":\"x\",\"paths\":{\"listImages\":\"/i/"
                                                   "{productId}\"},\"ids\":{\"image\":\"int\"}}")
                                     << QStringLiteral("ids.image");
        QTest::newRow("negative limit")
            << QByteArray("{\"name\":\"x\",\"paths\":{\"listImages\":\"/"
                          "i/{productId}\"},\"capabilities\":{\"altMaxOnUpdate\":-1}}")
            << QStringLiteral("capabilities.altMaxOnUpdate");
        QTest::newRow("negative minPosition")
            << QByteArray("{\"name\":\"x\",\"paths\":{\"listImages\":\"/"
                          "i/{productId}\"},\"capabilities\":{\"minPosition\":-1}}")
            << QStringLiteral("capabilities.minPosition");
        QTest::newRow("header injection")
            << QByteArray("{\"name\":\"x\",\"paths\":{\"listImages\":\"/"
                          "i/{productId}\"},\"auth\":{\"header\":\"X: y\\nEvil\"}}")
            << QStringLiteral("auth.header");
        QTest::newRow("relative path")
            << QByteArray(R"({"name":"x","paths":{"listImages":"images"}})")
            << QStringLiteral("images");
        QTest::newRow("base URL without a host")
            << QByteArray("{\"name\":\"x\",\"baseUrl\":\"https:///x\",\"paths\":{"
                          "\"listImages\":\"/i/{productId}\"}}")
            << QStringLiteral("baseUrl");
        QTest::newRow("base URL of another scheme")
            << QByteArray("{\"name\":\"x\",\"baseUrl\":\"ftp://shop.example.com\","
                          "\"paths\":{\"listImages\":\"/i/{productId}\"}}")
            << QStringLiteral("baseUrl");
        QTest::newRow("base URL with a user")
            << QByteArray("{\"name\":\"x\",\"baseUrl\":\"https://me:pw@shop.example.com\","
                          "\"paths\":{\"listImages\":\"/i/{productId}\"}}")
            << QStringLiteral("baseUrl");
        QTest::newRow("unknown paging style")
            << QByteArray(
                   "{\"name\":\"x\",\"paths\":{\"listImages\":\"/i/{productId}\",\"listProducts\":"
                   "\"/p\"},\"productPaging\":{\"style\":\"cursor\"}}")
            << QStringLiteral("productPaging.style");
        QTest::newRow("paging without a product list")
            << QByteArray("{\"name\":\"x\",\"paths\":{\"listImages\":\"/i/{productId}\"},"
                          "\"productPaging\":{\"style\":\"page\"}}")
            << QStringLiteral("paths.listProducts");
        QTest::newRow("page size of 0")
            << QByteArray(
                   "{\"name\":\"x\",\"paths\":{\"listImages\":\"/i/{productId}\",\"listProducts\":"
                   "\"/p\"},\"productPaging\":{\"style\":\"page\",\"pageSize\":0}}")
            << QStringLiteral("productPaging.pageSize");
        QTest::newRow("page parameter empty")
            << QByteArray(
                   "{\"name\":\"x\",\"paths\":{\"listImages\":\"/i/{productId}\",\"listProducts\":"
                   "\"/p\"},\"productPaging\":{\"style\":\"page\",\"pageParam\":\"\"}}")
            << QStringLiteral("productPaging.pageParam");
    }

    // baseUrl and productPaging, read and written back.
    void addressAndPaging() {
        const Result<DialectDescription> d = DialectDescription::fromJson(
            json("{\"name\":\"x\",\"baseUrl\":\"https://shop.example.com/base\",\"paths\":{"
                 "\"listImages\":\"/i/{productId}\",\"listProducts\":\"/p\"},\"productPaging\":{"
                 "\"style\":\"page\",\"pageParam\":\"p\",\"sizeParam\":\"n\",\"firstPage\":0,"
                 "\"pageSize\":20}}"));
        QVERIFY2(d.ok(), qPrintable(d.ok() ? QString() : d.error().storeMessage));
        QCOMPARE(d->baseUrl, QUrl(QStringLiteral("https://shop.example.com/base")));
        QCOMPARE(d->productPaging.style, DialectDescription::ProductPaging::Style::Pages);
        QCOMPARE(d->productPaging.pageParam, QStringLiteral("p"));
        QCOMPARE(d->productPaging.sizeParam, QStringLiteral("n"));
        QCOMPARE(d->productPaging.firstPage, 0);
        QCOMPARE(d->productPaging.pageSize, 20);
        const Result<DialectDescription> again = DialectDescription::fromJson(d->toJson());
        QVERIFY(again.ok());
        QCOMPARE(again->baseUrl, d->baseUrl);
        QVERIFY(again->productPaging == d->productPaging);
        // Without the keys: one answer, no address of its own.
        const DialectDescription plain = DialectDescription::fromJson(json(kShopLike)).value();
        QVERIFY(plain.baseUrl.isEmpty());
        QCOMPARE(plain.productPaging.style, DialectDescription::ProductPaging::Style::None);
    }
    void badDescriptions() {
        QFETCH(QByteArray, text);
        QFETCH(QString, mentions);
        const Result<DialectDescription> d =
            DialectDescription::fromJson(QJsonDocument::fromJson(text).object());
        QVERIFY(!d.ok());
        QCOMPARE(d.error().code, StoreError::Code::InvalidInput);
        QVERIFY2(d.error().storeMessage.contains(mentions), qPrintable(d.error().storeMessage));
    }

    void factoryMakesCustomDialectFromFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("acme.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kShopLike);
        f.close();
        StoreProfile profile;
        profile.name = QStringLiteral("Acme");
        profile.dialect = QStringLiteral("custom");
        profile.customDialectFile = path;
        profile.baseUrl = QUrl(QStringLiteral("https://acme.example"));
        profile.apiVersion = QStringLiteral("2025-04");
        const Result<std::shared_ptr<StoreDialect>> dialect = DialectFactory::create(profile);
        QVERIFY(dialect.ok());
        QCOMPARE(dialect.value()->name(), QStringLiteral("acme"));
        QCOMPARE(dialect.value()->apiPrefix(), QStringLiteral("/admin/api/2025-04"));

        profile.customDialectFile = dir.filePath(QStringLiteral("missing.json"));
        QCOMPARE(DialectFactory::create(profile).error().code, StoreError::Code::InvalidInput);
        profile.dialect = QStringLiteral("nonsense");
        QCOMPARE(DialectFactory::create(profile).error().code, StoreError::Code::InvalidInput);
    }

    void factoryRegistration() {
        QVERIFY(DialectFactory::isRegistered(QStringLiteral("generic")));
        QVERIFY(!DialectFactory::isRegistered(QStringLiteral("test-only")));
        DialectFactory::registerDialect(QStringLiteral("test-only"), [](const StoreProfile &) {
            DialectDescription d = DialectDescription::fromJson(json(kShopLike)).value();
            d.name = QStringLiteral("test-only");
            return Result<std::shared_ptr<StoreDialect>>(
                std::shared_ptr<StoreDialect>(std::make_shared<RestDialect>(d)));
        });
        StoreProfile profile;
        profile.dialect = QStringLiteral("test-only");
        QCOMPARE(DialectFactory::create(profile).value()->name(), QStringLiteral("test-only"));
        QVERIFY(DialectFactory::registeredNames().contains(QStringLiteral("test-only")));
    }
};

QTEST_GUILESS_MAIN(TstDialectDescription)
#include "tst_dialectdescription.moc"
