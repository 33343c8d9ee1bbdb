#include "dialecttestsupport.h"

#include "net/thumbnailfetcher.h"

#include <QNetworkProxy>
#include <QSignalSpy>
#include <QtTest>

using namespace vitrine;
using namespace vitrine::test;

namespace {

// The 429 each store sends (docs/simulator.md), as the store's own words.
QString tooManyRequestsMessage(SimDialect d) {
    switch (d) {
    case SimDialect::Shopline:
        return QStringLiteral("Too many request");
    case SimDialect::Shoplazza:
        return QStringLiteral("Too Many Requests");
    case SimDialect::Shopify:
        return QStringLiteral("Exceeded 2 calls per second for api client.");
    case SimDialect::Generic:
        break;
    }
    return {};
}

} // namespace

// What goes wrong between Vitrine and SHOPLINE, Shoplazza and Shopify, over real HTTP: each
// store's own 429 (from the simulator's rate limiter, with and without Retry-After), the retry
// limit, server errors, timeouts, dropped connections (a POST is never sent twice blindly), and
// the image host never seeing a token. Assertions count requests and read the delays the pipeline
// reports; nothing measures wall-clock time.
class TstDialectResilience : public QObject {
    Q_OBJECT
private:
    StoreSimulator *m_sim = nullptr;

    DialectUnderTest current() const {
        QFETCH(QString, dialect);
        return builtinDialect(dialect);
    }
    QString sofa(const DialectUnderTest &d) const { return demoProduct(*m_sim, d.sim, 6); }
    int countApi(const QByteArray &method) const {
        int n = 0;
        for (const SimRequest &r : requestsOn(*m_sim, SimRequest::Listener::Api))
            n += r.method == method ? 1 : 0;
        return n;
    }
    NewImage newImage() const {
        NewImage n;
        n.src = m_sim->imageUrl(StoreSimulator::demoImageFiles().first()).toString();
        n.alt = QStringLiteral("new");
        return n;
    }
    // The store's own rate limiter, so tight that after `allowed` requests every further one gets
    // the dialect's 429 until lifted.
    void exhaustRateLimit(const DialectUnderTest &d, StoreClient &client, int allowed = 1) {
        m_sim->setRateLimit(d.sim, RateLimit{0.001, allowed});
        for (int i = 0; i < allowed; ++i)
            QVERIFY(await(client.getImage(sofa(d), m_sim->images(d.sim, sofa(d)).first().id)).ok());
        m_sim->clearRecordedRequests();
    }
    // Lifts the store's rate limit as soon as the client decides to retry: the retry succeeds,
    // without depending on how fast anything runs.
    void liftRateLimitOnRetry(const DialectUnderTest &d, StoreClient &client) {
        StoreSimulator *sim = m_sim;
        const SimDialect which = d.sim;
        connect(&client.pipeline(), &RequestPipeline::retrying, sim,
                [sim, which] { sim->setRateLimit(which, RateLimit{}); });
    }

private Q_SLOTS:
    void init() {
        m_sim = new StoreSimulator(this);
        QVERIFY2(m_sim->start(), qPrintable(m_sim->lastError()));
    }
    void cleanup() {
        delete m_sim;
        m_sim = nullptr;
    }

    // --- 429 --------------------------------------------------------------------------------

