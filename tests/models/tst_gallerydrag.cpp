#include "galleryfixtures.h"
#include "models/editsession.h"
#include "models/gallerymodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QListView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QWindow>

using namespace vitrine;
using namespace vitrine::test;

// A real mouse drag in a QListView over the session's model (needs a platform that can drag:
// xcb under xvfb-run, see qt-notes §4). It proves that what the view does on a drop — one
// moveRow per selected image — becomes one undoable move, and that no image is lost.
class TestGalleryDrag : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void dragSelectionToTheEnd_data();
    void dragSelectionToTheEnd();
};

void TestGalleryDrag::initTestCase() {
    if (QGuiApplication::platformName() == QLatin1String("offscreen"))
        QSKIP("the offscreen platform cannot drag (qt-notes §4); run under xvfb-run");
}

void TestGalleryDrag::dragSelectionToTheEnd_data() {
    QTest::addColumn<bool>("iconMode");
    QTest::newRow("list") << false;
    QTest::newRow("icon grid, static movement") << true;
}

void TestGalleryDrag::dragSelectionToTheEnd() {
    QFETCH(bool, iconMode);
    EditSession session;
    QAbstractItemModelTester tester(session.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    session.load(QStringLiteral("p1"), makeGallery(4));
    QListView view;
    if (iconMode) {
        view.setViewMode(QListView::IconMode);
        view.setGridSize(QSize(80, 80));
        view.setFlow(QListView::LeftToRight);
        view.setWrapping(true);
        view.setMovement(QListView::Static);
    }
    view.setModel(session.model());
    view.setSelectionMode(QAbstractItemView::ExtendedSelection);
    view.setDragDropMode(QAbstractItemView::InternalMove);
    view.setDefaultDropAction(Qt::MoveAction);
    view.viewport()->setAcceptDrops(true); // Static movement turns drops off
    view.resize(400, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    // Images 1 and 3 selected, dragged by image 1 to after image 4 (in the grid: onto the empty
    // space after the last icon; dropping onto an icon is refused, items are not drop targets).
    view.selectionModel()->select(session.model()->index(0), QItemSelectionModel::Select);
    view.selectionModel()->select(session.model()->index(2), QItemSelectionModel::Select);
    const QRect first = view.visualRect(session.model()->index(0));
    const QRect last = view.visualRect(session.model()->index(3));
    const QPoint from = first.center();
    const QPoint to = iconMode ? QPoint(380, 380) : QPoint(last.center().x(), last.bottom() - 2);
    bool released = false;
    QTimer::singleShot(200, &view, [&] { // QDrag::exec runs a nested loop
        QWindow *window = view.window()->windowHandle();
        const QPoint target = view.viewport()->mapTo(view.window(), to);
        QTest::mouseMove(window, target);
        QTest::mouseMove(window, target + QPoint(1, 0));
        QTest::mouseRelease(window, Qt::LeftButton, {}, target + QPoint(1, 0));
        released = true;
    });
    QTest::mousePress(view.viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(view.viewport(), from + QPoint(QApplication::startDragDistance() + 5, 0));
    QTest::mouseMove(view.viewport(), from + QPoint(QApplication::startDragDistance() + 10, 5));
    QTRY_VERIFY(released);
    QTRY_COMPARE(session.model()->order(), keys("2,4,1,3"));
    QCOMPARE(session.model()->rowCount(), 4);
    QCoreApplication::processEvents(); // the drop's merge batch closes
    QCOMPARE(session.undoStack()->count(), 1);
    session.undoStack()->undo();
    QCOMPARE(session.model()->order(), keys("1,2,3,4"));
    QCOMPARE(session.pendingCount(), 0);
}

QTEST_MAIN(TestGalleryDrag)
#include "tst_gallerydrag.moc"
