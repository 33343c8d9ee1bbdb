#include "dialecttestsupport.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QtTest>

using namespace vitrine;
using namespace vitrine::test;

// What only Shopify Admin REST 2024-01 does, through StoreClient against the simulator: integer
// ids read as strings and variant_ids sent as integers, alt null, the 250-image limit, the
// X-Shopify-Access-Token header, the call-limit header read by the throttle, and 429 with
// Retry-After in Shopify's decimal form.
class TstShopifyClient : public QObject {
    Q_OBJECT
private:
    StoreSimulator *m_sim = nullptr;
    const DialectUnderTest m_d = builtinDialect(QStringLiteral("shopify"));
    QString m_product; // the Grey sofa: a variant on the first image, two images without alt

    std::unique_ptr<StoreClient> client() { return dialectClient(*m_sim, m_d); }
    Gallery gallery() const { return m_sim->images(SimDialect::Shopify, m_product); }
    QList<SimRequest> sent() const { return requestsOn(*m_sim, SimRequest::Listener::Api); }
    NewImage newImage() const {
        NewImage n;
        n.src = m_sim->imageUrl(StoreSimulator::demoImageFiles().first()).toString();
        return n;
    }

private Q_SLOTS:
    void init() {
        m_sim = new StoreSimulator(this);
        QVERIFY2(m_sim->start(), qPrintable(m_sim->lastError()));
        m_product = demoProduct(*m_sim, SimDialect::Shopify, 6, true);
        QVERIFY(!m_product.isEmpty());
    }
    void cleanup() {
        delete m_sim;
        m_sim = nullptr;
    }

    // The store's ids are JSON integers; Vitrine keeps them as strings.
    void integerIdsAreStrings() {
        auto c = client();
        const Result<HttpResponse> raw = await(c->pipeline().send(HttpRequestSpec::get(
            QStringLiteral("/products/") + m_product + QStringLiteral("/images.json"))));
        QVERIFY(raw.ok());
        const QJsonObject first = QJsonDocument::fromJson(raw->body)
                                      .object()
                                      .value(QLatin1String("images"))
                                      .toArray()
                                      .first()
                                      .toObject();
        QVERIFY(first.value(QLatin1String("id")).isDouble());
        QVERIFY(first.value(QLatin1String("variant_ids")).toArray().first().isDouble());

        const Result<Gallery> g = await(c->listImages(m_product));
        QVERIFY(g.ok());
        QCOMPARE(g->first().id,
                 QString::number(qint64(first.value(QLatin1String("id")).toDouble())));
        QCOMPARE(g->first().variantIds, gallery().first().variantIds);
        QVERIFY(g->first().variantIds.first().startsWith(QLatin1String("4000000000")));
    }

    // variant_ids go out as integers, as Shopify expects, on create and on update.
    void variantIdsAreSentAsIntegers() {
        auto c = client();
        const QStringList variants = m_sim->variantIds(SimDialect::Shopify, m_product);
        QVERIFY(variants.size() >= 2);
        NewImage n = newImage();
        n.variantIds = variants.mid(0, 2); // Shopify links an image to several variants
        const Result<ProductImage> created = await(c->createImage(m_product, n));
        QVERIFY2(created.ok(), why(created).constData());
        QCOMPARE(created->variantIds, variants.mid(0, 2));
        const QJsonArray sentIds = jsonBody(sent().last())
                                       .value(QLatin1String("image"))
                                       .toObject()
                                       .value(QLatin1String("variant_ids"))
                                       .toArray();
        QCOMPARE(sentIds.size(), 2);
        QVERIFY(sentIds.first().isDouble());
        QCOMPARE(QString::number(qint64(sentIds.first().toDouble())), variants.first());

        ImagePatch unlink;
        unlink.variantIds = QStringList();
        const Result<ProductImage> updated =
            await(c->updateImage(m_product, created.value(), unlink));
        QVERIFY2(updated.ok(), why(updated).constData());
        QVERIFY(updated->variantIds.isEmpty());
        QVERIFY(gallery().last().variantIds.isEmpty());
        QCOMPARE(jsonBody(sent().last())
                     .value(QLatin1String("image"))
                     .toObject()
                     .value(QLatin1String("variant_ids"))
                     .toArray()
                     .size(),
                 0);
    }

    void unknownVariantIsAFieldError() {
        auto c = client();
        ImagePatch link;
        link.variantIds = QStringList{QStringLiteral("49999999999")};
        const Result<ProductImage> r = await(c->updateImage(m_product, gallery().at(1), link));
        QCOMPARE(r.error().code, StoreError::Code::Validation);
        QCOMPARE(r.error().httpStatus, 422);
        QCOMPARE(r.error().fieldErrors.size(), 1);
        QVERIFY(r.error().fieldErrors.first().startsWith(QLatin1String("variant_ids: ")));
    }

    // "alt": null is no alt text; clearing alt text round-trips.
    void nullAltIsEmpty() {
        auto c = client();
        const Result<Gallery> g = await(c->listImages(m_product));
        QVERIFY(g.ok());
        int withoutAlt = 0;
        for (const ProductImage &i : g.value())
            withoutAlt += i.alt.isEmpty() ? 1 : 0;
        QCOMPARE(withoutAlt, 2);

        ImagePatch clear;
        clear.alt = QString();
        const Result<ProductImage> r = await(c->updateImage(m_product, g->first(), clear));
        QVERIFY2(r.ok(), why(r).constData());
        QCOMPARE(r->alt, QString());
        QCOMPARE(gallery().first().alt, QString());
    }

