#include "net/genericdialect.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace vitrine;

Q_DECLARE_METATYPE(vitrine::ImagePatch)

namespace {

QJsonObject json(const char *text) {
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

HttpResponse answer(int status, const QByteArray &body) {
    HttpResponse r;
    r.status = status;
    r.body = body;
    return r;
}

// The image of seeds/000's usage examples, as last read from the store.
ProductImage sofaFront() {
    ProductImage image;
    image.id = QStringLiteral("1");
    image.productId = QStringLiteral("101");
    image.src = QStringLiteral("https://example.com/images/sofa-front.jpg");
    image.alt = QStringLiteral("Modern grey sofa - front view");
    image.position = 1;
    return image;
}

// sofaFront() as the store holds it, with fields Vitrine does not model ("sku", "tags").
const QByteArray kSofaFrontRecord =
    "{\"id\":1,\"productId\":101,\"imageUrl\":\"https://example.com/images/sofa-front.jpg\","
    "\"altText\":\"Modern grey sofa - front view\",\"displayOrder\":1,"
    "\"sku\":\"SOFA-GREY-01\",\"tags\":[\"living\",\"grey\"]}";

// A generic dialect that has read product 101's gallery (its one image, sofaFront()).
std::unique_ptr<GenericDialect> dialectThatRead(const QByteArray &record = kSofaFrontRecord,
                                                const QString &productId = QStringLiteral("101")) {
    auto d = std::make_unique<GenericDialect>();
    const Result<Gallery> g = d->parseImages(answer(200, "[" + record + "]"), productId);
    Q_ASSERT(g.ok());
    return d;
}

} // namespace

// Request building and answer parsing of the generic dialect, checked against the examples of
// seeds/000 (PUT) and seeds/003 (DELETE).
class TstGenericDialect : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void capabilities() {
        const StoreCapabilities c = GenericDialect().capabilities();
        QCOMPARE(c.dialectName, QStringLiteral("generic"));
        QCOMPARE(c.ordering, OrderingSemantics::Absolute);
        QVERIFY(c.canDeleteAll);
        QVERIFY(c.fullReplaceUpdate);
        QVERIFY(c.positionOnCreate);
        QVERIFY(c.canReplaceSource);
        QVERIFY(!c.hasVariants);
        QVERIFY(c.canListProducts);
        QCOMPARE(c.altMaxOnCreate, 0);
        QCOMPARE(c.altMaxOnUpdate, 0);
        // displayOrder takes values from 0; a generic store set to shift counts from 1.
        QCOMPARE(c.lowestPosition(), 0);
        QCOMPARE(c.firstPosition, 1);
        QCOMPARE(GenericDialect().apiPrefix(), QStringLiteral("/api/v1"));
    }

    void paths() {
        GenericDialect d;
        QCOMPARE(d.listImagesRequest(QStringLiteral("101")).value(),
                 HttpRequestSpec::get(QStringLiteral("/product-images/product/101")));
        QCOMPARE(d.getImageRequest(QStringLiteral("101"), QStringLiteral("1")).value(),
                 HttpRequestSpec::get(QStringLiteral("/product-images/1")));
        // seeds/003
        QCOMPARE(d.deleteImageRequest(QStringLiteral("101"), QStringLiteral("1")).value(),
                 HttpRequestSpec::del(QStringLiteral("/product-images/1")));
        QCOMPARE(d.deleteAllImagesRequest(QStringLiteral("101")).value(),
                 HttpRequestSpec::del(QStringLiteral("/product-images/product/101")));
        // The product list names no item: a 404 to it means a wrong store address.
        HttpRequestSpec products = HttpRequestSpec::get(QStringLiteral("/products"));
        products.notFoundMeansWrongAddress = true;
        QCOMPARE(d.listProductsRequest().value(), products);
    }

    void idsCannotEscapeTheirSegment() {
        GenericDialect d;
        QCOMPARE(
            d.getImageRequest(QStringLiteral("101"), QStringLiteral("../products")).value().path,
            QStringLiteral("/product-images/..%2Fproducts"));
        QCOMPARE(d.getImageRequest(QStringLiteral("101"), QStringLiteral("..")).value().path,
                 QStringLiteral("/product-images/%2E%2E"));
        QCOMPARE(d.getImageRequest(QStringLiteral("101"), QStringLiteral("1?x=2#f")).value().path,
                 QStringLiteral("/product-images/1%3Fx%3D2%23f"));
        const Result<HttpRequestSpec> empty = d.getImageRequest(QStringLiteral("101"), QString());
        QVERIFY(!empty.ok());
        QCOMPARE(empty.error().code, StoreError::Code::InvalidInput);
        QCOMPARE(d.listImagesRequest(QStringLiteral(" ")).error().code,
                 StoreError::Code::InvalidInput);
    }

