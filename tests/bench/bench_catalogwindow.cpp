// The catalog window at catalog scale (issue 14): the app with the catalog of a 2,000-product /
// 20,000-image store open and a worklist of every image — resident memory, and how long each step
// of scrolling the worklist from top to bottom takes to paint (the view, Vitrine's delegates and
// models). The store (the simulator) runs in this process; the app runs in a child process (this
// program with --app), so the memory measured is the app's alone.
//
//   build/dev/tests/bench/bench_catalogwindow                     (small, as under CTest)
//   VITRINE_BENCH_PRODUCTS=2000 VITRINE_BENCH_IMAGES=10 build/dev/tests/bench/bench_catalogwindow
#include "app/gui/catalogcontroller.h"
#include "app/gui/gallerycontroller.h"
#include "app/gui/storelauncher.h"
#include "catalog/catalogdatabase.h"
#include "catalog/catalogscanner.h"
#include "demostore/storesimulator.h"
#include "models/editsession.h"
#include "models/worklistmodel.h"
#include "net/storeclient.h"
#include "net/thumbnailfetcher.h"
#include "ui/catalogwindow.h"
#include "ui/mainwindow.h"
#include "ui/thumbnailcache.h"
#include "workflow/journal.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkProxy>
#include <QProcess>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace vitrine;

namespace {

int envInt(const char *name, int fallback) {
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v > 0 ? v : fallback;
}

qint64 residentKb() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// The app: the main window on the store, its catalog window with a worklist of every image.
int runApp(const QUrl &store, const QString &journalPath) {
    Journal journal(journalPath);
    if (!journal.open())
        return 3;
    StoreLauncher launcher(nullptr, nullptr);
    ThumbnailFetcher fetcher(
        ThumbnailFetcher::Options{6, qint64(20) * 1024 * 1024, 10000, QStringLiteral("-"), 0});
    fetcher.networkAccessManager()->setProxy(QNetworkProxy::NoProxy);
    ThumbnailCache thumbnails([&fetcher](QUrl url) { return fetcher.fetch(std::move(url)); });
    EditSession session;
    MainWindow window(&session, &thumbnails);
    window.setConfirmCloseWithPending(false);
    GalleryController controller(&window, &session, &fetcher, &launcher);
    controller.setJournal(&journal);
    LaunchOptions options;
    options.store = LaunchOptions::Store::Direct;
    options.dialect = QStringLiteral("generic");
    options.baseUrl = store;
    const Result<StoreTarget> target = QCoro::waitFor(launcher.resolve(options));
    if (!target.ok())
        return 4;
    QCoro::waitFor(controller.openStore(target.value()));
    const qint64 before = residentKb();

    CatalogController catalog(&controller, &window, &session, &thumbnails, &fetcher);
    catalog.setJournal(&journal);
    CatalogWindow *w = catalog.window();
    w->resize(1200, 820);
    w->show();
    QComboBox *choice = w->worklistChoice();
    choice->setCurrentIndex(choice->findData(-2)); // every image
    w->tabs()->setCurrentIndex(1);
    QTableView *view = w->worklistView();
    QTest::qWait(200);
    const qint64 opened = residentKb();
    const int rows = view->model()->rowCount();

    // Scroll from top to bottom a page at a time; each step painted at once, as a frame.
    QScrollBar *bar = view->verticalScrollBar();
    QList<double> frames;
    QElapsedTimer total;
    total.start();
    for (int value = 0; value <= bar->maximum(); value += std::max(1, bar->pageStep())) {
        bar->setValue(value);
        QElapsedTimer frame;
        frame.start();
        view->viewport()->repaint();
        QCoreApplication::processEvents(); // thumbnails that arrived, model updates
        frames << double(frame.nsecsElapsed()) / 1e6;
    }
    const qint64 scrolled = residentKb();
    std::sort(frames.begin(), frames.end());
    const double p95 = frames.isEmpty() ? 0 : frames.at(int(double(frames.size()) * 0.95));
    std::printf("app: %d worklist rows; resident %lld MB with the store's window open, %lld MB "
                "with the catalog window, %lld MB after scrolling to the end\n",
                rows, before / 1024, opened / 1024, scrolled / 1024);
    std::printf(
        "app: %lld scroll steps in %lld ms; frame median %.1f ms, 95th %.1f ms, worst "
        "%.1f ms; frames over 50 ms: %lld\n",
        qint64(frames.size()), total.elapsed(), frames.isEmpty() ? 0 : frames.at(frames.size() / 2),
        p95, frames.isEmpty() ? 0 : frames.last(),
        qint64(std::count_if(frames.cbegin(), frames.cend(), [](double f) { return f > 50; })));
    std::fflush(stdout);
    return rows > 0 ? 0 : 5;
}

} // namespace

class BenchCatalogWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void worklistOfEveryImage() {
        const int products = envInt("VITRINE_BENCH_PRODUCTS", 200);
        const int perProduct = envInt("VITRINE_BENCH_IMAGES", 10);
        StoreSimulator sim;
        QVERIFY(sim.start());
        sim.seedLargeCatalog(products, perProduct);
        QTemporaryDir dir;
        const QString journalPath = dir.filePath(QStringLiteral("journal.sqlite"));
        // The catalog, scanned beforehand (the app opens it as it was left).
        {
            StoreProfile profile;
            profile.dialect = QStringLiteral("generic");
            profile.baseUrl = sim.baseUrl();
            StoreClient client(profile, {});
            client.pipeline().networkAccessManager()->setProxy(QNetworkProxy::NoProxy);
            CatalogDatabase db(CatalogDatabase::pathBeside(journalPath));
            QVERIFY(db.open());
            CatalogScanner scanner(&client, &db, Journal::storeKey(profile));
            const ScanOutcome outcome = QCoro::waitFor(scanner.scan());
            QCOMPARE(outcome.status, ScanOutcome::Status::Completed);
            QCOMPARE(outcome.images, products * perProduct);
        }
        std::printf("\nCatalog window: %d products, %d images (the app in a child process)\n",
                    products, products * perProduct);
        QProcess app;
        app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        app.start(QCoreApplication::applicationFilePath(),
                  {QStringLiteral("--app"), sim.baseUrl().toString(), journalPath});
        QVERIFY(app.waitForStarted());
        QSignalSpy done(&app, &QProcess::finished);
        QVERIFY(done.wait(600000));
        std::printf("%s", app.readAllStandardOutput().constData());
        QCOMPARE(app.exitCode(), 0);
    }
};

int main(int argc, char *argv[]) {
    // The app's per-product info lines would bury the figures; QT_LOGGING_RULES still opens them.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        qputenv("QT_LOGGING_RULES", "vitrine.*.info=false");
    if (argc == 4 && qstrcmp(argv[1], "--app") == 0) {
        QApplication app(argc, argv);
        return runApp(QUrl(QString::fromLocal8Bit(argv[2])), QString::fromLocal8Bit(argv[3]));
    }
    if (qEnvironmentVariableIsEmpty("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT", "3600000");
    QApplication app(argc, argv);
    BenchCatalogWindow bench;
    return QTest::qExec(&bench, argc, argv);
}

#include "bench_catalogwindow.moc"
