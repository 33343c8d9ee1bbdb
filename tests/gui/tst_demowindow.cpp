// The whole GUI stack against the embedded demo store over real HTTP on 127.0.0.1: the window
// opens the demo store, lists its products, loads a gallery and shows its thumbnails; a store that
// cannot be reached ends in a sentence in the status bar, not a frozen window.
#include "app/gui/gallerycontroller.h"
#include "app/gui/storelauncher.h"
#include "demostore/simrequest.h"
#include "demostore/storesimulator.h"
#include "models/editsession.h"
#include "models/gallerymodel.h"
#include "models/productlistmodel.h"
#include "net/thumbnailfetcher.h"
#include "ui/gallerystatusbar.h"
#include "ui/galleryview.h"
#include "ui/mainwindow.h"
#include "ui/thumbnailcache.h"

#include <QCoroTask>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace vitrine;

namespace {

// One complete window, as main() builds it, without profiles or tokens.
struct Harness {
    StoreLauncher launcher{nullptr, nullptr};
    ThumbnailFetcher fetcher{
        ThumbnailFetcher::Options{6, qint64(20) * 1024 * 1024, 10000, QStringLiteral("-"), 0}};
    ThumbnailCache thumbnails{[this](QUrl url) { return fetcher.fetch(std::move(url)); }};
    EditSession session;
    MainWindow window{&session, &thumbnails};
    GalleryController controller{&window, &session, &fetcher, &launcher};

    Harness() { window.setConfirmCloseWithPending(false); }

    bool showWindow() {
        window.resize(1200, 800);
        window.show();
        return QTest::qWaitForWindowExposed(&window);
    }

    bool open(LaunchOptions options) {
        const Result<StoreTarget> target = QCoro::waitFor(launcher.resolve(std::move(options)));
        if (!target.ok())
            return false;
        QCoro::waitFor(controller.openStore(target.value()));
        return true;
    }
};

} // namespace

class TestDemoWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void opensDemoStoreAndShowsThumbnails() {
        Harness h;
        QVERIFY(h.showWindow());

