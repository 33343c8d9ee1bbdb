// Stores described by a custom dialect file (StoreSimulator::serveDescribedStore): the generic
// catalog under other paths, field names, envelopes, auth header and paging, over real HTTP. Also
// the error body styles the documents show besides the usual ones (generic `details` and
// {status, error}; Shoplazza's plain-text 400 and 401).
#include "demostore/storesimulator.h"
#include "simhttp.h"

#include <QtTest>

#include <memory>

using namespace vitrine;
using namespace vitrine::test;

namespace {

const SimDialect G = SimDialect::Generic;

Headers acmeToken(const QByteArray &token = "test-token") {
    return {{"X-Acme-Token", token}};
}

// A generic-shaped store with other paths and names, bare objects, numeric ids, a bearer token
// and Link header paging.
QJsonObject linkPagedShape() {
    return QJsonDocument::fromJson(
               "{\"name\":\"renamed\",\"apiPrefix\":\"/shop/api\","
               "\"paths\":{\"listProducts\":\"/goods\",\"listImages\":\"/goods/{productId}/"
               "photos\","
               "\"getImage\":\"/photos/{imageId}\",\"createImage\":\"/photos\","
               "\"updateImage\":\"/photos/{imageId}\",\"deleteImage\":\"/photos/{imageId}\"},"
               "\"fields\":{\"id\":\"photoId\",\"productId\":\"goodsId\",\"src\":\"href\","
               "\"alt\":\"text\",\"position\":\"order\"},"
               "\"productFields\":{\"id\":\"goodsId\",\"title\":\"title\"},"
               "\"productPaging\":{\"style\":\"link-header\",\"sizeParam\":\"size\"},"
               "\"ids\":{\"numericInBody\":true,\"productIdInBody\":true}}")
        .object();
}

} // namespace

class TstSimDescribed : public QObject {
    Q_OBJECT

    std::unique_ptr<StoreSimulator> m_sim;
    SimHttp m_http;

    QUrl acme(const QString &path, const QString &query = {}) const {
        return url(m_sim->baseUrl(), QStringLiteral("/acme/v2") + path, query);
    }

private Q_SLOTS:
    void init() {
        m_sim = std::make_unique<StoreSimulator>();
        QVERIFY(m_sim->start());
    }
    void cleanup() { m_sim.reset(); }

    // A store addressed by filters: one address lists, patches and deletes by the query's filter
    // (DialectPath::matchQuery); without its filter a GET answers every image of the store and a
    // write is refused. A PATCH changes only what it names: extra fields stay.
    void filterQueriesRouteOneAddress() {
        const QJsonObject shape =
            QJsonDocument::fromJson(
                "{\"name\":\"f\",\"apiPrefix\":\"/rest\",\"paths\":{"
                "\"listImages\":\"/pi?product_id=eq.{productId}\","
                "\"updateImage\":{\"path\":\"/pi?id=eq.{imageId}\",\"method\":\"PATCH\"},"
                "\"deleteImage\":\"/pi?id=eq.{imageId}\","
                "\"deleteAllImages\":\"/pi?product_id=eq.{productId}\"},"
                "\"fields\":{\"alt\":\"alt_text\"}}")
                .object();
        QCOMPARE(m_sim->serveDescribedStore(shape, QString()), QString());
        const QUrl base = m_sim->baseUrl();
        const HttpResult list =
            m_http.get(url(base, QStringLiteral("/rest/pi"), QStringLiteral("product_id=eq.101")));
        QCOMPARE(list.status, 200);
        QCOMPARE(list.array().size(), m_sim->images(G, QStringLiteral("101")).size());
        const HttpResult everything = m_http.get(url(base, QStringLiteral("/rest/pi")));
        QCOMPARE(everything.array().size(), m_sim->images(G, QStringLiteral("101")).size() +
                                                m_sim->images(G, QStringLiteral("102")).size() +
                                                m_sim->images(G, QStringLiteral("103")).size() +
                                                m_sim->images(G, QStringLiteral("104")).size());

        const QString id = m_sim->images(G, QStringLiteral("101")).first().id;
        QVERIFY(m_sim->setExtraFields(G, id, {{QStringLiteral("sku"), QStringLiteral("S-1")}}));
        const HttpResult patched = m_http.send(
            "PATCH", url(base, QStringLiteral("/rest/pi"), QStringLiteral("id=eq.") + id),
            R"({"alt_text":"patched"})", {{"Content-Type", "application/json"}});
        QCOMPARE(patched.status, 200);
        QCOMPARE(m_sim->images(G, QStringLiteral("101")).first().alt, QStringLiteral("patched"));
        QCOMPARE(m_sim->extraFields(G, id).value(QLatin1String("sku")).toString(),
                 QStringLiteral("S-1"));
        QCOMPARE(patched.object().value(QLatin1String("sku")).toString(), QStringLiteral("S-1"));

        QCOMPARE(m_http.send("DELETE", url(base, QStringLiteral("/rest/pi"))).status, 400);
        QCOMPARE(m_http
                     .send("DELETE",
                           url(base, QStringLiteral("/rest/pi"), QStringLiteral("id=eq.") + id))
                     .status,
                 204);
        QCOMPARE(m_http
                     .send("DELETE", url(base, QStringLiteral("/rest/pi"),
                                         QStringLiteral("product_id=eq.102")))
                     .status,
                 204);
        QVERIFY(m_sim->images(G, QStringLiteral("102")).isEmpty());
        QVERIFY(!m_sim->images(G, QStringLiteral("103")).isEmpty());
    }

