#include "dialecttestsupport.h"

#include <QtTest>

using namespace vitrine;
using namespace vitrine::test;

// What only SHOPLINE (seed 001) does, through StoreClient against the simulator: the gallery
// read through the product, ids longer than any integer, alt text up to 255 characters on create
// and 512 on update, position as a number or a string, one variant per image (sku_id), a source
// that cannot change, its headers, and deletes answered with any 2xx.
class TstShoplineClient : public QObject {
    Q_OBJECT
private:
    StoreSimulator *m_sim = nullptr;
    const DialectUnderTest m_d = builtinDialect(QStringLiteral("shopline"));
    QString m_product; // the Grey sofa: six images, a variant on the first

    std::unique_ptr<StoreClient> client() { return dialectClient(*m_sim, m_d); }
    Gallery gallery() const { return m_sim->images(SimDialect::Shopline, m_product); }
    QList<SimRequest> sent() const { return requestsOn(*m_sim, SimRequest::Listener::Api); }
    QString prefix() const { return StoreSimulator::pathPrefix(SimDialect::Shopline); }
    NewImage newImage(int altLength = 10) const {
        NewImage n;
        n.src = m_sim->imageUrl(StoreSimulator::demoImageFiles().first()).toString();
        n.alt = QString(altLength, QLatin1Char('a'));
        return n;
    }

private Q_SLOTS:
    void init() {
        m_sim = new StoreSimulator(this);
        QVERIFY2(m_sim->start(), qPrintable(m_sim->lastError()));
        m_product = demoProduct(*m_sim, SimDialect::Shopline, 6, true);
        QVERIFY(!m_product.isEmpty());
    }
    void cleanup() {
        delete m_sim;
        m_sim = nullptr;
    }

    // GET .../images.json needs `ids`: the whole gallery comes with the product, in one request.
    void galleryIsReadThroughTheProduct() {
        auto c = client();
        const Result<Gallery> g = await(c->listImages(m_product));
        QVERIFY2(g.ok(), why(g).constData());
        QCOMPARE(idsOf(g.value()), idsOf(gallery()));
        QCOMPARE(apiCalls(*m_sim),
                 QStringList{QStringLiteral("GET ") + prefix() + QStringLiteral("/products/") +
                             m_product + QStringLiteral(".json")});
    }

    // 24-digit image ids and 26-digit product and variant ids: kept exactly, as strings.
    void longIdsStayExact() {
        auto c = client();
        const Result<Gallery> g = await(c->listImages(m_product));
        QVERIFY(g.ok());
        QCOMPARE(m_product.size(), 26);
        for (const ProductImage &i : g.value()) {
            QCOMPARE(i.id.size(), 24);
            QCOMPARE(i.productId, m_product);
        }
        QCOMPARE(g->first().variantIds,
                 m_sim->images(SimDialect::Shopline, m_product).first().variantIds);
        QCOMPARE(g->first().variantIds.first().size(), 26);
        // Through a write and back: the same digits reach the store's path.
        const ProductImage last = g->last();
        ImagePatch patch;
        patch.alt = QStringLiteral("exact");
        QVERIFY(await(c->updateImage(m_product, last, patch)).ok());
        QVERIFY(sent().last().path.endsWith(QStringLiteral("/images/") + last.id +
                                            QStringLiteral(".json")));
        // Up to 64 digits is a well-formed id: it is sent (and the store says it has no such
        // image).
        const QString sixtyFour(64, QLatin1Char('7'));
        QCOMPARE(await(c->getImage(m_product, sixtyFour)).error().code, StoreError::Code::NotFound);
        QVERIFY(sent().last().path.contains(sixtyFour));
    }

    // Seed 001 / STORES.md: alt text at most 255 characters when adding an image...
    void altLimitOnCreate_data() {
        QTest::addColumn<int>("length");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("255") << 255 << true;
        QTest::newRow("256") << 256 << false;
        QTest::newRow("512") << 512 << false;
    }
    void altLimitOnCreate() {
        QFETCH(int, length);
        QFETCH(bool, accepted);
        auto c = client();
        const Result<ProductImage> r = await(c->createImage(m_product, newImage(length)));
        if (accepted) {
            QVERIFY2(r.ok(), why(r).constData());
            QCOMPARE(gallery().last().alt.size(), length);
            QCOMPARE(sent().size(), 1);
        } else {
            QCOMPARE(r.error().code, StoreError::Code::InvalidInput);
            QVERIFY(r.error().storeMessage.contains(QLatin1String("255")));
            QCOMPARE(sent().size(), 0); // refused before sending
            QCOMPARE(gallery().size(), 6);
        }
    }