        LaunchOptions options;
        options.store = LaunchOptions::Store::Demo;
        options.resetDemo = true; // start from the seed whatever an earlier run left
        options.productId = QStringLiteral("101");
        QSignalSpy started(&h.launcher, &StoreLauncher::demoStoreStarted);
        QVERIFY(h.open(options));
        // It says where it listens (main prints it on the terminal), once.
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.at(0).at(0).toUrl(), h.launcher.demoStore()->baseUrl());
        QCOMPARE(started.at(0).at(1).toUrl(), h.launcher.demoStore()->cdnBaseUrl());

        // The demo store lists its products, and the chosen product's gallery is in the model.
        QVERIFY(h.controller.products()->rowCount() >= 3);
        GalleryModel *model = h.session.model();
        QCOMPARE(h.session.productId(), QStringLiteral("101"));
        QCOMPARE(model->rowCount(),
                 h.launcher.demoStore()->images(SimDialect::Generic, QStringLiteral("101")).size());
        QVERIFY(model->rowCount() > 0);

        // Every image the store can serve arrives as a decoded thumbnail; none is left loading.
        QStringList urls;
        for (int row = 0; row < model->rowCount(); ++row)
            urls << model->index(row).data(GalleryModel::SourceUrlRole).toString();
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(urls.cbegin(), urls.cend(),
                                             [&h](const QString &u) {
                                                 const auto state = h.thumbnails.state(QUrl(u));
                                                 return state == ThumbnailCache::State::Ready ||
                                                        state == ThumbnailCache::State::Failed;
                                             }),
                                 15000);
        for (const QString &u : std::as_const(urls)) {
            QCOMPARE(h.thumbnails.state(QUrl(u)), ThumbnailCache::State::Ready);
            QVERIFY(!h.thumbnails.thumbnail(QUrl(u)).isNull());
            QVERIFY(h.thumbnails.naturalSize(QUrl(u)).isValid());
        }
        QVERIFY(h.window.galleryStatusBar()->errorText().isEmpty());
    }

    // A store whose CDN serves renditions (Shopify's width parameter; a custom dialect file's
    // "thumbnails" rule; the simulator's image host honours both): the grid asks for each image
    // as wide as its cell in device pixels, not the original, and never the original when the
    // rendition came.
    void thumbnailsAreRenditionsSizedForTheCell_data() {
        QTest::addColumn<QString>("dialect"); // a built-in dialect, or "file": a dialect file
        QTest::addColumn<QString>("widthParameter");
        QTest::newRow("Shopify") << QStringLiteral("shopify") << QStringLiteral("width");
        QTest::newRow("custom dialect file") << QStringLiteral("file") << QStringLiteral("w");
    }
    void thumbnailsAreRenditionsSizedForTheCell() {
        QFETCH(QString, dialect);
        QFETCH(QString, widthParameter);
        StoreSimulator sim;
        QVERIFY(sim.start());
        QTemporaryDir dir;
        SimDialect catalog = SimDialect::Shopify;
        if (dialect == QLatin1String("file")) {
            // The worked example of docs/net.md under a prefix of its own, without a token, with
            // a rule for the image host's w parameter; served over the generic catalog.
            catalog = SimDialect::Generic;
            QJsonObject description =
                QJsonDocument::fromJson(StoreSimulator::acmeDescriptionFile()).object();
            description.remove(QStringLiteral("baseUrl"));
            description.insert(QStringLiteral("apiPrefix"), QStringLiteral("/thumbs/{version}"));
            description.insert(
                QStringLiteral("thumbnails"),
                QJsonObject{{QStringLiteral("query"),
                             QJsonObject{{widthParameter, QStringLiteral("{width}")}}}});
            QCOMPARE(sim.serveDescribedStore(description, QString()), QString());
            dialect = dir.filePath(QStringLiteral("thumbs.json"));
            QFile file(dialect);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QJsonDocument(description).toJson());
        } else {
            sim.setRequiredToken(catalog, QString());
        }
        const QString product = sim.products(catalog).constFirst().id;
        Harness h;
        QVERIFY(h.showWindow());
        LaunchOptions options{
            LaunchOptions::Store::Direct, {}, dialect, sim.baseUrl(), {}, product};
        QVERIFY(h.open(options));
        const Gallery gallery = sim.images(catalog, product);
        QVERIFY(gallery.size() >= 3);
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(gallery.cbegin(), gallery.cend(),
                                             [&h](const ProductImage &image) {
                                                 return h.thumbnails.state(QUrl(image.src)) ==
                                                        ThumbnailCache::State::Ready;
                                             }),
                                 15000);
        const QString width = QString::number(h.thumbnails.pixelBox().width());
        int images = 0;
        for (const SimRequest &r : sim.recordedRequests()) {
            if (r.listener != SimRequest::Listener::Cdn)
                continue;
            ++images;
            QCOMPARE(r.query.queryItemValue(widthParameter), width);
        }
        QSet<QString> sources; // the sofa shows one picture twice
        for (const ProductImage &image : gallery)
            sources.insert(image.src);
        QCOMPARE(images, int(sources.size())); // one rendition each, no original
        for (const ProductImage &image : gallery) {
            const QPixmap pixmap = h.thumbnails.thumbnail(QUrl(image.src));
            QVERIFY(pixmap.width() <= h.thumbnails.pixelBox().width());
            // A 600-pixel picture comes 160 wide: its own size is the store's to tell.
            if (catalog == SimDialect::Shopify)
                QCOMPARE(h.thumbnails.naturalSize(QUrl(image.src)), QSize());
        }
    }

    void brokenImageIsReportedNotFatal() {
        // The oak table's demo gallery lists an image the image host does not have.
        Harness h;
        h.window.show();
        LaunchOptions options;
        options.store = LaunchOptions::Store::Demo;
        options.resetDemo = true;
        options.productId = QStringLiteral("102");
        QVERIFY(h.open(options));
        const QUrl broken = h.launcher.demoStore()->imageUrl(StoreSimulator::brokenDemoImageFile());
        bool listed = false;
        for (int row = 0; row < h.session.model()->rowCount(); ++row)
            listed |=
                QUrl(h.session.model()->index(row).data(GalleryModel::SourceUrlRole).toString()) ==
                broken;
        QVERIFY2(listed, "the demo catalog lists its broken image under product 102");
        h.thumbnails.request(broken);
        QTRY_COMPARE_WITH_TIMEOUT(h.thumbnails.state(broken), ThumbnailCache::State::Failed, 15000);
        QVERIFY(!h.thumbnails.failureReason(broken).isEmpty());
    }

    void aStoreFromTheCommandLineIsNamedByItsKind_data() {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("name");
        QTest::newRow("generic") << "generic"
                                 << "generic REST at 127.0.0.1";
        QTest::newRow("shopline") << "shopline"
                                  << "SHOPLINE at 127.0.0.1";
        QTest::newRow("shoplazza") << "shoplazza"
                                   << "Shoplazza at 127.0.0.1";
        QTest::newRow("shopify") << "shopify"
                                 << "Shopify at 127.0.0.1";
        // A custom dialect file is named by the name it gives.
        QTest::newRow("custom file")
            << QFINDTESTDATA("../net/fixtures/acme.json") << "acme at 127.0.0.1";
    }
    void aStoreFromTheCommandLineIsNamedByItsKind() {
        QFETCH(QString, dialect);
        QFETCH(QString, name);
        StoreLauncher launcher{nullptr, nullptr};
        LaunchOptions options;
        options.store = LaunchOptions::Store::Direct;
        options.dialect = dialect;
        options.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080"));
        const Result<StoreTarget> target = QCoro::waitFor(launcher.resolve(options));
        QVERIFY2(target.ok(), target.ok() ? "" : qPrintable(target.error().userMessage()));
        QCOMPARE(target.value().displayName, name);
        QVERIFY2(target.value().detail.endsWith(QStringLiteral(" — http://127.0.0.1:8080")),
                 qPrintable(target.value().detail));
    }

    void unreachableStoreSaysSo() {
        // A port nobody listens on: take one from the OS, then close it.
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        Harness h;
        h.window.show();
        LaunchOptions options;
        options.store = LaunchOptions::Store::Direct;
        options.dialect = QStringLiteral("generic");
        options.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        options.productId = QStringLiteral("101");
        QVERIFY(h.open(options));
        const QString error = h.window.galleryStatusBar()->errorText();
        QVERIFY2(error.contains(QStringLiteral("could not be reached")), qPrintable(error));
        QCOMPARE(h.session.model()->rowCount(), 0);
    }
};

QTEST_MAIN(TestDemoWindow)
#include "tst_demowindow.moc"
