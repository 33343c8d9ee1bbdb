// The generic REST dialect (seeds 000 and 003), the products extension, the image host, the demo
// catalog and its persistence, all over real HTTP against the simulator.
#include "demostore/storesimulator.h"
#include "simhttp.h"

#include <QFile>
#include <QHostAddress>
#include <QImage>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace vitrine;
using namespace vitrine::test;

namespace {

const SimDialect G = SimDialect::Generic;

QJsonObject imageBody(int productId, const QString &url, const QString &alt,
                      std::optional<int> order = std::nullopt) {
    QJsonObject o{{QStringLiteral("productId"), productId},
                  {QStringLiteral("imageUrl"), url},
                  {QStringLiteral("altText"), alt}};
    if (order)
        o.insert(QStringLiteral("displayOrder"), *order);
    return o;
}

QList<int> displayOrders(const QJsonArray &images) {
    QList<int> out;
    for (const QJsonValue v : images)
        out.append(v.toObject().value(QStringLiteral("displayOrder")).toInt());
    return out;
}

} // namespace

class TstSimGeneric : public QObject {
    Q_OBJECT

    std::unique_ptr<StoreSimulator> m_sim;
    SimHttp m_http;

    QUrl images(const QString &path = {}, const QString &query = {}) const {
        return url(m_sim->apiUrl(G), QStringLiteral("/product-images") + path, query);
    }

private Q_SLOTS:
    void init() {
        m_sim = std::make_unique<StoreSimulator>();
        QVERIFY(m_sim->start());
    }
    void cleanup() { m_sim.reset(); }