    // seeds/000 "Usage Examples": every update sends the whole record (full replace): the record
    // as the store last returned it with only the edited fields changed, so fields Vitrine does
    // not model survive.
    void updateIsFullReplace_data() {
        QTest::addColumn<ImagePatch>("patch");
        QTest::addColumn<QJsonObject>("body");
        ImagePatch url;
        url.src = QStringLiteral("https://example.com/images/sofa-new-photo.jpg");
        QTest::newRow("Update Image URL")
            << url
            << json("{ \"id\": 1, \"sku\": \"SOFA-GREY-01\", \"tags\": [\"living\", \"grey\"], "
                    "\"productId\": 101, \"imageUrl\": "
                    "\"https://example.com/images/sofa-new-photo.jpg\", \"altText\": \"Modern grey "
                    "sofa - front view\", \"displayOrder\": 1 }");
        ImagePatch alt;
        alt.alt = QStringLiteral("Luxurious modern grey sofa with chrome legs - front view");
        QTest::newRow("Update Alt Text")
            << alt
            << json("{ \"id\": 1, \"sku\": \"SOFA-GREY-01\", \"tags\": [\"living\", \"grey\"], "
                    "\"productId\": 101, \"imageUrl\": "
                    "\"https://example.com/images/sofa-front.jpg\", \"altText\": \"Luxurious "
                    "modern grey sofa with chrome legs - front view\", \"displayOrder\": 1 }");
        ImagePatch order;
        order.position = 3;
        QTest::newRow("Update Display Order")
            << order
            << json("{ \"id\": 1, \"sku\": \"SOFA-GREY-01\", \"tags\": [\"living\", \"grey\"], "
                    "\"productId\": 101, \"imageUrl\": "
                    "\"https://example.com/images/sofa-front.jpg\", \"altText\": \"Modern grey "
                    "sofa - front view\", \"displayOrder\": 3 }");
        QTest::newRow("empty patch still sends everything")
            << ImagePatch()
            << json("{ \"id\": 1, \"sku\": \"SOFA-GREY-01\", \"tags\": [\"living\", \"grey\"], "
                    "\"productId\": 101, \"imageUrl\": "
                    "\"https://example.com/images/sofa-front.jpg\", \"altText\": \"Modern grey "
                    "sofa - front view\", \"displayOrder\": 1 }");
    }
    void updateIsFullReplace() {
        QFETCH(ImagePatch, patch);
        QFETCH(QJsonObject, body);
        const Result<HttpRequestSpec> spec =
            dialectThatRead()->updateImageRequest(QStringLiteral("101"), sofaFront(), patch);
        QVERIFY(spec.ok());
        QCOMPARE(spec->method, HttpRequestSpec::Method::Put);
        QCOMPARE(spec->path, QStringLiteral("/product-images/1"));
        QVERIFY(spec->body.has_value());
        QCOMPARE(*spec->body, body);
        // productId is a JSON integer, as the seed's example sends it.
        QVERIFY(spec->body->value(QLatin1String("productId")).isDouble());
    }

    // A record without the product id gets it (the store wants it in bodies), as a string when
    // it is too long for an integer or not a number.
    void updateKeepsLongAndNonNumericProductIdsAsStrings() {
        const QByteArray bare = "{\"id\":1,\"imageUrl\":\"https://example.com/a.jpg\"}";
        const QString longId = QStringLiteral("16057850264845250791280282");
        const Result<HttpRequestSpec> spec =
            dialectThatRead(bare, longId)->updateImageRequest(longId, sofaFront(), ImagePatch());
        QCOMPARE(spec->body->value(QLatin1String("productId")).toString(), longId);
        const Result<HttpRequestSpec> sku =
            dialectThatRead(bare, QStringLiteral("sofa-1"))
                ->updateImageRequest(QStringLiteral("sofa-1"), sofaFront(), ImagePatch());
        QCOMPARE(sku->body->value(QLatin1String("productId")).toString(), QStringLiteral("sofa-1"));
    }

    // Without the store's record a replace would erase what Vitrine does not know: refused.
    void replaceWithoutTheRecordIsRefused() {
        ImagePatch alt;
        alt.alt = QStringLiteral("x");
        const Result<HttpRequestSpec> spec =
            GenericDialect().updateImageRequest(QStringLiteral("101"), sofaFront(), alt);
        QVERIFY(!spec.ok());
        QCOMPARE(spec.error().code, StoreError::Code::InvalidInput);
    }

