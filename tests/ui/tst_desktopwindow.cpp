// The rough edges of the window a desktop user trips over (issue 16), in real widgets on the
// offscreen platform: the title, products without titles, the delete question's keys, the Alt
// Text panel's prompt and stable width, over-limit alt texts from the store, the multi-line inline
// editor, the grid following moved images and keeping its place on resize, File ▸ Open Recent, the
// Help menu, and the Stores dialog's rows.
#include "models/editsession.h"
#include "models/gallerymodel.h"
#include "models/reviewmodel.h"
#include "ui/aboutdialog.h"
#include "ui/alttextcounter.h"
#include "ui/alttexteditor.h"
#include "ui/alttextpanel.h"
#include "ui/gallerydelegate.h"
#include "ui/galleryview.h"
#include "ui/handbookbrowser.h"
#include "ui/mainwindow.h"
#include "ui/pendingdeletionsbar.h"
#include "ui/profilesdialog.h"
#include "ui/reviewpanel.h"
#include "ui/shortcutsdialog.h"
#include "ui/thumbnailcache.h"
#include "uifixtures.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <QUndoView>
#include <QWindow>

using namespace vitrine;
using namespace vitrine::test;

namespace {

struct Window {
    FakeImageHost host;
    ThumbnailCache cache{host.fetcher()};
    EditSession session;
    MainWindow window{&session, &cache};

    explicit Window(int images = 6, const QString &title = QStringLiteral("Grey sofa"),
                    const StoreCapabilities &caps = capabilitiesWithAltLimits(255, 512)) {
        const Gallery gallery = makeGallery(images);
        host.serve(gallery);
        window.setConfirmCloseWithPending(false);
        window.setCapabilities(caps);
        session.load(QStringLiteral("101"), gallery);
        window.setCurrentProduct(QStringLiteral("101"), title);
        window.setStoreName(QStringLiteral("Shopify at 127.0.0.1"));
        window.show();
    }
    GalleryView *grid() const { return window.galleryView(); }
};

// The next modal box: its text, then keys typed into it (a mnemonic, Enter).
void typeIntoNextMessageBox(const QKeySequence &keys, QString *question) {
    QTimer::singleShot(0, [keys, question] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        *question = box->text();
        // The offscreen platform does not hand the focus to a new dialog as a window manager does.
        QApplication::setActiveWindow(box);
        QTest::keySequence(box, keys);
        // A mnemonic "animates" the click (a tenth of a second); keys that do not answer the box
        // must not hang the test.
        QTimer::singleShot(2000, box, [box] { box->done(QMessageBox::Cancel); });
    });
}

bool visibleIn(const GalleryView *view, int row) {
    const QModelIndex index = view->model()->index(row, view->modelColumn());
    return view->viewport()->rect().intersects(view->visualRect(index));
}

} // namespace

class TstDesktopWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void titleNamesProductAndStoreOnce() {
        Window w;
        QVERIFY(QTest::qWaitForWindowExposed(&w.window));
        // The platform adds the application's name; the unpublished mark is the product's.
        QCOMPARE(w.window.windowTitle(), QStringLiteral("Grey sofa[*] — Shopify at 127.0.0.1"));
        QCOMPARE(w.window.windowHandle()->title(),
                 QStringLiteral("Grey sofa — Shopify at 127.0.0.1"));
        w.session.moveToLast({0});
        QCOMPARE(w.window.windowHandle()->title(),
                 QStringLiteral("Grey sofa* — Shopify at 127.0.0.1"));
        QVERIFY(!w.window.windowHandle()->title().contains(QStringLiteral("Vitrine")));
    }

    void productsWithoutTitleAreNamedAsProducts() {
        Window w(6, QString());
        QVERIFY(QTest::qWaitForWindowActive(&w.window));
        QCOMPARE(w.window.windowHandle()->title(),
                 QStringLiteral("Product 101 — Shopify at 127.0.0.1"));
        w.grid()->setFocus();
        w.grid()->selectRows({1, 2, 4});
        QString question;
        typeIntoNextMessageBox(QKeySequence(Qt::Key_Escape), &question);
        w.grid()->deleteAction()->trigger();
        QCOMPARE(question, QStringLiteral("Delete 3 images of product 101?"));
    }

    void deleteQuestionAnswersAltDAndEnterCancels_data() {
        QTest::addColumn<QKeySequence>("keys");
        QTest::addColumn<bool>("deletes");
        QTest::newRow("Enter keeps the images") << QKeySequence(Qt::Key_Return) << false;
        QTest::newRow("Escape keeps the images") << QKeySequence(Qt::Key_Escape) << false;
        QTest::newRow("Alt+D deletes") << QKeySequence(Qt::ALT | Qt::Key_D) << true;
    }
    void deleteQuestionAnswersAltDAndEnterCancels() {
        QFETCH(QKeySequence, keys);
        QFETCH(bool, deletes);
        Window w;
        QVERIFY(QTest::qWaitForWindowActive(&w.window));
        w.grid()->setFocus();
        w.grid()->selectRows({1});
        QString question;
        typeIntoNextMessageBox(keys, &question);
        QTest::keyClick(w.grid(), Qt::Key_Delete);
        QCOMPARE(question, QStringLiteral("Delete 1 image of “Grey sofa”?"));
        QCOMPARE(w.session.model()->rowCount(), deletes ? 5 : 6);
    }

    void altPanelPromptCountsTheSelection_data() {
        QTest::addColumn<QList<int>>("rows");
        QTest::addColumn<QString>("prompt");
        QTest::newRow("two") << QList<int>{0, 1}
                             << QStringLiteral("These images have different alt texts. Type one "
                                               "to give it to both.");
        QTest::newRow("three") << QList<int>{0, 1, 2}
                               << QStringLiteral("These images have different alt texts. Type "
                                                 "one to give it to all 3.");
    }
    void altPanelPromptCountsTheSelection() {
        QFETCH(QList<int>, rows);
        QFETCH(QString, prompt);
        Window w;
        // Selected one way, then the other: the prompt follows the selection it shows.
        w.grid()->selectRows({0, 1, 2, 3});
        w.grid()->selectRows(rows);
        QCOMPARE(w.window.altTextPanel()->editor()->placeholderText(), prompt);
        QCOMPARE(
            w.window.altTextPanel()->findChild<QLabel *>(QStringLiteral("altPanelTitle"))->text(),
            QStringLiteral("%1 images selected").arg(rows.size()));
    }

    void altDockKeepsItsWidthWhateverTheSelection() {
        Window w(8);
        QVERIFY(QTest::qWaitForWindowExposed(&w.window));
        QTRY_COMPARE(w.cache.queuedCount() + w.cache.fetchesInFlight(), 0);
        const auto *dock = w.window.altTextPanel()->parentWidget();
        const int width = dock->width();
        const int gridWidth = w.grid()->width();
        for (const QList<int> &rows :
             {QList<int>{0}, QList<int>{0, 1, 2, 3, 4, 5, 6, 7}, QList<int>{}, QList<int>{3, 4}}) {
            w.grid()->selectRows(rows);
            QCoreApplication::processEvents();
            QCOMPARE(dock->width(), width);
            QCOMPARE(w.grid()->width(), gridWidth);
        }
    }

    void altTextOverTheLimitFromTheStoreIsFlagged() {
        // Shopify: 512 characters at most. The store already holds 600 for image 2.
        Window w(3, QStringLiteral("Grey sofa"), capabilitiesWithAltLimits(512, 512));
        Gallery gallery = makeGallery(3);
        gallery[1].alt = QString(600, QLatin1Char('a'));
        w.host.serve(gallery);
        w.session.load(QStringLiteral("101"), gallery);
        ReviewPanel *review = w.window.reviewPanel();
        review->refresh();
        const QList<ReviewFinding> findings = review->model()->findings();
        const auto tooLong = std::find_if(findings.cbegin(), findings.cend(), [](const auto &f) {
            return f.kind == ReviewFinding::Kind::AltTooLong;
        });
        QVERIFY(tooLong != findings.cend());
        QCOMPARE(tooLong->severity, ReviewFinding::Severity::Error);
        QCOMPARE(tooLong->place, 2);
        QVERIFY(std::none_of(findings.cbegin(), findings.cend(), [](const auto &f) {
            return f.kind == ReviewFinding::Kind::AltVerbose && f.place == 2;
        }));
        // The card says it too.
        const QModelIndex card = w.grid()->model()->index(1, w.grid()->modelColumn());
        QVERIFY(w.grid()->galleryDelegate()->toolTip(card).contains(
            QStringLiteral("Alt text too long: 600 characters, the store accepts at most 512.")));
        const QModelIndex fine = w.grid()->model()->index(0, w.grid()->modelColumn());
        QVERIFY(!w.grid()->galleryDelegate()->toolTip(fine).contains(QStringLiteral("too long")));
    }

    void reviewDetailsWrapInsteadOfBeingCutOff() {
        Window w(4);
        QVERIFY(QTest::qWaitForWindowExposed(&w.window));
        w.window.reviewDock()->show();
        w.window.reviewDock()->raise();
        Gallery gallery = makeGallery(4);
        gallery[2].alt.clear();
        w.session.load(QStringLiteral("101"), gallery);
        ReviewPanel *review = w.window.reviewPanel();
        review->refresh();
        QTreeView *view = review->view();
        QTRY_VERIFY(view->isVisible());
        QVERIFY(review->model()->rowCount() > 0);
        for (int row = 0; row < review->model()->rowCount(); ++row) {
            const QModelIndex details = review->model()->index(row, ReviewModel::MessageColumn);
            const QRect cell = view->visualRect(details);
            QVERIFY(cell.right() <= view->viewport()->width());
            const QString text = details.data().toString();
            const QRect needed = view->fontMetrics().boundingRect(
                QRect(0, 0, cell.width() - 8, 10000), Qt::TextWordWrap, text);
            QVERIFY2(cell.height() >= needed.height(),
                     qPrintable(QStringLiteral("row %1 is %2 px high, its text needs %3")
                                    .arg(row)
                                    .arg(cell.height())
                                    .arg(needed.height())));
        }
    }

    void inlineEditorIsBigEnoughToReadASentence() {
        Window w;
        QVERIFY(QTest::qWaitForWindowActive(&w.window));
        w.grid()->setFocus();
        w.grid()->selectRows({0});
        QTest::keyClick(w.grid(), Qt::Key_F2);
        auto *editor = w.grid()->findChild<AltTextEditor *>();
        QVERIFY(editor);
        QVERIFY(editor->isVisible());
        const QFontMetrics fm(editor->font());
        // A sentence of forty characters in one line, four lines of them.
        QVERIFY(editor->viewport()->width() >= fm.averageCharWidth() * 36);
        QVERIFY(editor->viewport()->height() >= fm.lineSpacing() * 3);
        // Wider than the card, and still inside the grid.
        QVERIFY(editor->width() > w.grid()->galleryDelegate()->cardSize().width());
        QVERIFY(w.grid()->viewport()->rect().contains(editor->geometry()));
        // The counter has its own strip, below the text.
        const QRect counter = editor->counter()->geometry();
        QVERIFY(counter.top() >= editor->viewport()->geometry().bottom());
        QVERIFY(editor->rect().contains(counter));
        QCOMPARE(editor->counter()->text(), QStringLiteral("5 / 512"));

        // Over the limit, Enter keeps the editor and the text; within it, Enter applies.
        QSignalSpy refused(w.grid()->galleryDelegate(), &AltTextDelegate::editRefused);
        editor->setText(QString(513, QLatin1Char('x')));
        QTest::keyClick(editor, Qt::Key_Return);
        QCOMPARE(refused.size(), 1);
        QVERIFY(w.grid()->findChild<AltTextEditor *>());
        QCOMPARE(w.session.undoStack()->count(), 0);
        editor->setText(QStringLiteral("Grey three-seat sofa, front view, on a light oak floor"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(w.session.model()->index(0).data(GalleryModel::AltTextRole).toString(),
                     QStringLiteral("Grey three-seat sofa, front view, on a light oak floor"));
        QCOMPARE(w.session.undoStack()->count(), 1);
    }

    void inlineEditorTurnsPastedLinesIntoOne() {
        // insertFromMimeData is what paste and drop call.
        struct PastingEditor : AltTextEditor {
            using AltTextEditor::insertFromMimeData;
        };
        PastingEditor editor;
        editor.setLimit(100);
        QMimeData mime;
        mime.setText(QStringLiteral("Grey sofa\nfront view\r\non oak"));
        editor.insertFromMimeData(&mime);
        QCOMPARE(editor.text(), QStringLiteral("Grey sofa front view on oak"));
        QVERIFY(editor.isAcceptable());
    }

    void gridFollowsImagesMovedToTheEnd() {
        Window w(250);
        w.window.setViewMode(MainWindow::ViewMode::Grid);
        QVERIFY(QTest::qWaitForWindowActive(&w.window));
        w.grid()->setFocus();
        w.grid()->selectRows({0});
        QVERIFY(visibleIn(w.grid(), 0));
        QTest::keyClick(w.grid(), Qt::Key_End, Qt::ControlModifier);
        QCOMPARE(w.session.model()->order().constLast(), QStringLiteral("1"));
        QCOMPARE(w.grid()->currentIndex().row(), 249);
        QVERIFY(visibleIn(w.grid(), 249));
        // Home and End bring either end into view.
        QTest::keyClick(w.grid(), Qt::Key_Home);
        QVERIFY(visibleIn(w.grid(), 0));
        QTest::keyClick(w.grid(), Qt::Key_End);
        QVERIFY(visibleIn(w.grid(), 249));
        // End selected the last image (the one moved there): back to the start with it.
        QTest::keyClick(w.grid(), Qt::Key_Home, Qt::ControlModifier);
        QCOMPARE(w.session.model()->order().constFirst(), QStringLiteral("1"));
        QVERIFY(visibleIn(w.grid(), 0));
    }

    void gridKeepsItsPlaceWhenResized() {
        Window w(250);
        w.window.setViewMode(MainWindow::ViewMode::Grid);
        QVERIFY(QTest::qWaitForWindowExposed(&w.window));
        const QModelIndex middle = w.grid()->model()->index(150, w.grid()->modelColumn());
        w.grid()->scrollTo(middle, QAbstractItemView::PositionAtTop);
        QVERIFY(visibleIn(w.grid(), 150));
        for (const QSize size : {QSize(900, 700), QSize(1400, 900), QSize(700, 600)}) {
            w.window.resize(size);
            QTRY_COMPARE(w.grid()->viewport()->size().isValid(), true);
            QCoreApplication::processEvents();
            QVERIFY2(
                visibleIn(w.grid(), 150),
                qPrintable(QStringLiteral("lost at %1×%2").arg(size.width()).arg(size.height())));
            QVERIFY(w.grid()->verticalScrollBar()->value() > 0);
        }
    }

    void historyStepsSayWhichImagesAndWhere() {
        Window w;
        w.session.moveToLast({0});
        QCOMPARE(w.session.undoStack()->text(0), QStringLiteral("Move image 1 to place 6"));
        w.session.moveRows({0, 1}, 4);
        QCOMPARE(w.session.undoStack()->text(1), QStringLiteral("Move 2 images to places 3–4"));
        QVERIFY(w.session.setAltText({1, 2, 3}, QStringLiteral("Sofa")));
        QCOMPARE(w.session.undoStack()->text(2),
                 QStringLiteral("Set alt text of 3 images (places 2–4)"));
        QVERIFY(w.session.setAltText({4}, QStringLiteral("Sofa, back")));
        QCOMPARE(w.session.undoStack()->text(3), QStringLiteral("Edit alt text of image 5"));
        w.session.deleteRows({0, 2, 4});
        QCOMPARE(w.session.undoStack()->text(4),
                 QStringLiteral("Delete 3 images (places 1, 3, 5)"));
        // The History panel shows these texts.
        QCOMPARE(w.window.undoView()->model()->index(5, 0).data().toString(),
                 QStringLiteral("Delete 3 images (places 1, 3, 5)"));
    }

    void deletionsStripNumbersImagesAsTheGridShowedThem() {
        Window w;
        // Image 1 is moved to the end, then deleted there: its card said 6.
        w.session.moveToLast({0});
        w.session.deleteRows({5});
        auto *strip = w.window.pendingDeletionsBar();
        QCOMPARE(strip->listedIds(), QStringList{QStringLiteral("1")});
        const QList<QLabel *> labels = strip->findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
            return label->text() == QStringLiteral("Image 6: alt 1");
        }));
    }

    void recentStoresAreUnderFile() {
        Window w;
        QMenu *recent = w.window.recentStoresMenu();
        QVERIFY(!recent->isEnabled());
        QSignalSpy open(&w.window, &MainWindow::recentStoreRequested);
        QSignalSpy clear(&w.window, &MainWindow::recentStoresClearRequested);
        w.window.setRecentStores({QStringLiteral("Demo store"), QStringLiteral("Tom & Jerry")});
        QVERIFY(recent->isEnabled());
        QStringList texts;
        for (QAction *action : recent->actions())
            if (!action->isSeparator())
                texts << action->text();
        QCOMPARE(texts,
                 (QStringList{QStringLiteral("&1 Demo store"), QStringLiteral("&2 Tom && Jerry"),
                              QStringLiteral("&Clear Menu")}));
        recent->actions().at(1)->trigger();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.constFirst().constFirst().toInt(), 1);
        recent->actions().constLast()->trigger();
        QCOMPARE(clear.size(), 1);
        // The File menu holds it.
        QMenu *file = w.window.menuBar()->actions().constFirst()->menu();
        QVERIFY(file->actions().contains(recent->menuAction()));
    }

    void shortcutListIsMadeFromTheActions() {
        Window w;
        // Every action of every menu that has a shortcut, and nothing else.
        QStringList expected;
        for (QAction *top : w.window.menuBar()->actions()) {
            std::function<void(QMenu *)> walk = [&](QMenu *menu) {
                for (QAction *a : menu->actions()) {
                    if (a->menu())
                        walk(a->menu());
                    else if (!a->isSeparator() && !a->shortcuts().isEmpty())
                        expected << a->shortcut().toString(QKeySequence::NativeText);
                }
            };
            walk(top->menu());
        }
        QVERIFY(expected.contains(QStringLiteral("Ctrl+End")));
        QVERIFY(expected.contains(QStringLiteral("F2")));
        ShortcutsDialog dialog(w.window.menuBar());
        QStringList shown;
        for (const QString &line : dialog.lines())
            shown << line.section(QLatin1Char('\t'), 2).section(QStringLiteral(", "), 0, 0);
        QCOMPARE(shown, expected);
        QVERIFY(dialog.lines().contains(QStringLiteral("Arrange\tMove to Last\tCtrl+End")));
        // A changed shortcut is what the next list shows: nothing is written down twice.
        w.grid()->moveLastAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
        ShortcutsDialog again(w.window.menuBar());
        QVERIFY(again.lines().contains(QStringLiteral("Arrange\tMove to Last\tCtrl+Shift+L")));
        // The Help menu opens it.
        QCOMPARE(w.window.shortcutsAction()->text(), QStringLiteral("&Keyboard Shortcuts"));
        w.window.shortcutsAction()->trigger();
        QTRY_VERIFY(w.window.findChild<ShortcutsDialog *>());
    }

    void aboutSaysVersionLicenceAndQt() {
        AboutDialog about;
        const QString text = about.text();
        QVERIFY(text.contains(QStringLiteral("Vitrine " VITRINE_VERSION)));
        QVERIFY(text.contains(QStringLiteral("MIT")));
        QVERIFY(text.contains(QString::fromLatin1(qVersion())));
        QVERIFY(text.contains(QStringLiteral(QT_VERSION_STR)));
    }

    void handbookShowsTheDocumentationWithWorkingLinks() {
        HandbookBrowser handbook;
        QTextBrowser *browser = handbook.browser();
        QVERIFY(browser->toPlainText().contains(QStringLiteral("Vitrine is a desktop editor")));
        // The README's relative links lead to the pages of docs/, as a click resolves them.
        QStringList links;
        for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next())
            for (auto it = block.begin(); !it.atEnd(); ++it)
                if (it.fragment().charFormat().isAnchor())
                    links << it.fragment().charFormat().anchorHref();
        QVERIFY(links.contains(QStringLiteral("docs/vitrinectl.md")));
        browser->setSource(browser->source().resolved(QUrl(QStringLiteral("docs/vitrinectl.md"))));
        QCOMPARE(browser->source(),
                 QUrl(QStringLiteral("qrc:/vitrine/handbook/docs/vitrinectl.md")));
        QVERIFY(browser->toPlainText().contains(QStringLiteral("vitrinectl")));
        QVERIFY(browser->isBackwardAvailable());
    }

    void storesDialogRowsGetTheirHeight() {
        ProfilesDialog dialog;
        // As on a desktop without a keychain service: the longest explanation there is.
        dialog.setKeychainStatus(false,
                                 QStringLiteral("no keychain service is available on this "
                                                "system (Failed to execute child process "
                                                "“dbus-launch” (No such file or directory))"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QList<QWidget *> rows = {
            dialog.findChild<QComboBox *>(QStringLiteral("profileOrdering")),
            dialog.findChild<QLabel *>(QStringLiteral("profileOrderingNote")),
            dialog.findChild<QWidget *>(QStringLiteral("profileRateOverride")),
            dialog.findChild<QDoubleSpinBox *>(QStringLiteral("profileRate")),
            dialog.findChild<QLabel *>(QStringLiteral("profileRateDefault")),
            dialog.findChild<QWidget *>(QStringLiteral("profileToken")),
        };
        // Nothing is cut off at the bottom either.
        for (const char *name : {"saveProfileButton", "testConnectionButton", "closeButton"}) {
            const auto *button = dialog.findChild<QWidget *>(QLatin1String(name));
            QVERIFY(button);
            QVERIFY2(
                dialog.rect().contains(QRect(button->mapTo(&dialog, QPoint(0, 0)), button->size())),
                name);
        }
        for (QWidget *row : rows) {
            QVERIFY(row);
            if (row->isHidden())
                continue;
            const int needs = row->hasHeightForWidth() ? row->heightForWidth(row->width())
                                                       : row->minimumSizeHint().height();
            QVERIFY2(row->height() >= needs, qPrintable(QStringLiteral("%1 is %2 px high, needs %3")
                                                            .arg(row->objectName())
                                                            .arg(row->height())
                                                            .arg(needs)));
        }
    }
};

QTEST_MAIN(TstDesktopWindow)
#include "tst_desktopwindow.moc"