    void listensOnLoopbackAndImagesOnAnotherHost() {
        QCOMPARE(m_sim->baseUrl().host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(m_sim->cdnBaseUrl().host(), QStringLiteral("localhost"));
        QVERIFY(m_sim->baseUrl().port() > 0);
        QVERIFY(m_sim->cdnBaseUrl().port() != m_sim->baseUrl().port());
        QCOMPARE(m_sim->apiUrl(G).toString(),
                 m_sim->baseUrl().toString() + QStringLiteral("/api/v1"));
    }

    void productsExtension() {
        const HttpResult r = m_http.get(url(m_sim->apiUrl(G), QStringLiteral("/products")));
        QCOMPARE(r.status, 200);
        const QJsonArray products = r.array();
        QCOMPARE(products.size(), 4);
        const QJsonObject sofa = products.at(0).toObject();
        QVERIFY(sofa.value(QStringLiteral("id")).isDouble());
        QCOMPARE(sofa.value(QStringLiteral("id")).toInt(), 101);
        QCOMPARE(sofa.value(QStringLiteral("name")).toString(), QStringLiteral("Grey sofa"));
        QCOMPARE(sofa.value(QStringLiteral("imageCount")).toInt(), 6);
        QCOMPARE(products.at(1).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Oak table"));
    }

    void productImagesInCreationAndDisplayOrder() {
        // The desk lamp (103) was created in the reverse of its display order.
        const HttpResult plain = m_http.get(images(QStringLiteral("/product/103")));
        QCOMPARE(plain.status, 200);
        QCOMPARE(displayOrders(plain.array()), (QList<int>{3, 2, 1}));
        const HttpResult ordered = m_http.get(images(QStringLiteral("/product/103/ordered")));
        QCOMPARE(ordered.status, 200);
        QCOMPARE(displayOrders(ordered.array()), (QList<int>{1, 2, 3}));
        const QJsonObject first = ordered.array().at(0).toObject();
        QVERIFY(first.value(QStringLiteral("id")).isDouble());
        QCOMPARE(first.value(QStringLiteral("productId")).toInt(), 103);
        QCOMPARE(first.value(QStringLiteral("imageUrl")).toString(),
                 m_sim->imageUrl(QStringLiteral("lamp-on.jpg")).toString());
        // A product without images is an empty list, not an error.
        const HttpResult none = m_http.get(images(QStringLiteral("/product/999")));
        QCOMPARE(none.status, 200);
        QCOMPARE(none.array().size(), 0);
    }

    void getOne() {
        const HttpResult r = m_http.get(images(QStringLiteral("/1")));
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.object();
        QCOMPARE(o.value(QStringLiteral("id")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("productId")).toInt(), 101);
        QCOMPARE(o.value(QStringLiteral("altText")).toString(),
                 QStringLiteral("Modern grey sofa - front view"));
        QCOMPARE(o.value(QStringLiteral("displayOrder")).toInt(), 1);
        // Missing alt text is null.
        QVERIFY(m_http.get(images(QStringLiteral("/2")))
                    .object()
                    .value(QStringLiteral("altText"))
                    .isNull());
    }

    void getOneNotFoundHasTheSeedBody() {
        const HttpResult r = m_http.get(images(QStringLiteral("/999")));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.object(),
                 (QJsonObject{{QStringLiteral("status"), 404},
                              {QStringLiteral("error"), QStringLiteral("Not Found")},
                              {QStringLiteral("message"),
                               QStringLiteral("Product image not found with id: 999")}}));
    }

    // The seed writes its error bodies status, error, message (QJsonObject would sort them).
    void errorBodyKeysInTheSeedsOrder() {
        const HttpResult r = m_http.get(images(QStringLiteral("/999")));
        QCOMPARE(r.body, QByteArray("{\"status\":404,\"error\":\"Not Found\",\"message\":"
                                    "\"Product image not found with id: 999\"}"));
        const HttpResult invalid =
            m_http.post(images(), QJsonObject{{QStringLiteral("productId"), 101}});
        QCOMPARE(invalid.status, 400);
        QVERIFY2(invalid.body.startsWith("{\"status\":400,\"error\":\"Bad Request\",\"message\":"
                                         "\"Validation failed\",\"errors\":["),
                 invalid.body.constData());
    }

    // RFC 9110: a 204 has no body, so no Content-Length and no Content-Type either (Qt 6.4's
    // QHttpServerResponse adds both). Read as raw bytes: QNetworkReply would hide them.
    void noContentCarriesNoBodyHeaders() {
        // The simulator answers on this thread: wait with the event loop running, never block.
        QTcpSocket socket;
        QByteArray answer;
        connect(&socket, &QTcpSocket::readyRead, this, [&] { answer += socket.readAll(); });
        socket.connectToHost(QHostAddress::LocalHost, quint16(m_sim->baseUrl().port()));
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::ConnectedState, 5000);
        socket.write("DELETE /api/v1/product-images/3 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                     "Content-Length: 0\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(answer.contains("\r\n\r\n"), 5000);
        QVERIFY2(answer.startsWith("HTTP/1.1 204"), answer.constData());
        QVERIFY2(answer.endsWith("\r\n\r\n"), answer.constData());
        QVERIFY2(!answer.toLower().contains("content-length"), answer.constData());
        QVERIFY2(!answer.toLower().contains("content-type"), answer.constData());
        // The connection stays usable: the next request on it is answered.
        answer.clear();
        socket.write("GET /api/v1/product-images/3 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(answer.contains("Product image not found"), 5000);
        QVERIFY2(answer.startsWith("HTTP/1.1 404"), answer.constData());
        QCOMPARE(m_sim->images(G, QStringLiteral("101")).size(), 5);
    }

    void malformedIdIsBadRequest() {
        const HttpResult r = m_http.get(images(QStringLiteral("/abc")));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object().value(QStringLiteral("error")).toString(),
                 QStringLiteral("Bad Request"));
    }

    void listAllAndTrailingSlash() {
        const HttpResult r = m_http.get(images());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.array().size(), 15);
        QCOMPARE(m_http.get(images(QStringLiteral("/"))).array().size(), 15);
    }

