// The window at 200 % on a 1920 × 1080 screen, in a real X server (xvfb-run, see CMakeLists):
// 960 × 540 device-independent pixels to fit in. The window, its docks and its status bar stay
// on the screen, and thumbnails are decoded at two physical pixels per logical one (sharp). The
// window is saved as hidpi-window.png in the test's build folder, to be looked at.
#include "models/editsession.h"
#include "models/gallerymodel.h"
#include "ui/alttextpanel.h"
#include "ui/gallerystatusbar.h"
#include "ui/galleryview.h"
#include "ui/mainwindow.h"
#include "ui/thumbnailcache.h"
#include "uifixtures.h"

#include <QApplication>
#include <QDockWidget>
#include <QScreen>
#include <QTest>
#include <QUndoView>

using namespace vitrine;
using namespace vitrine::test;

class TstHiDpiWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void windowFitsAndThumbnailsAreSharpAtTwiceTheScale() {
        if (QGuiApplication::platformName() != QLatin1String("xcb"))
            QSKIP("needs a real X server (xvfb-run), as CTest runs it");
        FakeImageHost host;
        ThumbnailCache cache(host.fetcher());
        EditSession session;
        MainWindow window(&session, &cache);
        window.setConfirmCloseWithPending(false);
        const Gallery gallery = makeGallery(12);
        host.serve(gallery, QSize(800, 600));
        window.setCapabilities(capabilitiesWithAltLimits(255, 512));
        session.load(QStringLiteral("101"), gallery);
        window.setCurrentProduct(QStringLiteral("101"), QStringLiteral("Grey sofa"));
        window.setStoreName(QStringLiteral("Demo store"));
        // As main() does.
        window.fitToScreen();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const QScreen *screen = window.screen();
        QCOMPARE(screen->devicePixelRatio(), 2.0);
        const QRect available = screen->availableGeometry();
        QVERIFY2(
            available.width() <= 960 && available.height() <= 540,
            qPrintable(QStringLiteral("%1×%2").arg(available.width()).arg(available.height())));
        QTRY_VERIFY(window.isVisible());
        QVERIFY2(available.contains(window.frameGeometry()),
                 qPrintable(QStringLiteral("window %1,%2 %3×%4")
                                .arg(window.frameGeometry().x())
                                .arg(window.frameGeometry().y())
                                .arg(window.frameGeometry().width())
                                .arg(window.frameGeometry().height())));
        const QList<QWidget *> parts = {window.altTextPanel(), window.undoView(),
                                        window.galleryStatusBar(), window.galleryView()};
        for (QWidget *part : parts) {
            QVERIFY2(part->isVisible(), qPrintable(part->objectName()));
            const QRect onScreen(part->mapToGlobal(QPoint(0, 0)), part->size());
            QVERIFY2(available.contains(onScreen), qPrintable(part->objectName()));
            QVERIFY2(part->width() > 40 && part->height() > 10, qPrintable(part->objectName()));
        }

        // Thumbnails for this screen: 2 physical pixels per logical pixel.
        QCOMPARE(cache.devicePixelRatio(), 2.0);
        const QUrl first(gallery.constFirst().src);
        QTRY_VERIFY(!cache.thumbnail(first).isNull());
        const QPixmap pixmap = cache.thumbnail(first);
        QCOMPARE(pixmap.devicePixelRatio(), 2.0);
        QCOMPARE(pixmap.width(), qRound(pixmap.deviceIndependentSize().width() * 2));
        QVERIFY(pixmap.deviceIndependentSize().width() <= cache.thumbnailSize().width());
        QVERIFY(pixmap.width() > cache.thumbnailSize().width()); // more pixels than at 100 %

        QTest::qWait(200); // the other thumbnails, for the picture
        const QString shot = QStringLiteral(QT_TESTCASE_BUILDDIR "/hidpi-window.png");
        QVERIFY(window.grab().save(shot));
    }
};

int main(int argc, char *argv[]) {
    // Before the application exists: the scale of a 200 % desktop.
    qputenv("QT_SCALE_FACTOR", "2");
    QApplication app(argc, argv);
    TstHiDpiWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_hidpiwindow.moc"
