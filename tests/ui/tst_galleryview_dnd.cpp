#include "models/editsession.h"
#include "models/gallerymodel.h"
#include "ui/detailsview.h"
#include "ui/editablegallerytablemodel.h"
#include "ui/galleryview.h"
#include "ui/thumbnailcache.h"
#include "uifixtures.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QWindow>

using namespace vitrine;
using namespace vitrine::test;

// Real mouse drag and drop in the grid. Needs a platform that can drag (xcb under xvfb-run, as
// ctest runs it); the offscreen platform's drag returns at once without dropping (qt-notes §4).
class TstGalleryViewDnd : public QObject {
    Q_OBJECT

    struct Fixture {
        FakeImageHost host;
        ThumbnailCache cache{host.fetcher()};
        EditSession session;
        GalleryView view{&cache};
        QAbstractItemModelTester tester{session.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest};

        Fixture() {
            const Gallery gallery = makeGallery(6);
            host.serve(gallery);
            session.load(QStringLiteral("sofa"), gallery);
            view.setModel(session.model());
            view.setEditSession(&session);
            // Three cards a line: the drops below cross a line break.
            view.resize(view.gridSize().width() * 3 + 40, view.gridSize().height() * 2 + 60);
            view.show();
        }
        QRect rectOf(int row) const { return view.visualRect(session.model()->index(row)); }
        QStringList order() const { return session.model()->order(); }
    };

    // What the grid saw of a drag: drag moves and drops delivered to its viewport, and the
    // insertion bar it showed just before the release.
    struct DragTrace : QObject {
        int dragMoves = 0;
        int drops = 0;
        QRect bar;
        bool eventFilter(QObject *, QEvent *event) override {
            if (event->type() == QEvent::DragMove)
                ++dragMoves;
            else if (event->type() == QEvent::Drop)
                ++drops;
            return false;
        }
    };

    // Presses on from, drags past the start distance (which enters QDrag::exec's nested loop) and,
    // from a timer inside that loop, moves to `to` and releases there — on the QWindow, as the
    // platform's drag code listens there. Returns whether the release was sent; trace records
    // what reached the grid.
    static bool dragAndDrop(GalleryView &view, QPoint from, QPoint to, DragTrace *trace) {
        bool released = false;
        view.viewport()->installEventFilter(trace);
        QTimer::singleShot(150, &view, [&] {
            QWindow *window = view.window()->windowHandle();
            const QPoint target = view.viewport()->mapTo(view.window(), to);
            QTest::mouseMove(window, target - QPoint(3, 0));
            QTest::mouseMove(window, target);
            trace->bar = view.dropIndicatorBar();
            QTest::mouseRelease(window, Qt::LeftButton, {}, target);
            released = true;
        });
        QTest::mousePress(view.viewport(), Qt::LeftButton, {}, from);
        const int distance = QApplication::startDragDistance();
        QTest::mouseMove(view.viewport(), from + QPoint(distance + 5, 0));
        QTest::mouseMove(view.viewport(), from + QPoint(distance + 10, 4));
        const bool ok = QTest::qWaitFor([&] { return released; }, 5000);
        view.viewport()->removeEventFilter(trace);
        return ok;
    }

    static QStringList ids(const char *csv) {
        return QString::fromLatin1(csv).split(QLatin1Char(','));
    }

private Q_SLOTS:
    void init() {
        if (QGuiApplication::platformName() == QLatin1String("offscreen"))
            QSKIP("The offscreen platform cannot drag and drop; ctest runs this under xvfb-run.");
    }

