// The gallery window over real HTTP on loopback, against the store simulator running in a child
// process (so the server's work and memory are not this process's), as main() builds the window:
//
//  1. First screen of a 250-image gallery (1024×1024 PNG originals on the image host): from asking
//     for the product to every thumbnail on screen painted, next to the transfer floor — the same
//     requests (the gallery list and the first screen's thumbnails, at the addresses the app asks
//     for) sent all at once by a bare QNetworkAccessManager, as `curl --parallel` would. The grid
//     alone (the figure of docs/testing.md), then the window's default layout, the grid and the
//     details table side by side.
//  2. End after paging through half a large gallery (key repeat: one page every 40 ms), next to a
//     first screen of the same gallery measured in the same run.
//  3. Resident memory after that, with the thumbnail cache's bytes and budget.
//
//   bench_gallery          (CTest: 250 images ×3; paging through 1,000)
//   bench_gallery full     (250 images ×11; paging through 10,000: the figures of docs/testing.md)
//   bench_gallery [full] first|paging   (one part only; VITRINE_BENCH_RUNS=N: N first screens)
//   bench_gallery serve N  (the child: a simulator with one Shopify product of N images)
#include "benchsupport.h"
#include "demostore/simimagehost.h"
#include "demostore/storesimulator.h"
#include "models/editsession.h"
#include "models/gallerymodel.h"
#include "net/dialects/shopifydialect.h"
#include "tests/gui/windowharness.h"
#include "ui/detailsview.h"
#include "ui/galleryview.h"
#include "ui/mainwindow.h"
#include "ui/thumbnailcache.h"
#include "ui/thumbnaildemand.h"
#include "ui/thumbnailrepainter.h"

#include <QApplication>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace vitrine;
using namespace vitrine::bench;

namespace {

constexpr QSize kOriginal(1024, 1024);

// --- The child: a store with one product of n generated pictures --------------------------------

int serve(int argc, char **argv, int images) {
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("vitrine.*.debug=false\nvitrine.*.info=false"));
    StoreSimulator sim;
    if (!sim.start())
        return 1;
    const SimDialect d = SimDialect::Shopify;
    sim.setRequiredToken(d, QString());
    sim.setOrdering(d, OrderingSemantics::Absolute); // appending 10,000 images stays linear
    const ProductSummary product = sim.addProduct(d, QStringLiteral("Bench sofa"));
    for (int i = 1; i <= images; ++i) {
        NewImage image;
        image.src = sim.imageUrl(SimImageHost::generatedFile(i, kOriginal)).toString();
        image.alt = QStringLiteral("Bench sofa, view %1").arg(i);
        image.width = kOriginal.width();
        image.height = kOriginal.height();
        sim.addImage(d, product.id, image);
    }
    std::printf("READY %s %s\n", qPrintable(sim.baseUrl().toString()), qPrintable(product.id));
    std::fflush(stdout);
    return app.exec();
}

struct Server : ChildStore {
    explicit Server(int images)
        : ChildStore({QStringLiteral("serve"), QString::number(images)}) {}
    QUrl listUrl() const {
        QUrl u = baseUrl;
        u.setPath(StoreSimulator::pathPrefix(SimDialect::Shopify) +
                  QStringLiteral("/products/%1/images.json").arg(productId));
        return u;
    }
};

// --- The window, as main() builds it (tests/gui/windowharness.h: no disk cache, so every run
// fetches, as a first visit does) --------------------------------------------------------------

struct Window {
    QTemporaryDir home;
    test::WindowHarness harness{home.filePath(QStringLiteral("journal.sqlite"))};
    ThumbnailCache &thumbnails = harness.thumbnails;
    EditSession &session = harness.session;
    MainWindow &window = harness.window;
    GalleryController &controller = harness.controller;
    bool opened = false;

