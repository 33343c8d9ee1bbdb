// Injected faults (status, headers, delay, dropped connection, malformed and non-JSON bodies),
// rate limits per dialect, and both ordering semantics in every dialect, over real HTTP.
#include "demostore/storesimulator.h"
#include "simhttp.h"

#include <QNetworkProxy>
#include <QStringDecoder>
#include <QtTest>

#include <memory>

using namespace vitrine;
using namespace vitrine::test;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(vitrine::SimFault::Damage)

namespace {

const SimDialect G = SimDialect::Generic;

// How each dialect writes one image's position, for the ordering tests.
struct Move {
    QUrl url;
    QByteArray body;
    Headers headers;
};

Move moveRequest(const StoreSimulator &sim, SimDialect d, const ProductImage &image, int position) {
    const QString pid = image.productId;
    const QString iid = image.id;
    const QUrl base = sim.apiUrl(d);
    const QByteArray pos = QByteArray::number(position);
    switch (d) {
    case SimDialect::Generic:
        return {url(base, u"/product-images/"_s + iid),
                "{\"productId\":" + pid.toUtf8() + R"(,"imageUrl":")" + image.src.toUtf8() +
                    R"(","displayOrder":)" + pos + "}",
                {}};
    case SimDialect::Shopline:
        return {url(base, u"/products/%1/images/%2.json"_s.arg(pid, iid)),
                R"({"image":{"position":")" + pos + "\"}}",
                {{"Authorization", "Bearer test-token"}}};
    case SimDialect::Shoplazza:
        return {url(base, u"/products/%1/images/%2"_s.arg(pid, iid)),
                R"({"image":{"position":)" + pos + "}}",
                {{"access-token", "test-token"}}};
    case SimDialect::Shopify:
        return {url(base, u"/products/%1/images/%2.json"_s.arg(pid, iid)),
                R"({"image":{"position":)" + pos + "}}",
                {{"X-Shopify-Access-Token", "test-token"}}};
    }
    return {};
}

QList<int> positions(const Gallery &g) {
    QList<int> out;
    for (const ProductImage &i : g)
        out.append(i.position);
    return out;
}

QStringList ids(const Gallery &g) {
    QStringList out;
    for (const ProductImage &i : g)
        out.append(i.id);
    return out;
}

} // namespace

class TstSimFaults : public QObject {
    Q_OBJECT

    std::unique_ptr<StoreSimulator> m_sim;
    SimHttp m_http;

    QUrl generic(const QString &path) const {
        return url(m_sim->apiUrl(G), u"/product-images"_s + path);
    }
    QByteArray putBody(const QString &alt) const {
        return "{\"productId\":101,\"imageUrl\":\"https://example.com/x.jpg\",\"altText\":\"" +
               alt.toUtf8() + "\",\"displayOrder\":1}";
    }

private Q_SLOTS:
    void init() {
        m_sim = std::make_unique<StoreSimulator>();
        QVERIFY(m_sim->start());
    }
    void cleanup() { m_sim.reset(); }

    void injectedStatusReplacesTheAnswerAndChangesNothing() {
        SimFault f;
        f.method = "PUT";
        f.path = QRegularExpression(u"/product-images/1$"_s);
        f.status = 503;
        f.body = "{\"status\":503,\"error\":\"Service Unavailable\"}";
        f.headers = {{"Retry-After", "1"}};
        m_sim->addFault(f);
        const HttpResult r = m_http.send("PUT", generic(u"/1"_s), putBody(u"changed"_s));
        QCOMPARE(r.status, 503);
        QCOMPARE(r.object().value(u"error"_s).toString(), u"Service Unavailable"_s);
        QCOMPARE(r.header("Retry-After"), QByteArray("1"));
        QVERIFY(r.header("Content-Type").startsWith("application/json"));
        QCOMPARE(m_sim->images(G, u"101"_s).first().alt, u"Modern grey sofa - front view"_s);
        // Used up: the same request now succeeds.
        QCOMPARE(m_http.send("PUT", generic(u"/1"_s), putBody(u"changed"_s)).status, 200);
        QCOMPARE(m_sim->images(G, u"101"_s).first().alt, u"changed"_s);
    }

