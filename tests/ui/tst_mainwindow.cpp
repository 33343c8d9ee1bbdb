#include "models/editsession.h"
#include "models/gallerymodel.h"
#include "models/gallerytablemodel.h"
#include "models/productlistmodel.h"
#include "models/reviewmodel.h"
#include "ui/alttexteditor.h"
#include "ui/alttextpanel.h"
#include "ui/detailsview.h"
#include "ui/editablegallerytablemodel.h"
#include "ui/galleryeditactions.h"
#include "ui/gallerystatusbar.h"
#include "ui/galleryview.h"
#include "ui/mainwindow.h"
#include "ui/pendingdeletionsbar.h"
#include "ui/productchooser.h"
#include "ui/publishdialog.h"
#include "ui/reviewpanel.h"
#include "ui/sizecelldelegate.h"
#include "ui/thumbnailcache.h"
#include "uifixtures.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyle>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

using namespace vitrine;
using namespace vitrine::test;

namespace {
// Answers the next modal message box: clicks the button named buttonName (or the one with that
// text), after checking its question. Runs from the event loop the box's exec() spins.
void answerNextMessageBox(const QString &button, QString *question = nullptr) {
    QTimer::singleShot(0, [button, question] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        if (question)
            *question = box->text();
        for (QAbstractButton *b : box->buttons()) {
            if (b->objectName() == button || b->text() == button) {
                b->click();
                return;
            }
        }
        box->reject();
    });
}
} // namespace

// The window as the app controller and a user see it: one selection for grid and list, delete
// with its question, actions disabled with the store's reason, intent signals, publishing, and
// closing with unpublished edits.
class TstMainWindow : public QObject {
    Q_OBJECT

    struct Fixture {
        FakeImageHost host;
        ThumbnailCache cache{host.fetcher()};
        EditSession session;
        MainWindow window{&session, &cache};

        explicit Fixture(const StoreCapabilities &caps = capabilitiesWithAltLimits(255, 512)) {
            const Gallery gallery = makeGallery(6);
            host.serve(gallery);
            window.setCapabilities(caps);
            session.load(QStringLiteral("sofa"), gallery);
            window.setCurrentProduct(QStringLiteral("sofa"), QStringLiteral("Grey sofa"));
            window.setStoreName(QStringLiteral("Demo store"));
            window.show();
        }
        GalleryView *grid() const { return window.galleryView(); }
        QStringList order() const { return session.model()->order(); }
    };

    // The details table on its own, with a gallery's thumbnails fetched through `fetch`.
    struct DetailsOnItsOwn {
        ThumbnailCache cache;
        EditSession session;
        EditableGalleryTableModel table;
        DetailsView view{&cache};

        explicit DetailsOnItsOwn(ThumbnailCache::FetchBytes fetch)
            : cache(std::move(fetch)) {
            table.setSourceModel(session.model());
            view.setModel(&table);
        }
        bool show(QSize size) {
            view.resize(size);
            view.show();
            return QTest::qWaitForWindowExposed(&view);
        }
    };

private Q_SLOTS:
    void aFastLoadFlashesNoLoadingIndicator() {
        Fixture f;
        GalleryStatusBar *status = f.window.galleryStatusBar();
        QTRY_VERIFY(!status->isLoadingVisible()); // the fixture's thumbnails are in
        const QString placeholder = f.grid()->placeholderText();
        f.window.showGalleryLoading(0, -1);
        QVERIFY(!f.window.isGalleryLoadingShown());
        QVERIFY(!status->isLoadingVisible());
        QTest::qWait(MainWindow::kLoadingIndicatorDelayMs / 5);
        f.window.showGalleryLoading(1, 1);
        QTest::qWait(MainWindow::kLoadingIndicatorDelayMs + 100);
        QVERIFY(!f.window.isGalleryLoadingShown());
        QVERIFY(!status->isLoadingVisible());
        QCOMPARE(f.grid()->placeholderText(), placeholder);
    }