    // ... and at most 512 when changing one.
    void altLimitOnUpdate_data() {
        QTest::addColumn<int>("length");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("256") << 256 << true;
        QTest::newRow("512") << 512 << true;
        QTest::newRow("513") << 513 << false;
        QTest::newRow("701 (the demo's over-long alt)") << 701 << false;
    }
    void altLimitOnUpdate() {
        QFETCH(int, length);
        QFETCH(bool, accepted);
        auto c = client();
        const ProductImage target = gallery().at(1);
        ImagePatch patch;
        patch.alt = QString(length, QLatin1Char('b'));
        const Result<ProductImage> r = await(c->updateImage(m_product, target, patch));
        if (accepted) {
            QVERIFY2(r.ok(), why(r).constData());
            QCOMPARE(gallery().at(1).alt, *patch.alt);
        } else {
            QCOMPARE(r.error().code, StoreError::Code::InvalidInput);
            QVERIFY(r.error().storeMessage.contains(QLatin1String("512")));
            QCOMPARE(sent().size(), 0);
            QCOMPARE(gallery().at(1).alt, target.alt);
        }
    }

    // The store's own check agrees: a request that bypassed Vitrine's check (sent straight
    // through the pipeline) is refused with 422 and the store's words.
    void storeRefusesOverLongAltWith422() {
        auto c = client();
        QJsonObject image;
        image.insert(QStringLiteral("src"), newImage().src);
        image.insert(QStringLiteral("alt"), QString(256, QLatin1Char('c')));
        QJsonObject body;
        body.insert(QStringLiteral("image"), image);
        const Result<HttpResponse> r = await(c->pipeline().send(HttpRequestSpec::post(
            QStringLiteral("/products/") + m_product + QStringLiteral("/images.json"), body)));
        QVERIFY(r.ok());
        QCOMPARE(r->status, 422);
        const StoreError e = c->dialect()->parseError(r.value());
        QCOMPARE(e.code, StoreError::Code::Validation);
        QCOMPARE(e.storeMessage, QStringLiteral("alt is too long (maximum is 255 characters)"));
    }

    // Vitrine sends position as a number; the store accepts the seed's string form too, and
    // answers that carry a string position are read as well.
    void positionIsSentAsANumber() {
        auto c = client();
        ImagePatch patch;
        patch.position = 2;
        QVERIFY(await(c->updateImage(m_product, gallery().at(4), patch)).ok());
        const QJsonObject image = jsonBody(sent().last()).value(QLatin1String("image")).toObject();
        QVERIFY(image.value(QLatin1String("position")).isDouble());
        QCOMPARE(image.value(QLatin1String("position")).toInt(), 2);
    }
    void storeAcceptsPositionAsAString() {
        auto c = client();
        const ProductImage moved = gallery().at(4);
        QJsonObject image;
        image.insert(QStringLiteral("position"), QStringLiteral("1")); // seed 001's example
        QJsonObject body;
        body.insert(QStringLiteral("image"), image);
        const Result<HttpResponse> r = await(c->pipeline().send(HttpRequestSpec::put(
            QStringLiteral("/products/") + m_product + QStringLiteral("/images/") + moved.id +
                QStringLiteral(".json"),
            body)));
        QVERIFY(r.ok());
        QCOMPARE(r->status, 200);
        const Result<ProductImage> parsed = c->dialect()->parseImage(r.value(), m_product);
        QVERIFY2(parsed.ok(), why(parsed).constData());
        QCOMPARE(parsed->position, 1);
        QCOMPARE(gallery().first().id, moved.id);
    }
    void answersWithAStringPositionAreRead_data() {
        QTest::addColumn<QByteArray>("position");
        QTest::addColumn<int>("expected"); // 0: refused as a bad answer
        QTest::newRow("number") << QByteArray("3") << 3;
        QTest::newRow("string") << QByteArray("\"3\"") << 3;
        QTest::newRow("not a number") << QByteArray("\"third\"") << 0;
        QTest::newRow("fraction") << QByteArray("2.5") << 0;
    }
    void answersWithAStringPositionAreRead() {
        QFETCH(QByteArray, position);
        QFETCH(int, expected);
        const ProductImage target = gallery().at(2);
        const QByteArray body =
            "{\"image\":{\"id\":\"" + target.id.toUtf8() + "\",\"product_id\":\"" +
            m_product.toUtf8() +
            "\",\"src\":\"https://img.example/x.png\",\"alt\":\"\",\"position\":" + position + "}}";
        m_sim->addFault(fault("GET", QStringLiteral("/images/"), 200, body, 1));
        auto c = client();
        const Result<ProductImage> r = await(c->getImage(m_product, target.id));
        if (expected > 0) {
            QVERIFY2(r.ok(), why(r).constData());
            QCOMPARE(r->position, expected);
        } else {
            QCOMPARE(r.error().code, StoreError::Code::BadResponse);
            QVERIFY(r.error().storeMessage.contains(QLatin1String("position")));
        }
    }

