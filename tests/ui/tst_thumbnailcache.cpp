#include "ui/thumbnailcache.h"
#include "uifixtures.h"

#include <QBuffer>
#include <QCoroSignal>
#include <QImage>
#include <QPainter>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace vitrine;
using vitrine::test::FetchGate;

namespace {

QByteArray encodedImage(QSize size, const char *format = "PNG", QColor color = Qt::darkCyan) {
    QImage image(size, QImage::Format_RGB32);
    image.fill(color);
    QPainter(&image).fillRect(0, 0, size.width() / 2, size.height() / 2, Qt::yellow);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

QUrl url(const char *name) {
    return QUrl(QStringLiteral("http://127.0.0.1:1/img/") + QLatin1String(name));
}

} // namespace

class TstThumbnailCache : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void decodesToTheThumbnailBox_data() {
        QTest::addColumn<QSize>("natural");
        QTest::addColumn<QByteArray>("format");
        QTest::addColumn<QSize>("expected");
        QTest::newRow("landscape png") << QSize(800, 600) << QByteArray("PNG") << QSize(160, 120);
        QTest::newRow("portrait jpeg") << QSize(300, 900) << QByteArray("JPG") << QSize(53, 160);
        QTest::newRow("tiny png is not enlarged")
            << QSize(40, 30) << QByteArray("PNG") << QSize(40, 30);
        QTest::newRow("exact box") << QSize(160, 160) << QByteArray("PNG") << QSize(160, 160);
    }
    void decodesToTheThumbnailBox() {
        QFETCH(QSize, natural);
        QFETCH(QByteArray, format);
        QFETCH(QSize, expected);
        FetchGate gate;
        gate.isOpen = true;
        gate.files.insert(url("a"), encodedImage(natural, format.constData()));
        ThumbnailCache cache(gate.fetcher(), QSize(160, 160));
        QSignalSpy ready(&cache, &ThumbnailCache::thumbnailReady);

        QVERIFY(cache.thumbnail(url("a")).isNull()); // starts loading, nothing yet
        QVERIFY(ready.wait(10000));
        QCOMPARE(ready.constFirst().constFirst().toUrl(), url("a"));
        const QPixmap pixmap = cache.thumbnail(url("a"));
        QCOMPARE(pixmap.size(), expected);
        QCOMPARE(cache.naturalSize(url("a")), natural);
        QCOMPARE(cache.state(url("a")), ThumbnailCache::State::Ready);
        QVERIFY(!cache.hasFailed(url("a")));
        QCOMPARE(gate.requested.size(), 1);
    }

    void decodingRunsOnTheDecodePoolNotTheGuiThread() {
        FetchGate gate;
        gate.files.insert(url("a"), encodedImage(QSize(640, 480)));
        ThumbnailCache cache(gate.fetcher());
        QSignalSpy ready(&cache, &ThumbnailCache::thumbnailReady);

        // Occupy every decoder thread: while they are busy, the image cannot be decoded unless the
        // cache (wrongly) decodes on the GUI thread.
        QThreadPool *pool = cache.decodePool();
        QSemaphore release;
        QSemaphore started;
        const int threads = pool->maxThreadCount();
        for (int i = 0; i < threads; ++i) {
            pool->start([&] {
                started.release();
                release.acquire();
            });
        }
        started.acquire(threads);

        cache.request(url("a"));
        gate.open(); // bytes arrive; decoding is now queued on the blocked pool
        QTest::qWait(100);
        QCOMPARE(ready.size(), 0);
        QCOMPARE(cache.state(url("a")), ThumbnailCache::State::Loading);

        release.release(threads);
        QVERIFY(ready.wait(10000));
        QCOMPARE(cache.thumbnail(url("a")).size(), QSize(160, 120));
    }

    void concurrentRequestsForOneUrlFetchOnce() {
        FetchGate gate;
        gate.files.insert(url("a"), encodedImage(QSize(200, 200)));
        ThumbnailCache cache(gate.fetcher());
        QSignalSpy ready(&cache, &ThumbnailCache::thumbnailReady);

        QVERIFY(cache.thumbnail(url("a")).isNull());
        cache.request(url("a"));
        QVERIFY(cache.thumbnail(url("a")).isNull());
        QVERIFY(cache.isLoading(url("a")));
        QCOMPARE(gate.requested.size(), 1);

        gate.open();
        QVERIFY(ready.wait(10000));
        QVERIFY(!cache.thumbnail(url("a")).isNull());
        QCOMPARE(gate.requested.size(), 1);
        QCOMPARE(ready.size(), 1);
    }

