// The alt text tools in the real window on the embedded demo store, over real HTTP on 127.0.0.1
// (a real X window under xvfb-run): Edit ▸ Alt Text from Template… previews and stages one undo
// step that the journal keeps and Ctrl+Z takes back whole; File ▸ Export / Import Alt Text… goes
// through the file dialogs, and a cell a colleague changed on the store since the export is shown
// as a conflict, unticked, and is not overwritten. With VITRINE_SCREENSHOT_DIR set, the screen is
// saved with each dialog open (alt-template.png, alt-import.png) for a person to look at.
#include "windowharness.h"

#include "core/csv.h"
#include "models/altimportmodel.h"
#include "models/alttemplatepreviewmodel.h"
#include "models/gallerymodel.h"
#include "models/reviewmodel.h"
#include "ui/altimportdialog.h"
#include "ui/alttemplatedialog.h"
#include "ui/alttextactions.h"
#include "ui/reviewpanel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

#include <functional>

using namespace vitrine;

namespace {

using Harness = test::WindowHarness;

// Grabs the whole screen into VITRINE_SCREENSHOT_DIR/name when that is set.
void screenshot(const QString &name) {
    const QString dir = qEnvironmentVariable("VITRINE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QVERIFY(QGuiApplication::primaryScreen()->grabWindow(0).save(dir + QLatin1Char('/') + name));
}

// Runs handle on each modal dialog of type T as it opens, while the action's exec() runs.
template <typename T> class ModalHandler : public QObject {
public:
    explicit ModalHandler(std::function<void(T *)> handle)
        : m_handle(std::move(handle)) {
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
            if (!dialog || dialog == m_last)
                return;
            m_last = dialog;
            ++m_seen;
            m_handle(dialog);
        });
        m_timer.start();
    }
    int seen() const { return m_seen; }

private:
    std::function<void(T *)> m_handle;
    QTimer m_timer;
    QPointer<T> m_last;
    int m_seen = 0;
};

QString alt(const Harness &h, int row) {
    return h.session.model()->index(row).data(GalleryModel::AltTextRole).toString();
}

} // namespace

class TestAltWindow : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString journalPath() const { return m_dir.filePath(QStringLiteral("journal.sqlite")); }

