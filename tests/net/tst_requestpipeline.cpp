#include "nettestsupport.h"

#include "net/requestpipeline.h"
#include "net/storeclient.h"

#include <QNetworkAccessManager>
#include <QPointer>
#include <QSignalSpy>
#include <QtTest>

using namespace vitrine;
using namespace vitrine::test;

// The request pipeline over real HTTP against the simulator with injected faults: retries and
// their limits, 429 with and without Retry-After, POST safety, timeouts, dropped connections,
// malformed and oversized bodies, cancellation, and where the token may go. Assertions count the
// requests the simulator received; no assertion depends on how long anything took.
class TstRequestPipeline : public QObject {
    Q_OBJECT
private:
    StoreSimulator *m_sim = nullptr;
    QString m_product;

    const QString kImages = QStringLiteral("^/api/v1/product-images/product/\\d+$");

    std::unique_ptr<StoreClient> client(int timeoutMs = 10000, int maxRetries = 4,
                                        const QString &token = {},
                                        PipelineOptions options = fastOptions()) {
        return makeClient(genericProfile(*m_sim, timeoutMs, maxRetries), token, std::move(options));
    }
    int imageListRequests() const { return countRequests(*m_sim, "GET", kImages); }
    NewImage newImage() const {
        NewImage image;
        image.src = m_sim->imageUrl(StoreSimulator::demoImageFiles().first()).toString();
        image.alt = QStringLiteral("added by the test");
        return image;
    }

private Q_SLOTS:
    void init() {
        m_sim = new StoreSimulator(this);
        QVERIFY2(m_sim->start(), qPrintable(m_sim->lastError()));
        m_product = m_sim->products(SimDialect::Generic).first().id;
    }
    void cleanup() {
        delete m_sim;
        m_sim = nullptr;
    }

    // --- retries ----------------------------------------------------------------------------

    void retriesServerErrorsThenSucceeds_data() {
        QTest::addColumn<int>("status");
        QTest::newRow("500") << 500;
        QTest::newRow("502") << 502;
        QTest::newRow("503") << 503;
        QTest::newRow("504") << 504;
    }
    void retriesServerErrorsThenSucceeds() {
        QFETCH(int, status);
        m_sim->addFault(fault("GET", kImages, status, "{\"error\":\"busy\"}", 2));
        auto c = client();
        QSignalSpy retrying(&c->pipeline(), &RequestPipeline::retrying);
        const Result<Gallery> g = await(c->listImages(m_product));
        QVERIFY(g.ok());
        QCOMPARE(imageListRequests(), 3);
        QCOMPARE(retrying.count(), 2);
    }

    void retryLimitIsRespected() {
        m_sim->addFault(fault("GET", kImages, 503, "{\"error\":\"down\"}", -1));
        auto c = client(10000, 2);
        const Result<Gallery> g = await(c->listImages(m_product));
        QVERIFY(!g.ok());
        QCOMPARE(g.error().code, StoreError::Code::Server);
        QCOMPARE(g.error().httpStatus, 503);
        QCOMPARE(g.error().storeMessage, QStringLiteral("down"));
        QVERIFY(g.error().retryable);
        QCOMPARE(imageListRequests(), 3); // the first attempt and two retries
    }

    // A request failing with server errors is not retried past maxRetryWindowMs after its first
    // attempt, whatever maxRetries allows: a store that is down costs a bounded time.
    void retryWindowBoundsRetries_data() {
        QTest::addColumn<int>("windowMs");
        QTest::addColumn<int>("requests");
        QTest::newRow("no window: the first answer stands") << 0 << 1;
        QTest::newRow("a window longer than every backoff: maxRetries") << 600000 << 5;
    }
    void retryWindowBoundsRetries() {
        QFETCH(int, windowMs);
        QFETCH(int, requests);
        m_sim->addFault(fault("GET", kImages, 503, "{\"error\":\"down\"}", -1));
        PipelineOptions options = fastOptions();
        options.maxRetryWindowMs = windowMs;
        auto c = client(10000, 4, {}, options);
        const Result<Gallery> g = await(c->listImages(m_product));
        QVERIFY(!g.ok());
        QCOMPARE(g.error().code, StoreError::Code::Server);
        QCOMPARE(imageListRequests(), requests);
    }