    void create() {
        NewImage image;
        image.src = QStringLiteral("https://example.com/images/new-sofa-1.jpg");
        image.alt = QStringLiteral("New sofa image");
        image.position = 1;
        const Result<HttpRequestSpec> spec =
            GenericDialect().createImageRequest(QStringLiteral("101"), image);
        QVERIFY(spec.ok());
        QCOMPARE(spec->method, HttpRequestSpec::Method::Post);
        QCOMPARE(spec->path, QStringLiteral("/product-images"));
        // seeds/003 "Clear All Images Before Re-upload"
        QCOMPARE(*spec->body, json("{ \"productId\": 101, \"imageUrl\": "
                                   "\"https://example.com/images/new-sofa-1.jpg\", \"altText\": "
                                   "\"New sofa image\", \"displayOrder\": 1 }"));

        image.position.reset(); // without displayOrder the store puts it last
        const Result<HttpRequestSpec> last =
            GenericDialect().createImageRequest(QStringLiteral("101"), image);
        QVERIFY(!last->body->contains(QLatin1String("displayOrder")));

        // displayOrder 0 is a value the store takes (minPosition), below it is refused.
        image.position = 0;
        const Result<HttpRequestSpec> first =
            GenericDialect().createImageRequest(QStringLiteral("101"), image);
        QVERIFY(first.ok());
        QCOMPARE(first->body->value(QLatin1String("displayOrder")), QJsonValue(0));
        image.position = -1;
        const Result<HttpRequestSpec> below =
            GenericDialect().createImageRequest(QStringLiteral("101"), image);
        QVERIFY(!below.ok());
        QCOMPARE(below.error().code, StoreError::Code::InvalidInput);
    }

    void createRefusesBadInput_data() {
        QTest::addColumn<QString>("src");
        QTest::addColumn<int>("code");
        QTest::newRow("empty") << QString() << int(StoreError::Code::InvalidInput);
        QTest::newRow("relative") << QStringLiteral("images/x.jpg")
                                  << int(StoreError::Code::InvalidInput);
        QTest::newRow("ftp") << QStringLiteral("ftp://example.com/x.jpg")
                             << int(StoreError::Code::InvalidInput);
        QTest::newRow("javascript")
            << QStringLiteral("javascript:alert(1)") << int(StoreError::Code::InvalidInput);
    }
    void createRefusesBadInput() {
        QFETCH(QString, src);
        QFETCH(int, code);
        NewImage image;
        image.src = src;
        const Result<HttpRequestSpec> spec =
            GenericDialect().createImageRequest(QStringLiteral("101"), image);
        QVERIFY(!spec.ok());
        QCOMPARE(int(spec.error().code), code);
    }

    void variantsAreUnsupported() {
        ImagePatch patch;
        patch.variantIds = QStringList{QStringLiteral("5")};
        const Result<HttpRequestSpec> spec =
            GenericDialect().updateImageRequest(QStringLiteral("101"), sofaFront(), patch);
        QCOMPARE(spec.error().code, StoreError::Code::Unsupported);
    }

    // seeds/000 "Response Example"
    void parseImage() {
        const Result<ProductImage> image = GenericDialect().parseImage(
            answer(200, "{ \"id\": 1, \"productId\": 101, \"imageUrl\": "
                        "\"https://example.com/images/sofa-front-updated.jpg\", \"altText\": "
                        "\"Modern grey sofa - updated front view\", \"displayOrder\": 1 }"),
            QStringLiteral("101"));
        QVERIFY2(image.ok(), qPrintable(image.ok() ? QString() : image.error().storeMessage));
        QCOMPARE(image->id, QStringLiteral("1"));
        QCOMPARE(image->productId, QStringLiteral("101"));
        QCOMPARE(image->src, QStringLiteral("https://example.com/images/sofa-front-updated.jpg"));
        QCOMPARE(image->alt, QStringLiteral("Modern grey sofa - updated front view"));
        QCOMPARE(image->position, 1);
        QVERIFY(image->variantIds.isEmpty());
    }

