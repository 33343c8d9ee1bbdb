// The Shopify Admin REST dialect over real HTTP: integer ids, variant_ids, null alt, 250 images,
// call-limit header, Retry-After, both error forms and auth.
#include "demostore/storesimulator.h"
#include "simhttp.h"

#include <QtTest>

#include <memory>

using namespace vitrine;
using namespace vitrine::test;
using namespace Qt::StringLiterals;

namespace {
const SimDialect SF = SimDialect::Shopify;
const Headers auth{{"X-Shopify-Access-Token", "test-token"}};
} // namespace

class TstSimShopify : public QObject {
    Q_OBJECT

    std::unique_ptr<StoreSimulator> m_sim;
    SimHttp m_http;
    QString m_sofa;
    Gallery m_sofaImages;

    QUrl api(const QString &path, const QString &query = {}) const {
        return url(m_sim->apiUrl(SF), path, query);
    }
    QUrl images() const { return api(u"/products/"_s + m_sofa + u"/images.json"_s); }
    QUrl image(const QString &id) const {
        return api(u"/products/"_s + m_sofa + u"/images/"_s + id + u".json"_s);
    }

private Q_SLOTS:
    void init() {
        m_sim = std::make_unique<StoreSimulator>();
        QVERIFY(m_sim->start());
        m_sofa = m_sim->products(SF).first().id;
        m_sofaImages = m_sim->images(SF, m_sofa);
    }
    void cleanup() { m_sim.reset(); }

    void authentication_data() {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<int>("status");
        QTest::newRow("missing") << QByteArray() << 401;
        QTest::newRow("wrong") << QByteArray("nope") << 401;
        QTest::newRow("right") << QByteArray("test-token") << 200;
    }
    void authentication() {
        QFETCH(QByteArray, token);
        QFETCH(int, status);
        Headers h;
        if (!token.isEmpty())
            h.append({"X-Shopify-Access-Token", token});
        const HttpResult r = m_http.get(api(u"/products.json"_s), h);
        QCOMPARE(r.status, status);
        QVERIFY(r.header("X-Shopify-Shop-Api-Call-Limit").endsWith("/40"));
        if (status == 401)
            QVERIFY(r.object()
                        .value(u"errors"_s)
                        .toString()
                        .contains(u"Invalid API key or access token"_s));
    }

    void everyAnswerCarriesTheCallLimit() {
        const QRegularExpression format(u"^\\d+/40$"_s);
        for (const QUrl &u : {api(u"/products.json"_s), images(), api(u"/nothing.json"_s)}) {
            const HttpResult r = m_http.get(u, auth);
            QVERIFY2(format.match(QString::fromLatin1(r.header("X-Shopify-Shop-Api-Call-Limit")))
                         .hasMatch(),
                     r.header("X-Shopify-Shop-Api-Call-Limit").constData());
        }
    }

    void productsAndPaging() {
        const HttpResult r = m_http.get(api(u"/products.json"_s, u"limit=2"_s), auth);
        QCOMPARE(r.status, 200);
        const QJsonArray products = r.object().value(u"products"_s).toArray();
        QCOMPARE(products.size(), 2);
        const QJsonObject sofa = products.first().toObject();
        QVERIFY(sofa.value(u"id"_s).isDouble());
        QCOMPARE(QString::number(sofa.value(u"id"_s).toInteger()), m_sofa);
        QCOMPARE(sofa.value(u"images"_s).toArray().size(), 6);
        QCOMPARE(sofa.value(u"image"_s).toObject().value(u"position"_s).toInt(), 1);
        const QJsonObject variant = sofa.value(u"variants"_s).toArray().first().toObject();
        QCOMPARE(QString::number(variant.value(u"image_id"_s).toInteger()),
                 m_sofaImages.first().id);
        QVERIFY(r.header("Link").contains("rel=\"next\""));
        const HttpResult one = m_http.get(api(u"/products/"_s + m_sofa + u".json"_s), auth);
        QCOMPARE(one.object().value(u"product"_s).toObject().value(u"title"_s).toString(),
                 u"Grey sofa"_s);
        QCOMPARE(m_http.get(api(u"/products.json"_s, u"limit=251"_s), auth).status, 400);
    }