    Window(const Server &server, int images,
           MainWindow::ViewMode mode = MainWindow::ViewMode::Grid) {
        window.setViewMode(mode);
        window.resize(1280, 800);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            std::printf("  the window was not exposed\n");
        harness.open(LaunchOptions{LaunchOptions::Store::Direct,
                                   {},
                                   QStringLiteral("shopify"),
                                   server.baseUrl,
                                   {},
                                   server.productId});
        const auto changed = [this] { m_changed = true; };
        QObject::connect(&thumbnails, &ThumbnailCache::thumbnailReady, changed);
        QObject::connect(&thumbnails, &ThumbnailCache::thumbnailFailed, changed);
        QObject::connect(session.model(), &QAbstractItemModel::modelReset, changed);
        opened = session.model()->rowCount() == images;
        if (!opened)
            std::printf("  the gallery did not open (%d images): %s\n", session.model()->rowCount(),
                        qPrintable(harness.error()));
    }
    GalleryView *grid() const { return window.galleryView(); }
    // The rows on screen: the grid's, and the details table's when it is shown too.
    QList<int> screenRows() const {
        QList<int> rows;
        const auto [first, last] = grid()->thumbnailDemand()->visibleRows();
        for (int row = first; row >= 0 && row <= last; ++row)
            rows << row;
        const DetailsView *details = window.detailsView();
        if (details->isVisible() && session.model()->rowCount() > 0) {
            const int top = details->rowAt(0);
            int bottom = details->rowAt(details->viewport()->height() - 1);
            if (bottom < 0)
                bottom = session.model()->rowCount() - 1;
            for (int row = top; row >= 0 && row <= bottom; ++row)
                if (!rows.contains(row))
                    rows << row;
        }
        return rows;
    }
    // Every thumbnail on screen is in memory (or failed), and the views have asked to paint each
    // (none waits for the next frame: ThumbnailRepainter). Polled after every event the window
    // handles, so it is cheap: the screen's thumbnails are looked at again only when a thumbnail
    // arrived or failed, the gallery changed or other rows came on screen. Parsing the screen's
    // URLs at every poll cost the window more than a tenth of its first screen's instructions.
    bool screenPainted() const {
        if (grid()->repainter()->pendingCount() > 0 ||
            window.detailsView()->repainter()->pendingCount() > 0)
            return false;
        const QList<int> rows = screenRows();
        if (rows != m_checkedRows || m_changed) {
            m_checkedRows = rows;
            m_changed = false;
            m_screenLoaded =
                !rows.isEmpty() && std::all_of(rows.cbegin(), rows.cend(), [&](int row) {
                    const auto state = thumbnails.state(urlOf(row));
                    return state == ThumbnailCache::State::Ready ||
                           state == ThumbnailCache::State::Failed;
                });
        }
        return m_screenLoaded;
    }
    QUrl urlOf(int row) const {
        return QUrl(session.model()->index(row).data(GalleryModel::SourceUrlRole).toString());
    }
    QList<QUrl> screenUrls() const {
        QList<QUrl> urls;
        for (const int row : screenRows())
            urls << urlOf(row);
        return urls;
    }

private:
    mutable QList<int> m_checkedRows;
    mutable bool m_changed = true;
    mutable bool m_screenLoaded = false;
};

// GETs url on nam, reads the answer whole, counts it off `open`, then calls then (if any).
void countedGet(QNetworkAccessManager &nam, const QUrl &url, int &open,
                const std::function<void()> &then = {}) {
    QNetworkReply *reply = nam.get(QNetworkRequest(url));
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, &open, then] {
        reply->readAll();
        --open;
        reply->deleteLater();
        if (then)
            then();
    });
}

// The same requests with nothing else: all at once on a bare QNetworkAccessManager.
double transferFloor(QNetworkAccessManager &nam, const QList<QUrl> &urls) {
    QElapsedTimer t;
    t.start();
    int open = int(urls.size());
    for (const QUrl &url : urls)
        countedGet(nam, url, open);
    return untilPainted(t, [&] { return open == 0; });
}

// A second anchor, for what no client can beat: the list first, then the thumbnails all at
// once as soon as its last byte is in (a client learns their addresses from the list; nothing is
// parsed, laid out, decoded or painted here).
double listThenThumbnails(QNetworkAccessManager &nam, const QUrl &list, const QList<QUrl> &thumbs) {
    QElapsedTimer t;
    t.start();
    int open = int(thumbs.size()) + 1;
    countedGet(nam, list, open, [&] {
        for (const QUrl &url : thumbs)
            countedGet(nam, url, open);
    });
    return untilPainted(t, [&] { return open == 0; });
}

void firstScreen(int runs, MainWindow::ViewMode mode) {
    constexpr int kImages = 250;
    Server server(kImages);
    Window w(server, kImages, mode);
    if (!w.opened)
        return;
    QElapsedTimer t;
    t.start();
    settle(t, [&] { return w.screenPainted(); });
    // What the app asks for: the list, then the first screen's renditions at the cell's width.
    const ShopifyDialect dialect;
    QList<QUrl> requests{server.listUrl()};
    for (const QUrl &src : w.screenUrls())
        requests << dialect.thumbnailUrl(src, w.thumbnails.pixelBox().width());
    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy::NoProxy);
    transferFloor(nam, requests); // connections open, server's renditions made: both warm

    std::vector<double> app, floor, dependent, appCpu, processCpu, listed;
    for (int run = 0; run < runs; ++run) {
        quiesce(); // the last run's prefetch and everything it put off are over
        w.thumbnails.clear();
        w.session.load(QString(), {}); // an empty window, as before a product opens
        quiesce();                     // a view that emptied lays itself out again a little later
        floor.push_back(transferFloor(nam, requests));
        dependent.push_back(listThenThumbnails(nam, requests.first(), requests.mid(1)));
        t.start();
        const double cpu = threadCpuMs();
        const double allCpu = processCpuMs();
        QCoro::waitFor(w.controller.openProduct(server.productId));
        listed.push_back(double(t.nsecsElapsed()) / 1e6);
        app.push_back(untilPainted(t, [&] { return w.screenPainted(); }));
        appCpu.push_back(threadCpuMs() - cpu);
        processCpu.push_back(processCpuMs() - allCpu);
    }
    const bool grid = mode == MainWindow::ViewMode::Grid;
    std::printf("\nFirst screen of a %d-image gallery, %s (%lld thumbnails of %d×%d originals; "
                "median of %d interleaved runs)\n",
                kImages, grid ? "grid" : "grid and details side by side, the default layout",
                static_cast<long long>(requests.size() - 1), kOriginal.width(), kOriginal.height(),
                runs);
    printRatio("list + first screen painted", median(app), "floor", median(floor), "<= 1.50");
    printRatio("the same, against the list first", median(app), "then", median(dependent),
               "none; informative");
    std::printf("  gallery listed and in the model after %.1f ms\n", median(listed));
    // The window's process shares the two cores with the store's: its CPU time (decoding, the
    // network thread, painting) is time the store and the GUI thread may wait for.
    std::printf("  CPU of the window's process (every thread) %.1f ms\n", median(processCpu));
    std::printf("  GUI thread CPU %.1f ms; %lld requests in the floor, renditions %d px wide\n",
                median(appCpu), static_cast<long long>(requests.size()),
                w.thumbnails.pixelBox().width());
}