    void altLimitIs512_data() {
        QTest::addColumn<int>("length");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("512") << 512 << true;
        QTest::newRow("513") << 513 << false;
    }
    void altLimitIs512() {
        QFETCH(int, length);
        QFETCH(bool, accepted);
        auto c = client();
        NewImage n = newImage();
        n.alt = QString(length, QLatin1Char('a'));
        ImagePatch patch;
        patch.alt = n.alt;
        const Result<ProductImage> created = await(c->createImage(m_product, n));
        const Result<ProductImage> updated =
            await(c->updateImage(m_product, gallery().first(), patch));
        QCOMPARE(created.ok(), accepted);
        QCOMPARE(updated.ok(), accepted);
        if (!accepted) {
            QCOMPARE(created.error().code, StoreError::Code::InvalidInput);
            QCOMPARE(updated.error().code, StoreError::Code::InvalidInput);
            QCOMPARE(sent().size(), 0);
        }
    }

    // Up to 250 images per product: the 251st is the store's 422 {"errors":{"base":[...]}}.
    void twoHundredFiftyImagesAtMost() {
        QCOMPARE(client()->capabilities().maxImagesPerProduct, 250);
        NewImage n = newImage();
        while (gallery().size() < 250)
            QVERIFY(m_sim->addImage(SimDialect::Shopify, m_product, n).has_value());
        auto c = client();
        const Result<ProductImage> r = await(c->createImage(m_product, n));
        QCOMPARE(r.error().code, StoreError::Code::Validation);
        QCOMPARE(r.error().httpStatus, 422);
        QCOMPARE(r.error().fieldErrors.size(), 1);
        QVERIFY(r.error().fieldErrors.first().startsWith(QLatin1String("base: ")));
        QVERIFY(r.error().userMessage().contains(QLatin1String("250")));
        QCOMPARE(gallery().size(), 250);
        // The full gallery reads in one request.
        m_sim->clearRecordedRequests();
        const Result<Gallery> g = await(c->listImages(m_product));
        QVERIFY(g.ok());
        QCOMPARE(g->size(), 250);
        QCOMPARE(sent().size(), 1);
    }

    void replaceSource() {
        auto c = client();
        ImagePatch patch;
        patch.src = m_sim->imageUrl(StoreSimulator::demoImageFiles().last()).toString();
        const Result<ProductImage> r = await(c->updateImage(m_product, gallery().at(2), patch));
        QVERIFY2(r.ok(), why(r).constData());
        QCOMPARE(gallery().at(2).src, *patch.src);
        const QJsonObject image = jsonBody(sent().last()).value(QLatin1String("image")).toObject();
        QCOMPARE(image.keys(), QStringList{QStringLiteral("src")});
    }

    void accessTokenHeader() {
        auto c = client();
        QVERIFY(await(c->listImages(m_product)).ok());
        QCOMPARE(sent().first().header("X-Shopify-Access-Token"), QByteArray("test-token"));
        QVERIFY(!sent().first().hasHeader("Authorization"));
    }

    // Every Shopify answer says how full the store's bucket is. A full bucket ("40/40") holds the
    // next request back until the client's own bucket has refilled a slot.
    void callLimitHeaderIsRead() {
        SimFault f = fault("GET", QStringLiteral("/images\\.json$"), 0, {}, 1);
        f.headers = {{"X-Shopify-Shop-Api-Call-Limit", "40/40"}};
        m_sim->addFault(f);
        StoreProfile p = simProfile(*m_sim, m_d.dialect);
        p.rateLimit = RateLimit{4, 40}; // the client could go on at once, were it not told
        auto c = makeClient(p, testToken());
        QSignalSpy throttled(c.get(), &StoreClient::throttled);
        QVERIFY(await(c->listImages(m_product)).ok());
        QCOMPARE(throttled.count(), 0);
        QVERIFY(await(c->listImages(m_product)).ok());
        QCOMPARE(throttled.count(), 1);
        QVERIFY(throttled.first().first().toInt() > 0);
    }

    // The simulator's own header, on every answer (including errors): the store counts the
    // requests in its leaky bucket, and the client reads a number it can parse.
    void callLimitHeaderOnEveryAnswer() {
        auto c = client();
        const Result<HttpResponse> ok = await(c->pipeline().send(HttpRequestSpec::get(
            QStringLiteral("/products/") + m_product + QStringLiteral("/images.json"))));
        QVERIFY(ok.ok());
        QVERIFY(ok->header("X-Shopify-Shop-Api-Call-Limit").endsWith("/40"));
        const Result<HttpResponse> missing = await(c->pipeline().send(HttpRequestSpec::get(
            QStringLiteral("/products/") + m_product + QStringLiteral("/images/1.json"))));
        QVERIFY(missing.ok());
        QCOMPARE(missing->status, 404);
        QVERIFY(missing->header("X-Shopify-Shop-Api-Call-Limit").endsWith("/40"));
    }

    // Shopify's 429: {"errors":"Exceeded 2 calls per second…"} with Retry-After "2.0"-style
    // decimal seconds, honoured exactly.
    void retryAfterDecimalSeconds() {
        m_sim->setRetryAfter(SimDialect::Shopify, "0.25");
        m_sim->setRateLimit(SimDialect::Shopify, RateLimit{0.001, 1});
        auto c = client();
        QVERIFY(await(c->listImages(m_product)).ok());
        StoreSimulator *sim = m_sim;
        connect(&c->pipeline(), &RequestPipeline::retrying, sim,
                [sim] { sim->setRateLimit(SimDialect::Shopify, RateLimit{}); });
        QSignalSpy retrying(&c->pipeline(), &RequestPipeline::retrying);
        QVERIFY(await(c->listImages(m_product)).ok());
        QCOMPARE(retrying.count(), 1);
        QCOMPARE(retrying.first().at(2).toInt(), 250);
    }
};

QTEST_GUILESS_MAIN(TstShopifyClient)
#include "tst_shopifyclient.moc"
