#include "nettestsupport.h"

#include "net/thumbnailfetcher.h"

#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace vitrine;
using namespace vitrine::test;

// Thumbnail bytes from the simulator's image host ("CDN", a different origin from the API).
class TstThumbnailFetcher : public QObject {
    Q_OBJECT
private:
    StoreSimulator *m_sim = nullptr;
    QTemporaryDir *m_cacheDir = nullptr;

    std::unique_ptr<ThumbnailFetcher> fetcher(ThumbnailFetcher::Options o = {}) {
        if (o.cacheDirectory.isEmpty())
            o.cacheDirectory = m_cacheDir->path();
        auto f = std::make_unique<ThumbnailFetcher>(o);
        f->networkAccessManager()->setProxy(QNetworkProxy::NoProxy);
        f->setDefaultScheme(QStringLiteral("http"));
        return f;
    }
    QUrl image(int i = 0) const { return m_sim->imageUrl(StoreSimulator::demoImageFiles().at(i)); }
    int cdnRequests() const {
        int n = 0;
        for (const SimRequest &r : m_sim->recordedRequests())
            n += r.listener == SimRequest::Listener::Cdn ? 1 : 0;
        return n;
    }

private Q_SLOTS:
    void init() {
        m_sim = new StoreSimulator(this);
        QVERIFY(m_sim->start());
        m_cacheDir = new QTemporaryDir;
    }
    void cleanup() {
        delete m_sim;
        delete m_cacheDir;
    }

    void fetchesWithoutAnyToken() {
        // A client with a token exists in the same process: its token must not reach the CDN.
        m_sim->setRequiredToken(SimDialect::Generic, QStringLiteral("s3cret"));
        auto client = makeClient(genericProfile(*m_sim), QStringLiteral("s3cret"));
        const QString product = m_sim->products(SimDialect::Generic).first().id;
        const Result<Gallery> gallery = await(client->listImages(product));
        QVERIFY(gallery.ok());

        auto f = fetcher();
        int fetched = 0;
        for (const ProductImage &i : gallery.value()) {
            if (QUrl(i.src).path().endsWith(StoreSimulator::brokenDemoImageFile()))
                continue;
            const Result<QByteArray> bytes = await(f->fetch(QUrl(i.src)));
            QVERIFY2(bytes.ok(), qPrintable(i.src));
            QVERIFY(bytes->startsWith("\xFF\xD8") || bytes->startsWith("\x89PNG"));
            ++fetched;
        }
        QVERIFY(fetched > 0);
        QVERIFY(cdnRequests() > 0);
        for (const SimRequest &r : m_sim->recordedRequests()) {
            if (r.listener != SimRequest::Listener::Cdn)
                continue;
            QVERIFY(!r.hasHeader("Authorization"));
            QVERIFY(!r.hasHeader("X-Shopify-Access-Token"));
            QVERIFY(!r.hasHeader("access-token"));
            for (const auto &h : r.headers)
                QVERIFY(!h.second.contains("s3cret"));
        }
    }

    void protocolRelativeSourceUsesTheStoreScheme() {
        auto f = fetcher();
        QUrl relative = image();
        relative.setScheme(QString());
        QVERIFY(relative.toString().startsWith(QLatin1String("//localhost:")));
        QCOMPARE(f->resolve(relative).scheme(), QStringLiteral("http"));
        QVERIFY(await(f->fetch(relative)).ok());
        f->setDefaultScheme(QStringLiteral("https"));
        QCOMPARE(f->resolve(relative).scheme(), QStringLiteral("https"));
        f->setDefaultScheme(QStringLiteral("ftp")); // ignored
        QCOMPARE(f->defaultScheme(), QStringLiteral("https"));
    }

    void refusesOtherSchemes_data() {
        QTest::addColumn<QString>("url");
        QTest::newRow("file") << QStringLiteral("file:///etc/passwd");
        QTest::newRow("data") << QStringLiteral("data:image/png;base64,AAAA");
        QTest::newRow("relative") << QStringLiteral("images/x.jpg");
        QTest::newRow("empty") << QString();
    }
    void refusesOtherSchemes() {
        QFETCH(QString, url);
        auto f = fetcher();
        QCOMPARE(await(f->fetch(QUrl(url))).error().code, StoreError::Code::InvalidInput);
        QCOMPARE(cdnRequests(), 0);
    }

