#include "app/gui/catalogcontroller.h"

#include "app/gui/catalogsheetcontroller.h"
#include "app/gui/gallerycontroller.h"
#include "catalog/catalogdatabase.h"
#include "catalog/catalogeditor.h"
#include "catalog/keptedits.h"
#include "catalog/picturechecker.h"
#include "core/catalogalttext.h"
#include "models/catalogproductsmodel.h"
#include "models/editsession.h"
#include "models/worklistmodel.h"
#include "net/storeclient.h"
#include "ui/alttemplatedialog.h"
#include "ui/catalogwindow.h"
#include "ui/galleryview.h"
#include "ui/mainwindow.h"
#include "workflow/journal.h"
#include "workflow/savedtemplates.h"

#include <QItemSelectionModel>
#include <QLocale>
#include <QSaveFile>
#include <QTimer>
#include <QUndoStack>

#include <cmath>

namespace vitrine {

namespace {

QString timeLeft(double seconds) {
    if (seconds < 0)
        return QObject::tr("estimating the time left…");
    const int s = int(std::lround(seconds));
    if (s < 90)
        return QObject::tr("about %n second(s) left", nullptr, s);
    return QObject::tr("about %n minute(s) left", nullptr, (s + 30) / 60);
}

} // namespace

CatalogController::CatalogController(GalleryController *gallery, MainWindow *mainWindow,
                                     EditSession *session, ThumbnailCache *thumbnails,
                                     ThumbnailFetcher *fetcher, QObject *parent)
    : QObject(parent)
    , m_gallery(gallery)
    , m_mainWindow(mainWindow)
    , m_session(session)
    , m_thumbnails(thumbnails)
    , m_fetcher(fetcher)
    , m_products(new CatalogProductsModel(this))
    , m_worklist(new WorklistModel(this))
    , m_sheet(new CatalogSheetController(this, gallery, this)) {
    connect(gallery, &GalleryController::storeOpened, this, [this](bool) { bindStore(); });
    connect(gallery, &GalleryController::productLoaded, this,
            [this](const QString &productId, bool ok) {
                // The gallery window's session holds the product now (with what the journal
                // kept): edits of it go through that session.
                if (ok && m_editor)
                    m_editor->release(productId);
                reauditProduct(productId);
            });
    // An edit in the gallery window changes what the audit sees of that product.
    connect(session->undoStack(), &QUndoStack::indexChanged, this, [this] {
        if (m_reauditQueued || !m_session)
            return;
        m_reauditQueued = true;
        QTimer::singleShot(0, this, [this] {
            m_reauditQueued = false;
            if (m_session)
                reauditProduct(m_session->productId());
        });
    });
    if (mainWindow)
        connect(mainWindow, &MainWindow::catalogRequested, this, &CatalogController::showWindow);
}

CatalogController::~CatalogController() {
    stop();
    delete m_window;
}

void CatalogController::setJournal(Journal *journal) {
    m_journal = journal;
    m_database.reset();
    if (!journal)
        return;
    m_database =
        std::make_unique<CatalogDatabase>(CatalogDatabase::pathBeside(journal->filePath()));
    if (!m_database->open()) {
        if (m_mainWindow)
            m_mainWindow->showError(m_database->lastError());
        m_database.reset();
    } else if (!m_database->recoveryMessage().isEmpty() && m_mainWindow) {
        m_mainWindow->showStatus(m_database->recoveryMessage());
    }
    bindStore();
}

CatalogWindow *CatalogController::window() {
    if (m_window)
        return m_window;
    m_window = new CatalogWindow(m_thumbnails);
    m_window->setAttribute(Qt::WA_DeleteOnClose, false);
    m_window->setModels(m_products, m_worklist);
    connect(m_window, &CatalogWindow::scanRequested, this, [this] { scan(); });
    connect(m_window, &CatalogWindow::stopRequested, this, &CatalogController::stop);
    connect(m_window, &CatalogWindow::worklistChoiceChanged, this,
            &CatalogController::rebuildWorklist);
    connect(m_window, &CatalogWindow::openGalleryRequested, this,
            [this](const QString &productId, const QString &key) { openGallery(productId, key); });
    connect(m_window, &CatalogWindow::templateRequested, this,
            [this](const AltTemplatePreview::ImageScope &scope) { fillFromTemplate(scope); });
    connect(m_window, &CatalogWindow::deleteImagesRequested, this,
            &CatalogController::deleteImages);
    connect(m_window, &CatalogWindow::altTextExportRequested, m_sheet,
            &CatalogSheetController::exportWithDialog);
    connect(m_window, &CatalogWindow::altTextImportRequested, m_sheet,
            [this] { m_sheet->importWithDialog(); });
    connect(m_window, &CatalogWindow::exportRequested, this, [this](const QString &path) {
        QString error;
        if (exportAudit(path, &error))
            m_window->showStatus(tr("The audit was written to %1.").arg(path));
        else
            m_window->showStatus(error);
    });
    bindStore();
    return m_window;
}

void CatalogController::showWindow() {
    CatalogWindow *w = window();
    w->show();
    w->raise();
    w->activateWindow();
    if (m_database && m_database->scanState(m_store).generation == 0)
        w->showStatus(tr("The catalog of this store is empty: Scan Store reads it."));
    else
        checkPictures();
}

void CatalogController::bindStore() {
    StoreClient *client = m_gallery ? m_gallery->client() : nullptr;
    const QString store = m_gallery ? m_gallery->storeKey() : QString();
    if (store != m_store || !m_editor) {
        stop();
        m_store = store;
        m_editor.reset();
        if (client && m_database) {
            CatalogDatabase *db = m_database.get();
            m_editor = std::make_unique<CatalogEditor>(
                m_journal, store, client->capabilities(),
                [db, store](const QString &productId) { return db->product(store, productId); });
            m_editor->setOpenSession(m_session);
            // Queued: an inline editor commits through the worklist model, whose row may leave
            // the list when the product is audited again — after the editor has closed.
            connect(m_editor.get(), &CatalogEditor::productChanged, this,
                    &CatalogController::reauditProduct, Qt::QueuedConnection);
            if (m_window)
                connect(m_editor.get(), &CatalogEditor::refused, m_window,
                        &CatalogWindow::showStatus);
        }
        m_worklist->setEditor(m_editor.get());
    }
    if (m_window) {
        m_window->setStoreName(m_gallery ? m_gallery->target().displayName : QString());
        if (client)
            m_window->setCapabilities(client->capabilities());
        m_window->setUndoStack(m_editor ? m_editor->undoStack() : nullptr);
        m_window->scanAction()->setEnabled(client && m_database);
    }
    reload();
}

ReviewOptions CatalogController::reviewOptions() const {
    StoreClient *client = m_gallery ? m_gallery->client() : nullptr;
    ReviewOptions options = client ? CatalogAudit::optionsFor(client->capabilities().altMaxOnUpdate,
                                                              client->capabilities().altMaxOnCreate)
                                   : CatalogAudit::optionsFor(0, 0);
    options.spelling = m_spelling;
    return options;
}

void CatalogController::setSpellChecker(const SpellChecker *checker) {
    if (checker == m_spelling)
        return;
    m_spelling = checker;
    if (!m_catalog.isEmpty()) // at start-up nothing is open: nothing to audit again
        reload();
}

void CatalogController::reload() {
    m_catalog.clear();
    m_orderOf.clear();
    if (m_database && !m_store.isEmpty()) {
        m_catalog = m_database->products(m_store);
        m_checks = m_database->pictureChecks();
    }
    for (int i = 0; i < m_catalog.size(); ++i)
        m_orderOf.insert(m_catalog.at(i).id, i);
    QHash<QString, SessionState> staged;
    if (m_journal && m_journal->isOpen() && !m_store.isEmpty())
        staged = KeptEdits::of(*m_journal, m_store);
    // The gallery window's session is ahead of the journal by nothing (it writes after every
    // change), but take it as it is anyway.
    if (m_session && m_orderOf.contains(m_session->productId())) {
        if (m_session->hasPendingChanges())
            staged.insert(m_session->productId(), m_session->state());
        else
            staged.remove(m_session->productId());
    }
    m_audit = CatalogAudit::run(m_catalog, staged, m_checks, reviewOptions());
    m_products->setAudit(m_audit.products);
    rebuildWorklist();
    if (m_window) {
        m_window->setAudit(m_audit);
        m_window->setPublishEnabled(!staged.isEmpty());
        m_window->exportAltTextAction()->setEnabled(!m_catalog.isEmpty());
        m_window->importAltTextAction()->setEnabled(m_editor && !m_catalog.isEmpty());
    }
    Q_EMIT auditChanged();
}

void CatalogController::rebuildWorklist() {
    const QList<ReviewFinding::Kind> kinds =
        m_window ? m_window->worklistKinds() : QList<ReviewFinding::Kind>();
    const bool every = m_window && m_window->worklistShowsEveryImage();
    QList<WorklistEntry> entries;
    for (int i = 0; i < m_catalog.size(); ++i) {
        const std::optional<SessionState> staged =
            m_editor ? m_editor->staged(m_catalog.at(i).id) : std::nullopt;
        entries += CatalogAudit::worklist(m_catalog.at(i), staged ? &*staged : nullptr,
                                          m_audit.products.at(i), i, kinds, every);
    }
    m_worklist->setEntries(entries);
}

void CatalogController::reauditProduct(const QString &productId) {
    const auto it = m_orderOf.constFind(productId);
    if (it == m_orderOf.cend() || *it >= m_audit.products.size())
        return;
    const int order = *it;
    const CatalogProduct &product = m_catalog.at(order);
    const std::optional<SessionState> staged =
        m_editor ? m_editor->staged(productId) : std::nullopt;
    ProductAudit audit =
        CatalogAudit::runProduct(product, staged ? &*staged : nullptr, m_checks, reviewOptions());
    // Pictures shared with other products are found over the whole catalog (reload()).
    CatalogAudit::keepAcrossProducts(m_audit.products.at(order), &audit);
    m_audit.products[order] = audit;
    m_products->updateProduct(audit);
    const QList<ReviewFinding::Kind> kinds =
        m_window ? m_window->worklistKinds() : QList<ReviewFinding::Kind>();
    const bool every = m_window && m_window->worklistShowsEveryImage();
    m_worklist->replaceProduct(
        productId, order,
        CatalogAudit::worklist(product, staged ? &*staged : nullptr, audit, order, kinds, every));
    if (m_window) {
        m_window->setAudit(m_audit);
        m_window->setPublishEnabled(m_journal && m_journal->isOpen() &&
                                    !m_journal->entries(m_store).isEmpty());
    }
    Q_EMIT auditChanged();
}

QCoro::Task<ScanOutcome> CatalogController::scan() {
    StoreClient *client = m_gallery ? m_gallery->client() : nullptr;
    if (!client || !m_database || m_scanner) {
        ScanOutcome none;
        none.message = tr("No store is open.");
        co_return none;
    }
    QPointer<CatalogController> self(this);
    m_scanner = std::make_unique<CatalogScanner>(client, m_database.get(), m_store);
    CatalogWindow *w = window();
    w->setBusy(true);
    connect(m_scanner.get(), &CatalogScanner::progressed, w, [w](const ScanProgress &p) {
        const QLocale locale;
        const QString products = p.productsTotal > 0 ? tr("%1 of %2 products")
                                                           .arg(locale.toString(p.productsDone),
                                                                locale.toString(p.productsTotal))
                                                     : tr("%n product(s)", nullptr, p.productsDone);
        QString text =
            tr("Scanning: %1, %2").arg(products, tr("%n image(s)", nullptr, p.imagesDone));
        if (p.phase == ScanProgress::Phase::Galleries && p.galleriesLeft > 0)
            text +=
                QStringLiteral(", ") + tr("%n gallery/galleries to read", nullptr, p.galleriesLeft);
        text += QStringLiteral(" — ") + timeLeft(p.secondsLeft);
        w->showProgress(p.productsDone, p.productsTotal, text);
    });
    const ScanOutcome outcome = co_await m_scanner->scan();
    if (!self)
        co_return outcome;
    self->m_scanner.reset();
    if (self->m_window) {
        self->m_window->setBusy(false);
        self->m_window->hideProgress(outcome.message);
    }
    self->reload();
    if (outcome.status == ScanOutcome::Status::Completed)
        self->checkPictures();
    co_return outcome;
}

QCoro::Task<> CatalogController::checkPictures() {
    if (!m_fetcher || !m_database || m_checker || m_scanner)
        co_return;
    QStringList urls;
    for (const CatalogProduct &product : std::as_const(m_catalog)) {
        const std::optional<SessionState> staged =
            m_editor ? m_editor->staged(product.id) : std::nullopt;
        for (const ReviewImage &image :
             CatalogAudit::reviewImages(product, staged ? &*staged : nullptr, {}))
            urls << image.src;
    }
    const QStringList due = PictureChecker::due(urls, m_checks, QDateTime::currentDateTimeUtc());
    if (due.isEmpty())
        co_return;
    QPointer<CatalogController> self(this);
    m_checker = std::make_unique<PictureChecker>(m_fetcher);
    if (m_window)
        connect(m_checker.get(), &PictureChecker::progressed, m_window,
                [w = m_window](int done, int total) {
                    if (w)
                        w->showProgress(done, total,
                                        tr("Checking pictures: %1 of %2…").arg(done).arg(total));
                });
    const QHash<QString, PictureCheck> results = co_await m_checker->check(due);
    if (!self)
        co_return;
    self->m_checker.reset();
    if (self->m_database && !self->m_database->savePictureChecks(results) && self->m_window)
        self->m_window->showStatus(self->m_database->lastError());
    self->m_checks.insert(results);
    if (self->m_window)
        self->m_window->hideProgress(tr("%n picture(s) checked.", nullptr, int(results.size())));
    self->reload();
}

void CatalogController::stop() {
    if (m_scanner)
        m_scanner->cancel();
    if (m_checker)
        m_checker->cancel();
}

bool CatalogController::exportAudit(const QString &path, QString *error) {
    const QList<ReviewFinding::Kind> kinds =
        m_window ? m_window->worklistKinds() : QList<ReviewFinding::Kind>();
    const CatalogAuditResult shown = CatalogAudit::filtered(m_audit, kinds);
    const QByteArray bytes = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)
                                 ? CatalogAudit::toJson(shown, kinds)
                                 : CatalogAudit::toCsv(shown.findings());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("The audit could not be written to %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void CatalogController::setSavedTemplates(SavedTemplates *saved) {
    m_savedTemplates = saved;
}

AltTemplateDialog *
CatalogController::fillFromTemplate(const AltTemplatePreview::ImageScope &scope) {
    StoreClient *client = m_gallery ? m_gallery->client() : nullptr;
    if (!m_editor || !client || scope.isEmpty())
        return nullptr;
    // The products of those images as they will be published, in the catalog's order.
    QList<AltTextProduct> products;
    for (const CatalogProduct &product : std::as_const(m_catalog)) {
        if (!scope.contains(product.id))
            continue;
        const std::optional<SessionState> staged = m_editor->staged(product.id);
        products << CatalogAltText::product(product, staged ? &*staged : nullptr);
    }
    const StoreCapabilities &caps = client->capabilities();
    auto *dialog =
        new AltTemplateDialog(products, {caps.altLimit(false), caps.altLimit(true)}, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setScope(scope);
    if (m_savedTemplates)
        dialog->setSavedTemplates(m_savedTemplates->all());
    dialog->setTemplateText(m_lastTemplate);
    connect(dialog, &AltTemplateDialog::saveRequested, this,
            [this](const QString &name, const QString &text) {
                if (!m_savedTemplates)
                    return;
                if (const QString problem = m_savedTemplates->save(name, text); !problem.isEmpty())
                    m_window->showStatus(problem);
            });
    connect(dialog, &AltTemplateDialog::deleteRequested, this, [this](const QString &name) {
        if (!m_savedTemplates)
            return;
        m_savedTemplates->remove(name);
    });
    // Saved here or in the gallery window: the open dialog offers it at once.
    if (m_savedTemplates)
        connect(m_savedTemplates, &SavedTemplates::changed, dialog,
                [this, dialog] { dialog->setSavedTemplates(m_savedTemplates->all()); });
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        m_lastTemplate = dialog->templateText();
        if (result == QDialog::Accepted)
            stageTemplate(dialog->chosenChanges());
    });
    dialog->open();
    return dialog;
}

