// The grid tells the thumbnail cache what it shows: what is on screen is fetched first, one
// screen ahead (in the direction of scrolling) after it, and what scrolled away before it was
// fetched leaves the queue. Offscreen, with fetches held at a gate so the queue can be read.
#include "models/editsession.h"
#include "models/gallerymodel.h"
#include "ui/galleryview.h"
#include "ui/thumbnailcache.h"
#include "ui/thumbnaildemand.h"
#include "uifixtures.h"

#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace vitrine;
using namespace vitrine::test;
using Priority = ThumbnailQueue::Priority;

namespace {

struct Fixture {
    FetchGate gate;
    ThumbnailCache cache{gate.fetcher()};
    EditSession session;
    GalleryView view{&cache};
    Gallery gallery = makeGallery(300);

    Fixture() {
        for (const ProductImage &image : gallery)
            gate.files.insert(QUrl(image.src), pngBytes(QSize(40, 40), Qt::darkGreen));
        cache.setMaxConcurrentFetches(2);
        session.load(QStringLiteral("sofa"), gallery);
        view.setModel(session.model());
        view.setEditSession(&session);
        view.resize(800, 600);
        view.show();
    }
    QUrl urlOf(int row) const { return QUrl(gallery.at(row).src); }
    // Waits until the grid has laid out and announced what it shows.
    std::pair<int, int> settle() {
        QTest::qWait(50);
        view.thumbnailDemand()->announce();
        return view.thumbnailDemand()->visibleRows();
    }
    bool fetchedOrQueuedAs(int row, Priority priority) const {
        return cache.queuedPriority(urlOf(row)) == priority || gate.requested.contains(urlOf(row));
    }
};

} // namespace

class TstThumbnailDemand : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void theFirstScreenFirstThenTheNext() {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.view));
        const auto [first, last] = f.settle();
        QCOMPARE(first, 0);
        QVERIFY2(last >= 3 && last < 60, qPrintable(QString::number(last)));
        const int screen = last - first + 1;
        for (int row = first; row <= last; ++row)
            QVERIFY2(f.fetchedOrQueuedAs(row, Priority::Visible), qPrintable(QString::number(row)));
        for (int row = last + 1; row <= last + screen; ++row)
            QCOMPARE(f.cache.queuedPriority(f.urlOf(row)), Priority::Prefetch);
        QCOMPARE(f.cache.state(f.urlOf(last + screen + 1)), ThumbnailCache::State::Unknown);
        QCOMPARE(f.cache.state(f.urlOf(299)), ThumbnailCache::State::Unknown);
        // The fetches that started are the top of the screen, in reading order.
        QCOMPARE(f.gate.requested, (QList<QUrl>{f.urlOf(0), f.urlOf(1)}));
    }

    void aNewGalleryIsAskedForBeforeTheWindowPaints() {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.view));
        const auto [first, last] = f.settle();
        // Another product opens: no event is processed between loading it and asking.
        Gallery other = makeGallery(300);
        for (ProductImage &image : other)
            image.src.replace(QStringLiteral("/img"), QStringLiteral("/other"));
        f.session.load(QStringLiteral("chair"), other);
        for (int row = first; row <= last; ++row) {
            const QUrl url(other.at(row).src);
            QVERIFY2(f.cache.queuedPriority(url) == Priority::Visible ||
                         f.cache.state(url) == ThumbnailCache::State::Loading,
                     qPrintable(url.toString()));
        }
        QCOMPARE(f.cache.queuedPriority(QUrl(other.at(last + 1).src)), Priority::Prefetch);
        // What the old gallery wanted and did not start is no longer asked for.
        QCOMPARE(f.cache.queuedPriority(f.urlOf(last)), std::nullopt);
    }

    void endDropsWhatScrolledAwayAndFetchesTheLastScreen() {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.view));
        const auto [top, topLast] = f.settle();
        QSignalSpy dropped(&f.cache, &ThumbnailCache::thumbnailDropped);
        QScrollBar *bar = f.view.verticalScrollBar();
        bar->setValue(bar->maximum()); // End
        const auto [first, last] = f.settle();
        QCOMPARE(last, 299);
        QVERIFY(first > topLast);
        // The first screen (but the two fetches under way) and its prefetch left the queue.
        QVERIFY(dropped.size() >= (topLast - top + 1) - 2);
        for (int row = 2; row <= topLast; ++row)
            QCOMPARE(f.cache.state(f.urlOf(row)), ThumbnailCache::State::Unknown);
        for (int row = first; row <= last; ++row)
            QCOMPARE(f.cache.queuedPriority(f.urlOf(row)), Priority::Visible);
        QCOMPARE(f.cache.queuedCount(), last - first + 1); // nothing ahead of the end

        // Once the fetches under way are done, the last screen comes next.
        QSignalSpy ready(&f.cache, &ThumbnailCache::thumbnailReady);
        f.gate.open();
        // A count, not the structured binding itself: clang 14 (clang-tidy) cannot capture one.
        const int lastScreen = last - first + 1;
        QVERIFY(QTest::qWaitFor([&] { return ready.size() >= 2 + lastScreen; }, 10000));
        for (int i = 0; i < last - first + 1; ++i)
            QCOMPARE(f.gate.requested.at(2 + i), f.urlOf(first + i));
    }

    void scrollingUpPrefetchesTheScreenAbove() {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.view));
        f.settle();
        QScrollBar *bar = f.view.verticalScrollBar();
        bar->setValue(bar->maximum());
        f.settle();
        bar->setValue(bar->maximum() / 2); // up
        const auto [first, last] = f.settle();
        const int screen = last - first + 1;
        QCOMPARE(f.cache.queuedPriority(f.urlOf(first - 1)), Priority::Prefetch);
        QCOMPARE(f.cache.queuedPriority(f.urlOf(first - screen)), Priority::Prefetch);
        QVERIFY(!f.cache.queuedPriority(f.urlOf(last + 1)).has_value());
    }

    void aHiddenGridWantsNothing() {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.view));
        f.settle();
        QVERIFY(f.cache.queuedCount() > 0);
        f.view.hide();
        f.settle();
        QCOMPARE(f.cache.queuedCount(), 0);
    }
};

QTEST_MAIN(TstThumbnailDemand)
#include "tst_thumbnaildemand.moc"