    void imageFields() {
        const HttpResult r = m_http.get(images(), auth);
        QCOMPARE(r.status, 200);
        const QJsonArray list = r.object().value(u"images"_s).toArray();
        QCOMPARE(list.size(), 6);
        const QJsonObject first = list.first().toObject();
        QVERIFY(first.value(u"id"_s).isDouble());
        QVERIFY(first.value(u"product_id"_s).isDouble());
        QCOMPARE(first.value(u"variant_ids"_s).toArray().size(), 1);
        QVERIFY(first.value(u"variant_ids"_s).toArray().first().isDouble());
        QVERIFY(first.value(u"created_at"_s).toString().endsWith(u"-05:00"_s));
        QVERIFY(first.value(u"admin_graphql_api_id"_s)
                    .toString()
                    .startsWith(u"gid://shopify/ProductImage/"_s));
        QCOMPARE(first.value(u"src"_s).toString(), m_sofaImages.first().src);
        QVERIFY(list.at(1).toObject().value(u"alt"_s).isNull()); // no alt text is null
        QCOMPARE(m_http.get(api(u"/products/"_s + m_sofa + u"/images/count.json"_s), auth).object(),
                 (QJsonObject{{u"count"_s, 6}}));
        const HttpResult one = m_http.get(image(m_sofaImages.at(2).id), auth);
        QCOMPARE(one.object().value(u"image"_s).toObject().value(u"alt"_s).toString(),
                 u"Sofa detail view"_s);
    }