int CatalogController::stageTemplate(const QList<AltTemplateChange> &changes) {
    if (!m_editor)
        return 0;
    // Each product is its own step in the journal; one Undo takes the whole template back.
    if (std::none_of(changes.cbegin(), changes.cend(),
                     [](const AltTemplateChange &c) { return c.stageable(); }))
        return 0; // no empty step
    QUndoStack *stack = m_editor->undoStack();
    const QString name = tr("Apply alt text template");
    stack->beginMacro(name);
    const CatalogEditor::StagedTemplate staged = m_editor->stageTemplate(changes, name);
    stack->endMacro();
    if (m_window) {
        QString text = tr("%1 staged in %n product(s).", nullptr, staged.products)
                           .arg(tr("%n alt text(s)", nullptr, staged.texts));
        if (!staged.refusals.isEmpty())
            text += QLatin1Char(' ') + staged.refusals.join(QLatin1Char(' '));
        m_window->showStatus(text);
    }
    return staged.texts;
}

int CatalogController::deleteImages(const AltTemplatePreview::ImageScope &images) {
    if (!m_editor || images.isEmpty())
        return 0;
    // In the catalog's order, so the undo step's parts and the messages read as the table does.
    QStringList productIds = images.keys();
    std::sort(productIds.begin(), productIds.end(), [this](const QString &a, const QString &b) {
        return m_orderOf.value(a, -1) < m_orderOf.value(b, -1);
    });
    QUndoStack *stack = m_editor->undoStack();
    stack->beginMacro(tr("Delete images"));
    int staged = 0;
    QStringList refusals;
    for (const QString &productId : std::as_const(productIds)) {
        const QSet<QString> chosen = images.value(productId);
        QStringList keys(chosen.cbegin(), chosen.cend());
        keys.sort();
        QString why;
        if (m_editor->deleteImages(productId, keys, &why))
            staged += int(keys.size());
        else
            refusals << tr("Product %1: %2").arg(productId, why);
    }
    stack->endMacro();
    if (m_window) {
        QString text = tr("%n image(s) staged for deletion; a publish deletes them on the store, "
                          "Undo takes them back.",
                          nullptr, staged);
        if (!refusals.isEmpty())
            text += QLatin1Char(' ') + refusals.join(QLatin1Char(' '));
        m_window->showStatus(text);
    }
    return staged;
}

QCoro::Task<> CatalogController::openGallery(QString productId, QString imageKey) {
    if (!m_gallery || !m_mainWindow)
        co_return;
    QPointer<CatalogController> self(this);
    m_mainWindow->show();
    m_mainWindow->raise();
    m_mainWindow->activateWindow();
    if (!m_session || m_session->productId() != productId)
        co_await m_gallery->openProduct(productId);
    if (!self || !self->m_session || imageKey.isEmpty() || !self->m_mainWindow)
        co_return;
    const QList<int> rows = self->m_session->rowsOfKeys({imageKey});
    GalleryView *grid = self->m_mainWindow->galleryView();
    if (rows.isEmpty() || !grid || !grid->model())
        co_return;
    const QModelIndex index = grid->model()->index(rows.first(), 0);
    grid->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    grid->scrollTo(index);
}

} // namespace vitrine
