// The audit's picture checks over real HTTP against the simulator's image host (a different host
// from the API): sizes read from the pictures, broken ones with the reason, never the store's
// token, never more fetches at once than allowed, each address once, and a cancel.
#include "tests/catalog/catalogtestsupport.h"

#include "catalog/picturechecker.h"
#include "core/differencehash.h"
#include "net/thumbnailfetcher.h"

#include <QBuffer>
#include <QImage>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTimer>

using namespace vitrine;
using namespace vitrine::test;

namespace {

// Bands of gray that differ from variant to variant: a picture with structure to hash.
QImage pattern(int width, int height, int variant) {
    QImage image(width, height, QImage::Format_RGB32);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x) {
            const int band = variant == 0 ? (x * 9 / width + y * 3 / height) % 4
                                          : (y * 8 / height + x * 2 / width) % 3;
            const int gray = 40 + band * 60;
            image.setPixel(x, y, qRgb(gray, gray, gray));
        }
    return image;
}

QByteArray encoded(const QImage &image, const char *format) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

} // namespace

class TestPictureChecker : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<StoreSimulator> m_sim;
    std::unique_ptr<ThumbnailFetcher> m_fetcher;

    // Every picture answered this much later.
    void slowImageHost(int delayMs) {
        SimFault slow;
        slow.path = QRegularExpression(QStringLiteral("^/images/"));
        slow.delayMs = delayMs;
        slow.times = -1;
        m_sim->addFault(slow);
    }

    QString url(const QString &file, int n = 0) const {
        QUrl u = m_sim->imageUrl(file);
        if (n > 0)
            u.setQuery(QStringLiteral("n=%1").arg(n));
        return u.toString();
    }

