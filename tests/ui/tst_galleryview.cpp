#include "models/editsession.h"
#include "models/gallerymodel.h"
#include "ui/alttexteditor.h"
#include "ui/gallerydelegate.h"
#include "ui/galleryview.h"
#include "ui/thumbnailcache.h"
#include "ui/thumbnailrepainter.h"
#include "uifixtures.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace vitrine;
using namespace vitrine::test;

// The grid offscreen: keyboard reorder, the actions' states, editing triggers, where drops land
// and which cells repaint. (Real mouse drags need a display: tst_galleryview_dnd.)
class TstGalleryView : public QObject {
    Q_OBJECT

    struct Fixture {
        FakeImageHost host;
        ThumbnailCache cache{host.fetcher()};
        EditSession session;
        GalleryView view{&cache};
        QAbstractItemModelTester tester{session.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest};

        explicit Fixture(int images = 6) {
            const Gallery gallery = makeGallery(images);
            host.serve(gallery);
            session.setCapabilities(capabilitiesWithAltLimits(255, 512));
            session.load(QStringLiteral("sofa"), gallery);
            view.setModel(session.model());
            view.setEditSession(&session);
            view.resize(800, 600);
            view.show();
        }
        QStringList order() const { return session.model()->order(); }
    };

    // A grid of its own over a session, its thumbnails from `fetch`; shown by show().
    struct GridOnItsOwn {
        ThumbnailCache cache;
        EditSession session;
        GalleryView view{&cache};