    void faultsMatchMethodAndPath() {
        SimFault f;
        f.method = "DELETE";
        f.path = QRegularExpression(u"/product-images/\\d+$"_s);
        f.status = 500;
        f.times = -1;
        m_sim->addFault(f);
        QCOMPARE(m_http.get(generic(u"/2"_s)).status, 200);           // other method
        QCOMPARE(m_http.del(generic(u"/product/104"_s)).status, 204); // other path
        for (int i = 0; i < 3; ++i)
            QCOMPARE(m_http.del(generic(u"/2"_s)).status, 500); // forever
        m_sim->clearFaults();
        QCOMPARE(m_http.del(generic(u"/2"_s)).status, 204);
    }

    void faultCountsDown() {
        SimFault f;
        f.path = QRegularExpression(u"^/api/v1/products$"_s);
        f.status = 502;
        f.times = 2;
        m_sim->addFault(f);
        const QUrl products = url(m_sim->apiUrl(G), u"/products"_s);
        QCOMPARE(m_http.get(products).status, 502);
        QCOMPARE(m_http.get(products).status, 502);
        QCOMPARE(m_http.get(products).status, 200);
    }

    void extraHeadersOnTheRealAnswer() {
        SimFault f;
        f.path = QRegularExpression(u"/product-images/1$"_s);
        f.headers = {{"X-Test", "yes"}};
        m_sim->addFault(f);
        const HttpResult r = m_http.send("PUT", generic(u"/1"_s), putBody(u"applied"_s));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("X-Test"), QByteArray("yes"));
        QCOMPARE(m_sim->images(G, u"101"_s).first().alt, u"applied"_s);
    }

    void malformedBodies_data() {
        QTest::addColumn<int>("status");
        QTest::newRow("real answer cut") << 0;
        QTest::newRow("injected error cut") << 500;
    }
    void malformedBodies() {
        QFETCH(int, status);
        SimFault f;
        f.path = QRegularExpression(u"/product-images/product/101/ordered"_s);
        f.status = status;
        f.body = "{\"status\":500,\"error\":\"Internal Server Error\"}";
        f.damage = SimFault::Damage::Cut;
        m_sim->addFault(f);
        const HttpResult r = m_http.get(generic(u"/product/101/ordered"_s));
        QCOMPARE(r.status, status ? status : 200);
        QVERIFY(!r.body.isEmpty());
        QVERIFY(!r.isJson());
        QVERIFY(r.header("Content-Type").startsWith("application/json"));
    }

    // A store that fails after writing, or a proxy in front of it answering 502: the request is
    // carried out, and only its answer is the injected one.
    void afterApplyingAnswersTheFaultButApplies_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("500") << 500 << QByteArray("application/json")
                             << QByteArray(R"({"status":500,"error":"Internal Server Error"})");
        QTest::newRow("a proxy's HTML 502 page")
            << 502 << QByteArray("text/html")
            << QByteArray("<html><body><h1>502 Bad Gateway</h1></body></html>");
    }
    void afterApplyingAnswersTheFaultButApplies() {
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        SimFault f;
        f.method = "PUT";
        f.path = QRegularExpression(u"/product-images/1$"_s);
        f.status = status;
        f.contentType = contentType;
        f.body = body;
        f.afterApplying = true;
        m_sim->addFault(f);
        const HttpResult r = m_http.send("PUT", generic(u"/1"_s), putBody(u"applied anyway"_s));
        QCOMPARE(r.status, status);
        QCOMPARE(r.body, body);
        QCOMPARE(r.header("Content-Type"), contentType);
        QCOMPARE(m_sim->images(G, u"101"_s).first().alt, u"applied anyway"_s);
    }

    // storeDown(): 503 to every request, of every dialect and of the image host, forever; the
    // store changes nothing meanwhile.
    void storeDownAnswers503ToEverythingForever() {
        m_sim->addFault(SimFault::storeDown());
        const Headers shopify{{"X-Shopify-Access-Token", "test-token"}};
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(m_http.get(generic(u"/1"_s)).status, 503);
            QCOMPARE(m_http.send("PUT", generic(u"/1"_s), putBody(u"never"_s)).status, 503);
            QCOMPARE(
                m_http.get(url(m_sim->apiUrl(SimDialect::Shopify), u"/products.json"_s), shopify)
                    .status,
                503);
            QCOMPARE(m_http.get(m_sim->imageUrl(u"sofa-front.jpg"_s)).status, 503);
        }
        QCOMPARE(m_sim->images(G, u"101"_s).first().alt, u"Modern grey sofa - front view"_s);
        m_sim->clearFaults();
        QCOMPARE(m_http.get(generic(u"/1"_s)).status, 200);
    }

    // The ways an answer can be unreadable, on a real answer (the request is carried out).
    void damagedAnswers_data() {
        QTest::addColumn<SimFault::Damage>("damage");
        QTest::newRow("cut") << SimFault::Damage::Cut;
        QTest::newRow("not UTF-8") << SimFault::Damage::NotUtf8;
        QTest::newRow("mistyped fields") << SimFault::Damage::Mistyped;
    }
    void damagedAnswers() {
        QFETCH(SimFault::Damage, damage);
        SimFault f;
        f.method = "PUT";
        f.path = QRegularExpression(u"/product-images/1$"_s);
        f.damage = damage;
        m_sim->addFault(f);
        const HttpResult r = m_http.send("PUT", generic(u"/1"_s), putBody(u"damaged answer"_s));
        QCOMPARE(r.status, 200);
        QCOMPARE(m_sim->images(G, u"101"_s).first().alt, u"damaged answer"_s);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.body, &error);
        switch (damage) {
        case SimFault::Damage::Cut:
            QVERIFY(doc.isNull());
            break;
        case SimFault::Damage::NotUtf8:
            QVERIFY(doc.isNull());
            QVERIFY(r.body.contains('\xff'));
            {
                QStringDecoder utf8(QStringDecoder::Utf8);
                const QString text = utf8.decode(r.body);
                QVERIFY(utf8.hasError());
                QVERIFY(text.contains(u"damaged answer"_s)); // the shape is kept
            }
            break;
        case SimFault::Damage::Mistyped: {
            // Valid JSON of the same shape, every value of the wrong type.
            QVERIFY2(doc.isObject(), r.body.constData());
            const QJsonObject o = doc.object();
            QVERIFY(o.contains(u"id"_s));
            QVERIFY(!o.value(u"id"_s).isDouble());
            QVERIFY(!o.value(u"altText"_s).isString());
            break;
        }
        case SimFault::Damage::None:
            QFAIL("no damage");
        }
        QVERIFY(r.header("Content-Type").startsWith("application/json"));
    }

    void nonJsonBody() {
        SimFault f;
        f.path = QRegularExpression(u"/admin/api/2024-01/"_s);
        f.status = 502;
        f.contentType = "text/html";
        f.body = "<html><body>Bad gateway</body></html>";
        m_sim->addFault(f);
        const HttpResult r =
            m_http.get(url(m_sim->apiUrl(SimDialect::Shopify), u"/products.json"_s),
                       {{"X-Shopify-Access-Token", "test-token"}});
        QCOMPARE(r.status, 502);
        QCOMPARE(r.header("Content-Type"), QByteArray("text/html"));
        QVERIFY(r.body.startsWith("<html>"));
    }

    void delayedAnswerArrives() {
        SimFault f;
        f.path = QRegularExpression(u"/product-images/3$"_s);
        f.delayMs = 150;
        m_sim->addFault(f);
        const HttpResult r = m_http.get(generic(u"/3"_s));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"id"_s).toInt(), 3);
    }

    // Requests held by a delay overlap, and the simulator counts how many it held at once: three
    // sent together are three in flight; answered at once, one at a time.
    void requestsInFlightAreCounted() {
        SimFault f;
        f.path = QRegularExpression(u"/product-images/[123]$"_s);
        f.delayMs = 150;
        f.times = 3;
        m_sim->addFault(f);
        m_sim->clearRecordedRequests();
        QNetworkAccessManager nam;
        nam.setProxy(QNetworkProxy::NoProxy);
        QList<QNetworkReply *> replies;
        for (const QString &id : {u"1"_s, u"2"_s, u"3"_s})
            replies << nam.get(QNetworkRequest(generic(u"/"_s + id)));
        for (QNetworkReply *reply : std::as_const(replies)) {
            if (!reply->isFinished())
                QVERIFY(QSignalSpy(reply, &QNetworkReply::finished).wait(5000));
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            reply->deleteLater();
        }
        QCOMPARE(m_sim->maxRequestsInFlight(), 3);
        m_sim->clearRecordedRequests();
        QCOMPARE(m_sim->maxRequestsInFlight(), 0);
        QCOMPARE(m_http.get(generic(u"/1"_s)).status, 200);
        QCOMPARE(m_http.get(generic(u"/2"_s)).status, 200);
        QCOMPARE(m_sim->maxRequestsInFlight(), 1);
    }

    void clientGivingUpOnADelayedAnswerIsSafe() {
        SimFault f;
        f.path = QRegularExpression(u"/product-images/3$"_s);
        f.delayMs = 300;
        m_sim->addFault(f);
        const HttpResult r = m_http.send("GET", generic(u"/3"_s), {}, {}, 50);
        QCOMPARE(r.status, 0);
        QCOMPARE(r.error, QNetworkReply::OperationCanceledError);
        // Let the delayed write come due while its client is gone (the deferred responder checks
        // the socket), then the server still answers normally.
        QTest::qWait(400);
        QCOMPARE(m_http.get(generic(u"/3"_s)).status, 200);
    }

    void droppedConnectionAnswersNothingAndAppliesNothing_data() {
        QTest::addColumn<int>("delayMs");
        QTest::newRow("at once") << 0;
        QTest::newRow("after a delay") << 100;
    }
    void droppedConnectionAnswersNothingAndAppliesNothing() {
        QFETCH(int, delayMs);
        SimFault f;
        f.method = "PUT";
        f.path = QRegularExpression(u"/product-images/1$"_s);
        f.dropConnection = true;
        f.delayMs = delayMs;
        // QNetworkAccessManager (6.4) silently resends, once, a request whose connection closed
        // before any answer, so a drop that must reach the client has to happen twice.
        f.times = -1;
        m_sim->addFault(f);
        const HttpResult r = m_http.send("PUT", generic(u"/1"_s), putBody(u"lost"_s));
        QCOMPARE(r.status, 0);
        QCOMPARE(r.error, QNetworkReply::RemoteHostClosedError);
        QCOMPARE(m_sim->images(G, u"101"_s).first().alt, u"Modern grey sofa - front view"_s);
        QCOMPARE(m_sim->recordedRequests().size(), 2); // the request and Qt's own resend
        m_sim->clearFaults();
        QCOMPARE(m_http.get(generic(u"/1"_s)).status, 200); // the server carries on
    }

    void imageHostFaults() {
        SimFault f;
        f.path = QRegularExpression(u"^/images/sofa-front\\.jpg$"_s);
        f.status = 503;
        m_sim->addFault(f);
        QCOMPARE(m_http.get(m_sim->imageUrl(u"sofa-front.jpg"_s)).status, 503);
        QCOMPARE(m_http.get(m_sim->imageUrl(u"sofa-front.jpg"_s)).status, 200);
    }

    void rateLimitsArePerDialect() {
        QCOMPARE(m_sim->rateLimit(G), RateLimit{});
        m_sim->setRateLimit(G, RateLimit{0.01, 2});
        const QUrl products = url(m_sim->apiUrl(G), u"/products"_s);
        QCOMPARE(m_http.get(products).status, 200);
        QCOMPARE(m_http.get(products).status, 200);
        const HttpResult limited = m_http.get(products);
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.object().value(u"status"_s).toInt(), 429);
        QCOMPARE(limited.object().value(u"error"_s).toString(), u"Too Many Requests"_s);
        QVERIFY(!limited.hasHeader("Retry-After"));
        // Other dialects are not limited.
        QCOMPARE(m_http
                     .get(url(m_sim->apiUrl(SimDialect::Shopify), u"/products.json"_s),
                          {{"X-Shopify-Access-Token", "test-token"}})
                     .status,
                 200);
        m_sim->setRetryAfter(G, "3");
        QCOMPARE(m_http.get(products).header("Retry-After"), QByteArray("3"));
        m_sim->setRateLimit(G, RateLimit{});
        QCOMPARE(m_http.get(products).status, 200);
    }

    void defaultOrdering() {
        QCOMPARE(m_sim->ordering(G), OrderingSemantics::Absolute);
        QCOMPARE(m_sim->ordering(SimDialect::Shopline), OrderingSemantics::Shift);
        QCOMPARE(m_sim->ordering(SimDialect::Shoplazza), OrderingSemantics::Shift);
        QCOMPARE(m_sim->ordering(SimDialect::Shopify), OrderingSemantics::Shift);
    }

    void orderingSemantics_data() {
        QTest::addColumn<SimDialect>("dialect");
        QTest::addColumn<OrderingSemantics>("ordering");
        for (const SimDialect d : allSimDialects()) {
            QTest::addRow("%s absolute", qPrintable(simDialectName(d)))
                << d << OrderingSemantics::Absolute;
            QTest::addRow("%s shift", qPrintable(simDialectName(d)))
                << d << OrderingSemantics::Shift;
        }
    }
    void orderingSemantics() {
        QFETCH(SimDialect, dialect);
        QFETCH(OrderingSemantics, ordering);
        m_sim->setOrdering(dialect, ordering);
        QCOMPARE(m_sim->ordering(dialect), ordering);
        const QString sofa = m_sim->products(dialect).first().id;
        const Gallery before = m_sim->images(dialect, sofa);
        QCOMPARE(positions(before), (QList<int>{1, 2, 3, 4, 5, 6}));
        // Write position 2 on the last image.
        const Move move = moveRequest(*m_sim, dialect, before.last(), 2);
        const HttpResult r = m_http.send("PUT", move.url, move.body, move.headers);
        QCOMPARE(r.status, 200);
        const Gallery after = m_sim->images(dialect, sofa);
        const QStringList b = ids(before);
        if (ordering == OrderingSemantics::Shift) {
            // Moved to index 1; the server renumbered everything 1..n.
            QCOMPARE(ids(after), (QStringList{b[0], b[5], b[1], b[2], b[3], b[4]}));
            QCOMPARE(positions(after), (QList<int>{1, 2, 3, 4, 5, 6}));
        } else {
            // Stored as given: it ties with the old 2 and sorts after it; nobody else moved.
            QCOMPARE(ids(after), (QStringList{b[0], b[1], b[5], b[2], b[3], b[4]}));
            QCOMPARE(positions(after), (QList<int>{1, 2, 2, 3, 4, 5}));
        }
    }

    void switchingToShiftRenumbersGaps() {
        const Gallery table = m_sim->images(G, u"102"_s);
        QCOMPARE(positions(table), (QList<int>{10, 20, 30, 40}));
        QSignalSpy changed(m_sim.get(), &StoreSimulator::catalogChanged);
        m_sim->setOrdering(G, OrderingSemantics::Shift);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(positions(m_sim->images(G, u"102"_s)), (QList<int>{1, 2, 3, 4}));
        QCOMPARE(ids(m_sim->images(G, u"102"_s)), ids(table));
        // In shift mode a generic delete renumbers as well.
        QCOMPARE(m_http.del(generic(u"/"_s + table.first().id)).status, 204);
        QCOMPARE(positions(m_sim->images(G, u"102"_s)), (QList<int>{1, 2, 3}));
    }
};

QTEST_GUILESS_MAIN(TstSimFaults)
#include "tst_simfaults.moc"