    // Ids are documented as strings; should the store ever send them as JSON numbers, the
    // digits are kept exactly (a double would round a 24-digit number).
    void idsSentAsNumbersKeepEveryDigit() {
        const ProductImage target = gallery().at(2);
        const QByteArray body = "{\"image\":{\"id\":" + target.id.toUtf8() +
                                ",\"product_id\":" + m_product.toUtf8() +
                                ",\"src\":\"https://img.example/x.png\",\"position\":3,"
                                "\"sku_id\":18057850264851626133510282}}";
        m_sim->addFault(fault("GET", QStringLiteral("/images/"), 200, body, 1));
        auto c = client();
        const Result<ProductImage> r = await(c->getImage(m_product, target.id));
        QVERIFY2(r.ok(), why(r).constData());
        QCOMPARE(r->id, target.id);
        QCOMPARE(r->productId, m_product);
        QCOMPARE(r->variantIds, QStringList{QStringLiteral("18057850264851626133510282")});
    }

    // An image without a variant may come with sku_id absent, null or "": no variant.
    void emptySkuIdIsNoVariant_data() {
        QTest::addColumn<QByteArray>("sku");
        QTest::newRow("absent") << QByteArray();
        QTest::newRow("null") << QByteArray(",\"sku_id\":null");
        QTest::newRow("empty") << QByteArray(",\"sku_id\":\"\"");
    }
    void emptySkuIdIsNoVariant() {
        QFETCH(QByteArray, sku);
        const ProductImage target = gallery().at(2);
        const QByteArray body = "{\"image\":{\"id\":\"" + target.id.toUtf8() +
                                "\",\"src\":\"https://img.example/x.png\",\"alt\":\"\"," +
                                "\"position\":3" + sku + "}}";
        m_sim->addFault(fault("GET", QStringLiteral("/images/"), 200, body, 1));
        auto c = client();
        const Result<ProductImage> r = await(c->getImage(m_product, target.id));
        QVERIFY2(r.ok(), why(r).constData());
        QVERIFY(r->variantIds.isEmpty());
    }

    // Create takes no position: the image is appended (the planner moves it afterwards).
    void createSendsNoPosition() {
        auto c = client();
        NewImage n = newImage();
        n.position = 1;
        const Result<ProductImage> r = await(c->createImage(m_product, n));
        QVERIFY(r.ok());
        QCOMPARE(gallery().last().id, r->id);
        const QJsonObject image = jsonBody(sent().last()).value(QLatin1String("image")).toObject();
        QVERIFY(!image.contains(QLatin1String("position")));
    }