private Q_SLOTS:
    void init() {
        m_sim = std::make_unique<StoreSimulator>();
        QVERIFY(m_sim->start());
        ThumbnailFetcher::Options options;
        options.cacheDirectory = QStringLiteral("-");
        m_fetcher = std::make_unique<ThumbnailFetcher>(options);
        m_fetcher->networkAccessManager()->setProxy(QNetworkProxy::NoProxy);
        m_fetcher->setDefaultScheme(QStringLiteral("http"));
    }
    void cleanup() {
        m_fetcher.reset();
        m_sim.reset();
    }

    void readsSizesAndReasons() {
        PictureChecker checker(m_fetcher.get());
        QSignalSpy checked(&checker, &PictureChecker::checked);
        const QString good = url(QStringLiteral("sofa-front.jpg"));
        const QString tiny = url(QStringLiteral("lamp-tiny.jpg"));
        const QString broken = url(StoreSimulator::brokenDemoImageFile());
        const QHash<QString, PictureCheck> results =
            await(checker.check({good, tiny, broken, good}));
        QCOMPARE(results.size(), 3);
        QCOMPARE(results.value(good).state, PictureCheck::State::Loaded);
        QCOMPARE(results.value(good).size, QSize(600, 600));
        QCOMPARE(results.value(tiny).size, QSize(40, 40));
        QCOMPARE(results.value(broken).state, PictureCheck::State::Broken);
        QVERIFY(!results.value(broken).error.isEmpty());
        QVERIFY(results.value(broken).checkedAt.isValid());
        QCOMPARE(checked.size(), 3);
        // Each address once.
        QCOMPARE(countRequests(*m_sim, "GET", QStringLiteral("^/images/sofa-front\\.jpg$")), 1);
    }

    // The image path has no way to carry a token: no request to the image host has one.
    void neverSendsTheStoresToken() {
        PictureChecker checker(m_fetcher.get());
        await(checker.check(
            {url(QStringLiteral("sofa-side.jpg")), url(QStringLiteral("lamp-on.jpg"))}));
        int cdnRequests = 0;
        for (const SimRequest &r : m_sim->recordedRequests()) {
            QCOMPARE(r.listener, SimRequest::Listener::Cdn);
            ++cdnRequests;
            for (const QByteArray &header : allAuthHeaders())
                QVERIFY2(r.header(header).isEmpty(), header.constData());
        }
        QCOMPARE(cdnRequests, 2);
    }

    // However many addresses, no more than the bound are fetched at once.
    void boundsTheFetchesUnderWay() {
        slowImageHost(30);
        QStringList urls;
        for (int n = 1; n <= 24; ++n)
            urls << url(QStringLiteral("sofa-room.jpg"), n);
        PictureChecker checker(m_fetcher.get(), 3);
        int most = 0;
        QTimer sampler;
        connect(&sampler, &QTimer::timeout, this,
                [&] { most = std::max(most, m_fetcher->fetchesInFlight() + m_fetcher->queued()); });
        sampler.start(2);
        const QHash<QString, PictureCheck> results = await(checker.check(urls));
        sampler.stop();
        QCOMPARE(results.size(), 24);
        QVERIFY2(most <= 3, qPrintable(QString::number(most)));
        QVERIFY(most >= 1);
    }

    void cancelStopsTheRest() {
        slowImageHost(50);
        QStringList urls;
        for (int n = 1; n <= 20; ++n)
            urls << url(QStringLiteral("table-top.jpg"), n);
        PictureChecker checker(m_fetcher.get(), 2);
        connect(&checker, &PictureChecker::progressed, &checker, [&](int done, int) {
            if (done == 3)
                checker.cancel();
        });
        const QHash<QString, PictureCheck> results = await(checker.check(urls));
        QCOMPARE(results.size(), 3);
        QVERIFY(!checker.isBusy());
        QVERIFY(countRequests(*m_sim, "GET", QStringLiteral("^/images/")) <= 5);
    }

    void dueAreTheUncheckedAndTheStale() {
        const QDateTime now(QDate(2024, 3, 5), QTime(12, 0), Qt::UTC);
        const QHash<QString, PictureCheck> checks{
            {QStringLiteral("a"), PictureCheck{PictureCheck::State::Loaded,
                                               QSize(1, 1),
                                               {},
                                               now.addSecs(-60),
                                               std::nullopt,
                                               true}},
            {QStringLiteral("b"),
             PictureCheck{PictureCheck::State::Broken, {}, QStringLiteral("x"), now.addDays(-2)}},
            // Checked before pictures were hashed: again, for duplicates by pixels.
            {QStringLiteral("d"),
             PictureCheck{PictureCheck::State::Loaded, QSize(1, 1), {}, now.addSecs(-60)}}};
        QCOMPARE(PictureChecker::due({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                                      QStringLiteral("c"), QString(), QStringLiteral("d")},
                                     checks, now),
                 (QStringList{QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")}));
    }

    // The check hashes what it reads: the same picture re-encoded smaller hashes a few bits
    // apart (a copy), another picture many bits apart, a flat one not at all.
    void hashesThePicture_data() {
        QTest::addColumn<QByteArray>("first");
        QTest::addColumn<QByteArray>("second");
        QTest::addColumn<bool>("same");
        QTest::newRow("a copy, smaller, as JPEG")
            << encoded(pattern(640, 480, 0), "PNG") << encoded(pattern(320, 240, 0), "JPG") << true;
        QTest::newRow("another picture") << encoded(pattern(640, 480, 0), "PNG")
                                         << encoded(pattern(640, 480, 1), "PNG") << false;
    }
    void hashesThePicture() {
        QFETCH(QByteArray, first);
        QFETCH(QByteArray, second);
        QFETCH(bool, same);
        const PictureCheck a = PictureChecker::inspect(first);
        const PictureCheck b = PictureChecker::inspect(second);
        QVERIFY(a.hashed && b.hashed);
        QVERIFY(a.hash && b.hash);
        const int distance = DifferenceHash::distance(*a.hash, *b.hash);
        QVERIFY2((distance <= DifferenceHash::kSamePictureDistance) == same,
                 qPrintable(QString::number(distance)));
        QImage flat(300, 200, QImage::Format_RGB32);
        flat.fill(Qt::white);
        const PictureCheck blank = PictureChecker::inspect(encoded(flat, "PNG"));
        QVERIFY(blank.hashed);
        QVERIFY(!blank.hash);
    }

    void inspectsBytes_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("loaded");
        QTest::newRow("not a picture") << QByteArray("<html>Not found</html>") << false;
        QTest::newRow("empty") << QByteArray() << false;
        QImage png(7, 5, QImage::Format_RGB32);
        png.fill(Qt::red);
        QByteArray pngBytes;
        QBuffer buffer(&pngBytes);
        buffer.open(QIODevice::WriteOnly);
        png.save(&buffer, "PNG");
        QTest::newRow("png") << pngBytes << true;
    }
    void inspectsBytes() {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, loaded);
        const PictureCheck check = PictureChecker::inspect(bytes);
        QCOMPARE(check.state == PictureCheck::State::Loaded, loaded);
        if (loaded)
            QCOMPARE(check.size, QSize(7, 5));
        else
            QVERIFY(!check.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPictureChecker)
#include "tst_picturechecker.moc"
