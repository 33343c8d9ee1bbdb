#include "app/gui/catalogsheetcontroller.h"

#include "app/gui/catalogcontroller.h"
#include "app/gui/gallerycontroller.h"
#include "catalog/catalogdatabase.h"
#include "catalog/catalogeditor.h"
#include "core/altsheet.h"
#include "core/catalogalttext.h"
#include "net/storeclient.h"
#include "ui/altimportdialog.h"
#include "ui/catalogwindow.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUndoStack>

#include <algorithm>

namespace vitrine {

namespace {

// The product as a publish would send it: the last scan with what is staged for it.
AltTextProduct stagedProduct(CatalogDatabase *db, CatalogEditor *editor, const QString &store,
                             const QString &productId) {
    const std::optional<CatalogProduct> product = db->product(store, productId);
    if (!product)
        return {};
    const std::optional<SessionState> staged = editor ? editor->staged(productId) : std::nullopt;
    return CatalogAltText::product(*product, staged ? &*staged : nullptr);
}

} // namespace

CatalogSheetController::CatalogSheetController(CatalogController *catalog,
                                               GalleryController *gallery, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_gallery(gallery) {}

int CatalogSheetController::exportTo(const QString &path, bool byteOrderMark,
                                     QString *error) const {
    CatalogDatabase *db = m_catalog ? m_catalog->database() : nullptr;
    if (!db) {
        if (error)
            *error = tr("No store is open.");
        return -1;
    }
    const QString store = m_catalog->storeKey();
    QList<AltTextProduct> products;
    int rows = 0;
    for (const CatalogProduct &product : db->products(store)) {
        const std::optional<SessionState> staged =
            m_catalog->editor() ? m_catalog->editor()->staged(product.id) : std::nullopt;
        products << CatalogAltText::product(product, staged ? &*staged : nullptr);
        rows += int(products.constLast().images.size());
    }
    const QByteArray bytes = AltSheet::write(products, {byteOrderMark});
    // QSaveFile: a failed export never leaves half a file where an earlier one was.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("The alt text could not be saved to %1: %2").arg(path, file.errorString());
        return -1;
    }
    return rows;
}

QCoro::Task<CatalogSheetController::Preview> CatalogSheetController::preview(QString path) {
    Preview preview;
    StoreClient *client = m_gallery ? m_gallery->client() : nullptr;
    if (!m_catalog || !m_catalog->database() || !client) {
        preview.error = tr("No store is open.");
        co_return preview;
    }
    const AltSheet::Read read = AltSheet::readFile(path);
    if (!read.error.isEmpty()) {
        preview.error = read.error;
        co_return preview;
    }

    // Only the products whose rows were edited are read again: a row as exported stages nothing,
    // whatever the store did meanwhile.
    const QStringList touched = AltImportComparison::touchedProducts(read.rows);
    QPointer<CatalogSheetController> self(this);
    const QString store = m_catalog->storeKey();
    QStringList onStore; // touched products the store still has
    for (qsizetype i = 0; i < touched.size(); ++i) {
        const QString &productId = touched.at(i);
        if (!m_catalog->database()->product(store, productId))
            continue; // not in the catalog: the comparison names its lines
        m_catalog->window()->showProgress(
            int(i), int(touched.size()),
            tr("Reading product %1 (%2 of %3)…").arg(productId).arg(i + 1).arg(touched.size()));
        const Result<Gallery> gallery = co_await client->listImages(productId);
        if (!self || !self->m_catalog || !self->m_catalog->database()) {
            preview.error = tr("No store is open.");
            co_return preview;
        }
        if (!gallery.ok()) {
            if (gallery.error().code == StoreError::Code::NotFound)
                continue; // deleted on the store: its lines are for an unknown product
            m_catalog->window()->hideProgress();
            preview.error = tr("Product %1 could not be read: %2")
                                .arg(productId, gallery.error().userMessage());
            co_return preview;
        }
        if (!m_catalog->database()->saveGallery(store, productId, gallery.value())) {
            m_catalog->window()->hideProgress();
            preview.error = m_catalog->database()->lastError();
            co_return preview;
        }
        onStore << productId;
    }
    if (!touched.isEmpty()) {
        m_catalog->window()->hideProgress();
        m_catalog->reload(); // the audit sees what was read
    }

    QList<AltTextProduct> products;
    for (const QString &productId : std::as_const(onStore))
        products << stagedProduct(m_catalog->database(), m_catalog->editor(), store, productId);
    QList<AltSheetRow> compared;
    QList<AltSheetRow> untouched;
    for (const AltSheetRow &row : read.rows)
        (touched.contains(row.productId) ? compared : untouched) << row;
    const StoreCapabilities &caps = client->capabilities();
    preview.result = AltImportComparison::compare(compared, products,
                                                  {caps.altLimit(false), caps.altLimit(true)});
    AltImportComparison::countUntouched(untouched, &preview.result);
    preview.problems = AltImportComparison::skippedLines(read, preview.result);
    co_return preview;
}

int CatalogSheetController::stage(const QList<AltImportCell> &cells, QStringList *refusals) {
    CatalogEditor *editor = m_catalog ? m_catalog->editor() : nullptr;
    if (!editor || !m_catalog->database() || cells.isEmpty())
        return 0;
    QStringList productIds;
    for (const AltImportCell &cell : cells)
        if (!productIds.contains(cell.productId))
            productIds << cell.productId;
    const QString name = tr("Import alt text");
    struct ProductBatch {
        QString productId;
        EditSession::Batch batch;
    };
    QList<ProductBatch> batches;
    for (const QString &productId : std::as_const(productIds)) {
        const AltImportComparison::ProductEdits edits = AltImportComparison::editsFor(
            stagedProduct(m_catalog->database(), editor, m_catalog->storeKey(), productId), cells);
        if (!edits.isEmpty())
            batches << ProductBatch{productId, {name, edits.alts, edits.order, edits.movedKeys}};
    }
    if (batches.isEmpty())
        return 0; // no empty undo step
    int staged = 0;
    QUndoStack *stack = editor->undoStack();
    // Each product is its own entry in the journal; one Undo takes the whole import back.
    stack->beginMacro(name);
    for (const ProductBatch &b : std::as_const(batches)) {
        QString why;
        if (!editor->applyBatch(b.productId, b.batch, &why)) {
            if (refusals)
                *refusals << tr("Product %1: %2").arg(b.productId, why);
            continue;
        }
        staged += int(std::count_if(cells.cbegin(), cells.cend(), [&b](const AltImportCell &c) {
            return c.productId == b.productId;
        }));
    }
    stack->endMacro();
    return staged;
}

void CatalogSheetController::exportWithDialog() {
    if (!m_catalog)
        return;
    CatalogWindow *window = m_catalog->window();
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString plain = tr("Spreadsheet, UTF-8 (*.csv)");
    const QString withBom = tr("Spreadsheet for Excel, UTF-8 with byte order mark (*.csv)");
    QString filter = plain;
    const QString path = QFileDialog::getSaveFileName(
        window, tr("Export Alt Text"), folder + QLatin1Char('/') + tr("catalog alt text.csv"),
        plain + QStringLiteral(";;") + withBom, &filter);
    if (path.isEmpty())
        return;
    QString error;
    const int rows = exportTo(path, filter == withBom, &error);
    window->showStatus(rows < 0 ? error
                                : tr("Alt text of %n image(s) exported to %1.", nullptr, rows)
                                      .arg(QFileInfo(path).fileName()));
}

QCoro::Task<> CatalogSheetController::importWithDialog() {
    if (!m_catalog)
        co_return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(m_catalog->window(), tr("Import Alt Text"),
                                                      folder, tr("Spreadsheet (*.csv *.txt)"));
    if (!path.isEmpty())
        co_await importFile(path);
}

QCoro::Task<AltImportDialog *> CatalogSheetController::importFile(QString path) {
    if (!m_catalog || m_busy)
        co_return nullptr;
    QPointer<CatalogSheetController> self(this);
    m_busy = true;
    const Preview preview = co_await this->preview(path);
    if (!self)
        co_return nullptr;
    m_busy = false;
    if (!m_catalog)
        co_return nullptr;
    CatalogWindow *window = m_catalog->window();
    if (!preview.error.isEmpty()) {
        window->showStatus(preview.error);
        co_return nullptr;
    }
    auto *dialog = new AltImportDialog(path, preview.result, preview.problems, window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QList<AltImportCell> cells = dialog->chosenCells();
        QStringList refusals;
        const int staged = stage(cells, &refusals);
        if (!m_catalog)
            return;
        QString text = tr("%n cell(s) of the spreadsheet staged (one undo step).", nullptr, staged);
        if (!refusals.isEmpty())
            text += QLatin1Char(' ') + refusals.join(QLatin1Char(' '));
        m_catalog->window()->showStatus(text);
    });
    dialog->open();
    co_return dialog;
}

} // namespace vitrine