    void pagination_data() {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("contentSize");
        QTest::addColumn<int>("totalPages");
        QTest::newRow("defaults") << QString() << 200 << 15 << 1;
        QTest::newRow("first page") << "page=0&pageSize=4" << 200 << 4 << 4;
        QTest::newRow("last page") << "page=3&pageSize=4" << 200 << 3 << 4;
        QTest::newRow("past the end") << "page=9&pageSize=4" << 200 << 0 << 4;
        QTest::newRow("zero page size") << "page=0&pageSize=0" << 400 << -1 << -1;
        QTest::newRow("negative page") << "page=-1&pageSize=5" << 400 << -1 << -1;
        QTest::newRow("not a number") << "page=x" << 400 << -1 << -1;
    }
    void pagination() {
        QFETCH(QString, query);
        QFETCH(int, status);
        const HttpResult r = m_http.get(images(QStringLiteral("/pagination"), query));
        QCOMPARE(r.status, status);
        if (status != 200) {
            QCOMPARE(r.object().value(QStringLiteral("status")).toInt(), 400);
            return;
        }
        QFETCH(int, contentSize);
        QFETCH(int, totalPages);
        const QJsonObject page = r.object();
        QCOMPARE(page.value(QStringLiteral("content")).toArray().size(), contentSize);
        QCOMPARE(page.value(QStringLiteral("totalElements")).toInt(), 15);
        QCOMPARE(page.value(QStringLiteral("totalPages")).toInt(), totalPages);
        QVERIFY(page.contains(QStringLiteral("page")));
        QVERIFY(page.contains(QStringLiteral("pageSize")));
    }

    void createWithOrderAnswers201WithLocation() {
        const QString src = m_sim->imageUrl(QStringLiteral("sofa-side.jpg")).toString();
        const HttpResult r = m_http.post(images(), imageBody(101, src, QStringLiteral("New"), 3));
        QCOMPARE(r.status, 201);
        const QJsonObject created = r.object();
        const int id = created.value(QStringLiteral("id")).toInt();
        QCOMPARE(id, 16);
        QCOMPARE(created.value(QStringLiteral("displayOrder")).toInt(), 3);
        const QByteArray location = r.header("Location");
        QCOMPARE(QString::fromUtf8(location), images(QStringLiteral("/16")).toString());
        const HttpResult again = m_http.get(QUrl(QString::fromUtf8(location)));
        QCOMPARE(again.status, 200);
        QCOMPARE(again.object(), created);
        // Absolute ordering: the old image with displayOrder 3 keeps it; ties keep creation order.
        const Gallery sofa = m_sim->images(G, QStringLiteral("101"));
        QCOMPARE(sofa.size(), 7);
        QCOMPARE(sofa.at(2).id, QStringLiteral("3"));
        QCOMPARE(sofa.at(3).id, QStringLiteral("16"));
    }

    void createWithoutOrderGoesLast() {
        const QString src = m_sim->imageUrl(QStringLiteral("table-top.jpg")).toString();
        const HttpResult r = m_http.post(images(), imageBody(102, src, QStringLiteral("x")));
        QCOMPARE(r.status, 201);
        QCOMPARE(r.object().value(QStringLiteral("displayOrder")).toInt(), 41);
        QCOMPARE(m_sim->images(G, QStringLiteral("102")).last().id,
                 QString::number(r.object().value(QStringLiteral("id")).toInt()));
    }

    void createForANewProductListsIt() {
        const HttpResult r = m_http.post(
            images(), imageBody(555, QStringLiteral("https://example.com/a.jpg"), QString()));
        QCOMPARE(r.status, 201);
        QCOMPARE(r.object().value(QStringLiteral("displayOrder")).toInt(), 1);
        const QJsonArray products =
            m_http.get(url(m_sim->apiUrl(G), QStringLiteral("/products"))).array();
        QCOMPARE(products.size(), 5);
        QCOMPARE(products.last().toObject().value(QStringLiteral("id")).toInt(), 555);
        QCOMPARE(products.last().toObject().value(QStringLiteral("imageCount")).toInt(), 1);
    }