    void dragOneImageAfterAnother() {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.view)); // no window manager: never "active"
        f.view.selectRows({0});
        const QRect target = f.rectOf(3); // first card of the second line
        DragTrace trace;
        QVERIFY(dragAndDrop(f.view, f.rectOf(0).center(),
                            QPoint(target.right() - 12, target.center().y()), &trace));
        const QRect bar = trace.bar;

        QTRY_COMPARE(f.order(), ids("2,3,4,1,5,6"));
        QVERIFY2(!bar.isNull(), "an insertion bar shows where the image lands");
        QVERIFY(bar.left() > target.center().x()); // right of the card it goes after
        QCOMPARE(f.session.undoStack()->count(), 1);
        QCOMPARE(f.view.selectedRows(), QList<int>{3}); // the dragged image stays selected
        f.session.undoStack()->undo();
        QCOMPARE(f.order(), ids("1,2,3,4,5,6"));
        QVERIFY(f.view.dropIndicatorBar().isNull()); // gone after the drop
    }

    void dragSeveralImagesAsOneStep() {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.view)); // no window manager: never "active"
        f.view.selectRows({0, 2});
        const QRect target = f.rectOf(5);
        DragTrace trace;
        // Pressing on an already selected image keeps the whole selection for the drag.
        QVERIFY(dragAndDrop(f.view, f.rectOf(2).center(),
                            QPoint(target.left() + 10, target.center().y()), &trace));

        QTRY_COMPARE(f.order(), ids("2,4,5,1,3,6"));
        QCOMPARE(f.session.undoStack()->count(), 1);
        QCOMPARE(f.view.selectedRows(), (QList<int>{3, 4}));
        f.session.undoStack()->undo();
        QCOMPARE(f.order(), ids("1,2,3,4,5,6"));
        f.session.undoStack()->redo();
        QCOMPARE(f.order(), ids("2,4,5,1,3,6"));
    }

    void dropOntoItselfChangesNothing() {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.view)); // no window manager: never "active"
        f.view.selectRows({1});
        const QRect own = f.rectOf(1);
        const QPoint onItsRightHalf(own.right() - 8, own.center().y());
        DragTrace trace;
        QVERIFY(dragAndDrop(f.view, own.center(), onItsRightHalf, &trace));
        // A drag really happened: it moved over the grid, which showed where the image would go
        // (right after itself) and received the drop.
        QVERIFY2(trace.dragMoves > 0, "no drag move reached the grid");
        QTRY_COMPARE(trace.drops, 1);
        QVERIFY2(!trace.bar.isNull(), "an insertion bar shows where the image would land");
        QVERIFY(trace.bar.left() > own.center().x());
        QCOMPARE(f.view.dropRowAt(onItsRightHalf), 2);
        // ... and changed nothing.
        QCOMPARE(f.order(), ids("1,2,3,4,5,6"));
        QCOMPARE(f.session.undoStack()->count(), 0); // no empty undo step
        QVERIFY(f.view.dropIndicatorBar().isNull());
    }

    void dropBelowTheLastLineAppends() {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.view)); // no window manager: never "active"
        f.view.selectRows({1});
        DragTrace trace;
        QVERIFY(dragAndDrop(f.view, f.rectOf(1).center(),
                            QPoint(20, f.view.viewport()->height() - 5), &trace));
        QTRY_COMPARE(f.order(), ids("1,3,4,5,6,2"));
    }

    void dragARowInTheDetailsList() {
        // The list view moves rows through the table model, which forwards to the gallery
        // model's internal move: one undo step, as in the grid.
        FakeImageHost host;
        ThumbnailCache cache(host.fetcher());
        EditSession session;
        const Gallery gallery = makeGallery(5);
        host.serve(gallery);
        session.load(QStringLiteral("sofa"), gallery);
        EditableGalleryTableModel table;
        table.setSourceModel(session.model());
        DetailsView view(&cache);
        view.setModel(&table);
        view.resize(700, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.selectRow(0);
        const QRect from = view.visualRect(table.index(0, GalleryTableModel::AltTextColumn));
        const QRect below = view.visualRect(table.index(3, GalleryTableModel::AltTextColumn));
        bool dropped = false;
        QTimer::singleShot(150, &view, [&] {
            QWindow *window = view.window()->windowHandle();
            // The lower edge of row 4: the drop goes between rows 4 and 5.
            const QPoint target = view.viewport()->mapTo(
                view.window(), QPoint(below.center().x(), below.bottom() - 1));
            QTest::mouseMove(window, target - QPoint(0, 3));
            QTest::mouseMove(window, target);
            QTest::mouseRelease(window, Qt::LeftButton, {}, target);
            dropped = true;
        });
        QTest::mousePress(view.viewport(), Qt::LeftButton, {}, from.center());
        const int distance = QApplication::startDragDistance();
        QTest::mouseMove(view.viewport(), from.center() + QPoint(0, distance + 5));
        QTest::mouseMove(view.viewport(), from.center() + QPoint(4, distance + 10));
        QVERIFY(QTest::qWaitFor([&] { return dropped; }, 5000));
        QTRY_COMPARE(session.model()->order(), ids("2,3,4,1,5"));
        QCOMPARE(session.undoStack()->count(), 1);
        QCOMPARE(table.rowCount(), 5); // nothing removed by the view after the move
        session.undoStack()->undo();
        QCOMPARE(session.model()->order(), ids("1,2,3,4,5"));
    }
};

QTEST_MAIN(TstGalleryViewDnd)
#include "tst_galleryview_dnd.moc"