    // SHOPLINE's 429 has no Retry-After (backoff); Shopify's has one (honoured). Shoplazza
    // documents none; a Retry-After there is honoured too, and Shopify without one backs off.
    void rateLimitedThenRetried_data() {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::newRow("shopline, no Retry-After") << "shopline" << QByteArray();
        QTest::newRow("shoplazza, no Retry-After") << "shoplazza" << QByteArray();
        QTest::newRow("shoplazza, Retry-After") << "shoplazza" << QByteArray("0.3");
        QTest::newRow("shopify, Retry-After") << "shopify" << QByteArray("0.3");
        QTest::newRow("shopify, no Retry-After") << "shopify" << QByteArray();
    }
    void rateLimitedThenRetried() {
        const DialectUnderTest d = current();
        QFETCH(QByteArray, retryAfter);
        m_sim->setRetryAfter(d.sim, retryAfter);
        auto c = dialectClient(*m_sim, d, testToken(), 3);
        exhaustRateLimit(d, *c);
        liftRateLimitOnRetry(d, *c);
        QSignalSpy retrying(&c->pipeline(), &RequestPipeline::retrying);
        QSignalSpy throttled(c.get(), &StoreClient::throttled);

        const Result<Gallery> g = await(c->listImages(sofa(d)));
        QVERIFY2(g.ok(), why(g).constData());
        QCOMPARE(countApi("GET"), 2); // the 429, then the retry
        QCOMPARE(retrying.count(), 1);
        const int pause = retrying.first().at(2).toInt();
        if (retryAfter.isEmpty()) {
            // Exponential backoff (shrunk for tests: 5 ms base, 40 ms cap).
            QVERIFY2(pause > 0 && pause <= 40, qPrintable(QString::number(pause)));
        } else {
            QCOMPARE(pause, 300); // what the store asked for
            // ... and the whole store was held back that long before the retry (earlier, shorter
            // holds come from Shopify's call-limit header saying its bucket is full).
            int longest = 0;
            for (const QList<QVariant> &hold : std::as_const(throttled))
                longest = std::max(longest, hold.first().toInt());
            QVERIFY2(longest > 200, qPrintable(QString::number(longest)));
        }
    }