    void parseImagesSortsByDisplayOrder() {
        const Result<Gallery> g = GenericDialect().parseImages(
            answer(200, "[ {\"id\": 3, \"productId\": 101, \"imageUrl\": \"https://e.x/c.jpg\", "
                        "\"altText\": \"c\", \"displayOrder\": 30}, {\"id\": 1, \"productId\": "
                        "101, \"imageUrl\": \"https://e.x/a.jpg\", \"altText\": null, "
                        "\"displayOrder\": 10}, {\"id\": 2, \"productId\": 101, \"imageUrl\": "
                        "\"https://e.x/b.jpg\", \"displayOrder\": 20}, {\"id\": 4, \"productId\": "
                        "101, \"imageUrl\": \"https://e.x/d.jpg\", \"altText\": \"same order keeps "
                        "list order\", \"displayOrder\": 20} ]"),
            QStringLiteral("101"));
        QVERIFY(g.ok());
        QStringList ids;
        for (const ProductImage &i : g.value())
            ids << i.id;
        QCOMPARE(ids, (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("4"),
                                   QStringLiteral("3")}));
        QCOMPARE(g->at(0).alt, QString()); // null alt text reads as none
    }

    void hostileAnswers_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("object instead of list") << QByteArray("{\"id\":1}");
        QTest::newRow("null item") << QByteArray("[null]");
        QTest::newRow("string item") << QByteArray("[\"x\"]");
        QTest::newRow("id missing") << QByteArray("[{\"imageUrl\":\"https://e.x/a.jpg\"}]");
        QTest::newRow("id fractional")
            << QByteArray("[{\"id\":1.5,\"imageUrl\":\"https://e.x/a.jpg\"}]");
        QTest::newRow("url is a number") << QByteArray("[{\"id\":1,\"imageUrl\":5}]");
        QTest::newRow("alt is a list")
            << QByteArray("[{\"id\":1,\"imageUrl\":\"u\",\"altText\":[1]}]");
        QTest::newRow("order is a word")
            << QByteArray("[{\"id\":1,\"imageUrl\":\"u\",\"displayOrder\":\"first\"}]");
        QTest::newRow("order overflows")
            << QByteArray("[{\"id\":1,\"imageUrl\":\"u\",\"displayOrder\":1e40}]");
        QTest::newRow("not json") << QByteArray("<html>maintenance</html>");
        QTest::newRow("cut in half") << QByteArray("[{\"id\":1,\"imageUrl\":\"ht");
        QTest::newRow("empty") << QByteArray();
    }
    void hostileAnswers() {
        QFETCH(QByteArray, body);
        const Result<Gallery> g =
            GenericDialect().parseImages(answer(200, body), QStringLiteral("101"));
        QVERIFY(!g.ok());
        QCOMPARE(g.error().code, StoreError::Code::BadResponse);
        QVERIFY(!g.error().storeMessage.isEmpty());
    }

    void parseProducts() {
        const Result<QList<ProductSummary>> p = GenericDialect().parseProducts(
            answer(200, "[ {\"id\": 101, \"name\": \"Sofa\", \"imageCount\": 4}, {\"id\": "
                        "\"sku-7\", \"name\": null}]"));
        QVERIFY(p.ok());
        QCOMPARE(p->size(), 2);
        QCOMPARE(p->at(0), (ProductSummary{QStringLiteral("101"), QStringLiteral("Sofa"), 4}));
        QCOMPARE(p->at(1), (ProductSummary{QStringLiteral("sku-7"), QString(), -1}));
    }

    void productsFromImages() {
        const Result<QList<ProductSummary>> p = GenericDialect().productsFromImages(answer(
            200, "[ {\"id\": 1, \"productId\": 102, \"imageUrl\": \"u\", \"displayOrder\": 1}, "
                 "{\"id\": 2, \"productId\": 101, \"imageUrl\": \"u\", \"displayOrder\": 1}, "
                 "{\"id\": 3, \"productId\": 102, \"imageUrl\": \"u\", \"displayOrder\": 2}, "
                 "{\"id\": 4, \"productId\": 9, \"imageUrl\": \"u\", \"displayOrder\": 2}]"));
        QVERIFY(p.ok());
        QCOMPARE(p->size(), 3);
        QCOMPARE(p->at(0).id, QStringLiteral("9"));
        QCOMPARE(p->at(1).id, QStringLiteral("101"));
        QCOMPARE(p->at(2).id, QStringLiteral("102"));
        QCOMPARE(p->at(2).imageCount, 2);
        QCOMPARE(p->at(1).title, QString()); // the images do not name their product
        // A Spring page wraps its list.
        const Result<QList<ProductSummary>> page = GenericDialect().productsFromImages(answer(
            200, "{\"content\":[{\"id\":1,\"productId\":5,\"imageUrl\":\"u\"}],\"totalPages\":1}"));
        QVERIFY(page.ok());
        QCOMPARE(page->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TstGenericDialect)
#include "tst_genericdialect.moc"