    // Three 429s, then the store accepts again: 43 requests at a documented pace of 20 a second
    // with a burst of 40 all go through with no further 429, and the throttle is back at the
    // full rate with its burst given back (probeAfter() not doubled: no probe was refused).
    void rateAndBurstComeBackAfter429s() {
        m_sim->addFault(fault("GET", kImages, 429, "{\"errors\":\"Too many request\"}", 3));
        StoreProfile p = genericProfile(*m_sim);
        p.rateLimit = RateLimit{20, 40};
        auto c = makeClient(p);
        for (int i = 0; i < 43; ++i)
            QVERIFY(await(c->listImages(m_product)).ok());
        QCOMPARE(imageListRequests(), 43 + 3);
        const Throttle &throttle = c->pipeline().throttle();
        QCOMPARE(throttle.effectiveRate(), 20.0);
        QCOMPARE(throttle.probeAfter(), 4);
        QVERIFY(!throttle.recovering());
    }

    void noRetriesWhenMaxRetriesIsZero() {
        m_sim->addFault(fault("GET", kImages, 503, {}, -1));
        auto c = client(10000, 0);
        QCOMPARE(await(c->listImages(m_product)).error().code, StoreError::Code::Server);
        QCOMPARE(imageListRequests(), 1);
    }

    void clientErrorsAreNotRetried_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("code");
        QTest::newRow("400") << 400 << int(StoreError::Code::Validation);
        QTest::newRow("401") << 401 << int(StoreError::Code::Unauthorized);
        QTest::newRow("403") << 403 << int(StoreError::Code::Forbidden);
        QTest::newRow("409") << 409 << int(StoreError::Code::Conflict);
        QTest::newRow("422") << 422 << int(StoreError::Code::Validation);
        QTest::newRow("501") << 501 << int(StoreError::Code::Server);
    }
    void clientErrorsAreNotRetried() {
        QFETCH(int, status);
        QFETCH(int, code);
        m_sim->addFault(fault("GET", kImages, status, "{\"message\":\"no\"}", -1));
        auto c = client();
        const Result<Gallery> g = await(c->listImages(m_product));
        QCOMPARE(int(g.error().code), code);
        QCOMPARE(g.error().storeMessage, QStringLiteral("no"));
        QCOMPARE(imageListRequests(), 1);
    }

    // --- 429 --------------------------------------------------------------------------------

    void rateLimitedWithoutRetryAfter() {
        // SHOPLINE's 429 form: {"errors":"Too many request"}, no Retry-After.
        m_sim->addFault(fault("GET", kImages, 429, "{\"errors\":\"Too many request\"}", 2));
        auto c = client();
        QSignalSpy throttled(c.get(), &StoreClient::throttled);
        const Result<Gallery> g = await(c->listImages(m_product));
        QVERIFY(g.ok());
        QCOMPARE(imageListRequests(), 3);
        QCOMPARE(throttled.count(), 2); // the whole store was held back before each retry
    }

    void rateLimitedWithRetryAfterIsHonoured() {
        SimFault f = fault("GET", kImages, 429, "{\"errors\":\"slow down\"}", 1);
        f.headers = {{"Retry-After", "1"}};
        m_sim->addFault(f);
        auto c = client();
        QSignalSpy throttled(c.get(), &StoreClient::throttled);
        const Result<Gallery> g = await(c->listImages(m_product));
        QVERIFY(g.ok());
        QCOMPARE(imageListRequests(), 2);
        QVERIFY(!throttled.isEmpty());
        // The throttle held the retry for the time the store asked (the value, not a clock).
        QVERIFY2(throttled.first().first().toInt() >= 900,
                 qPrintable(QString::number(throttled.first().first().toInt())));
    }

    void rateLimitedTooLongGivesUpWithRetryAfter() {
        SimFault f = fault("GET", kImages, 429, "{\"errors\":\"come back tomorrow\"}", -1);
        f.headers = {{"Retry-After", "3600"}};
        m_sim->addFault(f);
        auto c = client();
        const Result<Gallery> g = await(c->listImages(m_product));
        QCOMPARE(g.error().code, StoreError::Code::RateLimited);
        QCOMPARE(g.error().retryAfterMs, 3600 * 1000);
        QCOMPARE(g.error().storeMessage, QStringLiteral("come back tomorrow"));
        QCOMPARE(imageListRequests(), 1);
        // Other requests are not held for an hour: they go out and meet the same answer.
        m_sim->clearFaults();
        QSignalSpy throttled(c.get(), &StoreClient::throttled);
        QVERIFY(await(c->listImages(m_product)).ok());
        for (const QList<QVariant> &wait : std::as_const(throttled))
            QVERIFY(wait.first().toInt() < 60000);
    }

    void urlForKeepsEncodedSegments() {
        RequestPipeline pipeline(QUrl(QStringLiteral("http://127.0.0.1:1/api/v1/")));
        HttpRequestSpec spec = HttpRequestSpec::get(QStringLiteral("/product-images/..%2Fx%3Fy"));
        spec.query.addQueryItem(QStringLiteral("page"), QStringLiteral("0"));
        QCOMPARE(pipeline.urlFor(spec).toString(QUrl::FullyEncoded),
                 QStringLiteral("http://127.0.0.1:1/api/v1/product-images/..%2Fx%3Fy?page=0"));
        spec.absoluteUrl = QUrl(QStringLiteral("https://cdn.example/a.jpg"));
        QCOMPARE(pipeline.urlFor(spec), spec.absoluteUrl);
    }

    void rateLimitExhaustsRetries() {
        m_sim->addFault(fault("GET", kImages, 429, "{\"errors\":\"Too many request\"}", -1));
        auto c = client(10000, 3);
        const Result<Gallery> g = await(c->listImages(m_product));
        QCOMPARE(g.error().code, StoreError::Code::RateLimited);
        QVERIFY(g.error().retryable);
        QCOMPARE(imageListRequests(), 4);
    }

    void callLimitHeaderSlowsDown() {
        SimFault f = fault("GET", kImages, 0, {}, 1); // a real answer, with the header added
        f.headers = {{"X-Shopify-Shop-Api-Call-Limit", "40/40"}};
        m_sim->addFault(f);
        StoreProfile p = genericProfile(*m_sim);
        p.rateLimit = RateLimit{2, 40}; // slow enough that the bucket cannot refill in between
        auto c = makeClient(p);
        QSignalSpy throttled(c.get(), &StoreClient::throttled);
        QVERIFY(await(c->listImages(m_product)).ok());
        QCOMPARE(throttled.count(), 0);
        QVERIFY(await(c->listImages(m_product)).ok()); // the store's bucket is full: wait
        QCOMPARE(throttled.count(), 1);
    }

    void profileRateLimitSpacesRequests() {
        StoreProfile p = genericProfile(*m_sim);
        p.rateLimit = RateLimit{20, 3};
        auto c = makeClient(p);
        QCOMPARE(c->capabilities().rateLimit, (RateLimit{20, 3}));
        QSignalSpy throttled(c.get(), &StoreClient::throttled);
        // Three requests claim their slots at once: the burst of three keeps one slot spare (see
        // Throttle::capacity), so two go and the third waits.
        std::vector<QCoro::Task<Result<Gallery>>> tasks;
        tasks.reserve(3);
        for (int i = 0; i < 3; ++i)
            tasks.push_back(c->listImages(m_product));
        QCOMPARE(throttled.count(), 1);
        QVERIFY(throttled.first().first().toInt() > 0);
        for (auto &t : tasks)
            QVERIFY(await(std::move(t)).ok());
        QCOMPARE(imageListRequests(), 3);
    }

    // --- POST safety ------------------------------------------------------------------------

    void postIsNotRetriedOnServerError() {
        const qsizetype before = m_sim->images(SimDialect::Generic, m_product).size();
        m_sim->addFault(fault("POST", QStringLiteral("^/api/v1/product-images/?$"), 503, {}, 1));
        auto c = client();
        const Result<ProductImage> r = await(c->createImage(m_product, newImage()));
        QCOMPARE(r.error().code, StoreError::Code::Server);
        QVERIFY(!r.error().retryable);
        QCOMPARE(countRequests(*m_sim, "POST", QStringLiteral("product-images")), 1);
        QCOMPARE(m_sim->images(SimDialect::Generic, m_product).size(), before);
    }

    void postIsRetriedAfter429() {
        // A 429 means the store refused the request without acting on it.
        m_sim->addFault(fault("POST", QStringLiteral("^/api/v1/product-images/?$"), 429,
                              "{\"errors\":\"Too many request\"}", 1));
        const qsizetype before = m_sim->images(SimDialect::Generic, m_product).size();
        auto c = client();
        QVERIFY(await(c->createImage(m_product, newImage())).ok());
        QCOMPARE(countRequests(*m_sim, "POST", QStringLiteral("product-images")), 2);
        QCOMPARE(m_sim->images(SimDialect::Generic, m_product).size(), before + 1);
    }

    void postTimeoutIsOutcomeUnknown() {
        SimFault f = fault("POST", QStringLiteral("^/api/v1/product-images/?$"), 0, {}, 1);
        f.delayMs = 3000;
        m_sim->addFault(f);
        auto c = client(300);
        const Result<ProductImage> r = await(c->createImage(m_product, newImage()));
        QCOMPARE(r.error().code, StoreError::Code::Timeout);
        QVERIFY(!r.error().retryable);
        QVERIFY(r.error().storeMessage.contains(QLatin1String("may or may not")));
        QVERIFY(r.error().outcomeUnknown);
        QCOMPARE(countRequests(*m_sim, "POST", QStringLiteral("product-images")), 1);
    }

    void postDroppedConnectionIsOutcomeUnknown() {
        SimFault f = fault("POST", QStringLiteral("^/api/v1/product-images/?$"), 0, {}, 1);
        f.dropConnection = true;
        m_sim->addFault(f);
        auto c = client();
        const Result<ProductImage> r = await(c->createImage(m_product, newImage()));
        qDebug() << "POSTs" << countRequests(*m_sim, "POST", QStringLiteral("product-images"))
                 << r.ok();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, StoreError::Code::Network);
        QVERIFY(!r.error().retryable);
        QVERIFY(r.error().storeMessage.contains(QLatin1String("may or may not")));
        QVERIFY(r.error().outcomeUnknown);
        QCOMPARE(countRequests(*m_sim, "POST", QStringLiteral("product-images")), 1);
    }

    // --- timeouts and connections -----------------------------------------------------------

    void getTimeoutIsRetried() {
        SimFault f = fault("GET", kImages, 0, {}, 1);
        f.delayMs = 3000;
        m_sim->addFault(f);
        auto c = client(500);
        const Result<Gallery> g = await(c->listImages(m_product));
        QVERIFY2(g.ok(), qPrintable(g.ok() ? QString() : g.error().userMessage()));
        QCOMPARE(imageListRequests(), 2);
    }

    void getTimeoutEverytimeIsTimeout() {
        SimFault f = fault("GET", kImages, 0, {}, -1);
        f.delayMs = 3000;
        m_sim->addFault(f);
        auto c = client(200, 1);
        const Result<Gallery> g = await(c->listImages(m_product));
        QCOMPARE(g.error().code, StoreError::Code::Timeout);
        QVERIFY(g.error().retryable);
        QCOMPARE(g.error().httpStatus, 0);
        QCOMPARE(imageListRequests(), 2);
    }

    void droppedConnectionIsRetried() {
        SimFault f = fault("GET", kImages, 0, {}, 1);
        f.dropConnection = true;
        m_sim->addFault(f);
        auto c = client();
        QVERIFY(await(c->listImages(m_product)).ok());
        QCOMPARE(imageListRequests(), 2);
    }

    void connectionRefused() {
        // A port nothing listens on: take one from a simulator that is then stopped.
        QUrl dead;
        {
            StoreSimulator gone;
            QVERIFY(gone.start());
            dead = gone.baseUrl();
        }
        StoreProfile p = genericProfile(*m_sim, 2000, 2);
        p.baseUrl = dead;
        auto c = makeClient(p);
        QSignalSpy retrying(&c->pipeline(), &RequestPipeline::retrying);
        const Result<Gallery> g = await(c->listImages(m_product));
        QCOMPARE(g.error().code, StoreError::Code::Network);
        QVERIFY(g.error().retryable);
        QCOMPARE(retrying.count(), 2);
    }

    // --- hostile answers --------------------------------------------------------------------

    void malformedBodyIsBadResponse() {
        SimFault f = fault("GET", kImages, 0, {}, -1);
        f.damage = SimFault::Damage::Cut;
        m_sim->addFault(f);
        auto c = client();
        const Result<Gallery> g = await(c->listImages(m_product));
        QCOMPARE(g.error().code, StoreError::Code::BadResponse);
        QVERIFY(g.error().storeMessage.contains(QLatin1String("JSON")));
        QCOMPARE(imageListRequests(), 1); // a 200 is not retried
    }

    void hostileBodies_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::newRow("null") << QByteArray("null") << QByteArray("application/json");
        QTest::newRow("html") << QByteArray("<html>maintenance</html>") << QByteArray("text/html");
        QTest::newRow("wrong types")
            << QByteArray("[{\"id\":{\"x\":1},\"imageUrl\":[]}]") << QByteArray("application/json");
        QTest::newRow("deep nesting")
            << (QByteArray(5000, '[') + QByteArray(5000, ']')) << QByteArray("application/json");
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)
                                << QByteArray("image/png");
        QTest::newRow("empty") << QByteArray() << QByteArray("application/json");
    }
    void hostileBodies() {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        SimFault f = fault("GET", kImages, 200, body, -1);
        f.contentType = contentType;
        m_sim->addFault(f);
        auto c = client();
        const Result<Gallery> g = await(c->listImages(m_product));
        QCOMPARE(g.error().code, StoreError::Code::BadResponse);
        QVERIFY(!g.error().storeMessage.isEmpty());
    }

    void oversizedBodyIsRefused() {
        m_sim->addFault(
            fault("GET", kImages, 200, "[" + QByteArray(qsizetype(64) * 1024, ' ') + "]", -1));
        PipelineOptions o = fastOptions();
        o.maxBodyBytes = qint64(16) * 1024;
        auto c = client(10000, 4, {}, o);
        const Result<Gallery> g = await(c->listImages(m_product));
        QCOMPARE(g.error().code, StoreError::Code::BadResponse);
        QVERIFY(g.error().storeMessage.contains(QLatin1String("larger than")));
    }

    // --- cancellation -----------------------------------------------------------------------

    void cancelInFlight() {
        SimFault f = fault("GET", kImages, 0, {}, 1);
        f.delayMs = 5000;
        m_sim->addFault(f);
        auto c = client(20000);
        QSignalSpy received(m_sim, &StoreSimulator::requestReceived);
        QCoro::Task<Result<Gallery>> task = c->listImages(m_product);
        QVERIFY(received.wait(5000));
        QCOMPARE(c->pipeline().requestsInFlight(), 1);
        c->cancelAll();
        const Result<Gallery> g = await(std::move(task));
        QCOMPARE(g.error().code, StoreError::Code::Cancelled);
        QCOMPARE(imageListRequests(), 1);
        QCOMPARE(c->pipeline().requestsInFlight(), 0);
        // The pipeline keeps working after a cancel.
        QVERIFY(await(c->listImages(m_product)).ok());
    }

    void cancelDuringBackoff() {
        m_sim->addFault(fault("GET", kImages, 503, {}, -1));
        PipelineOptions o = fastOptions();
        o.baseBackoffMs = 60000; // a retry that would come much later
        o.maxBackoffMs = 60000;
        o.maxRetryWindowMs = 600000; // and is still within the window
        auto c = client(10000, 4, {}, o);
        QSignalSpy retrying(&c->pipeline(), &RequestPipeline::retrying);
        QCoro::Task<Result<Gallery>> task = c->listImages(m_product);
        QVERIFY(retrying.wait(5000));
        c->cancelAll();
        const Result<Gallery> g = await(std::move(task));
        QCOMPARE(g.error().code, StoreError::Code::Cancelled);
        QCOMPARE(imageListRequests(), 1);
    }

    void destroyingTheClientEndsItsRequests() {
        SimFault f = fault("GET", kImages, 0, {}, 1);
        f.delayMs = 5000;
        m_sim->addFault(f);
        auto c = client(20000);
        QSignalSpy received(m_sim, &StoreSimulator::requestReceived);
        QCoro::Task<Result<Gallery>> task = c->listImages(m_product);
        QVERIFY(received.wait(5000));
        c.reset();
        const Result<Gallery> g = await(std::move(task));
        QCOMPARE(g.error().code, StoreError::Code::Cancelled);
    }

    // cancelAll() resumes the aborted request's caller before QNetworkReply::abort() returns, and
    // that caller may destroy the client (vitrinectl's publish ends on Ctrl+C and closes its store
    // connection). The reply being aborted must outlive its abort(): its QNAM goes only once the
    // event loop is back (it used to be deleted at once: a crash in abort()).
    void cancelWhoseCallerDestroysTheClient() {
        SimFault f = fault("GET", kImages, 0, {}, 1);
        f.delayMs = 5000;
        m_sim->addFault(f);
        std::unique_ptr<StoreClient> c = client(20000);
        std::optional<StoreError::Code> code;
        auto readThenDrop = [](std::unique_ptr<StoreClient> *holder, QString product,
                               std::optional<StoreError::Code> *out) -> QCoro::Task<> {
            const Result<Gallery> g = co_await (*holder)->listImages(product);
            *out = g.ok() ? std::nullopt : std::optional(g.error().code);
            holder->reset();
        };
        QSignalSpy received(m_sim, &StoreSimulator::requestReceived);
        QCoro::Task<> task = readThenDrop(&c, m_product, &code);
        QVERIFY(received.wait(5000));
        const QPointer<QNetworkAccessManager> nam =
            c->pipeline().findChild<QNetworkAccessManager *>();
        QVERIFY(nam);
        c->cancelAll();
        QVERIFY(!c); // destroyed inside cancelAll()
        QVERIFY(code && *code == StoreError::Code::Cancelled);
        QVERIFY(nam);
        QTRY_VERIFY(!nam); // and nothing is left behind
    }

    // --- security ---------------------------------------------------------------------------

    void httpsIsRequiredExceptLoopback() {
        StoreProfile p = genericProfile(*m_sim);
        p.baseUrl = QUrl(QStringLiteral("http://shop.example.com"));
        auto c = makeClient(p, QStringLiteral("tok"));
        const Result<Gallery> g = await(c->listImages(m_product));
        QCOMPARE(g.error().code, StoreError::Code::InvalidInput);
        QVERIFY(g.error().storeMessage.contains(QLatin1String("https")));
        QVERIFY(m_sim->recordedRequests().isEmpty());

        QVERIFY(RequestPipeline::checkTransportSecurity(
                    QUrl(QStringLiteral("http://localhost:1/x"))) == std::nullopt);
        QVERIFY(RequestPipeline::checkTransportSecurity(QUrl(QStringLiteral("http://[::1]:1/x"))) ==
                std::nullopt);
        QVERIFY(RequestPipeline::checkTransportSecurity(
                    QUrl(QStringLiteral("https://shop.example/x"))) == std::nullopt);
        QVERIFY(RequestPipeline::checkTransportSecurity(QUrl(QStringLiteral("http://10.0.0.1/x")))
                    .has_value());
        QVERIFY(RequestPipeline::checkTransportSecurity(QUrl(QStringLiteral("ftp://127.0.0.1/x")))
                    .has_value());
    }

    void sameOrigin_data() {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("same") << "https://shop.example/api"
                              << "https://SHOP.example:443/x" << true;
        QTest::newRow("port") << "http://127.0.0.1:80/a"
                              << "http://127.0.0.1:81/a" << false;
        QTest::newRow("host") << "http://127.0.0.1:80/a"
                              << "http://localhost:80/a" << false;
        QTest::newRow("scheme") << "https://shop.example/"
                                << "http://shop.example:443/" << false;
        QTest::newRow("subdomain") << "https://shop.example/"
                                   << "https://cdn.shop.example/" << false;
    }
    void sameOrigin() {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(RequestPipeline::sameOrigin(QUrl(a), QUrl(b)), same);
    }

    void tokenIsNotSentToAnotherOrigin() {
        m_sim->setRequiredToken(SimDialect::Generic, QStringLiteral("s3cret"));
        auto c = client(10000, 4, QStringLiteral("s3cret"));
        // An absolute URL handed out by the store that points at the image host.
        HttpRequestSpec spec;
        spec.absoluteUrl = m_sim->imageUrl(StoreSimulator::demoImageFiles().first());
        const Result<HttpResponse> r = await(c->pipeline().send(spec));
        QVERIFY(r.ok());
        QCOMPARE(r->status, 200);
        // ... and one to the API itself, for contrast.
        QVERIFY(await(c->listImages(m_product)).ok());
        bool sawCdn = false;
        for (const SimRequest &req : m_sim->recordedRequests()) {
            if (req.listener == SimRequest::Listener::Cdn) {
                sawCdn = true;
                QVERIFY(!req.hasHeader("Authorization"));
            } else {
                QCOMPARE(req.header("Authorization"), QByteArray("Bearer s3cret"));
            }
        }
        QVERIFY(sawCdn);
    }

    void tokenIsNotCarriedAcrossARedirect() {
        m_sim->setRequiredToken(SimDialect::Generic, QStringLiteral("s3cret"));
        SimFault f = fault("GET", kImages, 302, {}, -1);
        f.headers = {
            {"Location", m_sim->imageUrl(StoreSimulator::demoImageFiles().first()).toEncoded()}};
        m_sim->addFault(f);
        auto c = client(10000, 4, QStringLiteral("s3cret"));
        const Result<Gallery> g = await(c->listImages(m_product));
        QVERIFY(!g.ok());
        QCOMPARE(g.error().code, StoreError::Code::Network);
        QVERIFY(g.error().storeMessage.contains(QLatin1String("redirect")));
        for (const SimRequest &req : m_sim->recordedRequests())
            QVERIFY(req.listener != SimRequest::Listener::Cdn);
        QCOMPARE(imageListRequests(), 1); // not retried either
    }

    void tokenIsNeverLogged() {
        const QString token = QStringLiteral("tok_LOG_CHECK_77");
        m_sim->setRequiredToken(SimDialect::Generic, token);
        static QStringList captured;
        captured.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("vitrine.net*=true"));
        const QtMessageHandler previous =
            qInstallMessageHandler([](QtMsgType, const QMessageLogContext &,
                                      const QString &message) { captured << message; });
        {
            auto c = client(10000, 1, token);
            m_sim->addFault(fault("GET", kImages, 503, {}, 1));
            QVERIFY(await(c->listImages(m_product)).ok());
            QVERIFY(!await(c->getImage(m_product, QStringLiteral("999"))).ok());
        }
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(captured.size() >= 3); // requests, the retry
        for (const QString &line : std::as_const(captured))
            QVERIFY2(!line.contains(token), qPrintable(line));
    }

    void errorsNeverContainTheToken() {
        const QString token = QStringLiteral("tok_LEAK_CHECK_42");
        m_sim->setRequiredToken(SimDialect::Generic, QStringLiteral("other"));
        auto c = client(10000, 4, token);
        const Result<Gallery> g = await(c->listImages(m_product));
        QCOMPARE(g.error().code, StoreError::Code::Unauthorized);
        QVERIFY(!g.error().userMessage().contains(token));
        QVERIFY(!g.error().storeMessage.contains(token));
    }
};

QTEST_GUILESS_MAIN(TstRequestPipeline)
#include "tst_requestpipeline.moc"