    void validation_data() {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("fields");
        const QByteArray ok = "\"imageUrl\":\"https://example.com/x.jpg\"";
        for (const QByteArray &method : {QByteArray("POST"), QByteArray("PUT")}) {
            QTest::addRow("%s no productId", method.constData())
                << method << ("{" + ok + "}") << QStringList{QStringLiteral("productId")};
            QTest::addRow("%s string productId", method.constData())
                << method << (R"({"productId":"101",)" + ok + "}")
                << QStringList{QStringLiteral("productId")};
            QTest::addRow("%s no imageUrl", method.constData())
                << method << QByteArray("{\"productId\":101}")
                << QStringList{QStringLiteral("imageUrl")};
            QTest::addRow("%s empty imageUrl", method.constData())
                << method << QByteArray(R"({"productId":101,"imageUrl":""})")
                << QStringList{QStringLiteral("imageUrl")};
            QTest::addRow("%s invalid imageUrl", method.constData())
                << method << QByteArray(R"({"productId":101,"imageUrl":"not a url"})")
                << QStringList{QStringLiteral("imageUrl")};
            QTest::addRow("%s fractional displayOrder", method.constData())
                << method << ("{\"productId\":101," + ok + ",\"displayOrder\":1.5}")
                << QStringList{QStringLiteral("displayOrder")};
            QTest::addRow("%s everything wrong", method.constData())
                << method << QByteArray("{\"altText\":5}")
                << QStringList{QStringLiteral("productId"), QStringLiteral("imageUrl"),
                               QStringLiteral("altText")};
            QTest::addRow("%s malformed JSON", method.constData())
                << method << QByteArray("{\"productId\":") << QStringList();
        }
    }
    void validation() {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, body);
        QFETCH(QStringList, fields);
        const HttpResult r =
            m_http.send(method, method == "PUT" ? images(QStringLiteral("/1")) : images(), body);
        QCOMPARE(r.status, 400);
        const QJsonObject o = r.object();
        QCOMPARE(o.value(QStringLiteral("status")).toInt(), 400);
        QCOMPARE(o.value(QStringLiteral("error")).toString(), QStringLiteral("Bad Request"));
        QVERIFY(!o.value(QStringLiteral("message")).toString().isEmpty());
        QStringList got;
        for (const QJsonValue e : o.value(QStringLiteral("errors")).toArray()) {
            got.append(e.toObject().value(QStringLiteral("field")).toString());
            QVERIFY(!e.toObject().value(QStringLiteral("message")).toString().isEmpty());
        }
        QCOMPARE(got, fields);
        QCOMPARE(m_sim->images(G, QStringLiteral("101")).size(), 6); // nothing changed
    }

    void putValidationMatchesTheSeedExactly() {
        const HttpResult r = m_http.send("PUT", images(QStringLiteral("/1")),
                                         R"({"productId":101,"altText":"x","displayOrder":1})");
        QCOMPARE(r.status, 400);
        const QJsonObject expected{
            {QStringLiteral("status"), 400},
            {QStringLiteral("error"), QStringLiteral("Bad Request")},
            {QStringLiteral("message"), QStringLiteral("Validation failed")},
            {QStringLiteral("errors"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("field"), QStringLiteral("imageUrl")},
                 {QStringLiteral("message"), QStringLiteral("Image URL is required")}}}}};
        QCOMPARE(r.object(), expected);
    }

    void putReplacesEveryField() {
        const QJsonObject body{
            {QStringLiteral("productId"), 101},
            {QStringLiteral("imageUrl"),
             QStringLiteral("https://example.com/images/sofa-front-updated.jpg")},
            {QStringLiteral("altText"), QStringLiteral("Modern grey sofa - updated front view")},
            {QStringLiteral("displayOrder"), 7}};
        const HttpResult r = m_http.put(images(QStringLiteral("/1")), body);
        QCOMPARE(r.status, 200);
        QJsonObject expected = body;
        expected.insert(QStringLiteral("id"), 1);
        QCOMPARE(r.object(), expected);
        QCOMPARE(m_http.get(images(QStringLiteral("/1"))).object(), expected);
        // Absolute ordering: 7 is after the 6 of the last sofa image, nothing else moved.
        const Gallery sofa = m_sim->images(G, QStringLiteral("101"));
        QCOMPARE(sofa.last().id, QStringLiteral("1"));
        QCOMPARE(sofa.first().position, 2);
        // A later PUT without altText clears it (full replace), without displayOrder keeps it.
        const HttpResult r2 = m_http.put(
            images(QStringLiteral("/1")),
            QJsonObject{{QStringLiteral("productId"), 101},
                        {QStringLiteral("imageUrl"), QStringLiteral("https://example.com/b.jpg")}});
        QCOMPARE(r2.status, 200);
        QVERIFY(r2.object().value(QStringLiteral("altText")).isNull());
        QCOMPARE(r2.object().value(QStringLiteral("displayOrder")).toInt(), 7);
    }

    void putCanMoveAnImageToAnotherProduct() {
        const HttpResult r = m_http.put(images(QStringLiteral("/1")),
                                        imageBody(104, QStringLiteral("https://example.com/c.jpg"),
                                                  QStringLiteral("moved"), 9));
        QCOMPARE(r.status, 200);
        QCOMPARE(m_sim->images(G, QStringLiteral("101")).size(), 5);
        QCOMPARE(m_sim->images(G, QStringLiteral("104")).last().alt, QStringLiteral("moved"));
    }

    void putUnknownIsTheSeedsNotFound() {
        const HttpResult r = m_http.put(
            images(QStringLiteral("/999")),
            imageBody(101, QStringLiteral("https://example.com/x.jpg"), QStringLiteral("x"), 1));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.object().value(QStringLiteral("message")).toString(),
                 QStringLiteral("Product image not found with id: 999"));
        QCOMPARE(r.object().value(QStringLiteral("error")).toString(), QStringLiteral("Not Found"));
    }

    void deleteOne() {
        const HttpResult r = m_http.del(images(QStringLiteral("/3")));
        QCOMPARE(r.status, 204);
        QVERIFY(r.body.isEmpty());
        QCOMPARE(m_http.get(images(QStringLiteral("/3"))).status, 404);
        const HttpResult again = m_http.del(images(QStringLiteral("/3")));
        QCOMPARE(again.status, 404);
        QCOMPARE(again.object().value(QStringLiteral("message")).toString(),
                 QStringLiteral("Product image not found with id: 3"));
        // Absolute ordering: the others keep their numbers (gap at 3).
        QList<int> orders;
        for (const ProductImage &i : m_sim->images(G, QStringLiteral("101")))
            orders.append(i.position);
        QCOMPARE(orders, (QList<int>{1, 2, 4, 5, 6}));
    }

    void deleteAllOfAProduct() {
        QCOMPARE(m_http.del(images(QStringLiteral("/product/101"))).status, 204);
        QCOMPARE(m_http.get(images(QStringLiteral("/product/101"))).array().size(), 0);
        QCOMPARE(m_sim->images(G, QStringLiteral("102")).size(), 4); // others untouched
        // Succeeds even when the product has no images (seed 003).
        QCOMPARE(m_http.del(images(QStringLiteral("/product/101"))).status, 204);
        QCOMPARE(m_http.del(images(QStringLiteral("/product/4242"))).status, 204);
    }

    void noAuthenticationByDefault() {
        QVERIFY(m_sim->requiredToken(G).isEmpty());
        QCOMPARE(m_http.get(images(QStringLiteral("/1"))).status, 200);
    }

    void optionalBearerToken_data() {
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<int>("status");
        QTest::newRow("none") << QByteArray() << 401;
        QTest::newRow("wrong token") << QByteArray("Bearer nope") << 401;
        QTest::newRow("no scheme") << QByteArray("s3cret") << 401;
        QTest::newRow("right") << QByteArray("Bearer s3cret") << 200;
    }
    void optionalBearerToken() {
        QFETCH(QByteArray, authorization);
        QFETCH(int, status);
        m_sim->setRequiredToken(G, QStringLiteral("s3cret"));
        Headers h;
        if (!authorization.isEmpty())
            h.append({"Authorization", authorization});
        const HttpResult r = m_http.get(images(QStringLiteral("/1")), h);
        QCOMPARE(r.status, status);
        if (status == 401) {
            QCOMPARE(r.object().value(QStringLiteral("status")).toInt(), 401);
            QCOMPARE(r.object().value(QStringLiteral("error")).toString(),
                     QStringLiteral("Unauthorized"));
        }
    }

    void unknownPaths() {
        const HttpResult r = m_http.get(url(m_sim->apiUrl(G), QStringLiteral("/nothing/here")));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.object().value(QStringLiteral("status")).toInt(), 404);
        QCOMPARE(m_http.send("PATCH", images(QStringLiteral("/1")), "{}").status, 404);
        QCOMPARE(m_http.get(url(m_sim->baseUrl(), QStringLiteral("/elsewhere"))).status, 404);
    }

    void demoCatalogHasSomethingForQaToFind() {
        const Gallery sofa = m_sim->images(G, QStringLiteral("101"));
        QCOMPARE(sofa.size(), 6);
        int missingAlt = 0;
        bool overlong = false;
        for (const ProductImage &i : sofa) {
            missingAlt += i.alt.isEmpty() ? 1 : 0;
            overlong = overlong || i.alt.size() > 512;
        }
        QVERIFY(missingAlt >= 2);
        QVERIFY(overlong);
        QCOMPARE(sofa.first().src, sofa.last().src); // the duplicate upload
        const Gallery table = m_sim->images(G, QStringLiteral("102"));
        QCOMPARE(table.last().src,
                 m_sim->imageUrl(StoreSimulator::brokenDemoImageFile()).toString());
        QCOMPARE(table.first().position, 10); // gaps between display orders
        const Gallery lamp = m_sim->images(G, QStringLiteral("103"));
        QCOMPARE(lamp.last().width, 40);
        QCOMPARE(m_sim->products(G).size(), 4);
    }

    void imageHostServesEveryDemoPicture_data() {
        QTest::addColumn<QString>("file");
        for (const QString &f : StoreSimulator::demoImageFiles())
            QTest::newRow(qPrintable(f)) << f;
    }
    void imageHostServesEveryDemoPicture() {
        QFETCH(QString, file);
        const HttpResult r = m_http.get(m_sim->imageUrl(file));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Type"), QByteArray("image/jpeg"));
        QVERIFY(r.header("Cache-Control").contains("max-age="));
        QVERIFY(r.body.size() < qsizetype(60) * 1024);
        QImage image;
        QVERIFY(image.loadFromData(r.body));
        QCOMPARE(image.width(), file == QLatin1String("lamp-tiny.jpg") ? 40 : 600);
    }

    void everyCatalogUrlIsServedExceptTheBrokenOne() {
        int broken = 0;
        for (const ProductSummary &p : m_sim->products(G)) {
            for (const ProductImage &i : m_sim->images(G, p.id)) {
                const HttpResult r = m_http.get(QUrl(i.src));
                if (r.status == 404)
                    ++broken;
                else
                    QCOMPARE(r.status, 200);
            }
        }
        QCOMPARE(broken, 1);
    }

    void imageHostRefusesOtherMethodsAndPaths() {
        QCOMPARE(m_http.get(m_sim->imageUrl(QStringLiteral("nope.jpg"))).status, 404);
        QCOMPARE(m_http.get(url(m_sim->cdnBaseUrl(), QStringLiteral("/other"))).status, 404);
        QCOMPARE(m_http.send("DELETE", m_sim->imageUrl(QStringLiteral("sofa-front.jpg"))).status,
                 405);
    }

    void recordsEveryRequestOnBothListeners() {
        m_sim->clearRecordedRequests();
        QSignalSpy received(m_sim.get(), &StoreSimulator::requestReceived);
        m_http.send("PUT", images(QStringLiteral("/1"), QStringLiteral("trace=1")),
                    "{\"productId\":101,\"imageUrl\":\"https://example.com/x.jpg\"}",
                    {{"Authorization", "Bearer abc"}});
        m_http.get(m_sim->imageUrl(QStringLiteral("sofa-front.jpg")));
        const QList<SimRequest> recorded = m_sim->recordedRequests();
        QCOMPARE(recorded.size(), 2);
        QCOMPARE(received.size(), 2);
        const SimRequest &api = recorded.at(0);
        QCOMPARE(api.listener, SimRequest::Listener::Api);
        QCOMPARE(api.method, QByteArray("PUT"));
        QCOMPARE(api.path, QStringLiteral("/api/v1/product-images/1"));
        QCOMPARE(api.query.queryItemValue(QStringLiteral("trace")), QStringLiteral("1"));
        QCOMPARE(api.header("authorization"), QByteArray("Bearer abc"));
        QVERIFY(api.body.contains("example.com"));
        const SimRequest &cdn = recorded.at(1);
        QCOMPARE(cdn.listener, SimRequest::Listener::Cdn);
        QCOMPARE(cdn.path, QStringLiteral("/images/sofa-front.jpg"));
        QVERIFY(!cdn.hasHeader("Authorization"));
        m_sim->clearRecordedRequests();
        QVERIFY(m_sim->recordedRequests().isEmpty());
    }

    void editsElsewhereBumpTheUpdateTime() {
        const ProductImage before = m_sim->images(G, QStringLiteral("101")).first();
        ImagePatch patch;
        patch.alt = QStringLiteral("Changed by a colleague");
        QVERIFY(m_sim->editImageElsewhere(G, QStringLiteral("101"), before.id, patch));
        const ProductImage after = m_sim->images(G, QStringLiteral("101")).first();
        QCOMPARE(after.alt, QStringLiteral("Changed by a colleague"));
        QVERIFY(after.updatedAt > before.updatedAt);
        QCOMPARE(m_http.get(images(QStringLiteral("/") + before.id))
                     .object()
                     .value(QStringLiteral("altText"))
                     .toString(),
                 QStringLiteral("Changed by a colleague"));
        QVERIFY(!m_sim->editImageElsewhere(G, QStringLiteral("102"), before.id,
                                           patch)); // wrong product
        QVERIFY(m_sim->removeImageElsewhere(G, QStringLiteral("101"), before.id));
        QVERIFY(!m_sim->removeImageElsewhere(G, QStringLiteral("101"), before.id));
        QCOMPARE(m_http.get(images(QStringLiteral("/") + before.id)).status, 404);
    }

    void directArrangement() {
        const ProductSummary p = m_sim->addProduct(G, QStringLiteral("Wool rug"));
        QCOMPARE(p.id, QStringLiteral("105"));
        NewImage n;
        n.src = QStringLiteral("https://example.com/rug.jpg");
        n.alt = QStringLiteral("Rug");
        const auto added = m_sim->addImage(G, p.id, n);
        QVERIFY(added);
        QCOMPARE(added->position, 1);
        QCOMPARE(m_http.get(images(QStringLiteral("/product/105"))).array().size(), 1);
        QVERIFY(!m_sim->addImage(G, QStringLiteral("9999"), n));
    }

    void persistsAcrossInstances() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/demo-store.json"));
        QVERIFY(m_sim->setDataFile(path));
        QVERIFY(QFile::exists(path)); // the seed is written at once
        const QString src = m_sim->imageUrl(QStringLiteral("lamp-on.jpg")).toString();
        QCOMPARE(m_http.post(images(), imageBody(103, src, QStringLiteral("Added"))).status, 201);
        QCOMPARE(m_http.del(images(QStringLiteral("/1"))).status, 204);
        const Gallery lampBefore = m_sim->images(G, QStringLiteral("103"));
        m_sim.reset();

        StoreSimulator second;
        second.setDataFile(path);
        QVERIFY(second.start());
        QVERIFY(second.lastError().isEmpty());
        const Gallery lamp = second.images(G, QStringLiteral("103"));
        QCOMPARE(lamp.size(), 4);
        QCOMPARE(lamp.last().alt, QStringLiteral("Added"));
        QCOMPARE(lamp.last().id, lampBefore.last().id);
        QCOMPARE(lamp.last().updatedAt, lampBefore.last().updatedAt);
        // Image URLs follow the image host to its new port.
        QVERIFY(lamp.first().src.startsWith(second.cdnBaseUrl().toString() + QLatin1Char('/')));
        QCOMPARE(second.images(G, QStringLiteral("101")).size(), 5);
        // New ids continue after the saved ones.
        QCOMPARE(second.addImage(G, QStringLiteral("103"), NewImage{src, {}, {}, {}, 0, 0})->id,
                 QStringLiteral("17"));
    }

    void corruptDataFile_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("not JSON") << QByteArray("{ this is not json");
        QTest::newRow("another format") << QByteArray(R"({"format":"x","version":1})");
        QTest::newRow("future version")
            << QByteArray(R"({"format":"vitrine-store-simulator","version":99})");
        QTest::newRow("image of no product")
            << QByteArray("{\"format\":\"vitrine-store-simulator\",\"version\":1,\"dialects\":"
                          "{\"generic\":{\"ids\":{},\"products\":[],\"images\":[{\"id\":\"1\","
                          "\"productId\":\"5\"}]}}}");
        QTest::newRow("empty file") << QByteArray();
    }
    void corruptDataFile() {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo-store.json"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("unreadable")));
        QVERIFY(!m_sim->setDataFile(path));
        QVERIFY(m_sim->lastError().contains(path));
        QCOMPARE(m_sim->images(G, QStringLiteral("101")).size(), 6); // the seed
        QVERIFY(QFile::exists(path + QStringLiteral(".corrupt")));
        // A fresh, valid file replaced it: the next instance loads without complaint.
        StoreSimulator second;
        second.setDataFile(path);
        QVERIFY(second.start());
        QVERIFY(second.lastError().isEmpty());
        QCOMPARE(second.products(G).size(), 4);
    }

    void resetRestoresTheSeed() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo-store.json"));
        QVERIFY(m_sim->setDataFile(path));
        const Gallery seed = m_sim->images(G, QStringLiteral("101"));
        QCOMPARE(m_http.del(images(QStringLiteral("/product/101"))).status, 204);
        m_http.post(images(), imageBody(777, QStringLiteral("https://example.com/x.jpg"), {}));
        QSignalSpy changed(m_sim.get(), &StoreSimulator::catalogChanged);
        m_sim->resetToSeed();
        QVERIFY(changed.size() >= 1);
        QCOMPARE(m_sim->images(G, QStringLiteral("101")), seed);
        QCOMPARE(m_sim->products(G).size(), 4);
        m_sim.reset();
        StoreSimulator second;
        second.setDataFile(path);
        QVERIFY(second.start());
        QCOMPARE(second.images(G, QStringLiteral("101")).size(), 6);
        QCOMPARE(second.products(G).size(), 4);
    }
};

QTEST_GUILESS_MAIN(TstSimGeneric)
#include "tst_simgeneric.moc"