    // A store that keeps answering 429: maxRetries + 1 attempts, then a retryable RateLimited
    // error with the store's own words.
    void rateLimitRetriesRunOut_data() { addDialectRows(); }
    void rateLimitRetriesRunOut() {
        const DialectUnderTest d = current();
        m_sim->setRetryAfter(d.sim,
                             d.sim == SimDialect::Shopify ? QByteArray("0.05") : QByteArray());
        auto c = dialectClient(*m_sim, d, testToken(), 2);
        exhaustRateLimit(d, *c);
        const QString product = sofa(d);
        const Result<ProductImage> r =
            await(c->getImage(product, m_sim->images(d.sim, product).first().id));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, StoreError::Code::RateLimited);
        QCOMPARE(r.error().httpStatus, 429);
        QVERIFY(r.error().retryable);
        QVERIFY2(r.error().storeMessage.startsWith(tooManyRequestsMessage(d.sim)),
                 qPrintable(r.error().storeMessage));
        if (d.sim == SimDialect::Shopify)
            QCOMPARE(r.error().retryAfterMs, 50);
        QCOMPARE(countApi("GET"), 3);
        QVERIFY(!r.error().userMessage().isEmpty());
    }

    // A 429 means the store did not act: even a create is sent again, and lands once.
    void createIsRetriedAfter429_data() { addDialectRows(); }
    void createIsRetriedAfter429() {
        const DialectUnderTest d = current();
        m_sim->setRetryAfter(d.sim,
                             d.sim == SimDialect::Shopify ? QByteArray("0.05") : QByteArray());
        auto c = dialectClient(*m_sim, d, testToken(), 2);
        exhaustRateLimit(d, *c);
        liftRateLimitOnRetry(d, *c);
        const QString product = sofa(d);
        const qsizetype before = m_sim->images(d.sim, product).size();
        const Result<ProductImage> r = await(c->createImage(product, newImage()));
        QVERIFY2(r.ok(), why(r).constData());
        QCOMPARE(countApi("POST"), 2);
        QCOMPARE(m_sim->images(d.sim, product).size(), before + 1);
    }

    // The dialect's default throttle (no profile override) is what the pipeline runs with: a
    // burst's worth of requests goes out at once, the next one is held back.
    void defaultRateLimitSpacesRequests_data() {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<int>("burst");
        QTest::newRow("shopline 4/s burst 40") << "shopline" << 40;
        QTest::newRow("shoplazza 2/s") << "shoplazza" << 1;
        QTest::newRow("shopify 2/s burst 40") << "shopify" << 40;
    }
    void defaultRateLimitSpacesRequests() {
        const DialectUnderTest d = current();
        QFETCH(int, burst);
        StoreProfile p = simProfile(*m_sim, d.dialect);
        p.rateLimit.reset();
        auto c = makeClient(p, testToken());
        QCOMPARE(c->pipeline().options().rateLimit.burst, burst);
        QSignalSpy throttled(c.get(), &StoreClient::throttled);
        const QString product = sofa(d);
        std::vector<QCoro::Task<Result<Gallery>>> tasks;
        tasks.reserve(burst);
        // A full bucket lets the burst go at once, less the one slot the throttle keeps spare so
        // that no request finds the store's bucket full (Throttle::capacity).
        const int atOnce = burst > 1 ? burst - 1 : 1;
        for (int i = 0; i < atOnce; ++i)
            tasks.push_back(c->listImages(product));
        QCOMPARE(throttled.count(), 0);
        // Two more than the burst: for neither to be held, issuing them would have to take as long
        // as refilling two slots (0.5 s or more at these rates), so the assertion does not depend
        // on the machine's speed.
        tasks.push_back(c->listImages(product));
        tasks.push_back(c->listImages(product));
        QVERIFY(throttled.count() >= 1);
        QVERIFY(throttled.first().first().toInt() > 0);
        for (auto &t : tasks)
            QVERIFY(await(std::move(t)).ok());
        QCOMPARE(countApi("GET"), atOnce + 2);
    }

    // --- server errors ----------------------------------------------------------------------

    void serverErrorIsRetriedForReads_data() { addDialectRows(); }
    void serverErrorIsRetriedForReads() {
        const DialectUnderTest d = current();
        m_sim->addFault(fault("GET", QStringLiteral("."), 503, R"({"errors":"busy"})", 1));
        auto c = dialectClient(*m_sim, d, testToken(), 2);
        QVERIFY(await(c->listImages(sofa(d))).ok());
        QCOMPARE(countApi("GET"), 2);
    }

    void serverErrorRetriesRunOut_data() { addDialectRows(); }
    void serverErrorRetriesRunOut() {
        const DialectUnderTest d = current();
        m_sim->addFault(
            fault("DELETE", QStringLiteral("."), 502, R"({"errors":"Bad gateway"})", -1));
        auto c = dialectClient(*m_sim, d, testToken(), 2);
        const QString product = sofa(d);
        const Result<void> r =
            await(c->deleteImage(product, m_sim->images(d.sim, product).first().id));
        QCOMPARE(r.error().code, StoreError::Code::Server);
        QCOMPARE(r.error().httpStatus, 502);
        QVERIFY(r.error().retryable);
        QCOMPARE(r.error().storeMessage, QStringLiteral("Bad gateway"));
        QCOMPARE(countApi("DELETE"), 3);
        QCOMPARE(m_sim->images(d.sim, product).size(), 6);
    }

    void createIsNotRetriedOnServerError_data() { addDialectRows(); }
    void createIsNotRetriedOnServerError() {
        const DialectUnderTest d = current();
        m_sim->addFault(fault("POST", QStringLiteral("."), 503, R"({"errors":"busy"})", -1));
        auto c = dialectClient(*m_sim, d, testToken(), 3);
        const Result<ProductImage> r = await(c->createImage(sofa(d), newImage()));
        QCOMPARE(r.error().code, StoreError::Code::Server);
        QVERIFY(!r.error().retryable);
        QCOMPARE(countApi("POST"), 1);
    }

    // --- timeouts and dropped connections ---------------------------------------------------

    // The simulator answers later than the profile's timeout.
    void timeoutIsAClearError_data() { addDialectRows(); }
    void timeoutIsAClearError() {
        const DialectUnderTest d = current();
        SimFault f = fault("GET", QStringLiteral("."), 0, {}, -1);
        f.delayMs = 3000;
        m_sim->addFault(f);
        auto c = dialectClient(*m_sim, d, testToken(), 1, 200);
        const Result<Gallery> g = await(c->listImages(sofa(d)));
        QVERIFY(!g.ok());
        QCOMPARE(g.error().code, StoreError::Code::Timeout);
        QCOMPARE(g.error().httpStatus, 0);
        QVERIFY(g.error().retryable);
        QVERIFY(!g.error().outcomeUnknown); // a read changes nothing
        QVERIFY(g.error().userMessage().contains(QLatin1String("too long")));
        QCOMPARE(countApi("GET"), 2); // retried once (maxRetries 1)
    }

    void timeoutOnceIsRetried_data() { addDialectRows(); }
    void timeoutOnceIsRetried() {
        const DialectUnderTest d = current();
        SimFault f = fault("GET", QStringLiteral("."), 0, {}, 1);
        f.delayMs = 3000;
        m_sim->addFault(f);
        auto c = dialectClient(*m_sim, d, testToken(), 1, 1000);
        const Result<Gallery> g = await(c->listImages(sofa(d)));
        QVERIFY2(g.ok(), why(g).constData());
        QCOMPARE(countApi("GET"), 2);
    }

    // A create the store may have carried out (it did: the answer was only late) is flagged,
    // never sent again.
    void createTimeoutIsOutcomeUnknown_data() { addDialectRows(); }
    void createTimeoutIsOutcomeUnknown() {
        const DialectUnderTest d = current();
        SimFault f = fault("POST", QStringLiteral("."), 0, {}, 1);
        f.delayMs = 3000;
        m_sim->addFault(f);
        auto c = dialectClient(*m_sim, d, testToken(), 3, 1000);
        const QString product = sofa(d);
        const Result<ProductImage> r = await(c->createImage(product, newImage()));
        QCOMPARE(r.error().code, StoreError::Code::Timeout);
        QVERIFY(r.error().outcomeUnknown);
        QVERIFY(!r.error().retryable);
        QVERIFY(r.error().storeMessage.contains(QLatin1String("may or may not")));
        QCOMPARE(countApi("POST"), 1);
        QCOMPARE(m_sim->images(d.sim, product).size(), 7); // it did land: look before re-creating
    }

    void createDroppedConnectionIsOutcomeUnknown_data() { addDialectRows(); }
    void createDroppedConnectionIsOutcomeUnknown() {
        const DialectUnderTest d = current();
        SimFault f = fault("POST", QStringLiteral("."), 0, {}, -1);
        f.dropConnection = true;
        m_sim->addFault(f);
        auto c = dialectClient(*m_sim, d, testToken(), 3);
        const QString product = sofa(d);
        const Result<ProductImage> r = await(c->createImage(product, newImage()));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, StoreError::Code::Network);
        QVERIFY(r.error().outcomeUnknown);
        QVERIFY(!r.error().retryable);
        QCOMPARE(countApi("POST"), 1); // neither Qt nor the pipeline sent it again
        QCOMPARE(m_sim->images(d.sim, product).size(), 6);
    }

    void droppedReadIsRetried_data() { addDialectRows(); }
    void droppedReadIsRetried() {
        const DialectUnderTest d = current();
        SimFault f = fault("GET", QStringLiteral("."), 0, {}, 2); // Qt resends once by itself
        f.dropConnection = true;
        m_sim->addFault(f);
        auto c = dialectClient(*m_sim, d, testToken(), 2);
        const Result<Gallery> g = await(c->listImages(sofa(d)));
        QVERIFY2(g.ok(), why(g).constData());
        QCOMPARE(countApi("GET"), 3);
    }

    // Shoplazza's alt text takes several requests; one failing midway ends the operation with
    // that error and sends nothing after it.
    void multiRequestUpdateStopsAtTheFirstFailure() {
        const DialectUnderTest d = builtinDialect(QStringLiteral("shoplazza"));
        m_sim->addFault(
            fault("PUT", QStringLiteral("/images/"), 503, R"({"errors":["busy"]})", -1));
        auto c = dialectClient(*m_sim, d, testToken(), 1);
        const QString product = sofa(d);
        const ProductImage image = m_sim->images(d.sim, product).first();
        ImagePatch patch;
        patch.alt = QStringLiteral("new alt");
        patch.position = 3;
        const Result<ProductImage> r = await(c->updateImage(product, image, patch));
        QCOMPARE(r.error().code, StoreError::Code::Server);
        QCOMPARE(r.error().storeMessage, QStringLiteral("busy"));
        QCOMPARE(apiCalls(*m_sim).filter(QLatin1String("PUT")).size(), 2); // image PUT, retried
        QCOMPARE(countRequests(*m_sim, "PUT", QStringLiteral("/products/[^/]+$")), 0);
        QCOMPARE(m_sim->images(d.sim, product).first().alt, image.alt);
    }

    // --- cancellation in the middle of a multi-request operation --------------------------

    // Shoplazza's alt change reads the product, then writes it. Cancelled in between, it ends
    // Cancelled and the write is never sent; the client works normally afterwards.
    void cancelBetweenTheRequestsOfOneOperation() {
        const DialectUnderTest d = builtinDialect(QStringLiteral("shoplazza"));
        SimFault slow = fault("GET", QStringLiteral("/products/[^/]+$"), 0, {}, 1);
        slow.delayMs = 5000; // far longer than the cancel takes to happen
        m_sim->addFault(slow);
        auto c = dialectClient(*m_sim, d);
        const QString product = sofa(d);
        const ProductImage image = m_sim->images(d.sim, product).first();
        ImagePatch patch;
        patch.alt = QStringLiteral("never written");
        QCoro::Task<Result<ProductImage>> task = c->updateImage(product, image, patch);
        QTRY_COMPARE(countApi("GET"), 1); // the product read is on its way
        c->cancelAll();
        const Result<ProductImage> r = await(std::move(task));
        QCOMPARE(r.error().code, StoreError::Code::Cancelled);
        QCOMPARE(countApi("PUT"), 0);
        QCOMPARE(m_sim->images(d.sim, product).first().alt, image.alt);

        QVERIFY(await(c->updateImage(product, image, patch)).ok());
        QCOMPARE(m_sim->images(d.sim, product).first().alt, *patch.alt);
    }

    // The same with the client destroyed (a profile switched while publishing): the operation
    // ends Cancelled, nothing is written, nothing crashes.
    void clientDestroyedBetweenTheRequestsOfOneOperation() {
        const DialectUnderTest d = builtinDialect(QStringLiteral("shoplazza"));
        SimFault slow = fault("GET", QStringLiteral("/products/[^/]+$"), 0, {}, 1);
        slow.delayMs = 5000; // far longer than the cancel takes to happen
        m_sim->addFault(slow);
        auto c = dialectClient(*m_sim, d);
        const QString product = sofa(d);
        ImagePatch patch;
        patch.alt = QStringLiteral("never written");
        QCoro::Task<Result<ProductImage>> task =
            c->updateImage(product, m_sim->images(d.sim, product).first(), patch);
        QTRY_COMPARE(countApi("GET"), 1);
        c.reset();
        const Result<ProductImage> r = await(std::move(task));
        QCOMPARE(r.error().code, StoreError::Code::Cancelled);
        QCOMPARE(countApi("PUT"), 0);
    }

    // --- the image host ---------------------------------------------------------------------

    // Thumbnails of every product of each dialect are loaded the way the app does (through
    // ThumbnailFetcher, with the dialect's sources); no request to the image host carries any
    // auth header, while the API requests of the same session did carry the token.
    void imageHostNeverSeesAToken_data() { addDialectRows(); }
    void imageHostNeverSeesAToken() {
        const DialectUnderTest d = current();
        auto c = dialectClient(*m_sim, d);
        ThumbnailFetcher::Options o;
        o.cacheDirectory = QStringLiteral("-");
        ThumbnailFetcher fetcher(o);
        fetcher.networkAccessManager()->setProxy(QNetworkProxy::NoProxy);
        fetcher.setDefaultScheme(c->profile().baseUrl.scheme());

        int fetched = 0;
        int broken = 0;
        const Result<QList<ProductSummary>> products = await(c->listProducts());
        QVERIFY(products.ok());
        for (const ProductSummary &p : products.value()) {
            const Result<Gallery> g = await(c->listImages(p.id));
            QVERIFY(g.ok());
            for (const ProductImage &image : g.value()) {
                QCOMPARE(QUrl(image.src).port(), m_sim->cdnBaseUrl().port());
                const Result<QByteArray> bytes = await(fetcher.fetch(QUrl(image.src)));
                if (QUrl(image.src).path().endsWith(StoreSimulator::brokenDemoImageFile())) {
                    QCOMPARE(bytes.error().code, StoreError::Code::NotFound);
                    ++broken;
                    continue;
                }
                QVERIFY2(bytes.ok(), qPrintable(image.src));
                QVERIFY(bytes->startsWith("\xff\xd8")); // a JPEG
                ++fetched;
            }
        }
        QVERIFY(fetched >= 10);
        QCOMPARE(broken, 1);

        const QList<SimRequest> cdn = requestsOn(*m_sim, SimRequest::Listener::Cdn);
        QCOMPARE(cdn.size(), fetched + broken);
        for (const SimRequest &r : cdn) {
            for (const QByteArray &header : allAuthHeaders())
                QVERIFY2(!r.hasHeader(header),
                         QByteArray(header + " sent to " + r.path.toUtf8()).constData());
            QVERIFY(!r.header("Cookie").contains(testToken().toUtf8()));
        }
        const QList<SimRequest> api = requestsOn(*m_sim, SimRequest::Listener::Api);
        QVERIFY(!api.isEmpty());
        for (const SimRequest &r : api)
            QCOMPARE(r.header(d.authHeader), d.authValue());
    }

    // A store answer redirecting an authenticated request to another host (here the image host)
    // is not followed: the token would go with it (qt-notes §2).
    void redirectToAnotherHostIsNotFollowed_data() { addDialectRows(); }
    void redirectToAnotherHostIsNotFollowed() {
        const DialectUnderTest d = current();
        SimFault f = fault("GET", QStringLiteral("."), 302, {}, -1);
        f.headers = {
            {"Location", m_sim->imageUrl(StoreSimulator::demoImageFiles().first()).toEncoded()}};
        m_sim->addFault(f);
        auto c = dialectClient(*m_sim, d);
        const Result<Gallery> g = await(c->listImages(sofa(d)));
        QVERIFY(!g.ok());
        QCOMPARE(g.error().code, StoreError::Code::Network);
        QVERIFY(!g.error().retryable);
        QVERIFY(g.error().storeMessage.contains(QLatin1String("redirected")));
        QCOMPARE(requestsOn(*m_sim, SimRequest::Listener::Cdn).size(), 0);
        QCOMPARE(countApi("GET"), 1);
    }

    // The pipeline itself refuses to attach the token to anything but the API's origin, even if
    // a store's answer pointed the client at the image host.
    void apiTokenStaysOnTheApiOrigin_data() { addDialectRows(); }
    void apiTokenStaysOnTheApiOrigin() {
        const DialectUnderTest d = current();
        auto c = dialectClient(*m_sim, d);
        HttpRequestSpec spec;
        spec.absoluteUrl = m_sim->imageUrl(StoreSimulator::demoImageFiles().first());
        const Result<HttpResponse> r = await(c->pipeline().send(spec));
        QVERIFY(r.ok());
        QCOMPARE(r->status, 200);
        const QList<SimRequest> cdn = requestsOn(*m_sim, SimRequest::Listener::Cdn);
        QCOMPARE(cdn.size(), 1);
        for (const QByteArray &header : allAuthHeaders())
            QVERIFY(!cdn.first().hasHeader(header));
    }
};

QTEST_GUILESS_MAIN(TstDialectResilience)
#include "tst_dialectresilience.moc"