    void aSlowLoadShowsItsIndicatorAfterTheDelay() {
        Fixture f;
        GalleryStatusBar *status = f.window.galleryStatusBar();
        QTRY_VERIFY(!status->isLoadingVisible());
        QElapsedTimer since;
        since.start();
        f.window.showGalleryLoading(0, -1);
        QTRY_VERIFY(f.window.isGalleryLoadingShown());
        QVERIFY(since.elapsed() >= MainWindow::kLoadingIndicatorDelayMs);
        QVERIFY(status->isLoadingVisible());
        QVERIFY2(f.grid()->placeholderText().contains(QStringLiteral("Loading")),
                 qPrintable(f.grid()->placeholderText()));
        f.window.showGalleryLoading(1, 1);
        QVERIFY(!f.window.isGalleryLoadingShown());
        QVERIFY(!status->isLoadingVisible());
    }

    void gridAndDetailsShareOneSelection() {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        QCOMPARE(f.window.detailsView()->selectionModel(), f.grid()->selectionModel());
        f.grid()->selectRows({1, 3});
        QCOMPARE(f.window.detailsView()->selectedRows(), (QList<int>{1, 3}));
        QCOMPARE(f.window.altTextPanel()->rows(), (QList<int>{1, 3}));
        f.window.detailsView()->selectRow(4);
        QCOMPARE(f.grid()->selectedRows(), QList<int>{4});
    }

    void viewModesSwitchBetweenGridAndDetails() {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        // The first run shows the grid and the details list side by side.
        QCOMPARE(f.window.viewMode(), MainWindow::ViewMode::SideBySide);
        QVERIFY(f.grid()->isVisible() && f.window.detailsView()->isVisible());
        // Each gets half: two columns of cards beside place, picture, alt text, size and URL.
        QVERIFY(f.grid()->width() >= 2 * f.grid()->gridSize().width());
        const QRect url = f.window.detailsView()->visualRect(
            f.window.tableModel()->index(0, GalleryTableModel::UrlColumn));
        QVERIFY(url.left() < f.window.detailsView()->viewport()->width() - 80);
        f.window.setViewMode(MainWindow::ViewMode::Details);
        QVERIFY(f.grid()->isHidden());
        QVERIFY(f.window.detailsView()->isVisible());
        f.window.setViewMode(MainWindow::ViewMode::Grid);
        QVERIFY(f.window.detailsView()->isHidden());
        QVERIFY(f.grid()->isVisible());
    }

    void detailsSizeComesFromTheImageWhenTheStoreDoesNotSay() {
        Fixture f;
        const QModelIndex size = f.window.tableModel()->index(0, GalleryTableModel::SizeColumn);
        QCOMPARE(size.data().toString(), QStringLiteral("unknown"));
        SizeCellDelegate *delegate = f.window.detailsView()->sizeDelegate();
        QCOMPARE(f.window.detailsView()->itemDelegateForColumn(GalleryTableModel::SizeColumn),
                 delegate);
        const QUrl url(size.data(GalleryModel::SourceUrlRole).toString());
        f.cache.request(url);
        QTRY_VERIFY(f.cache.naturalSize(url).isValid());
        QCOMPARE(delegate->textFor(size), QStringLiteral("400 × 300")); // as the card says
    }

    // In the details, an arriving thumbnail repaints its row's picture and size cells, not the
    // whole table.
    void anArrivingThumbnailRepaintsOnlyItsCellsInTheDetails() {
        const Gallery gallery = makeGallery(4);
        ImageHostHoldingOne images(gallery, 2); // the third image waits
        DetailsOnItsOwn d(images.fetcher());
        d.session.load(QStringLiteral("sofa"), gallery);
        QVERIFY(d.show(QSize(900, 500)));
        for (const int row : {0, 1, 3})
            QTRY_VERIFY(d.cache.state(QUrl(gallery.at(row).src)) == ThumbnailCache::State::Ready);
        QVERIFY(images.gate.requested.contains(images.held));
        QTest::qWait(50); // what the other arrivals painted is painted

        const PaintRecorder recorder(d.view.viewport());
        QSignalSpy ready(&d.cache, &ThumbnailCache::thumbnailReady);
        images.gate.open();
        QTRY_COMPARE(ready.size(), 1);
        QTRY_VERIFY(!recorder.regions.isEmpty());
        QTest::qWait(50);
        const QRegion painted = recorder.painted();
        const QRect picture =
            d.view.visualRect(d.table.index(2, GalleryTableModel::ThumbnailColumn));
        const QRect size = d.view.visualRect(d.table.index(2, GalleryTableModel::SizeColumn));
        QVERIFY(painted.intersects(picture));
        QVERIFY(painted.intersects(size));
        // Nothing of the other rows.
        QCOMPARE(painted - QRegion(picture).united(size), QRegion());
    }