    void missingImageIsNotFound() {
        auto f = fetcher();
        const Result<QByteArray> r =
            await(f->fetch(m_sim->imageUrl(StoreSimulator::brokenDemoImageFile())));
        QCOMPARE(r.error().code, StoreError::Code::NotFound);
        QCOMPARE(r.error().httpStatus, 404);
    }

    void sizeCap() {
        ThumbnailFetcher::Options o;
        o.maxBytes = 1024;
        auto f = fetcher(o);
        const Result<QByteArray> r = await(f->fetch(image()));
        QCOMPARE(r.error().code, StoreError::Code::BadResponse);
        QVERIFY(r.error().storeMessage.contains(QLatin1String("larger than")));
    }

    void secondFetchComesFromTheDiskCache() {
        auto f = fetcher();
        QVERIFY(await(f->fetch(image())).ok());
        QCOMPARE(cdnRequests(), 1);
        const Result<QByteArray> again = await(f->fetch(image()));
        QVERIFY(again.ok());
        QCOMPARE(cdnRequests(), 1); // Cache-Control: max-age, PreferCache
        QVERIFY(!QDir(m_cacheDir->path()).isEmpty(QDir::NoDotAndDotDot | QDir::AllEntries));
    }

    void concurrencyIsCapped() {
        SimFault slow;
        slow.path = QRegularExpression(QStringLiteral("^/images/"));
        slow.delayMs = 200;
        slow.times = -1;
        m_sim->addFault(slow);
        ThumbnailFetcher::Options o;
        o.maxConcurrent = 2;
        o.cacheDirectory = QStringLiteral("-");
        auto f = fetcher(o);
        int maxSeen = 0;
        connect(m_sim, &StoreSimulator::requestReceived, this,
                [&] { maxSeen = std::max(maxSeen, f->fetchesInFlight()); });
        std::vector<QCoro::Task<Result<QByteArray>>> tasks;
        tasks.reserve(6);
        const QStringList files = StoreSimulator::demoImageFiles();
        for (int i = 0; i < 6; ++i)
            tasks.push_back(f->fetch(m_sim->imageUrl(files.at(i % files.size()))));
        QCOMPARE(f->fetchesInFlight(), 2);
        QCOMPARE(f->queued(), 4);
        for (auto &t : tasks)
            QVERIFY(await(std::move(t)).ok());
        QCOMPARE(maxSeen, 2);
        QCOMPARE(cdnRequests(), 6);
        QCOMPARE(f->fetchesInFlight(), 0);
    }

    void cancelAllEndsRunningAndQueued() {
        SimFault slow;
        slow.path = QRegularExpression(QStringLiteral("^/images/"));
        slow.delayMs = 5000;
        slow.times = -1;
        m_sim->addFault(slow);
        ThumbnailFetcher::Options o;
        o.maxConcurrent = 1;
        auto f = fetcher(o);
        QCoro::Task<Result<QByteArray>> running = f->fetch(image(0));
        QCoro::Task<Result<QByteArray>> queued = f->fetch(image(1));
        QCOMPARE(f->queued(), 1);
        QSignalSpy received(m_sim, &StoreSimulator::requestReceived);
        QVERIFY(received.wait(5000));
        f->cancelAll();
        QCOMPARE(await(std::move(running)).error().code, StoreError::Code::Cancelled);
        QCOMPARE(await(std::move(queued)).error().code, StoreError::Code::Cancelled);
        QCOMPARE(cdnRequests(), 1);
        // Still usable afterwards.
        m_sim->clearFaults();
        QVERIFY(await(f->fetch(image(2))).ok());
    }
};

QTEST_GUILESS_MAIN(TstThumbnailFetcher)
#include "tst_thumbnailfetcher.moc"
