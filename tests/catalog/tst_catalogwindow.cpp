// The catalog window wired as in the app (main window, gallery controller, journal), in real
// widgets, against a generated store over loopback: Scan from the window, the summary's charts,
// the products table, the worklist's alt text edited in place (staged in the journal, the line
// leaving the list, undone), "open this gallery", Publish All through its dialog, Export
// Audit (CSV and JSON), the alt text spreadsheet of the whole catalog (export, import compared
// three ways), and templates saved in one window offered in the other at once.
// With VITRINE_SCREENSHOT_DIR set it also saves the window (run it under xvfb-run to look).
#include "tests/catalog/sheetfiles.h"
#include "tests/gui/windowharness.h"

#include "app/gui/catalogcontroller.h"
#include "app/gui/catalogpublishcontroller.h"
#include "app/gui/catalogsheetcontroller.h"
#include "app/gui/templatecontroller.h"
#include "catalog/catalogdatabase.h"
#include "catalog/catalogeditor.h"
#include "core/catalogaudit.h"
#include "demostore/largeseed.h"
#include "models/altimportmodel.h"
#include "models/alttemplatepreviewmodel.h"
#include "models/catalogproductsmodel.h"
#include "models/gallerymodel.h"
#include "models/worklistmodel.h"
#include "ui/altimportdialog.h"
#include "ui/alttemplatedialog.h"
#include "ui/alttextactions.h"
#include "ui/alttexteditor.h"
#include "ui/catalogpublishdialog.h"
#include "ui/catalogsummaryview.h"
#include "ui/catalogwindow.h"
#include "ui/duplicatepairview.h"
#include "ui/galleryview.h"
#include "workflow/savedtemplates.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace vitrine;
using namespace vitrine::test;

namespace {
constexpr int kProducts = 40;
constexpr int kImages = 3;

} // namespace

class TestCatalogWindow : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<StoreSimulator> m_sim;
    std::unique_ptr<WindowHarness> m_app;
    std::unique_ptr<CatalogController> m_catalog;
    std::unique_ptr<CatalogPublishController> m_publishAll;

    CatalogWindow *window() const { return m_catalog->window(); }

    void scan() {
        QSignalSpy audited(m_catalog.get(), &CatalogController::auditChanged);
        window()->scanAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(m_catalog->audit().products.size() == kProducts, 20000);
        // The picture checks run after the scan; wait until every picture is judged.
        QTRY_COMPARE_WITH_TIMEOUT(m_catalog->audit().unjudged(), 0, 20000);
    }

    void chooseWorklist(const QString &choice) {
        QComboBox *box = window()->worklistChoice();
        box->setCurrentIndex(box->findText(choice));
        window()->tabs()->setCurrentIndex(1);
    }