        explicit GridOnItsOwn(ThumbnailCache::FetchBytes fetch)
            : cache(std::move(fetch)) {}
        void show() {
            view.setModel(session.model());
            view.resize(800, 600);
            view.show();
        }
    };

private Q_SLOTS:
    void configuredToReorderRows() {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.view));
        QCOMPARE(f.view.viewMode(), QListView::IconMode);
        QVERIFY(f.view.movement() != QListView::Free); // Free moves pictures, not rows
        QCOMPARE(f.view.dragDropMode(), QAbstractItemView::InternalMove);
        QCOMPARE(f.view.defaultDropAction(), Qt::MoveAction);
        QVERIFY(f.view.viewport()->acceptDrops());
        QVERIFY(f.view.dragEnabled());
        QCOMPARE(f.view.selectionMode(), QAbstractItemView::ExtendedSelection);
        QVERIFY(f.view.uniformItemSizes());
        QCOMPARE(f.view.gridSize(), f.view.galleryDelegate()->cardSize());
        QVERIFY(f.view.galleryDelegate()->cardSize().width() >= 160);
    }

    void keyboardReorder_data() {
        QTest::addColumn<QList<int>>("selected");
        QTest::addColumn<int>("key");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QList<int>>("selectedAfter");
        QTest::newRow("ctrl+right one")
            << QList<int>{1} << int(Qt::Key_Right) << keys("1,3,2,4,5,6") << QList<int>{2};
        QTest::newRow("ctrl+left one")
            << QList<int>{3} << int(Qt::Key_Left) << keys("1,2,4,3,5,6") << QList<int>{2};
        QTest::newRow("ctrl+home one")
            << QList<int>{4} << int(Qt::Key_Home) << keys("5,1,2,3,4,6") << QList<int>{0};
        QTest::newRow("ctrl+end one")
            << QList<int>{0} << int(Qt::Key_End) << keys("2,3,4,5,6,1") << QList<int>{5};
        QTest::newRow("ctrl+home scattered")
            << QList<int>{2, 5} << int(Qt::Key_Home) << keys("3,6,1,2,4,5") << QList<int>{0, 1};
        QTest::newRow("ctrl+right scattered")
            << QList<int>{0, 3} << int(Qt::Key_Right) << keys("2,1,3,5,4,6") << QList<int>{1, 4};
    }
    void keyboardReorder() {
        QFETCH(QList<int>, selected);
        QFETCH(int, key);
        QFETCH(QStringList, expected);
        QFETCH(QList<int>, selectedAfter);
        Fixture f;
        QVERIFY(QTest::qWaitForWindowActive(&f.view));
        f.view.setFocus();
        f.view.selectRows(selected);
        const QStringList before = f.order();

        QTest::keyClick(&f.view, Qt::Key(key), Qt::ControlModifier);

        QCOMPARE(f.order(), expected);
        QCOMPARE(f.view.selectedRows(), selectedAfter); // the moved images stay selected
        QCOMPARE(f.session.undoStack()->count(), 1);    // one undo step per key press
        f.session.undoStack()->undo();
        QCOMPARE(f.order(), before);
    }

    static QStringList keys(const char *csv) {
        return QString::fromLatin1(csv).split(QLatin1Char(','));
    }

    void reorderActionsFollowTheSelection() {
        Fixture f(4);
        f.view.selectRows({});
        QVERIFY(!f.view.moveLeftAction()->isEnabled());
        QVERIFY(!f.view.deleteAction()->isEnabled());
        f.view.selectRows({0});
        QVERIFY(!f.view.moveLeftAction()->isEnabled());
        QVERIFY(!f.view.moveFirstAction()->isEnabled());
        QVERIFY(f.view.moveRightAction()->isEnabled());
        QVERIFY(f.view.moveLastAction()->isEnabled());
        QVERIFY(f.view.deleteAction()->isEnabled());
        f.view.selectRows({2, 3});
        QVERIFY(f.view.moveLeftAction()->isEnabled());
        QVERIFY(!f.view.moveRightAction()->isEnabled());
        QVERIFY(!f.view.moveLastAction()->isEnabled());
        f.view.moveLeftAction()->trigger();
        QCOMPARE(f.order(), keys("1,3,4,2"));
        QVERIFY(f.view.moveRightAction()->isEnabled()); // re-evaluated after the move
    }

    void shortcutsLeaveTextFieldsAlone() {
        // Ctrl+Left in a text field moves the cursor by a word; it must not reorder images.
        Fixture f(3);
        // The field and the grid share a window, as the alt panel and the grid do.
        QWidget window;
        auto *field = new QLineEdit(QStringLiteral("two words"), &window);
        f.view.setParent(&window);
        f.view.move(0, 40);
        window.resize(900, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        f.view.selectRows({2});
        field->setFocus();
        field->end(false);
        QTest::keyClick(field, Qt::Key_Left, Qt::ControlModifier);
        QCOMPARE(f.order(), keys("1,2,3"));
        QCOMPARE(field->cursorPosition(), 4); // the word jump happened in the field
        // ...while with the grid focused the same keys reorder.
        f.view.setFocus();
        QTest::keyClick(&f.view, Qt::Key_Left, Qt::ControlModifier);
        QCOMPARE(f.order(), keys("1,3,2"));
        f.view.setParent(nullptr);
    }

    void deleteKeyRequestsDeletionOfTheSelection() {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowActive(&f.view));
        QSignalSpy requested(&f.view, &GalleryView::deleteRequested);
        f.view.setFocus();
        f.view.selectRows({1, 4});
        QTest::keyClick(&f.view, Qt::Key_Delete);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.constFirst().constFirst().value<QList<int>>(), (QList<int>{1, 4}));
        QCOMPARE(f.order().size(), 6); // the view asks; the window confirms and deletes
    }

    void f2EditsInlineOrInThePanel() {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowActive(&f.view));
        QSignalSpy panel(&f.view, &GalleryView::altTextEditRequested);
        f.view.setFocus();
        f.view.selectRows({0, 1});
        QTest::keyClick(&f.view, Qt::Key_F2);
        QCOMPARE(panel.size(), 1);
        QVERIFY(!f.view.findChild<AltTextEditor *>());

        f.view.selectRows({2});
        QTest::keyClick(&f.view, Qt::Key_F2);
        auto *editor = f.view.findChild<AltTextEditor *>();
        QVERIFY(editor);
        QVERIFY(editor->isVisible());
        QCOMPARE(editor->text(), QStringLiteral("alt 3"));
        editor->setText(QStringLiteral("Grey sofa, side view"));
        QTest::keyClick(editor, Qt::Key_Return);
        // The view commits queued, after the key event.
        QTRY_COMPARE(f.session.model()->index(2).data(GalleryModel::AltTextRole).toString(),
                     QStringLiteral("Grey sofa, side view"));
        QCOMPARE(f.session.undoStack()->count(), 1);
    }

    void dropPositionFollowsThePointer() {
        Fixture f(6);
        QVERIFY(QTest::qWaitForWindowExposed(&f.view));
        auto rect = [&](int row) { return f.view.visualRect(f.session.model()->index(row)); };
        QVERIFY(rect(0).isValid());
        // Left half of a card: before it; right half: after it.
        QCOMPARE(f.view.dropRowAt(rect(2).center() - QPoint(10, 0)), 2);
        QCOMPARE(f.view.dropRowAt(rect(2).center() + QPoint(10, 0)), 3);
        QCOMPARE(f.view.dropRowAt(QPoint(rect(0).left() + 2, rect(0).center().y())), 0);
        // Below every card: the end.
        QCOMPARE(f.view.dropRowAt(QPoint(5, f.view.viewport()->height() - 2)), 6);
    }

    void dropPositionOnAWrappedGrid() {
        Fixture f(10);
        f.view.resize(f.view.gridSize().width() * 3 + 40, 800);
        QVERIFY(QTest::qWaitForWindowExposed(&f.view));
        QTRY_VERIFY(f.view.visualRect(f.session.model()->index(3)).top() >
                    f.view.visualRect(f.session.model()->index(0)).top());
        const QRect lineEnd = f.view.visualRect(f.session.model()->index(2));
        const QRect nextLineStart = f.view.visualRect(f.session.model()->index(3));
        QCOMPARE(nextLineStart.left(), f.view.visualRect(f.session.model()->index(0)).left());
        // Right of the last card of a line: after it. Left of the next line's first: before it.
        QCOMPARE(f.view.dropRowAt(QPoint(lineEnd.right() + 15, lineEnd.center().y())), 3);
        QCOMPARE(f.view.dropRowAt(QPoint(nextLineStart.left() + 3, nextLineStart.center().y())), 3);
    }

    void imageAddressesDroppedFromABrowserAreAdded() {
        Fixture f(3);
        QVERIFY(QTest::qWaitForWindowExposed(&f.view));
        QSignalSpy dropped(&f.view, &GalleryView::urlsDropped);
        QMimeData mime;
        mime.setUrls({QUrl(QStringLiteral("https://cdn.example.com/a.jpg")),
                      QUrl(QStringLiteral("file:///home/me/secret.jpg")), // not fetchable: ignored
                      QUrl(QStringLiteral("https://cdn.example.com/b.jpg"))});
        const QRect second = f.view.visualRect(f.session.model()->index(1));
        const QPointF at(second.left() + 5, second.center().y()); // before image 2
        QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(f.view.viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(f.view.viewport(), &drop);
        QCOMPARE(dropped.size(), 1);
        QCOMPARE(dropped.constFirst().at(1).toInt(), 1);
        QCOMPARE(dropped.constFirst().at(0).value<QList<QUrl>>().size(), 2);

        // Text without a web address is not accepted at all.
        QMimeData text;
        text.setText(QStringLiteral("hello"));
        QDragEnterEvent refused(at.toPoint(), Qt::CopyAction, &text, Qt::LeftButton,
                                Qt::NoModifier);
        QApplication::sendEvent(f.view.viewport(), &refused);
        QVERIFY(!refused.isAccepted());
    }

    void arrivingThumbnailRepaintsOnlyItsCell() {
        Fixture f(6);
        QVERIFY(QTest::qWaitForWindowExposed(&f.view));
        QSignalSpy ready(&f.cache, &ThumbnailCache::thumbnailReady);
        QTRY_COMPARE(ready.size(), 6); // painting asked for each visible thumbnail once
        QCOMPARE(f.host.fetches, 6);
        QCOMPARE(f.view.repainter()->repaintCount(), 6); // one cell per arrival, not the viewport
    }

    // The cell repainted is the one showing the arrived thumbnail now: also when the model spells
    // its address differently from the cache (not fully encoded), and after the rows moved.
    void anArrivalRepaintsTheCellShowingIt_data() {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("moveItFirst");
        QTest::newRow("as the store spells it")
            << QStringLiteral("http://127.0.0.1:9/img%1.png") << false;
        QTest::newRow("not fully encoded")
            << QStringLiteral("http://127.0.0.1:9/sofa \u00e4 %1.png") << false;
        QTest::newRow("moved after the others arrived")
            << QStringLiteral("http://127.0.0.1:9/img%1.png") << true;
    }
    void anArrivalRepaintsTheCellShowingIt() {
        QFETCH(QString, address);
        QFETCH(bool, moveItFirst);
        Gallery gallery = makeGallery(4);
        for (int i = 0; i < gallery.size(); ++i)
            gallery[i].src = address.arg(i + 1);
        ImageHostHoldingOne images(gallery, 2); // the third thumbnail waits
        GridOnItsOwn g(images.fetcher());
        ThumbnailCache &cache = g.cache;
        EditSession &session = g.session;
        GalleryView &view = g.view;
        session.load(QStringLiteral("sofa"), gallery);
        g.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        for (const int row : {0, 1, 3})
            QTRY_VERIFY(cache.state(QUrl(gallery.at(row).src)) == ThumbnailCache::State::Ready);
        QVERIFY(images.gate.requested.contains(images.held));
        if (moveItFirst)
            QVERIFY(session.moveRows({2}, 0));
        const int row = int(session.model()->order().indexOf(QStringLiteral("3")));
        QCOMPARE(row, moveItFirst ? 0 : 2);
        QTest::qWait(50); // what the other arrivals (and the move) painted is painted

        const PaintRecorder recorder(view.viewport());
        images.gate.open();
        QTRY_VERIFY(cache.state(images.held) == ThumbnailCache::State::Ready);
        QTRY_VERIFY(!recorder.regions.isEmpty());
        QTest::qWait(50);
        const QRect cell = view.visualRect(session.model()->index(row));
        QVERIFY(recorder.painted().intersects(cell));
        QCOMPARE(recorder.painted() - QRegion(cell), QRegion()); // nothing of the other cells
    }

    // A gallery longer than the screen opening in an empty grid paints its cards once (then only
    // the cells whose thumbnail arrives): the scroll bar that it needs is already there, so the
    // grid does not narrow, lay its cards out again and repaint them all a moment later.
    void anOpeningGalleryPaintsTheGridOnce() {
        const Gallery gallery = makeGallery(250);
        FakeImageHost host;
        host.serve(gallery);
        GridOnItsOwn g(host.fetcher());
        ThumbnailCache &cache = g.cache;
        EditSession &session = g.session;
        GalleryView &view = g.view;
        g.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTest::qWait(50);

        const PaintRecorder paints(view.viewport());
        session.load(QStringLiteral("sofa"), gallery);
        QSignalSpy ready(&cache, &ThumbnailCache::thumbnailReady);
        QTRY_VERIFY(ready.size() >= 5 && !cache.isLoadingVisible());
        QTest::qWait(150); // a relayout after a resize waits 100 ms
        QCOMPARE(paints.wholePaints(), 1);
    }

    // While more of the screen is loading, arrivals wait to be painted together, at most a frame;
    // the screen's last arrival paints at once.
    void arrivalsWhileTheScreenLoadsArePaintedTogether() {
        const Gallery gallery = makeGallery(3);
        ImageHostHoldingOne images(gallery, 2); // the third thumbnail waits
        const QUrl last = images.held;
        GridOnItsOwn g(images.fetcher());
        ThumbnailCache &cache = g.cache;
        GalleryView &view = g.view;
        g.session.load(QStringLiteral("sofa"), gallery);
        g.show();
        const ThumbnailRepainter *repainter = view.repainter();

        // At each arrival (the repainter heard of it first): nothing lost, the new cell waits.
        int arrived = 0;
        int arrivalsPaintedAtOnce = 0;
        connect(&cache, &ThumbnailCache::thumbnailReady, this, [&](const QUrl &url) {
            ++arrived;
            if (url != last)
                QCOMPARE(repainter->repaintCount() + repainter->pendingCount(), arrived);
            if (repainter->pendingCount() == 0)
                ++arrivalsPaintedAtOnce;
        });
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_COMPARE(arrived, 2);
        QCOMPARE(arrivalsPaintedAtOnce, 0);
        QVERIFY(cache.isLoadingVisible());
        QTRY_COMPARE(repainter->repaintCount(), 2); // a frame later
        QCOMPARE(repainter->pendingCount(), 0);

        images.gate.open();
        QTRY_COMPARE(arrived, 3);
        QCOMPARE(arrivalsPaintedAtOnce, 1); // the last one, without waiting for a frame
        QCOMPARE(repainter->repaintCount(), 3);
        QVERIFY(!cache.isLoadingVisible());
    }
};

QTEST_MAIN(TstGalleryView)
#include "tst_galleryview.moc"