    // The alt text dock keeps its width when the first image is selected and the panel fills
    // with texts (here the note of a store without a documented limit, a long sentence): a wider
    // dock would shift the grid under the pointer.
    void aSelectionDoesNotWidenTheAltTextDock() {
        Fixture f(capabilitiesWithAltLimits(0, 0));
        f.window.resize(1280, 800);
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        const auto *dock = f.window.findChild<QDockWidget *>(QStringLiteral("altTextDock"));
        QVERIFY(dock);
        const int width = dock->width();
        const int gridWidth = f.grid()->width();
        f.grid()->selectionModel()->select(f.session.model()->index(1),
                                           QItemSelectionModel::ClearAndSelect);
        QCOMPARE(f.window.altTextPanel()->rows(), QList<int>{1});
        QTest::qWait(100); // the layout requests it posted
        QCOMPARE(dock->width(), width);
        QCOMPARE(f.grid()->width(), gridWidth);
        const auto *note =
            f.window.altTextPanel()->findChild<QLabel *>(QStringLiteral("altLimitNote"));
        QVERIFY(!note->text().isEmpty());
        QVERIFY(note->height() >= 2 * note->fontMetrics().height()); // wrapped, not cut
    }

    // The place column fits the largest place number, for a small gallery and a large one,
    // without measuring every row (it is not sized to its contents).
    void thePlaceColumnFitsTheLargestPlace() {
        Fixture f;
        DetailsView *details = f.window.detailsView();
        const int column = GalleryTableModel::PositionColumn;
        QCOMPARE(details->horizontalHeader()->sectionResizeMode(column), QHeaderView::Fixed);
        const auto fits = [&] {
            const int rows = f.window.tableModel()->rowCount();
            const QString largest = QString::number(rows);
            const QModelIndex last = f.window.tableModel()->index(rows - 1, column);
            if (last.data().toString() != largest)
                return false;
            const int margin = details->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1;
            return details->columnWidth(column) >=
                   details->fontMetrics().horizontalAdvance(largest) + 2 * margin;
        };
        QVERIFY(fits());
        const int small = details->columnWidth(column);
        f.session.load(QStringLiteral("sofa"), makeGallery(12000));
        QVERIFY(fits());
        QVERIFY(details->columnWidth(column) > small);
    }

    // A gallery opening in the table paints its rows once (then only the cells whose thumbnail
    // arrives), even when it is longer than the screen.
    void anOpeningGalleryPaintsTheTableOnce() {
        const Gallery gallery = makeGallery(250);
        FakeImageHost host;
        host.serve(gallery);
        DetailsOnItsOwn d(host.fetcher());
        QVERIFY(d.show(QSize(700, 500)));
        QTest::qWait(50);

        const PaintRecorder paints(d.view.viewport());
        d.session.load(QStringLiteral("sofa"), gallery);
        QSignalSpy ready(&d.cache, &ThumbnailCache::thumbnailReady);
        QTRY_VERIFY(ready.size() >= 5 && !d.cache.isLoadingVisible());
        QTest::qWait(150); // anything laid out late (a scroll bar appearing) is painted by now
        QCOMPARE(paints.wholePaints(), 1);
    }

    void theChosenViewModeIsRemembered_data() {
        QTest::addColumn<MainWindow::ViewMode>("mode");
        QTest::newRow("grid") << MainWindow::ViewMode::Grid;
        QTest::newRow("details") << MainWindow::ViewMode::Details;
        QTest::newRow("both") << MainWindow::ViewMode::SideBySide;
    }