private Q_SLOTS:
    void templateStagesOneJournaledStep() {
        Harness h(journalPath());
        h.window.resize(1280, 800);
        h.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&h.window));
        QVERIFY(h.openDemo(true, QStringLiteral("101")));
        const int images = h.session.model()->rowCount();
        QVERIFY(images >= 3);
        QVERIFY(h.window.altTextActions()->fromTemplateAction()->isEnabled());

        int previewed = 0;
        ModalHandler<AltTemplateDialog> handler([&](AltTemplateDialog *dialog) {
            dialog->resize(1000, 520);
            dialog->setTemplateText(QStringLiteral("{title}, view {place} of {count}"));
            dialog->setMode(AltWriteMode::Replace);
            QVERIFY(QTest::qWaitFor([dialog] { return !dialog->isComputing(); }, 5000));
            previewed = dialog->model()->rowCount();
            QTest::qWait(100); // painted
            screenshot(QStringLiteral("alt-template.png"));
            dialog->applyButton()->click();
        });
        h.window.altTextActions()->fromTemplateAction()->trigger();
        QCOMPARE(handler.seen(), 1);
        QCOMPARE(previewed, images); // replace: every image gets "…, view N of M"
        QCOMPARE(h.session.undoStack()->count(), 1);
        for (int row = 0; row < images; ++row)
            QVERIFY2(
                alt(h, row).endsWith(QStringLiteral(", view %1 of %2").arg(row + 1).arg(images)),
                qPrintable(alt(h, row)));
        // The journal keeps the step like any edit.
        QVERIFY(QTest::qWaitFor(
            [&] {
                const auto kept = h.journal.entry(h.controller.storeKey(), QStringLiteral("101"));
                return kept && kept->pendingCount == images;
            },
            5000));
        // Ctrl+Z takes the whole template back.
        h.session.undoStack()->undo();
        QCOMPARE(h.session.pendingCount(), 0);
    }

    void importShowsAColleaguesChangeAsAConflict() {
        Harness h(journalPath());
        h.window.resize(1280, 800);
        h.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&h.window));
        QVERIFY(h.openDemo(true, QStringLiteral("101")));
        const QString path = m_dir.filePath(QStringLiteral("sofa.csv"));

        ModalHandler<QFileDialog> files([&path](QFileDialog *dialog) {
            // The whole path typed in the name field: what the dialog returns does not depend on
            // the folder it is still reading (selectFile() changes that folder asynchronously).
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            QVERIFY(name);
            name->setText(path);
            static_cast<QDialog *>(dialog)->accept(); // as the Save or Open button does
        });
        h.window.altTextActions()->exportAction()->trigger();
        QCOMPARE(files.seen(), 1);
        QVERIFY(QFile::exists(path));

        // In the file: new texts for images 1 and 2. Meanwhile a colleague changes image 2 on
        // the store, and the window reloads.
        const QString id1 = h.session.model()->rows().at(0).image.id;
        const QString id2 = h.session.model()->rows().at(1).image.id;
        const QHash<QString, QString> newAlt{{id1, QStringLiteral("Grey sofa from the front")},
                                             {id2, QStringLiteral("Grey sofa from the side")}};
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Csv::Table parsed = Csv::parse(QString::fromUtf8(file.readAll()));
        file.close();
        QVERIFY(parsed.records.size() > 2);
        const QStringList header = parsed.records.first().cells;
        const qsizetype idColumn = header.indexOf(QStringLiteral("image id"));
        const qsizetype altColumn = header.indexOf(QStringLiteral("alt"));
        QVERIFY(idColumn >= 0 && altColumn >= 0);
        QString edited;
        for (const Csv::Record &record : parsed.records) {
            QStringList cells;
            for (const QString &cell : record.cells)
                cells << Csv::restored(cell);
            if (newAlt.contains(cells.at(idColumn)))
                cells[altColumn] = newAlt.value(cells.at(idColumn));
            edited += Csv::line(cells);
        }
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(edited.toUtf8());
        file.close();
        QVERIFY(h.store()->editImageElsewhere(
            SimDialect::Generic, QStringLiteral("101"), id2,
            ImagePatch{{}, QStringLiteral("Sofa, left side"), {}, {}}));
        QCoro::waitFor(h.controller.openProduct(QStringLiteral("101")));
        QCOMPARE(alt(h, 1), QStringLiteral("Sofa, left side"));

        int conflicts = -1;
        ModalHandler<AltImportDialog> preview([&](AltImportDialog *dialog) {
            dialog->resize(1000, 420);
            conflicts = dialog->conflictsModel()->rowCount();
            QTest::qWait(100);
            screenshot(QStringLiteral("alt-import.png"));
            dialog->applyButton()->click(); // conflicts left unticked
        });
        h.window.altTextActions()->importAction()->trigger();
        QCOMPARE(files.seen(), 2);
        QCOMPARE(preview.seen(), 1);
        QCOMPARE(conflicts, 1);
        QCOMPARE(alt(h, 0), QStringLiteral("Grey sofa from the front"));
        QCOMPARE(alt(h, 1), QStringLiteral("Sofa, left side")); // the colleague's, not overwritten
        QCOMPARE(h.session.undoStack()->count(), 1);
    }

    // A store that lists each product's variants, linked from the image (Shopify) or from the
    // variant (Shoplazza's image_id): the window's template fills {variant}, and the review
    // names an image whose alt text says nothing of its variant.
    void variantNamesReachTheTemplateAndTheReview_data() {
        QTest::addColumn<SimDialect>("dialect");
        QTest::addColumn<QString>("dialectName");
        QTest::newRow("shopify") << SimDialect::Shopify << QStringLiteral("shopify");
        QTest::newRow("shoplazza") << SimDialect::Shoplazza << QStringLiteral("shoplazza");
    }
    void variantNamesReachTheTemplateAndTheReview() {
        QFETCH(SimDialect, dialect);
        QFETCH(QString, dialectName);
        StoreSimulator sim;
        QVERIFY2(sim.start(), qPrintable(sim.lastError()));
        sim.setRequiredToken(dialect, QString());
        const ProductSummary product =
            sim.addProduct(dialect, QStringLiteral("Linen Shirt"),
                           {QStringLiteral("Sky Blue / M"), QStringLiteral("Sand / S")});
        const QStringList variants = sim.variantIds(dialect, product.id);
        NewImage image;
        image.src = sim.imageUrl(QStringLiteral("shirt.jpg")).toString();
        image.alt = QStringLiteral("Linen shirt, folded");
        image.variantIds = {variants.at(0)};
        QVERIFY(sim.addImage(dialect, product.id, image));

        Harness h(journalPath());
        h.window.resize(1280, 800);
        h.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&h.window));
        LaunchOptions options;
        options.store = LaunchOptions::Store::Direct;
        options.dialect = dialectName;
        options.baseUrl = sim.baseUrl();
        options.productId = product.id;
        QVERIFY(h.open(options));
        QCOMPARE(h.session.productId(), product.id);
        QCOMPARE(h.window.altTextActions()->productDetails().variants.names.value(variants.at(0)),
                 QStringLiteral("Sky Blue / M"));
        const AltTextProduct current = h.window.altTextActions()->currentProduct();
        const AltTemplatePreview preview = AltTemplatePreview::compute(
            {current}, AltTemplate::parse(QStringLiteral("{title} in {variant}")),
            AltWriteMode::Replace, h.window.altTextActions()->limits());
        QCOMPARE(preview.changes().size(), 1);
        QCOMPARE(preview.changes().first().after, QStringLiteral("Linen Shirt in Sky Blue / M"));

        ReviewPanel *review = h.window.reviewPanel();
        review->refresh();
        bool missesVariant = false;
        for (const ReviewFinding &finding : review->model()->findings())
            missesVariant |= finding.kind == ReviewFinding::Kind::AltMissesVariant;
        QVERIFY(missesVariant);
    }

    // The window's template fills {vendor} and {type} from the product list where the store
    // gives them (Shopify); on the generic store they are empty and left out with their
    // separator, and the preview says so.
    void vendorAndTypeReachTheTemplate_data() {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("after");
        QTest::newRow("shopify") << QStringLiteral("shopify")
                                 << QStringLiteral("Linen Shirt – Fjord & Flax Shirt, view 1");
        QTest::newRow("generic") << QStringLiteral("generic")
                                 << QStringLiteral("Linen Shirt, view 1");
    }
    void vendorAndTypeReachTheTemplate() {
        QFETCH(QString, dialect);
        QFETCH(QString, after);
        const SimDialect sim =
            dialect == QLatin1String("shopify") ? SimDialect::Shopify : SimDialect::Generic;
        StoreSimulator store;
        QVERIFY2(store.start(), qPrintable(store.lastError()));
        store.setRequiredToken(sim, QString());
        const ProductSummary product = store.addProduct(sim, QStringLiteral("Linen Shirt"));
        QVERIFY(store.setProductVendor(sim, product.id, QStringLiteral("Fjord & Flax"),
                                       QStringLiteral("Shirt")));
        NewImage image;
        image.src = store.imageUrl(QStringLiteral("shirt.jpg")).toString();
        QVERIFY(store.addImage(sim, product.id, image));

        Harness h(journalPath());
        h.window.resize(1280, 800);
        h.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&h.window));
        LaunchOptions options;
        options.store = LaunchOptions::Store::Direct;
        options.dialect = dialect;
        options.baseUrl = store.baseUrl();
        options.productId = product.id;
        QVERIFY(h.open(options));
        QCOMPARE(h.session.productId(), product.id);
        const bool given = sim == SimDialect::Shopify;
        QCOMPARE(h.window.altTextActions()->productDetails().vendor,
                 given ? QStringLiteral("Fjord & Flax") : QString());
        QCOMPARE(h.window.altTextActions()->productDetails().productType,
                 given ? QStringLiteral("Shirt") : QString());
        const AltTemplatePreview preview = AltTemplatePreview::compute(
            {h.window.altTextActions()->currentProduct()},
            AltTemplate::parse(QStringLiteral("{title} – {vendor} {type}, view {place}")),
            AltWriteMode::Empty, h.window.altTextActions()->limits());
        QCOMPARE(preview.changes().size(), 1);
        QCOMPARE(preview.changes().first().after, after);
        const QStringList emptied =
            given ? QStringList()
                  : QStringList{QStringLiteral("{vendor}"), QStringLiteral("{type}")};
        QCOMPARE(preview.changes().first().emptyPlaceholders, emptied);
    }
};

QTEST_MAIN(TestAltWindow)
#include "tst_altwindow.moc"