    void notFound_data() {
        QTest::addColumn<QString>("path");
        QTest::newRow("product") << u"/products/1.json"_s;
        QTest::newRow("non-numeric product") << u"/products/abc/images.json"_s;
        QTest::newRow("image") << u"/products/{sofa}/images/1.json"_s;
        QTest::newRow("route") << u"/orders.json"_s;
    }
    void notFound() {
        QFETCH(QString, path);
        const HttpResult r = m_http.get(api(path.replace(u"{sofa}"_s, m_sofa)), auth);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.object(), (QJsonObject{{u"errors"_s, u"Not Found"_s}}));
    }

    void createAtAPosition() {
        const QJsonObject body{
            {u"image"_s,
             QJsonObject{{u"src"_s, m_sim->imageUrl(u"lamp-on.jpg"_s).toString()},
                         {u"alt"_s, u"Lamp"_s},
                         {u"position"_s, 1},
                         {u"variant_ids"_s,
                          QJsonArray{m_sim->variantIds(SF, m_sofa).last().toLongLong()}}}}};
        const HttpResult r = m_http.post(images(), body, auth);
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.object().value(u"image"_s).toObject();
        QCOMPARE(o.value(u"position"_s).toInt(), 1);
        QCOMPARE(o.value(u"width"_s).toInt(), 600);
        QCOMPARE(QString::number(o.value(u"variant_ids"_s).toArray().first().toInteger()),
                 m_sim->variantIds(SF, m_sofa).last());
        const Gallery after = m_sim->images(SF, m_sofa);
        QCOMPARE(after.first().id, QString::number(o.value(u"id"_s).toInteger()));
        QCOMPARE(after.at(1).id, m_sofaImages.first().id);
        QCOMPARE(after.at(1).position, 2);
    }

    void validation_data() {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("field");
        QTest::newRow("create without src")
            << QByteArray("POST") << QByteArray("{\"image\":{\"alt\":\"x\"}}") << 422 << u"src"_s;
        QTest::newRow("create with bad src")
            << QByteArray("POST") << QByteArray("{\"image\":{\"src\":\"nope\"}}") << 422
            << u"src"_s;
        QTest::newRow("create without envelope")
            << QByteArray("POST") << QByteArray("{\"src\":\"https://e.com/a.jpg\"}") << 400
            << u"image"_s;
        QTest::newRow("alt 513") << QByteArray("PUT")
                                 << ("{\"image\":{\"alt\":\"" + QByteArray(513, 'x') + "\"}}")
                                 << 422 << u"alt"_s;
        QTest::newRow("alt 512") << QByteArray("PUT")
                                 << ("{\"image\":{\"alt\":\"" + QByteArray(512, 'x') + "\"}}")
                                 << 200 << QString();
        QTest::newRow("position 0")
            << QByteArray("PUT") << QByteArray("{\"image\":{\"position\":0}}") << 422
            << u"position"_s;
        QTest::newRow("foreign variant")
            << QByteArray("PUT") << QByteArray("{\"image\":{\"variant_ids\":[1]}}") << 422
            << u"variant_ids"_s;
        QTest::newRow("variant_ids not array")
            << QByteArray("PUT") << QByteArray("{\"image\":{\"variant_ids\":\"1\"}}") << 422
            << u"variant_ids"_s;
    }
    void validation() {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, field);
        const HttpResult r = m_http.send(
            method, method == "POST" ? images() : image(m_sofaImages.at(1).id), body, auth);
        QCOMPARE(r.status, status);
        if (status == 200)
            return;
        const QJsonObject errors = r.object().value(u"errors"_s).toObject();
        QVERIFY(errors.contains(field));
        if (status == 422)
            QVERIFY(!errors.value(field).toArray().first().toString().isEmpty());
        QCOMPARE(m_sim->images(SF, m_sofa), m_sofaImages);
    }

    void updateEverything() {
        const QString id = m_sofaImages.at(0).id;
        const QJsonObject body{
            {u"image"_s, QJsonObject{{u"id"_s, id.toLongLong()},
                                     {u"position"_s, 4},
                                     {u"alt"_s, QJsonValue::Null},
                                     {u"src"_s, m_sim->imageUrl(u"lamp-tiny.jpg"_s).toString()},
                                     {u"variant_ids"_s, QJsonArray()}}}};
        const HttpResult r = m_http.put(image(id), body, auth);
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.object().value(u"image"_s).toObject();
        QCOMPARE(o.value(u"position"_s).toInt(), 4);
        QVERIFY(o.value(u"alt"_s).isNull());
        QCOMPARE(o.value(u"width"_s).toInt(), 40); // re-measured
        QCOMPARE(o.value(u"variant_ids"_s).toArray().size(), 0);
        QCOMPARE(m_sim->images(SF, m_sofa).at(3).id, id);
        QVERIFY(m_sim->images(SF, m_sofa).at(3).updatedAt > m_sofaImages.at(0).updatedAt);
    }

    void deleteRenumbers() {
        const HttpResult r = m_http.del(image(m_sofaImages.at(2).id), auth);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object(), QJsonObject());
        QList<int> positions;
        for (const ProductImage &i : m_sim->images(SF, m_sofa))
            positions.append(i.position);
        QCOMPARE(positions, (QList<int>{1, 2, 3, 4, 5}));
        QCOMPARE(m_http.del(image(m_sofaImages.at(2).id), auth).status, 404);
    }

    void atMost250Images() {
        const ProductSummary big = m_sim->addProduct(SF, u"Big"_s);
        NewImage n;
        n.src = u"https://example.com/x.jpg"_s;
        for (int i = 0; i < 250; ++i)
            m_sim->addImage(SF, big.id, n);
        const HttpResult r = m_http.post(api(u"/products/"_s + big.id + u"/images.json"_s),
                                         {{u"image"_s, QJsonObject{{u"src"_s, n.src}}}}, auth);
        QCOMPARE(r.status, 422);
        QVERIFY(r.object().value(u"errors"_s).toObject().contains(u"base"_s));
        QCOMPARE(m_sim->images(SF, big.id).size(), 250);
    }

    void tooManyRequestsWithRetryAfter_data() {
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::newRow("default 2.0") << QByteArray();
        QTest::newRow("configured") << QByteArray("0.1");
    }
    void tooManyRequestsWithRetryAfter() {
        QFETCH(QByteArray, retryAfter);
        if (!retryAfter.isEmpty())
            m_sim->setRetryAfter(SF, retryAfter);
        m_sim->setRateLimit(SF, RateLimit{0.01, 3});
        for (int i = 0; i < 3; ++i)
            QCOMPARE(m_http.get(images(), auth).status, 200);
        const HttpResult r = m_http.get(images(), auth);
        QCOMPARE(r.status, 429);
        QCOMPARE(r.header("Retry-After"), retryAfter.isEmpty() ? QByteArray("2.0") : retryAfter);
        QVERIFY(r.object().value(u"errors"_s).toString().contains(u"Exceeded"_s));
        QCOMPARE(r.header("X-Shopify-Shop-Api-Call-Limit"), QByteArray("3/3"));
        QCOMPARE(m_sim->rateLimit(SF), (RateLimit{0.01, 3}));
    }
};

QTEST_GUILESS_MAIN(TstSimShopify)
#include "tst_simshopify.moc"