    // Every simulator, and so the demo store, serves the acme store of docs/net.md.
    void acmeIsServedFromTheStart() {
        QCOMPARE(m_sim->describedStorePrefixes(), QStringList{QStringLiteral("/acme/v2")});
        const HttpResult r = m_http.get(acme(QStringLiteral("/items")), acmeToken());
        QCOMPARE(r.status, 200);
        const QJsonArray items = r.object().value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), m_sim->products(G).size());
        const QJsonObject sofa = items.first().toObject();
        QCOMPARE(sofa.value(QStringLiteral("itemId")), QJsonValue(QStringLiteral("101")));
        QCOMPARE(sofa.value(QStringLiteral("label")).toString(), QStringLiteral("Grey sofa"));
        QCOMPARE(sofa.value(QStringLiteral("pictureCount")).toInt(), 6);
    }

    void acmeWantsItsOwnHeader() {
        QCOMPARE(m_http.get(acme(QStringLiteral("/items"))).status, 401);
        QCOMPARE(m_http.get(acme(QStringLiteral("/items")), acmeToken("wrong")).status, 401);
        QCOMPARE(
            m_http.get(acme(QStringLiteral("/items")), {{"Authorization", "Bearer test-token"}})
                .status,
            401);
    }

    // The same catalog as the generic store, in acme's words.
    void picturesOfAnItem() {
        const HttpResult r = m_http.get(acme(QStringLiteral("/items/101/pictures")), acmeToken());
        QCOMPARE(r.status, 200);
        const QJsonArray pictures = r.object().value(QStringLiteral("pictures")).toArray();
        QCOMPARE(pictures.size(), 6);
        const ProductImage first = m_sim->images(G, QStringLiteral("101")).first();
        QJsonObject found;
        for (const QJsonValue v : pictures) {
            if (v.toObject().value(QStringLiteral("pictureId")).toString() == first.id)
                found = v.toObject();
        }
        QCOMPARE(found.value(QStringLiteral("itemId")), QJsonValue(QStringLiteral("101")));
        QCOMPARE(found.value(QStringLiteral("url")).toString(), first.src);
        QCOMPARE(found.value(QStringLiteral("rank")).toInt(), first.position);
        QVERIFY(found.value(QStringLiteral("changedAt")).toString().endsWith(QLatin1Char('Z')));
        QVERIFY(!found.contains(QStringLiteral("imageUrl")));

        const HttpResult one =
            m_http.get(acme(QStringLiteral("/items/101/pictures/") + first.id), acmeToken());
        QCOMPARE(one.object().value(QStringLiteral("picture")).toObject(), found);
        // An image of another item is not this item's.
        QCOMPARE(
            m_http.get(acme(QStringLiteral("/items/102/pictures/") + first.id), acmeToken()).status,
            404);
    }

    void createReplaceDelete() {
        const QString src = m_sim->imageUrl(StoreSimulator::demoImageFiles().first()).toString();
        const QJsonObject picture{{QStringLiteral("url"), src},
                                  {QStringLiteral("caption"), QStringLiteral("new")},
                                  {QStringLiteral("rank"), 3}};
        // The picture envelope is required.
        QCOMPARE(
            m_http.post(acme(QStringLiteral("/items/103/pictures")), picture, acmeToken()).status,
            400);
        const HttpResult created =
            m_http.post(acme(QStringLiteral("/items/103/pictures")),
                        QJsonObject{{QStringLiteral("picture"), picture}}, acmeToken());
        QCOMPARE(created.status, 201);
        const QJsonObject c = created.object().value(QStringLiteral("picture")).toObject();
        const QString id = c.value(QStringLiteral("pictureId")).toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(created.header("Location"),
                 acme(QStringLiteral("/items/103/pictures/") + id).toEncoded());
        QCOMPARE(m_sim->images(G, QStringLiteral("103")).size(), 4);

        // Full replace: the caption not sent is cleared.
        const HttpResult replaced = m_http.put(
            acme(QStringLiteral("/items/103/pictures/") + id),
            QJsonObject{{QStringLiteral("picture"),
                         QJsonObject{{QStringLiteral("url"), src}, {QStringLiteral("rank"), 9}}}},
            acmeToken());
        QCOMPARE(replaced.status, 200);
        QCOMPARE(replaced.object()
                     .value(QStringLiteral("picture"))
                     .toObject()
                     .value(QStringLiteral("caption")),
                 QJsonValue(QJsonValue::Null));

        const HttpResult deleted =
            m_http.del(acme(QStringLiteral("/items/103/pictures/") + id), acmeToken());
        QCOMPARE(deleted.status, 204);
        QCOMPARE(m_http.del(acme(QStringLiteral("/items/103/pictures")), acmeToken()).status, 204);
        QVERIFY(m_sim->images(G, QStringLiteral("103")).isEmpty());
    }

    // Ids are strings in acme's bodies: a number where a string belongs is refused.
    void idsInBodiesAreStrings() {
        const QString src = m_sim->imageUrl(StoreSimulator::demoImageFiles().first()).toString();
        const HttpResult r = m_http.post(
            acme(QStringLiteral("/items/103/pictures")),
            QJsonObject{{QStringLiteral("picture"), QJsonObject{{QStringLiteral("url"), src},
                                                                {QStringLiteral("itemId"), 103}}}},
            acmeToken());
        QCOMPARE(r.status, 400);
        QVERIFY2(r.body.contains("itemId"), r.body.constData());
    }

    void numberedPages() {
        for (int i = 0; i < 3; ++i)
            m_sim->addProduct(G, QStringLiteral("Extra %1").arg(i));
        const HttpResult second = m_http.get(
            acme(QStringLiteral("/items"), QStringLiteral("page=2&per_page=3")), acmeToken());
        QCOMPARE(second.status, 200);
        const QJsonArray items = second.object().value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 3);
        QCOMPARE(items.first().toObject().value(QStringLiteral("itemId")).toString(),
                 m_sim->products(G).at(3).id);
        QCOMPARE(m_http
                     .get(acme(QStringLiteral("/items"), QStringLiteral("page=3&per_page=3")),
                          acmeToken())
                     .object()
                     .value(QStringLiteral("items"))
                     .toArray()
                     .size(),
                 1);
        QCOMPARE(m_http.get(acme(QStringLiteral("/items"), QStringLiteral("page=0")), acmeToken())
                     .status,
                 400);
    }

    void anotherShapeWithLinkHeaderPaging() {
        QCOMPARE(m_sim->serveDescribedStore(linkPagedShape(), QString()), QString());
        const QUrl goods =
            url(m_sim->baseUrl(), QStringLiteral("/shop/api/goods"), QStringLiteral("size=3"));
        const HttpResult first = m_http.get(goods);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.array().size(), 3);
        QCOMPARE(first.array().first().toObject().value(QStringLiteral("goodsId")).toInt(), 101);
        const QByteArray link = first.header("Link");
        QVERIFY2(link.contains("rel=\"next\"") && link.contains("size=3"), link.constData());
        const QUrl next(QString::fromLatin1(link.mid(1, link.indexOf('>') - 1)));
        QCOMPARE(m_http.get(next).array().size(), 1);

        // Bare objects and numeric ids; the product comes in the body.
        const HttpResult photo =
            m_http.get(url(m_sim->baseUrl(), QStringLiteral("/shop/api/photos/1")));
        QCOMPARE(photo.object().value(QStringLiteral("photoId")).toInt(), 1);
        QCOMPARE(photo.object().value(QStringLiteral("goodsId")).toInt(), 101);
        // Both stores stay served.
        QCOMPARE(m_sim->describedStorePrefixes().size(), 2);
    }

    void refusesWhatItCannotServe_data() {
        QTest::addColumn<QByteArray>("description");
        QTest::addColumn<QString>("why");
        QTest::newRow("the generic store's prefix")
            << QByteArray("{\"name\":\"g\",\"apiPrefix\":\"/api/v1\",\"paths\":{\"listImages\":"
                          "\"/x/{productId}\"}}")
            << QStringLiteral("generic");
        QTest::newRow("inside acme's prefix")
            << QByteArray("{\"name\":\"g\",\"apiPrefix\":\"/acme/v2/inner\",\"paths\":{"
                          "\"listImages\":\"/x/{productId}\"}}")
            << QStringLiteral("/acme/v2");
        QTest::newRow("no prefix")
            << QByteArray(R"({"name":"g","paths":{"listImages":"/x/{productId}"}})")
            << QStringLiteral("apiPrefix");
        QTest::newRow("not a description")
            << QByteArray(R"({"name":"g","apiPrefix":"/g"})") << QStringLiteral("listImages");
    }
    void refusesWhatItCannotServe() {
        QFETCH(QByteArray, description);
        QFETCH(QString, why);
        const QString said =
            m_sim->serveDescribedStore(QJsonDocument::fromJson(description).object());
        QVERIFY2(said.contains(why), qPrintable(said));
        QCOMPARE(m_sim->describedStorePrefixes(), QStringList{QStringLiteral("/acme/v2")});
    }

    // --- error body styles -----------------------------------------------------------------

    void genericDetailsAndStatusOnly() {
        const QUrl missing = url(m_sim->apiUrl(G), QStringLiteral("/product-images/999"));
        m_sim->setErrorStyle(G, SimErrorStyle::StatusAndError);
        QCOMPARE(m_http.get(missing).body, QByteArray("{\"status\":404,\"error\":\"Not Found\"}"));
        m_sim->setErrorStyle(G, SimErrorStyle::Details);
        const HttpResult invalid =
            m_http.post(url(m_sim->apiUrl(G), QStringLiteral("/product-images")),
                        QJsonObject{{QStringLiteral("productId"), 101}});
        QCOMPARE(invalid.status, 400);
        QVERIFY(!invalid.object().contains(QStringLiteral("errors")));
        QCOMPARE(invalid.object()
                     .value(QStringLiteral("details"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("field"))
                     .toString(),
                 QStringLiteral("imageUrl"));
    }

    // Seed 002: "Bad Request" and "Unauthorized" as bare text.
    void shoplazzaPlainText() {
        const SimDialect S = SimDialect::Shoplazza;
        const QString product = m_sim->products(S).first().id;
        const QUrl images =
            url(m_sim->apiUrl(S), QStringLiteral("/products/%1/images").arg(product));
        const Headers token{{"access-token", "test-token"}};
        // A body that is not JSON never reaches the API's checks.
        const HttpResult garbage = m_http.send("POST", images, "not json", token);
        QCOMPARE(garbage.status, 400);
        QCOMPARE(garbage.body, QByteArray("Bad Request"));
        QVERIFY(garbage.header("Content-Type").startsWith("text/plain"));
        // The JSON forms by default, the plain ones when asked for.
        QVERIFY(m_http.get(images).isJson());
        m_sim->setErrorStyle(S, SimErrorStyle::PlainText);
        const HttpResult unauthorized = m_http.get(images);
        QCOMPARE(unauthorized.status, 401);
        QCOMPARE(unauthorized.body, QByteArray("Unauthorized"));
        const HttpResult invalid = m_http.post(
            images,
            QJsonObject{{QStringLiteral("image"), QJsonObject{{QStringLiteral("width"), -1}}}},
            token);
        QCOMPARE(invalid.status, 400);
        QCOMPARE(invalid.body, QByteArray("Bad Request"));
    }
};

QTEST_GUILESS_MAIN(TstSimDescribed)
#include "tst_simdescribed.moc"