    void failuresAreRememberedUntilRetried_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("present");
        QTest::addColumn<QString>("reasonContains");
        QTest::newRow("download failed") << QByteArray() << false << QStringLiteral("downloaded");
        QTest::newRow("not an image")
            << QByteArray("<html>gone</html>") << true << QStringLiteral("not an image");
        QTest::newRow("empty file") << QByteArray() << true << QStringLiteral("empty");
        QTest::newRow("truncated png")
            << encodedImage(QSize(300, 300)).left(60) << true << QStringLiteral("PNG");
    }
    void failuresAreRememberedUntilRetried() {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, present);
        QFETCH(QString, reasonContains);
        FetchGate gate;
        gate.isOpen = true;
        if (present)
            gate.files.insert(url("bad"), bytes);
        ThumbnailCache cache(gate.fetcher());
        QSignalSpy failed(&cache, &ThumbnailCache::thumbnailFailed);
        QSignalSpy ready(&cache, &ThumbnailCache::thumbnailReady);

        cache.request(url("bad"));
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.constFirst().at(0).toUrl(), url("bad"));
        const QString reason = failed.constFirst().at(1).toString();
        QVERIFY2(reason.contains(reasonContains, Qt::CaseInsensitive), qPrintable(reason));
        QVERIFY(cache.hasFailed(url("bad")));
        QCOMPARE(cache.failureReason(url("bad")), reason);
        QCOMPARE(cache.state(url("bad")), ThumbnailCache::State::Failed);

        // Painting again must not hammer the store with the same broken URL.
        QVERIFY(cache.thumbnail(url("bad")).isNull());
        cache.request(url("bad"));
        QCOMPARE(gate.requested.size(), 1);

        // Once fixed, an explicit retry loads it.
        gate.files.insert(url("bad"), encodedImage(QSize(50, 50)));
        cache.retry(url("bad"));
        QCOMPARE(gate.requested.size(), 2);
        QVERIFY(ready.wait(10000));
        QVERIFY(!cache.hasFailed(url("bad")));
        QCOMPARE(cache.thumbnail(url("bad")).size(), QSize(50, 50));
    }

    void fetchesAreThrottledAndQueued() {
        FetchGate gate;
        ThumbnailCache cache(gate.fetcher());
        cache.setMaxConcurrentFetches(2);
        QSignalSpy ready(&cache, &ThumbnailCache::thumbnailReady);
        QSignalSpy idle(&cache, &ThumbnailCache::idle);
        const QList<QUrl> urls{url("1"), url("2"), url("3"), url("4"), url("5")};
        for (const QUrl &u : urls) {
            gate.files.insert(u, encodedImage(QSize(20, 20)));
            QVERIFY(cache.thumbnail(u).isNull()); // painted: on screen
        }
        QCOMPARE(cache.fetchesInFlight(), 2);
        QCOMPARE(cache.queuedCount(), 3);
        QCOMPARE(gate.requested, (QList<QUrl>{url("1"), url("2")}));

        gate.open();
        QVERIFY(QTest::qWaitFor([&] { return ready.size() == 5; }, 10000));
        QCOMPARE(gate.requested, urls); // first asked, first fetched
        QCOMPARE(cache.fetchesInFlight(), 0);
        QCOMPARE(cache.queuedCount(), 0);
        QVERIFY(idle.size() >= 1);
    }

    void backgroundLoadsLeaveASlotForWhatIsOnScreen() {
        FetchGate gate;
        ThumbnailCache cache(gate.fetcher());
        cache.setMaxConcurrentFetches(3);
        for (const char *name : {"b1", "b2", "b3", "b4", "v1"})
            gate.files.insert(url(name), encodedImage(QSize(20, 20)));
        for (const char *name : {"b1", "b2", "b3", "b4"})
            cache.request(url(name));
        QCOMPARE(cache.fetchesInFlight(), 2); // one of the three kept free
        QVERIFY(cache.thumbnail(url("v1")).isNull());
        QCOMPARE(cache.fetchesInFlight(), 3);
        QCOMPARE(gate.requested, (QList<QUrl>{url("b1"), url("b2"), url("v1")}));
    }

    // What views paint or announce as on screen goes first, then the screen ahead, then what is
    // wanted in the background; first come first within each.
    void visibleFirstThenAheadThenBackground() {
        FetchGate gate;
        ThumbnailCache cache(gate.fetcher());
        cache.setMaxConcurrentFetches(2);
        QObject grid;
        const QList<const char *> names{"bg1", "bg2", "v1", "v2", "a1", "a2", "p1"};
        for (const char *name : names)
            gate.files.insert(url(name), encodedImage(QSize(20, 20)));
        cache.request(url("bg1")); // starts at once: nothing else is waiting
        cache.request(url("bg2"));
        cache.setWanted(&grid, {url("v1"), url("v2")}, {url("a1"), url("a2")});
        QVERIFY(cache.thumbnail(url("p1")).isNull()); // another view paints it
        QCOMPARE(gate.requested, (QList<QUrl>{url("bg1"), url("v1")}));
        using P = ThumbnailQueue::Priority;
        QCOMPARE(cache.queuedPriority(url("v2")), P::Visible);
        QCOMPARE(cache.queuedPriority(url("p1")), P::Visible);
        QCOMPARE(cache.queuedPriority(url("a1")), P::Prefetch);
        QCOMPARE(cache.queuedPriority(url("bg2")), P::Background);

        QSignalSpy ready(&cache, &ThumbnailCache::thumbnailReady);
        gate.open();
        QVERIFY(QTest::qWaitFor([&] { return ready.size() == names.size(); }, 10000));
        QCOMPARE(gate.requested, (QList<QUrl>{url("bg1"), url("v1"), url("v2"), url("p1"),
                                              url("a1"), url("a2"), url("bg2")}));
    }

    // The screen ahead waits for the screen to be decoded, not only downloaded: its transfers and
    // decodes would take the CPU from the screen's last decodes. Until then the cache says that
    // something on screen is still loading (what views pace their repaints by).
    void theScreenAheadWaitsUntilTheScreenIsDecoded() {
        FetchGate gate;
        ThumbnailCache cache(gate.fetcher());
        QObject grid;
        for (const char *name : {"v1", "a1"})
            gate.files.insert(url(name), encodedImage(QSize(20, 20)));
        QVERIFY(!cache.isLoadingVisible());
        QThreadPool *pool = cache.decodePool();
        pool->setMaxThreadCount(1);
        QSemaphore held;
        pool->start([&held] { held.acquire(); }); // the decoder is busy until released
        const auto unblock = qScopeGuard([&held] { held.release(); }); // also when a check fails

        cache.setWanted(&grid, {url("v1")}, {url("a1")});
        QVERIFY(cache.isLoadingVisible());
        gate.open();
        QTest::qWait(100); // v1's bytes are in; its decode waits
        QCOMPARE(cache.state(url("v1")), ThumbnailCache::State::Loading);
        QCOMPARE(gate.requested, QList<QUrl>{url("v1")}); // not a1 yet
        QVERIFY(cache.isLoadingVisible());

        QSignalSpy ready(&cache, &ThumbnailCache::thumbnailReady);
        held.release();
        QTRY_COMPARE(ready.size(), 2);
        QCOMPARE(ready.at(0).at(0).toUrl(), url("v1"));
        QCOMPARE(gate.requested, (QList<QUrl>{url("v1"), url("a1")}));
        QVERIFY(!cache.isLoadingVisible());
    }

    // Scrolling away drops what the view no longer shows before it was fetched; what the review
    // panel wants too stays, behind what is on screen now.
    void whatScrolledAwayIsDropped() {
        FetchGate gate;
        ThumbnailCache cache(gate.fetcher());
        cache.setMaxConcurrentFetches(1);
        QObject grid;
        for (const char *name : {"1", "2", "3", "4", "9", "10"})
            gate.files.insert(url(name), encodedImage(QSize(20, 20)));
        cache.request(url("3")); // the review panel judges every image
        cache.setWanted(&grid, {url("1"), url("2"), url("3"), url("4")}, {});
        for (const char *name : {"1", "2", "3", "4"})
            QVERIFY(cache.thumbnail(url(name)).isNull()); // and the grid paints them
        QCOMPARE(gate.requested, QList<QUrl>{url("3")});  // in flight before the grid asked
        QSignalSpy dropped(&cache, &ThumbnailCache::thumbnailDropped);

        cache.setWanted(&grid, {url("9"), url("10")}, {}); // End
        QCOMPARE(dropped.size(), 3);
        QCOMPARE(cache.state(url("1")), ThumbnailCache::State::Unknown);
        QCOMPARE(cache.state(url("2")), ThumbnailCache::State::Unknown);
        QCOMPARE(cache.state(url("4")), ThumbnailCache::State::Unknown);
        QCOMPARE(cache.queuedCount(), 2);

        QSignalSpy ready(&cache, &ThumbnailCache::thumbnailReady);
        gate.open();
        QVERIFY(QTest::qWaitFor([&] { return ready.size() == 3; }, 10000));
        QCOMPARE(gate.requested, (QList<QUrl>{url("3"), url("9"), url("10")}));

        // A view that goes away withdraws what it wanted.
        auto *details = new QObject;
        gate.isOpen = false;
        cache.setMaxConcurrentFetches(1);
        cache.request(url("1")); // occupies the one slot
        cache.setWanted(details, {url("2"), url("4")}, {});
        QCOMPARE(cache.queuedCount(), 2);
        delete details;
        QCOMPARE(cache.queuedCount(), 0);
    }

    // Renditions: asked for as wide as the box in device pixels, falling back to the original.
    void asksForARenditionAsWideAsTheBox_data() {
        QTest::addColumn<qreal>("dpr");
        QTest::addColumn<QSize>("rendition"); // what the host sends for the rendition
        QTest::addColumn<QSize>("natural");   // what the cache then knows of the original
        QTest::newRow("as wide as asked: the original is larger, size unknown")
            << 1.0 << QSize(160, 80) << QSize();
        QTest::newRow("at 2x, 320 wide") << 2.0 << QSize(320, 640) << QSize();
        QTest::newRow("narrower: hosts never enlarge, so it is the original")
            << 1.0 << QSize(100, 50) << QSize(100, 50);
        QTest::newRow("wider: the host ignored the rule and sent the original")
            << 1.0 << QSize(800, 400) << QSize(800, 400);
    }
    void asksForARenditionAsWideAsTheBox() {
        QFETCH(qreal, dpr);
        QFETCH(QSize, rendition);
        QFETCH(QSize, natural);
        FetchGate gate;
        gate.isOpen = true;
        const QUrl renditionUrl(url("a").toString() + QStringLiteral("?width=%1").arg(160 * dpr));
        gate.files.insert(renditionUrl, encodedImage(rendition));
        ThumbnailCache cache(gate.fetcher(), QSize(160, 160));
        cache.setDevicePixelRatio(dpr);
        cache.setRenditionRule([](const QUrl &src, int width) {
            return QUrl(src.toString() + QStringLiteral("?width=%1").arg(width));
        });
        QSignalSpy ready(&cache, &ThumbnailCache::thumbnailReady);
        cache.request(url("a"));
        QVERIFY(ready.wait(10000));
        QCOMPARE(gate.requested, QList<QUrl>{renditionUrl});
        QCOMPARE(cache.naturalSize(url("a")), natural);
        const QSize shown = cache.thumbnail(url("a")).deviceIndependentSize().toSize();
        QVERIFY2(shown.width() <= 160 && shown.height() <= 160,
                 qPrintable(QString::number(shown.width())));
    }

    void aFailedRenditionFallsBackToTheOriginalAndTheHostIsRemembered() {
        FetchGate gate;
        gate.isOpen = true;
        const QUrl other(QStringLiteral("http://127.0.0.2:1/img/c"));
        for (const QUrl &u : {url("a"), url("b"), other})
            gate.files.insert(u, encodedImage(QSize(600, 300)));
        ThumbnailCache cache(gate.fetcher(), QSize(160, 160));
        const auto renditionOf = [](const QUrl &src, int width) {
            return QUrl(src.toString() + QStringLiteral("_%1x").arg(width));
        };
        cache.setRenditionRule(renditionOf);
        QSignalSpy ready(&cache, &ThumbnailCache::thumbnailReady);
        QSignalSpy failed(&cache, &ThumbnailCache::thumbnailFailed);
        cache.request(url("broken")); // neither rendition nor original: broken, says nothing
        QVERIFY(failed.wait(10000));
        cache.request(url("a"));
        QVERIFY(ready.wait(10000));
        QCOMPARE(cache.naturalSize(url("a")), QSize(600, 300));
        cache.request(url("b")); // same host: the original at once
        QVERIFY(ready.wait(10000));
        cache.request(other); // another host is still asked for a rendition
        QVERIFY(ready.wait(10000));
        QCOMPARE(gate.requested, (QList<QUrl>{renditionOf(url("broken"), 160), url("broken"),
                                              renditionOf(url("a"), 160), url("a"), url("b"),
                                              renditionOf(other, 160), other}));
    }

    void cancelQueuedDropsWhatHasNotStarted() {
        FetchGate gate;
        ThumbnailCache cache(gate.fetcher());
        cache.setMaxConcurrentFetches(1);
        QSignalSpy ready(&cache, &ThumbnailCache::thumbnailReady);
        for (const char *name : {"1", "2", "3"}) {
            gate.files.insert(url(name), encodedImage(QSize(20, 20)));
            cache.request(url(name));
        }
        cache.cancelQueued();
        QCOMPARE(cache.queuedCount(), 0);
        QCOMPARE(cache.state(url("2")), ThumbnailCache::State::Unknown);
        gate.open();
        QVERIFY(ready.wait(10000));
        QCOMPARE(gate.requested, QList<QUrl>{url("1")});
        QCOMPARE(cache.state(url("1")), ThumbnailCache::State::Ready);
    }

    void leastRecentlyUsedPixmapsLeaveButSizesStay() {
        FetchGate gate;
        gate.isOpen = true;
        ThumbnailCache cache(gate.fetcher(), QSize(100, 100));
        const qint64 oneThumbnail = qint64(100) * 100 * 4;
        cache.setMaxCostBytes(2 * oneThumbnail);
        QSignalSpy ready(&cache, &ThumbnailCache::thumbnailReady);
        for (const char *name : {"1", "2", "3"})
            gate.files.insert(url(name), encodedImage(QSize(300, 300)));

        for (const char *name : {"1", "2", "3"}) {
            cache.request(url(name));
            QVERIFY(ready.wait(10000));
        }
        QCOMPARE(cache.totalCostBytes(), 2 * oneThumbnail);
        QCOMPARE(cache.state(url("1")), ThumbnailCache::State::Unknown); // evicted
        QCOMPARE(cache.state(url("3")), ThumbnailCache::State::Ready);
        QCOMPARE(cache.naturalSize(url("1")), QSize(300, 300));

        // Asking for an evicted thumbnail fetches it again.
        QVERIFY(cache.thumbnail(url("1")).isNull());
        QVERIFY(ready.wait(10000));
        QCOMPARE(gate.requested.size(), 4);
    }

    void clearDropsResultsOfLoadsInFlight() {
        FetchGate gate;
        gate.files.insert(url("a"), encodedImage(QSize(20, 20)));
        ThumbnailCache cache(gate.fetcher());
        QSignalSpy ready(&cache, &ThumbnailCache::thumbnailReady);
        cache.request(url("a"));
        cache.clear();
        gate.open();
        QTest::qWait(100);
        QCOMPARE(ready.size(), 0);
        QCOMPARE(cache.state(url("a")), ThumbnailCache::State::Unknown);
    }

    void invalidUrlsAreIgnored() {
        FetchGate gate;
        ThumbnailCache cache(gate.fetcher());
        QVERIFY(cache.thumbnail(QUrl()).isNull());
        QCOMPARE(gate.requested.size(), 0);
        QCOMPARE(cache.state(QUrl()), ThumbnailCache::State::Unknown);
    }

    void destroyedWhileLoadingIsSafe() {
        FetchGate gate;
        gate.files.insert(url("a"), encodedImage(QSize(20, 20)));
        {
            ThumbnailCache cache(gate.fetcher());
            cache.request(url("a"));
        }
        gate.open(); // the suspended load resumes, sees its cache is gone, and ends quietly
        QTest::qWait(50);
        QCOMPARE(gate.requested.size(), 1);
    }

    void highDpiThumbnailsKeepTheirLogicalSize() {
        FetchGate gate;
        gate.isOpen = true;
        gate.files.insert(url("a"), encodedImage(QSize(800, 800)));
        ThumbnailCache cache(gate.fetcher(), QSize(100, 100));
        cache.setDevicePixelRatio(2.0);
        QSignalSpy ready(&cache, &ThumbnailCache::thumbnailReady);
        cache.request(url("a"));
        QVERIFY(ready.wait(10000));
        const QPixmap pixmap = cache.thumbnail(url("a"));
        QCOMPARE(pixmap.size(), QSize(200, 200));
        QCOMPARE(pixmap.deviceIndependentSize().toSize(), QSize(100, 100));
    }
};

QTEST_MAIN(TstThumbnailCache)
#include "tst_thumbnailcache.moc"