private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        m_sim = std::make_unique<StoreSimulator>();
        QVERIFY(m_sim->start());
        m_sim->seedLargeCatalog(kProducts, kImages);
        m_app = std::make_unique<WindowHarness>(m_dir->filePath(QStringLiteral("journal.sqlite")));
        QVERIFY(m_app->journal.isOpen());
        m_catalog =
            std::make_unique<CatalogController>(&m_app->controller, &m_app->window, &m_app->session,
                                                &m_app->thumbnails, &m_app->fetcher);
        m_catalog->setJournal(&m_app->journal);
        m_publishAll = std::make_unique<CatalogPublishController>(
            m_catalog.get(), &m_app->controller, &m_app->session);
        m_publishAll->setJournal(&m_app->journal);
        QVERIFY(m_app->openDirect(m_sim->baseUrl()));
        m_app->window.show();
        m_app->window.catalogAction()->trigger();
        QVERIFY(window()->isVisible());
    }
    void cleanup() {
        m_publishAll.reset();
        m_catalog.reset();
        m_app.reset();
        m_sim.reset();
        m_dir.reset();
    }

    void scanFillsTheSummaryAndTheTable() {
        scan();
        CatalogSummaryView *summary = window()->summaryView();
        QCOMPARE(summary->coverageSlices(), 2);
        QCOMPARE(summary->problemBars(), int(CatalogAudit::allKinds().size())); // one bar per kind
        QVERIFY2(summary->summaryText().contains(QStringLiteral("40 product")),
                 qPrintable(summary->summaryText()));
        QTableView *table = window()->productsView();
        QCOMPARE(table->model()->rowCount(), kProducts);
        // Filter by title.
        QTest::keyClicks(window()->productFilter(), QStringLiteral("no. 1"));
        // "no. 1", "no. 10" … "no. 19"
        QCOMPARE(table->model()->rowCount(), 11);
        window()->productFilter()->clear();
        // Sort by errors, most first.
        table->sortByColumn(CatalogProductsModel::Errors, Qt::DescendingOrder);
        const int first = table->model()
                              ->index(0, CatalogProductsModel::Errors)
                              .data(CatalogProductsModel::SortRole)
                              .toInt();
        const int last = table->model()
                             ->index(kProducts - 1, CatalogProductsModel::Errors)
                             .data(CatalogProductsModel::SortRole)
                             .toInt();
        QVERIFY(first >= last);
        QVERIFY(first > 0);
        QCOMPARE(m_catalog->audit().problemCounts().value(ReviewFinding::Kind::MissingAlt),
                 LargeSeed::missingAltCount({kProducts, kImages}));

        if (const QString dir = qEnvironmentVariable("VITRINE_SCREENSHOT_DIR"); !dir.isEmpty()) {
            window()->resize(1200, 820);
            QTest::qWait(300);
            QVERIFY(
                window()->grab().save(QDir(dir).filePath(QStringLiteral("catalog-overview.png"))));
            chooseWorklist(QStringLiteral("missing-alt"));
            QTest::qWait(800);
            QVERIFY(
                window()->grab().save(QDir(dir).filePath(QStringLiteral("catalog-worklist.png"))));
        }
    }

    // The worklist's alt text, edited in place: staged in the journal like a gallery edit, the
    // line leaves the list, Undo brings it back.
    void worklistEditsInPlaceAndUndoes() {
        scan();
        chooseWorklist(QStringLiteral("missing-alt"));
        QTableView *view = window()->worklistView();
        const int lines = view->model()->rowCount();
        QCOMPARE(lines, LargeSeed::missingAltCount({kProducts, kImages}));
        const QModelIndex alt = view->model()->index(0, WorklistModel::AltText);
        const QString productId = alt.data(WorklistModel::ProductIdRole).toString();
        const QString key = alt.data(GalleryModel::KeyRole).toString();
        view->setCurrentIndex(alt);
        view->edit(alt);
        auto *editor = view->findChild<AltTextEditor *>();
        QVERIFY(editor);
        QTest::keyClicks(editor, QStringLiteral("Walnut chair, seat detail"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(view->model()->rowCount(), lines - 1);
        const std::optional<SessionState> kept =
            m_app->journal.loadState(m_catalog->storeKey(), productId);
        QVERIFY(kept);
        QCOMPARE(kept->pendingCount(), 1);
        QCOMPARE(kept->staged.rows.at(kept->staged.rowOfKey(key)).image.alt,
                 QStringLiteral("Walnut chair, seat detail"));
        const int row = m_catalog->productsModel()->rowOfProduct(productId);
        QTRY_COMPARE(
            m_catalog->productsModel()->index(row, CatalogProductsModel::Staged).data().toString(),
            QStringLiteral("1"));

        m_catalog->editor()->undoStack()->undo();
        QTRY_COMPARE(view->model()->rowCount(), lines);
        QVERIFY(!m_app->journal.entry(m_catalog->storeKey(), productId));
    }

    // Alt Text from Template… on the worklist: the preview lists the chosen lines only (the
    // selected ones, or every line), Stage stages them per product in the journal, the lines
    // leave the list, and one Undo takes the whole template back.
    void templateFillsTheWorklistLines_data() {
        QTest::addColumn<int>("selected"); // lines selected (0: none, the template takes all)
        QTest::newRow("two selected lines") << 2;
        QTest::newRow("no selection: every line") << 0;
    }
    void templateFillsTheWorklistLines() {
        QFETCH(int, selected);
        scan();
        chooseWorklist(QStringLiteral("missing-alt"));
        QTableView *view = window()->worklistView();
        QAbstractItemModel *model = view->model();
        const int lines = model->rowCount();
        QVERIFY(lines > 2);
        QVERIFY(window()->fromTemplateAction()->isEnabled());
        if (selected > 0)
            view->selectionModel()->select(
                QItemSelection(model->index(0, 0), model->index(selected - 1, 0)),
                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const int chosen = selected > 0 ? selected : lines;
        QList<std::pair<QString, QString>> images; // product, key
        for (int row = 0; row < chosen; ++row)
            images << std::pair{model->index(row, 0).data(WorklistModel::ProductIdRole).toString(),
                                model->index(row, 0).data(GalleryModel::KeyRole).toString()};

        window()->fromTemplateAction()->trigger();
        auto *dialog = window()->findChild<AltTemplateDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->templateEdit()->clear();
        QTest::keyClicks(dialog->templateEdit(),
                         QStringLiteral("{title}, view {place} of {count}"));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isComputing() && dialog->model()->rowCount() == chosen,
                                 10000);
        QVERIFY(dialog->applyButton()->isEnabled());
        if (const QString dir = qEnvironmentVariable("VITRINE_SCREENSHOT_DIR");
            !dir.isEmpty() && selected > 0) {
            QTest::qWait(300);
            QVERIFY(
                dialog->grab().save(QDir(dir).filePath(QStringLiteral("catalog-template.png"))));
        }
        QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);

        QTRY_COMPARE(model->rowCount(), lines - chosen);
        QSet<QString> products;
        for (const auto &[productId, key] : std::as_const(images)) {
            const std::optional<SessionState> kept =
                m_app->journal.loadState(m_catalog->storeKey(), productId);
            QVERIFY(kept);
            const int row = kept->staged.rowOfKey(key);
            QCOMPARE(
                kept->staged.rows.at(row).image.alt,
                QStringLiteral("%1, view %2 of %3")
                    .arg(m_catalog->database()->product(m_catalog->storeKey(), productId)->title)
                    .arg(row + 1)
                    .arg(kImages));
            products.insert(productId);
        }
        QCOMPARE(m_app->journal.entries(m_catalog->storeKey()).size(), products.size());
        QCOMPARE(m_catalog->editor()->undoStack()->count(), 1);

        m_catalog->editor()->undoStack()->undo();
        QTRY_COMPARE(model->rowCount(), lines);
        QVERIFY(m_app->journal.entries(m_catalog->storeKey()).isEmpty());
    }

    // The same picture in two products, found by its pixels once the pictures are checked: a
    // problem of its own in the worklist, naming the other product.
    void worklistListsPicturesSharedAcrossProducts() {
        scan();
        chooseWorklist(QStringLiteral("duplicate-picture-across-products"));
        QAbstractItemModel *model = window()->worklistView()->model();
        QVERIFY(model->rowCount() > 0);
        QCOMPARE(model->rowCount(), m_catalog->audit().problemCounts().value(
                                        ReviewFinding::Kind::DuplicatePictureAcrossProducts));
        const QString problem = model->index(0, WorklistModel::Problem).data().toString();
        QVERIFY2(problem.contains(QStringLiteral("(product ")), qPrintable(problem));
    }

    // A picture shown by two products: both side by side under the worklist, each caption naming
    // its product; deleting the later copy stages it in its product (the line leaves the list),
    // and Undo brings it back. Delete on selected lines does the same for any problem.
    void showsPicturesSharedAcrossProductsSideBySide() {
        scan();
        chooseWorklist(QStringLiteral("duplicate-picture-across-products"));
        QTableView *view = window()->worklistView();
        QAbstractItemModel *model = view->model();
        const int lines = model->rowCount();
        QVERIFY(lines > 0);
        DuplicatePairView *pair = window()->duplicatePairView();
        QVERIFY(!pair->isVisibleTo(window()));
        view->setCurrentIndex(model->index(0, WorklistModel::Product));
        QVERIFY(pair->isVisibleTo(window()));
        const auto *worklist = qobject_cast<WorklistModel *>(model);
        const WorklistEntry line = *worklist->entry(0);
        QVERIFY(line.related);
        QVERIFY(line.related->productId != line.productId);
        QVERIFY2(pair->findChildren<QLabel *>().size() >= 4, "pictures and captions");
        QStringList captions;
        for (const QLabel *label : pair->findChildren<QLabel *>())
            captions << label->text();
        const QString all = captions.join(QLatin1Char('|'));
        QVERIFY2(all.contains(line.productTitle) && all.contains(line.related->productTitle),
                 qPrintable(all));
        if (const QString dir = qEnvironmentVariable("VITRINE_SCREENSHOT_DIR"); !dir.isEmpty()) {
            window()->resize(1200, 820);
            QTest::qWait(800); // the two thumbnails
            QVERIFY(window()->grab().save(QDir(dir).filePath(QStringLiteral("catalog-pair.png"))));
        }

        QTest::mouseClick(pair->deleteButton(), Qt::LeftButton);
        QTRY_COMPARE(model->rowCount(), lines - 1);
        const QString store = m_catalog->storeKey();
        std::optional<SessionState> kept = m_app->journal.loadState(store, line.productId);
        QVERIFY(kept);
        QCOMPARE(kept->staged.deletedIds, QStringList{line.image.imageId});
        QVERIFY2(window()->statusText().contains(QStringLiteral("staged for deletion")),
                 qPrintable(window()->statusText()));
        m_catalog->editor()->undoStack()->undo();
        QTRY_COMPARE(model->rowCount(), lines);
        QVERIFY(m_app->journal.entries(store).isEmpty());

        // Delete on two selected lines (the action, as the Delete key triggers it).
        view->selectionModel()->select(QItemSelection(model->index(0, 0), model->index(1, 0)),
                                       QItemSelectionModel::ClearAndSelect |
                                           QItemSelectionModel::Rows);
        QVERIFY(window()->deleteImagesAction()->isEnabled());
        window()->deleteImagesAction()->trigger();
        QTRY_COMPARE(model->rowCount(), lines - 2);
        QCOMPARE(m_catalog->editor()->undoStack()->count(), 1); // the redone step was replaced
        m_catalog->editor()->undoStack()->undo();
        QTRY_COMPARE(model->rowCount(), lines);
    }

    void opensTheGalleryAtTheImage() {
        scan();
        chooseWorklist(QStringLiteral("tiny-image"));
        QTableView *view = window()->worklistView();
        QVERIFY(view->model()->rowCount() > 0);
        const QModelIndex line = view->model()->index(0, WorklistModel::Product);
        view->setCurrentIndex(line);
        const QString productId = line.data(WorklistModel::ProductIdRole).toString();
        const int place = view->model()->index(0, WorklistModel::Place).data().toInt();
        QSignalSpy loaded(&m_app->controller, &GalleryController::productLoaded);
        window()->openGalleryAction()->trigger();
        QTRY_COMPARE(m_app->session.productId(), productId);
        QTRY_COMPARE(m_app->window.galleryView()->currentIndex().row(), place - 1);
    }

    void publishesEverythingThroughItsDialog() {
        scan();
        const QList<CatalogProduct> catalog =
            m_catalog->database()->products(m_catalog->storeKey());
        // Two products with a staged alt text each.
        for (int p : {0, 5})
            QVERIFY(m_catalog->editor()->setAltText(
                catalog.at(p).id, catalog.at(p).images.first().id,
                QStringLiteral("Published from the catalog %1").arg(p)));
        QTRY_VERIFY(window()->publishAllAction()->isEnabled());
        window()->publishAllAction()->trigger();
        CatalogPublishDialog *dialog = m_publishAll->dialog();
        QVERIFY(dialog);
        QVERIFY2(dialog->summaryText().contains(QStringLiteral("2 product")),
                 qPrintable(dialog->summaryText()));
        // 2 alt texts: one PUT each, plus a check and a verify read per product.
        QVERIFY2(dialog->summaryText().contains(QStringLiteral("6 request")),
                 qPrintable(dialog->summaryText()));
        const auto buttons = dialog->findChildren<QPushButton *>();
        QPushButton *publish = nullptr;
        for (QPushButton *b : buttons) {
            if (b->text().contains(QStringLiteral("Publish")))
                publish = b;
        }
        QVERIFY(publish);
        publish->click();
        QTRY_COMPARE_WITH_TIMEOUT(dialog->stage(), CatalogPublishDialog::Stage::Done, 20000);
        QVERIFY(m_app->journal.entries(m_catalog->storeKey()).isEmpty());
        for (int p : {0, 5})
            QCOMPARE(m_sim->images(SimDialect::Generic, catalog.at(p).id).first().alt,
                     QStringLiteral("Published from the catalog %1").arg(p));
        // The catalog took what the store now shows.
        QCOMPARE(m_catalog->database()
                     ->product(m_catalog->storeKey(), catalog.at(0).id)
                     ->images.first()
                     .alt,
                 QStringLiteral("Published from the catalog 0"));
        // Nothing staged any more (the gallery window reloads the product it showed).
        QTRY_VERIFY(!window()->publishAllAction()->isEnabled());
    }

    // Export Audit writes the worklist's problem across the catalog, as CSV or JSON by the
    // file's suffix; a path that cannot be written is said in the status bar.
    void exportsTheAuditAsShown_data() {
        QTest::addColumn<QString>("file");
        QTest::newRow("csv") << QStringLiteral("audit.csv");
        QTest::newRow("json") << QStringLiteral("audit.JSON");
    }
    void exportsTheAuditAsShown() {
        QFETCH(QString, file);
        scan();
        chooseWorklist(QStringLiteral("missing-alt"));
        // What the store holds: every image without alt text, by product.
        int missing = 0;
        for (const ProductSummary &p : m_sim->products(SimDialect::Generic)) {
            for (const ProductImage &i : m_sim->images(SimDialect::Generic, p.id))
                missing += i.alt.isEmpty() ? 1 : 0;
        }
        QVERIFY(missing > 0);

        const QString path = m_dir->filePath(file);
        Q_EMIT window()->exportRequested(path);
        QVERIFY2(window()->statusText().contains(path), qPrintable(window()->statusText()));
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray bytes = written.readAll();
        if (file.endsWith(QLatin1String(".csv"))) {
            QList<QByteArray> lines = bytes.trimmed().split('\n');
            QVERIFY2(lines.first().startsWith("product id,product title,place,image id"),
                     lines.first().constData());
            lines.removeFirst();
            QCOMPARE(lines.size(), missing);
            for (const QByteArray &line : lines)
                QVERIFY2(line.contains(",missing-alt,"), line.constData());
        } else {
            const QJsonObject root = QJsonDocument::fromJson(bytes).object();
            QCOMPARE(root.value(QStringLiteral("summary"))
                         .toObject()
                         .value(QStringLiteral("products"))
                         .toInt(),
                     kProducts);
            const QJsonArray findings = root.value(QStringLiteral("findings")).toArray();
            QCOMPARE(findings.size(), missing);
            for (const QJsonValue v : findings) {
                QCOMPARE(v.toObject().value(QStringLiteral("problem")).toString(),
                         QStringLiteral("missing-alt"));
                QVERIFY(!v.toObject().value(QStringLiteral("productTitle")).toString().isEmpty());
            }
        }

        const QString unwritable = m_dir->filePath(QStringLiteral("no such folder/") + file);
        Q_EMIT window()->exportRequested(unwritable);
        QVERIFY2(window()->statusText().contains(QStringLiteral("could not be written")),
                 qPrintable(window()->statusText()));
        QVERIFY(!QFile::exists(unwritable));
    }

    // The alt text spreadsheet of the whole catalog, from the window: every image exported with
    // what is staged; on import only the products whose rows were edited are read from the store
    // again, a cell a colleague changed meanwhile is a conflict that keeps the store's text by
    // default, and the rest is staged per product in the journal as one undo step.
    void importsTheAltTextSheetComparedThreeWays() {
        scan();
        QVERIFY(window()->exportAltTextAction()->isEnabled());
        QVERIFY(window()->importAltTextAction()->isEnabled());
        const QString path = m_dir->filePath(QStringLiteral("catalog alt text.csv"));
        QString error;
        QCOMPARE(m_catalog->sheet()->exportTo(path, false, &error), kProducts * kImages);
        QList<QStringList> records = sheetRecords(path);
        QCOMPARE(records.size(), 1 + kProducts * kImages);
        const QStringList header = records.first();
        const qsizetype productColumn = header.indexOf(QStringLiteral("product id"));
        const qsizetype imageColumn = header.indexOf(QStringLiteral("image id"));
        const qsizetype altColumn = header.indexOf(QStringLiteral("alt"));
        QVERIFY(productColumn >= 0 && imageColumn >= 0 && altColumn >= 0);
        // Product a: its first two images; product b: its first image, which a colleague
        // changes on the store meanwhile.
        const int bRow = 1 + kImages;
        const QString a = records.at(1).at(productColumn);
        const QString b = records.at(bRow).at(productColumn);
        QCOMPARE(records.at(2).at(productColumn), a);
        QVERIFY(a != b);
        records[1][altColumn] = QStringLiteral("Sheet a1");
        records[2][altColumn] = QStringLiteral("Sheet a2");
        records[bRow][altColumn] = QStringLiteral("Sheet b1");
        QVERIFY(writeSheet(path, records));
        const QString colleagueImage = records.at(bRow).at(imageColumn);
        QVERIFY(m_sim->editImageElsewhere(SimDialect::Generic, b, colleagueImage,
                                          ImagePatch{{}, QStringLiteral("Colleague b1"), {}, {}}));
        m_sim->clearRecordedRequests();

        AltImportDialog *dialog = QCoro::waitFor(m_catalog->sheet()->importFile(path));
        QVERIFY2(dialog, qPrintable(window()->statusText()));
        QTRY_VERIFY(dialog->isVisible());
        // Two products read again, nothing else; nothing written.
        int reads = 0;
        for (const SimRequest &request : m_sim->recordedRequests()) {
            if (request.listener != SimRequest::Listener::Api)
                continue;
            QCOMPARE(request.method, QByteArray("GET"));
            ++reads;
        }
        QCOMPARE(reads, 2);
        QCOMPARE(dialog->changesModel()->rowCount(), 2);
        QCOMPARE(dialog->conflictsModel()->rowCount(), 1);
        // The catalog holds what was read: the colleague's text.
        const std::optional<CatalogProduct> readAgain =
            m_catalog->database()->product(m_catalog->storeKey(), b);
        QVERIFY(readAgain);
        QCOMPARE(readAgain->images.first().alt, QStringLiteral("Colleague b1"));

        QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
        QVERIFY2(window()->statusText().contains(QStringLiteral("2 cell")),
                 qPrintable(window()->statusText()));
        const QString store = m_catalog->storeKey();
        const std::optional<SessionState> kept = m_app->journal.loadState(store, a);
        QVERIFY(kept);
        QCOMPARE(kept->staged.rows.at(0).image.alt, QStringLiteral("Sheet a1"));
        QCOMPARE(kept->staged.rows.at(1).image.alt, QStringLiteral("Sheet a2"));
        // The conflict kept the store's text: nothing staged for b.
        QVERIFY(!m_app->journal.loadState(store, b));
        QCOMPARE(m_app->journal.entries(store).size(), 1);
        QCOMPARE(m_catalog->editor()->undoStack()->count(), 1);

        // An untouched round trip of what is now staged reads nothing and stages nothing.
        QCOMPARE(m_catalog->sheet()->exportTo(path, true, &error), kProducts * kImages);
        m_sim->clearRecordedRequests();
        AltImportDialog *again = QCoro::waitFor(m_catalog->sheet()->importFile(path));
        QVERIFY(again);
        QCOMPARE(again->changesModel()->rowCount(), 0);
        QCOMPARE(again->conflictsModel()->rowCount(), 0);
        QVERIFY(m_sim->recordedRequests().isEmpty());
        again->reject();

        m_catalog->editor()->undoStack()->undo();
        QVERIFY(m_app->journal.entries(store).isEmpty());

        // A file that cannot be read is said in the status line; nothing opens.
        QVERIFY(!QCoro::waitFor(
            m_catalog->sheet()->importFile(m_dir->filePath(QStringLiteral("none.csv")))));
        QVERIFY2(window()->statusText().contains(QStringLiteral("could not be read")),
                 qPrintable(window()->statusText()));
    }

    // A template saved from the Catalog window's dialog is offered by the gallery window's at
    // once (one SavedTemplates for the app), and one deleted there goes here too.
    void templateSavedInOneWindowReachesTheOther() {
        QSettings settings(m_dir->filePath(QStringLiteral("templates.ini")), QSettings::IniFormat);
        SavedTemplates saved(&settings);
        TemplateController templates(m_app->window.altTextActions(), &saved);
        m_catalog->setSavedTemplates(&saved);
        scan();
        chooseWorklist(QStringLiteral("missing-alt"));
        window()->fromTemplateAction()->trigger();
        auto *dialog = window()->findChild<AltTemplateDialog *>();
        QVERIFY(dialog);
        const QString text = QStringLiteral("{title}, view {place}");
        Q_EMIT dialog->saveRequested(QStringLiteral("Views"), text);
        QCOMPARE(m_app->window.altTextActions()->savedTemplates().value(QStringLiteral("Views")),
                 text);
        // Deleted through the gallery window's side: the open catalog dialog follows.
        Q_EMIT m_app->window.altTextActions()->templateDeleteRequested(QStringLiteral("Views"));
        QVERIFY(
            !m_app->window.altTextActions()->savedTemplates().contains(QStringLiteral("Views")));
        QVERIFY(!dialog->savedTemplateNames().contains(QStringLiteral("Views")));
        dialog->reject();
    }
};

QTEST_MAIN(TestCatalogWindow)
#include "tst_catalogwindow.moc"