    void theChosenViewModeIsRemembered() {
        QFETCH(MainWindow::ViewMode, mode);
        QByteArray layout;
        {
            Fixture f;
            f.window.setViewMode(mode);
            layout = f.window.saveLayout();
        }
        Fixture f; // the next start
        QVERIFY(f.window.restoreLayout(layout));
        QCOMPARE(f.window.viewMode(), mode);
        // A layout saved by a version that did not keep the view mode still restores the docks
        // and leaves the first-run view.
        Fixture older;
        QVERIFY(older.window.restoreLayout(older.window.saveState()));
        QCOMPARE(older.window.viewMode(), MainWindow::ViewMode::SideBySide);
        QVERIFY(!older.window.restoreLayout(QByteArray("VTL1 and then nonsense")));
    }

    void deleteAsksThenStagesOneUndoStep() {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowActive(&f.window));
        f.grid()->setFocus();
        f.grid()->selectRows({1, 4});

        QString question;
        answerNextMessageBox(QStringLiteral("deleteButton"), &question);
        QTest::keyClick(f.grid(), Qt::Key_Delete);
        QCOMPARE(question, QStringLiteral("Delete 2 images of “Grey sofa”?"));
        QCOMPARE(f.order(), QString::fromLatin1("1,3,4,6").split(QLatin1Char(',')));
        QCOMPARE(f.session.undoStack()->count(), 1);
        QCOMPARE(f.window.galleryStatusBar()->pendingText(), QStringLiteral("2 edits pending"));
        QVERIFY(f.window.isWindowModified());
        QVERIFY(f.window.publishAction()->isEnabled());