void pagingAndEnd(int images, int pages, int runs) {
    Server server(images);
    Window w(server, images);
    if (!w.opened)
        return;
    GalleryView *grid = w.grid();
    grid->setFocus();
    QElapsedTimer t;
    t.start();
    settle(t, [&] { return w.screenPainted(); });

    std::vector<double> first, end, firstCpu, endCpu, queued;
    for (int run = 0; run < runs; ++run) {
        // Anchor: the first screen of the gallery from an empty cache. Each run asks for
        // renditions of a width the image host has not made yet (another device pixel ratio),
        // for this screen as for the last one.
        quiesce();
        w.thumbnails.setDevicePixelRatio(1.25 + 0.25 * run);
        w.thumbnails.clear();
        QTest::keyClick(grid, Qt::Key_Home);
        t.start();
        double cpu = threadCpuMs();
        grid->viewport()->update();
        grid->thumbnailDemand()->announce();
        first.push_back(untilPainted(t, [&] { return w.screenPainted(); }));
        firstCpu.push_back(threadCpuMs() - cpu);

        // Paging as a held key does: one page every 40 ms, whatever has arrived.
        for (int page = 0; page < pages; ++page) {
            QTest::keyClick(grid, Qt::Key_PageDown);
            QTest::qWait(40);
        }
        queued.push_back(w.thumbnails.queuedCount());
        t.start();
        cpu = threadCpuMs();
        QTest::keyClick(grid, Qt::Key_End);
        end.push_back(untilPainted(t, [&] { return w.screenPainted(); }));
        endCpu.push_back(threadCpuMs() - cpu);
    }
    const auto [firstRow, lastRow] = grid->thumbnailDemand()->visibleRows();

    std::printf("\nEnd after paging %d times through a %d-image gallery (median of %d runs)\n",
                pages, images, runs);
    printRatio("End: last screen painted", median(end), "first screen", median(first), "<= 1.50");
    std::printf("  queued when End was pressed: %.0f; the last screen shows rows %d–%d\n",
                median(queued), firstRow + 1, lastRow + 1);
    std::printf("  GUI thread CPU: End %.1f ms, first screen %.1f ms\n", median(endCpu),
                median(firstCpu));
    std::printf("\nMemory after paging through %d images and End\n", images);
    // The target is 150 MB: decimal megabytes, 143.1 MiB.
    const double resident = residentMiB();
    std::printf(
        "  resident %.1f MiB = %.1f MB (target <= 150 MB); thumbnails %.1f MiB in memory of "
        "a %.1f MiB budget\n",
        resident, resident * 1024 * 1024 / 1e6,
        double(w.thumbnails.totalCostBytes()) / (1024 * 1024),
        double(w.thumbnails.maxCostBytes()) / (1024 * 1024));
}

} // namespace

int main(int argc, char **argv) {
    if (argc >= 3 && QByteArray(argv[1]) == "serve")
        return serve(argc, argv, QByteArray(argv[2]).toInt());
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("vitrine.*.debug=false\nvitrine.*.info=false"));
    const bool full = fullRun();
    // "first" or "paging" alone runs only that part (for profiling).
    const QStringList args = QCoreApplication::arguments();
    const bool only =
        args.contains(QStringLiteral("first")) || args.contains(QStringLiteral("paging"));
    // VITRINE_BENCH_RUNS=N repeats the first screen N times (for profiling).
    const int firstRuns = qEnvironmentVariableIntValue("VITRINE_BENCH_RUNS");
    if (!only || args.contains(QStringLiteral("first"))) {
        const int runs = firstRuns > 0 ? firstRuns : full ? 11 : 3;
        firstScreen(runs, MainWindow::ViewMode::Grid);
        firstScreen(runs, MainWindow::ViewMode::SideBySide);
    }
    const int images = full ? 10000 : 1000;
    // Paging through half the gallery (20 cards a page in the 1280×800 window), then End.
    if (!only || args.contains(QStringLiteral("paging")))
        pagingAndEnd(images, full ? images / 2 / 20 : 20, full ? 3 : 1);
    return 0;
}