    // sku_id: one variant per image, a string; unlinking sends "".
    void variantOnCreate() {
        auto c = client();
        const QStringList variants = m_sim->variantIds(SimDialect::Shopline, m_product);
        QVERIFY(variants.size() >= 2);
        NewImage n = newImage();
        n.variantIds = {variants.at(1)};
        const Result<ProductImage> r = await(c->createImage(m_product, n));
        QVERIFY2(r.ok(), why(r).constData());
        QCOMPARE(r->variantIds, QStringList{variants.at(1)});
        QCOMPARE(gallery().last().variantIds, QStringList{variants.at(1)});
        const QJsonObject image = jsonBody(sent().last()).value(QLatin1String("image")).toObject();
        QCOMPARE(image.value(QLatin1String("sku_id")).toString(), variants.at(1));
    }
    void moreThanOneVariantIsRefused() {
        auto c = client();
        const QStringList variants = m_sim->variantIds(SimDialect::Shopline, m_product);
        NewImage n = newImage();
        n.variantIds = variants.mid(0, 2);
        QCOMPARE(await(c->createImage(m_product, n)).error().code, StoreError::Code::InvalidInput);
        ImagePatch patch;
        patch.variantIds = variants.mid(0, 2);
        QCOMPARE(await(c->updateImage(m_product, gallery().at(1), patch)).error().code,
                 StoreError::Code::InvalidInput);
        QCOMPARE(sent().size(), 0);
    }
    void variantLinkAndUnlink() {
        auto c = client();
        const QStringList variants = m_sim->variantIds(SimDialect::Shopline, m_product);
        const ProductImage first = gallery().first();
        QVERIFY(!first.variantIds.isEmpty());
        ImagePatch unlink;
        unlink.variantIds = QStringList();
        const Result<ProductImage> r = await(c->updateImage(m_product, first, unlink));
        QVERIFY2(r.ok(), why(r).constData());
        QVERIFY(r->variantIds.isEmpty());
        QVERIFY(gallery().first().variantIds.isEmpty());
        const QJsonValue sku = jsonBody(sent().last())
                                   .value(QLatin1String("image"))
                                   .toObject()
                                   .value(QLatin1String("sku_id"));
        QVERIFY(sku.isString());
        QCOMPARE(sku.toString(), QString());

        ImagePatch link;
        link.variantIds = QStringList{variants.last()};
        QVERIFY(await(c->updateImage(m_product, gallery().at(2), link)).ok());
        QCOMPARE(gallery().at(2).variantIds, QStringList{variants.last()});
    }
    void unknownVariantIsTheStoresValidationError() {
        auto c = client();
        ImagePatch link;
        link.variantIds = QStringList{QStringLiteral("18057850264851626133599999")};
        const Result<ProductImage> r = await(c->updateImage(m_product, gallery().at(2), link));
        QCOMPARE(r.error().code, StoreError::Code::Validation);
        QCOMPARE(r.error().httpStatus, 422);
        QVERIFY(r.error().storeMessage.contains(QLatin1String("is not a variant")));
    }

    // src is read-only on update: changing it is refused before sending; the same src is no change.
    void sourceCannotChange() {
        auto c = client();
        QVERIFY(!c->capabilities().canReplaceSource);
        ImagePatch patch;
        patch.src = m_sim->imageUrl(StoreSimulator::demoImageFiles().last()).toString();
        const Result<ProductImage> r = await(c->updateImage(m_product, gallery().at(1), patch));
        QCOMPARE(r.error().code, StoreError::Code::Unsupported);
        QVERIFY(!c->capabilities().whyNot(StoreCapabilities::Feature::ReplaceSource).isEmpty());
        QCOMPARE(sent().size(), 0);
    }

    void headers() {
        auto c = client();
        ImagePatch patch;
        patch.alt = QStringLiteral("h");
        QVERIFY(await(c->updateImage(m_product, gallery().first(), patch)).ok());
        QVERIFY(await(c->createImage(m_product, newImage())).ok());
        for (const SimRequest &r : sent()) {
            QCOMPARE(r.header("Authorization"), QByteArray("Bearer test-token"));
            QCOMPARE(r.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
        }
    }

    // The success code of DELETE is not documented: any 2xx is success.
    void deleteAcceptsAny2xx_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("200 {}") << 200 << QByteArray("{}");
        QTest::newRow("204 empty") << 204 << QByteArray();
        QTest::newRow("202 text") << 202 << QByteArray("accepted");
    }
    void deleteAcceptsAny2xx() {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        m_sim->addFault(fault("DELETE", QStringLiteral("."), status, body, 1));
        auto c = client();
        const Result<void> r = await(c->deleteImage(m_product, gallery().first().id));
        QVERIFY2(r.ok(), why(r).constData());
    }

    // The gallery answer without images (a product that has none) is an empty gallery.
    void productWithoutImages() {
        const ProductSummary empty =
            m_sim->addProduct(SimDialect::Shopline, QStringLiteral("Bare"));
        auto c = client();
        const Result<Gallery> g = await(c->listImages(empty.id));
        QVERIFY2(g.ok(), why(g).constData());
        QVERIFY(g->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstShoplineClient)
#include "tst_shoplineclient.moc"