        f.window.undoAction()->trigger();
        QCOMPARE(f.order().size(), 6);
        QVERIFY(!f.window.publishAction()->isEnabled());
    }

    void cancellingTheDeleteQuestionKeepsEverything() {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowActive(&f.window));
        f.grid()->setFocus();
        f.grid()->selectAll();
        QString question;
        answerNextMessageBox(QStringLiteral("&Cancel"), &question);
        f.grid()->deleteAction()->trigger();
        QCOMPARE(question, QStringLiteral("Delete all 6 images of “Grey sofa”?"));
        QCOMPARE(f.order().size(), 6);
        QCOMPARE(f.session.undoStack()->count(), 0);
    }

    void actionsTheStoreCannotDoSayWhy() {
        StoreCapabilities caps = capabilitiesWithAltLimits(0, 0);
        caps.dialectName = QStringLiteral("shoplazza");
        caps.canReplaceSource = false;
        caps.hasVariants = false;
        Fixture f(caps);
        f.grid()->selectRows({2});
        QAction *replace = f.window.editActions()->replaceUrlAction();
        QAction *variants = f.window.editActions()->setVariantsAction();
        QVERIFY(!replace->isEnabled());
        QCOMPARE(replace->toolTip(), caps.whyNot(StoreCapabilities::Feature::ReplaceSource));
        QCOMPARE(replace->statusTip(), replace->toolTip());
        QVERIFY(!variants->isEnabled());
        QCOMPARE(variants->toolTip(), caps.whyNot(StoreCapabilities::Feature::Variants));

        // A new image's URL can always change, even where existing ones cannot.
        const QString key = f.session.addImage(QStringLiteral("https://cdn.example.com/new.png"));
        f.grid()->selectRows({f.session.model()->rowOfKey(key)});
        QVERIFY(replace->isEnabled());
    }

    void storeWithEverythingEnablesEverything() {
        Fixture f;
        f.grid()->selectRows({2});
        QVERIFY(f.window.editActions()->replaceUrlAction()->isEnabled());
        QVERIFY(f.window.editActions()->setVariantsAction()->isEnabled());
        QVERIFY(f.window.editActions()->addImageAction()->isEnabled());
    }

    void intentsReachTheController() {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowActive(&f.window));
        QSignalSpy publish(&f.window, &MainWindow::publishRequested);
        QSignalSpy reload(&f.window, &MainWindow::reloadRequested);
        QSignalSpy switchStore(&f.window, &MainWindow::switchStoreRequested);
        QSignalSpy product(&f.window, &MainWindow::productRequested);

        QTest::keyClick(&f.window, Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(publish.size(), 0); // nothing staged
        QVERIFY(f.session.setAltText({0}, QStringLiteral("Front")));
        QTest::keyClick(&f.window, Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(publish.size(), 1);

        f.session.undoStack()->undo(); // nothing pending: reload needs no question
        f.window.reloadAction()->trigger();
        QCOMPARE(reload.size(), 1);
        f.window.switchStoreAction()->trigger();
        QCOMPARE(switchStore.size(), 1);

        ProductListModel products;
        products.setProducts({{QStringLiteral("sofa"), QStringLiteral("Grey sofa"), 6},
                              {QStringLiteral("lamp"), QStringLiteral("Brass lamp"), 3}});
        f.window.setProductModel(&products);
        QComboBox *combo = f.window.productChooser()->comboBox();
        QCOMPARE(combo->currentText().contains(QStringLiteral("Grey sofa")), true);
        Q_EMIT combo->activated(1);
        QCOMPARE(product.size(), 1);
        QCOMPARE(product.constFirst().constFirst().toString(), QStringLiteral("lamp"));
    }

    void reloadWithPendingEditsAsksFirst() {
        Fixture f;
        QSignalSpy reload(&f.window, &MainWindow::reloadRequested);
        QVERIFY(f.session.setAltText({0}, QStringLiteral("Front")));
        answerNextMessageBox(QStringLiteral("&Cancel"));
        f.window.reloadAction()->trigger();
        QCOMPARE(reload.size(), 0);
        answerNextMessageBox(QStringLiteral("Reload and Discard"));
        f.window.reloadAction()->trigger();
        QCOMPARE(reload.size(), 1);
    }

    void resetDemoOnlyForTheDemoStore() {
        Fixture f;
        QVERIFY(!f.window.resetDemoAction()->isVisible());
        f.window.setDemoStore(true);
        QVERIFY(f.window.resetDemoAction()->isVisible());
        QSignalSpy reset(&f.window, &MainWindow::resetDemoRequested);
        answerNextMessageBox(QStringLiteral("Reset Demo Data"));
        f.window.resetDemoAction()->trigger();
        QCOMPARE(reset.size(), 1);
    }

    void openDemoOnlyFromAnotherStore() {
        Fixture f;
        QVERIFY(f.window.openDemoAction()->isVisible());
        QSignalSpy demo(&f.window, &MainWindow::demoStoreRequested);
        f.window.openDemoAction()->trigger();
        QCOMPARE(demo.size(), 1);
        f.window.setDemoStore(true);
        QVERIFY(!f.window.openDemoAction()->isVisible());
    }

    void publishingIsDrivenByTheController() {
        Fixture f;
        QSignalSpy confirmed(&f.window, &MainWindow::publishConfirmed);
        QSignalSpy cancel(&f.window, &MainWindow::publishCancelRequested);
        PublishPlan plan;
        WriteOp op;
        op.kind = WriteOp::Kind::Update;
        op.imageId = QStringLiteral("1");
        op.patch.alt = QStringLiteral("Front");
        plan.ops = {op};
        f.window.showPublishPreview(plan);
        PublishDialog *dialog = f.window.publishDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->summaryText(), QStringLiteral("1 alt text edit → 1 request"));
        dialog->findChild<QPushButton *>(QStringLiteral("publishButton"))->click();
        QCOMPARE(confirmed.size(), 1);
        f.window.setPublishProgress(0, 1, QStringLiteral("update 1 (alt)"));
        dialog->reject();
        QCOMPARE(cancel.size(), 1);
        f.window.addPublishResult(QStringLiteral("update 1 (alt)"), false,
                                  QStringLiteral("Request cancelled"));
        f.window.finishPublish(QStringLiteral("Publishing was cancelled; 1 edit stays pending."));
        QCOMPARE(dialog->stage(), PublishDialog::Stage::Done);
    }

    void f2OnSeveralImagesGoesToThePanel() {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowActive(&f.window));
        f.grid()->setFocus();
        f.grid()->selectRows({0, 1, 2});
        QTest::keyClick(f.grid(), Qt::Key_F2);
        QTRY_COMPARE(QApplication::focusWidget(), f.window.altTextPanel()->editor());
    }

    void gridInlineEditGoesThroughTheTableModel() {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowActive(&f.window));
        f.grid()->setFocus();
        f.grid()->selectRows({3});
        QTest::keyClick(f.grid(), Qt::Key_F2);
        auto *editor = f.grid()->findChild<AltTextEditor *>();
        QVERIFY(editor);
        editor->setText(QStringLiteral("Back view"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(f.session.model()->index(3).data(GalleryModel::AltTextRole).toString(),
                     QStringLiteral("Back view"));
        QCOMPARE(f.window.galleryStatusBar()->pendingText(), QStringLiteral("1 edit pending"));
    }

    void detailsListEditsAltTextAndReorders() {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowActive(&f.window));
        f.window.setViewMode(MainWindow::ViewMode::Details);
        DetailsView *details = f.window.detailsView();
        details->setFocus();
        // The current cell is the URL; F2 still edits the row's alt text, with the counter.
        details->setCurrentIndex(f.window.tableModel()->index(2, GalleryTableModel::UrlColumn));
        QTest::keyClick(details, Qt::Key_F2);
        auto *editor = details->findChild<AltTextEditor *>();
        QVERIFY(editor);
        QCOMPARE(editor->text(), QStringLiteral("alt 3"));
        editor->setText(QStringLiteral("Side view"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(f.session.model()->index(2).data(GalleryModel::AltTextRole).toString(),
                     QStringLiteral("Side view"));

        // The grid's reorder shortcuts work from the list as well.
        details->setFocus();
        details->selectRow(2);
        QTest::keyClick(details, Qt::Key_Home, Qt::ControlModifier);
        QCOMPARE(f.order().constFirst(), QStringLiteral("3"));
        QCOMPARE(f.session.undoStack()->count(), 2);
    }

    void droppedAddressesBecomeNewImagesInOneStep() {
        Fixture f;
        Q_EMIT f.grid()->urlsDropped({QUrl(QStringLiteral("https://cdn.example.com/a.jpg")),
                                      QUrl(QStringLiteral("https://cdn.example.com/b.jpg"))},
                                     1);
        QCOMPARE(f.session.model()->rowCount(), 8);
        QVERIFY(f.session.model()->index(1).data(GalleryModel::IsNewRole).toBool());
        QCOMPARE(f.session.model()->index(2).data(GalleryModel::SourceUrlRole).toString(),
                 QStringLiteral("https://cdn.example.com/b.jpg"));
        QCOMPARE(f.grid()->selectedRows(), (QList<int>{1, 2}));
        QCOMPARE(f.session.undoStack()->count(), 1);
        f.session.undoStack()->undo();
        QCOMPARE(f.session.model()->rowCount(), 6);
    }

    void droppedAddressesStepCountsWhatWasAdded_data() {
        QTest::addColumn<QStringList>("urls");
        QTest::addColumn<int>("maxImages");
        QTest::addColumn<int>("added");
        QTest::addColumn<QString>("undoText");
        const QString a = QStringLiteral("https://cdn.example.com/a.jpg");
        const QString b = QStringLiteral("https://cdn.example.com/b.jpg");
        const QString c = QStringLiteral("https://cdn.example.com/c.jpg");
        const QString ftp = QStringLiteral("ftp://cdn.example.com/x.jpg");
        QTest::newRow("all added")
            << QStringList{a, b, c} << 0 << 3 << QStringLiteral("Add 3 images");
        QTest::newRow("one is not an image address")
            << QStringList{a, ftp, b} << 0 << 2 << QStringLiteral("Add 2 images");
        QTest::newRow("the store has room for two")
            << QStringList{a, b, c} << 8 << 2 << QStringLiteral("Add 2 images");
        QTest::newRow("room for two, the second not an image address")
            << QStringList{a, ftp, b, c} << 8 << 2 << QStringLiteral("Add 2 images");
        QTest::newRow("room for one")
            << QStringList{a, b} << 7 << 1 << QStringLiteral("Add image a.jpg");
    }

    void droppedAddressesStepCountsWhatWasAdded() {
        QFETCH(QStringList, urls);
        QFETCH(int, maxImages);
        QFETCH(int, added);
        QFETCH(QString, undoText);
        StoreCapabilities caps = capabilitiesWithAltLimits(255, 512);
        caps.maxImagesPerProduct = maxImages;
        Fixture f(caps);
        QSignalSpy status(f.window.editActions(), &GalleryEditActions::statusMessage);
        QList<QUrl> dropped;
        for (const QString &url : urls)
            dropped << QUrl(url);
        Q_EMIT f.grid()->urlsDropped(dropped, 0);
        QCOMPARE(f.session.model()->rowCount(), 6 + added);
        QCOMPARE(f.session.undoStack()->count(), 1);
        QCOMPARE(f.session.undoStack()->undoText(), undoText);
        QCOMPARE(status.size(), 1);
        if (added < urls.size())
            QVERIFY2(status.constLast().at(0).toString().contains(
                         added == 1 ? QStringLiteral("1 image added") : QStringLiteral("2 images")),
                     qPrintable(status.constLast().at(0).toString()));
        f.session.undoStack()->undo();
        QCOMPARE(f.session.model()->rowCount(), 6);
    }

    void reviewDockLeadsToTheImage() {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        QVERIFY(!f.window.reviewDock()->isVisible()); // closed until asked for
        QVERIFY(f.session.setAltText({4}, QString()));
        f.window.reviewDock()->toggleViewAction()->trigger();
        QTRY_VERIFY(f.window.reviewDock()->isVisible());
        QTRY_VERIFY(!f.window.reviewPanel()->visibleRegion().isEmpty()); // in front of History
        QTRY_COMPARE(f.window.reviewPanel()->model()->rowCount(), 1);
        const QModelIndex finding = f.window.reviewPanel()->model()->index(0, 0);
        QCOMPARE(finding.data().toInt(), 5);
        Q_EMIT f.window.reviewPanel()->view()->activated(finding);
        QCOMPARE(f.grid()->selectedRows(), QList<int>{4});
    }

    void closingWithPendingEditsAsks() {
        Fixture f;
        QVERIFY(f.session.setAltText({0}, QStringLiteral("Front")));
        QString question;
        answerNextMessageBox(QStringLiteral("&Cancel"), &question);
        QVERIFY(!f.window.close());
        QVERIFY(question.contains(QStringLiteral("1 edit to “Grey sofa”")));
        QVERIFY(f.window.isVisible());
        answerNextMessageBox(QStringLiteral("quitButton"));
        QVERIFY(f.window.close());
    }

    void failedDeletionStaysInSightAndCanBeKept() {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        PendingDeletionsBar *bar = f.window.pendingDeletionsBar();
        QVERIFY(bar->isHidden());              // nothing staged for deletion
        QVERIFY(f.session.deleteRows({1, 2})); // images 2 and 3
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->listedIds(), (QStringList{QStringLiteral("2"), QStringLiteral("3")}));
        QCOMPARE(bar->failedCount(), 0);

        // Publishing: the store refuses to delete image 2 and deletes image 3.
        const QString refusal = QStringLiteral("Image 2 is still used by a variant.");
        const PublishPlan plan = f.session.plan();
        QList<EditSession::OpResult> results;
        for (const WriteOp &op : plan.ops) {
            EditSession::OpResult r;
            r.state = op.imageId == QLatin1String("2") ? EditSession::OpResult::State::Failed
                                                       : EditSession::OpResult::State::Succeeded;
            if (r.state == EditSession::OpResult::State::Failed)
                r.message = refusal;
            results << r;
        }
        f.session.applyPublishResults(plan, results);
        QCOMPARE(f.order(), (QStringList{QStringLiteral("1"), QStringLiteral("4"),
                                         QStringLiteral("5"), QStringLiteral("6")}));
        QCOMPARE(f.session.undoStack()->count(), 0); // Ctrl+Z cannot bring it back

        // The failed deletion is in sight, with the store's message, and counts as pending.
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->listedIds(), QStringList{QStringLiteral("2")});
        QCOMPARE(bar->failedCount(), 1);
        QCOMPARE(bar->messageOf(QStringLiteral("2")), refusal);
        // (Rows added to a shown strip appear on the next event loop pass.)
        const auto messageShown = [&] {
            for (const QLabel *label : bar->findChildren<QLabel *>())
                if (label->text() == refusal && label->isVisible())
                    return true;
            return false;
        };
        QTRY_VERIFY(messageShown());
        QVERIFY(bar->headlineText().contains(QStringLiteral("did not delete 1 image")));
        QCOMPARE(f.window.galleryStatusBar()->pendingText(), QStringLiteral("1 edit pending"));
        QVERIFY(f.window.publishAction()->isEnabled());

        // Publish Again asks the controller to publish, as Ctrl+S does.
        QSignalSpy publish(&f.window, &MainWindow::publishRequested);
        QVERIFY(bar->publishAgainButton()->isVisible());
        bar->publishAgainButton()->click();
        QCOMPARE(publish.size(), 1);

        // Keep Image: the image is back in the grid, selected, and nothing is pending.
        QPushButton *keep = bar->keepButton(QStringLiteral("2"));
        QVERIFY(keep);
        QTRY_VERIFY(keep->isVisible());
        QTest::mouseClick(keep, Qt::LeftButton);
        QCOMPARE(f.order(),
                 (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("4"),
                              QStringLiteral("5"), QStringLiteral("6")}));
        QCOMPARE(f.grid()->model()->rowCount(), 5);
        QCOMPARE(f.grid()->selectedRows(), QList<int>{1});
        QVERIFY(bar->isHidden());
        QCOMPARE(f.session.pendingCount(), 0);
        QVERIFY(!f.window.publishAction()->isEnabled());

        // It is one undo step: Ctrl+Z stages the deletion again, with the store's message.
        QCOMPARE(f.window.undoAction()->text(), QStringLiteral("&Undo Keep image"));
        f.window.undoAction()->trigger();
        QCOMPARE(f.session.model()->rowCount(), 4);
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->messageOf(QStringLiteral("2")), refusal);
    }

    void stagedDeletionsAreListedUntilPublished() {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        PendingDeletionsBar *bar = f.window.pendingDeletionsBar();
        QVERIFY(f.session.deleteRows({0, 2, 4})); // images 1, 3, 5
        QCOMPARE(bar->listedIds(),
                 (QStringList{QStringLiteral("1"), QStringLiteral("3"), QStringLiteral("5")}));
        QCOMPARE(bar->messageOf(QStringLiteral("3")),
                 QStringLiteral("Deleted from the store when you publish."));
        QVERIFY(!bar->publishAgainButton()->isVisible()); // nothing failed
        QVERIFY(bar->keepAllButton()->isVisible());
        bar->keepAllButton()->click();
        QCOMPARE(f.session.model()->rowCount(), 6);
        QCOMPARE(f.grid()->selectedRows(), (QList<int>{0, 2, 4}));
        QVERIFY(bar->isHidden());
        QCOMPARE(f.session.undoStack()->count(), 2); // the delete, then the keep
    }

    void errorsStayUntilDismissed() {
        Fixture f;
        f.window.showError(
            QStringLiteral("The store could not be reached. Check your connection."));
        QCOMPARE(f.window.galleryStatusBar()->errorText(),
                 QStringLiteral("The store could not be reached. Check your connection."));
        f.window.clearError();
        QVERIFY(f.window.galleryStatusBar()->errorText().isEmpty());
    }
};

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
