#include "app/gui/gallerycontroller.h"

#include "app/gui/guilogging.h"
#include "app/gui/publishcontroller.h"
#include "models/editsession.h"
#include "models/productlistmodel.h"
#include "net/storeclient.h"
#include "net/storedialect.h"
#include "net/thumbnailfetcher.h"
#include "ui/conflictdialog.h"
#include "ui/gallerystatusbar.h"
#include "ui/mainwindow.h"
#include "ui/productchooser.h"
#include "ui/productname.h"
#include "ui/thumbnailcache.h"
#include "workflow/galleryloader.h"
#include "workflow/sessionjournal.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace vitrine {

namespace {
// A message that ends its own sentence gets no second full stop.
QString sentence(const QString &text) {
    return text.endsWith(QLatin1Char('.')) || text.endsWith(QLatin1Char('!')) ||
                   text.endsWith(QLatin1Char('?'))
               ? text
               : text + QLatin1Char('.');
}
} // namespace

GalleryController::GalleryController(MainWindow *window, EditSession *session,
                                     ThumbnailFetcher *thumbnails, StoreLauncher *launcher,
                                     QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_session(session)
    , m_thumbnails(thumbnails)
    , m_launcher(launcher)
    , m_products(new ProductListModel(this))
    , m_publishing(new PublishController(window, session, this)) {
    m_window->setProductModel(m_products);
    m_restorePrompt = [this](const QString &description) {
        QMessageBox box(QMessageBox::Question, tr("Unpublished edits"), description,
                        QMessageBox::NoButton, m_window);
        box.setInformativeText(tr("Continue with them, or discard them and start from what the "
                                  "store has now?"));
        QPushButton *keep = box.addButton(tr("Continue"), QMessageBox::AcceptRole);
        box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
        box.setDefaultButton(keep);
        box.exec();
        return box.clickedButton() == keep;
    };
    // Changes made elsewhere that collide with staged ones: the user chooses per image, in a
    // dialog that names the product.
    m_publishing->setConflictChooser([this](QList<Conflict> &conflicts) {
        const std::optional<QList<Conflict>> resolved =
            ConflictDialog::resolve(m_window, conflicts, m_currentTitle);
        if (!resolved)
            return false;
        conflicts = *resolved;
        return true;
    });
    connect(m_window, &MainWindow::productRequested, this,
            [this](const QString &id) { openProduct(id); });
    connect(m_window->productChooser(), &ProductChooser::listRequested, this,
            [this] { listAllProducts(); });
    connect(m_window, &MainWindow::reloadRequested, this, [this] {
        if (m_session && !m_session->productId().isEmpty())
            openProduct(m_session->productId());
        else if (m_client)
            openStore(m_target); // the store did not answer before: try again
    });
    connect(m_window, &MainWindow::resetDemoRequested, this, &GalleryController::resetDemo);
}

GalleryController::~GalleryController() = default;

void GalleryController::setJournal(Journal *journal) {
    if (journal && !journal->isOpen()) {
        addLastingNotice(tr("Edits cannot be kept on disk: %1").arg(journal->lastError()));
        journal = nullptr;
    } else if (journal && !journal->recoveryMessage().isEmpty()) {
        addLastingNotice(journal->recoveryMessage());
    }
    m_journal = journal;
}

void GalleryController::addLastingNotice(const QString &message) {
    if (message.isEmpty() || m_notices.contains(message))
        return;
    m_notices << message;
    showNotices();
}

void GalleryController::showNotices() {
    if (m_notices.isEmpty() || !m_window)
        return;
    m_window->showError(m_notices.join(QLatin1Char(' ')));
    m_noticesShown = true;
}

void GalleryController::showError(const QString &message) {
    // The lasting notices stay in view beside the new error.
    QStringList parts{message};
    parts += m_notices;
    m_window->showError(parts.join(QLatin1Char(' ')));
    m_noticesShown = !m_notices.isEmpty();
}

void GalleryController::clearErrorKeepingNotices() {
    // Shown and now gone: the user dismissed them (nothing else clears the error line), so they
    // were seen. Replaced by another error, they were not: they come back.
    if (m_noticesShown && m_window->galleryStatusBar()->errorText().isEmpty())
        m_notices.clear();
    m_noticesShown = false;
    m_window->clearError();
    showNotices();
}

void GalleryController::setRestorePrompt(std::function<bool(const QString &)> prompt) {
    m_restorePrompt = std::move(prompt);
}

PublishController *GalleryController::publishing() const {
    return m_publishing;
}

void GalleryController::storeRenamed(const QString &oldKey, const QString &newKey) {
    if (!m_client || m_storeKey != oldKey)
        return;
    m_target.profile.name = newKey;
    m_target.displayName = newKey;
    m_storeKey = Journal::storeKey(m_target.profile);
    if (m_sessionJournal)
        m_sessionJournal->setStore(m_storeKey);
    m_publishing->setJournalKey(m_storeKey);
    m_window->setStoreName(m_target.displayName, m_target.detail);
}

void GalleryController::offerKeptEdits(const QString &productId, const Journal::Entry &kept) {
    if (!m_sessionJournal)
        return;
    const QString description = SessionJournal::describe(kept);
    if (m_restorePrompt && m_restorePrompt(description)) {
        QString error;
        if (m_sessionJournal->restore(productId, &error))
            m_window->showStatus(tr("Your unpublished edits are back. Publish when ready."));
        else
            showError(tr("The kept edits could not be restored: %1").arg(error));
    } else {
        m_sessionJournal->discard(productId);
        m_window->showStatus(tr("The kept edits were discarded."));
    }
}

StoreClient *GalleryController::client() const {
    return m_client.get();
}

ProductListModel *GalleryController::products() const {
    return m_products;
}

const StoreTarget &GalleryController::target() const {
    return m_target;
}

QString GalleryController::storeKey() const {
    return m_storeKey;
}

QString GalleryController::titleOf(const QString &productId) const {
    return listed(productId).title;
}

ProductSummary GalleryController::listed(const QString &productId) const {
    for (const ProductSummary &p : m_products->products()) {
        if (p.id == productId)
            return p;
    }
    return {};
}

QString GalleryController::nameOf(const Journal::Entry &entry) const {
    if (!entry.productTitle.isEmpty())
        return entry.productTitle;
    const QString listed = titleOf(entry.productId);
    return listed.isEmpty() ? tr("product %1").arg(entry.productId) : listed;
}

QString GalleryController::keptSentence(const QList<Journal::Entry> &entries) const {
    QStringList names;
    int edits = 0;
    for (const Journal::Entry &e : entries) {
        names << nameOf(e);
        edits += e.pendingCount;
    }
    const QString products = QLocale().createSeparatedList(names);
    if (edits == 0) // only interrupted publishes or requests to check
        return tr("Unfinished publishes are kept for %1").arg(products);
    return edits == 1 ? tr("1 unpublished edit is kept for %1").arg(products)
                      : tr("%1 unpublished edits are kept for %2").arg(edits).arg(products);
}

QCoro::Task<> GalleryController::openStore(StoreTarget target) {
    QPointer<GalleryController> self(this);
    m_target = target;
    if (m_client)
        m_client->cancelAll();
    m_publishing->setStore(nullptr, nullptr, {});
    m_sessionJournal.reset();
    m_client = std::make_unique<StoreClient>(target.profile, target.token);
    m_storeKey = Journal::storeKey(target.profile);
    m_publishing->setStore(m_client.get(), m_journal, m_storeKey);
    if (m_journal) {
        m_sessionJournal = std::make_unique<SessionJournal>(m_journal, m_storeKey, m_session);
        connect(m_sessionJournal.get(), &SessionJournal::saveFailed, m_window,
                &MainWindow::showError);
    }
    m_thumbnails->setDefaultScheme(target.profile.baseUrl.scheme());
    // Thumbnails sized for the grid's cells where the store's CDN serves renditions.
    if (ThumbnailCache *cache = m_window->thumbnailCache()) {
        std::shared_ptr<const StoreDialect> dialect = m_client->dialect();
        cache->setRenditionRule(
            dialect ? ThumbnailCache::RenditionRule([dialect](const QUrl &src, int width) {
                return dialect->thumbnailUrl(src, width);
            })
                    : ThumbnailCache::RenditionRule());
    }
    m_session->setCapabilities(m_client->capabilities());
    m_products->setProducts({});
    m_window->productChooser()->setListOnRequest(false);
    m_window->setStoreName(target.displayName, target.detail);
    m_window->setDemoStore(target.isDemo);
    m_window->setCapabilities(m_client->capabilities());
    if (!target.notice.isEmpty())
        m_window->showStatus(target.notice);
    qCInfo(lcGui) << "opening store" << target.displayName << "dialect" << target.profile.dialect;

    // What is kept for this store, newest first: offered whether or not the store answers.
    const QList<Journal::Entry> kept =
        m_journal ? m_journal->entries(m_storeKey) : QList<Journal::Entry>();

    StoreClient *client = m_client.get();
    QString first = target.productId;
    // A product asked for opens before the product list is read, and the list is read only where
    // the store has one: some stores list products only by reading every image record (the
    // generic dialect's fallback), and opening one product must not cost a whole-store read.
    // There the chooser offers to read the list (listAllProducts()).
    const bool productAsked = !first.isEmpty();
    const bool canList = client->capabilities().canListProducts;
    bool listedOk = false;
    QString listErrorDetail; // the store error's own sentence
    if (canList && !productAsked) {
        m_window->showGalleryLoading(0, -1);
        m_window->showStatus(tr("Listing the products of %1…").arg(target.displayName));
        const Result<QList<ProductSummary>> listed = co_await client->listProducts();
        if (!self || client != m_client.get())
            co_return;
        m_window->showGalleryLoading(1, 1);
        listedOk = takeProductList(listed, &listErrorDetail);
    }
    // No product asked for: the most recent one with kept edits that the store still lists (any,
    // when it could not list), else the first listed.
    if (first.isEmpty()) {
        for (const Journal::Entry &e : kept) {
            if (!listedOk || !titleOf(e.productId).isEmpty() || m_products->products().isEmpty()) {
                first = e.productId;
                break;
            }
        }
    }
    if (first.isEmpty() && !m_products->products().isEmpty())
        first = m_products->products().constFirst().id;

    bool loaded = false;
    if (!first.isEmpty()) {
        if (listedOk)
            m_window->showStatus(tr("%n product(s) in %1.", nullptr, int(m_products->rowCount()))
                                     .arg(target.displayName));
        loaded = co_await loadProduct(first);
        if (!self || client != m_client.get())
            co_return;
    }
    if (canList && productAsked) {
        // After the gallery: the chooser's list, and the product's title where the list has it.
        const Result<QList<ProductSummary>> listed = co_await client->listProductsCheaply();
        if (!self || client != m_client.get())
            co_return;
        if (!listed && listed.error().code == StoreError::Code::Unsupported) {
            m_window->productChooser()->setListOnRequest(true);
        } else {
            listedOk = takeProductList(listed, &listErrorDetail);
            if (loaded && listedOk)
                productListed(first);
        }
    }
    Q_EMIT storeOpened(listedOk || loaded);
    const QString listError = listErrorDetail.isEmpty()
                                  ? QString()
                                  : tr("Could not list the products: %1").arg(listErrorDetail);

    QList<Journal::Entry> others;
    for (const Journal::Entry &e : kept)
        if (!loaded || e.productId != first)
            others << e;
    if (!listedOk && !loaded) {
        // The store cannot be read: say what it was, and what is kept all the same.
        QString error = first.isEmpty() ? QString() : m_loadError;
        if (!listError.isEmpty()) {
            // The product tried after the list failed the same way: one sentence is enough.
            if (error.isEmpty() || error.contains(listErrorDetail))
                error = listError;
            else
                error = listError + QLatin1Char(' ') + error;
        }
        if (!others.isEmpty())
            error +=
                QLatin1Char(' ') +
                tr("%1; they will be offered when the store answers.").arg(keptSentence(others));
        if (!error.isEmpty())
            showError(error.trimmed());
        co_return;
    }
    QStringList notes;
    if (!listedOk && !listError.isEmpty())
        // The product asked for opened all the same: the list is a side matter.
        notes << sentence(listError);
    if (!others.isEmpty())
        notes << (listedOk ? tr("%1 too; choose them in the product list to continue.")
                           : tr("%1 too."))
                     .arg(keptSentence(others));
    if (!notes.isEmpty())
        m_window->showStatus(notes.join(QLatin1Char(' ')));
}

QCoro::Task<> GalleryController::openProduct(QString productId) {
    co_await loadProduct(std::move(productId));
}

QCoro::Task<bool> GalleryController::loadProduct(QString productId) {
    if (!m_client)
        co_return false;
    QPointer<GalleryController> self(this);
    const quint64 generation = ++m_loadGeneration;
    const QString listedTitle = titleOf(productId);
    clearErrorKeepingNotices();
    m_window->showGalleryLoading(0, -1);
    m_window->showStatus(
        tr("Loading the images of %1…").arg(ProductName::inSentence(productId, listedTitle)));
    StoreClient *client = m_client.get();
    // The same read vitrinectl's open uses: the gallery, and what the journal keeps for it.
    const Result<GalleryLoader::Opened> opened = co_await GalleryLoader::read(
        client, productId, m_sessionJournal ? m_journal : nullptr, m_storeKey);
    if (!self || generation != m_loadGeneration || client != m_client.get())
        co_return false; // the user moved on; this answer is stale
    m_window->showGalleryLoading(1, 1);
    // A store that cannot list products: the title kept with the edits, if any.
    const QString title = !listedTitle.isEmpty()             ? listedTitle
                          : opened.ok() && opened->journaled ? opened->journaled->productTitle
                                                             : QString();
    // "Oak Chair", or "product 101" for stores whose products have no title.
    const QString name = ProductName::inSentence(productId, title);
    if (!opened.ok()) {
        m_loadError =
            tr("Could not load the images of %1: %2").arg(name, opened.error().userMessage());
        showError(m_loadError);
        Q_EMIT productLoaded(productId, false);
        co_return false;
    }
    m_session->load(productId, opened->gallery);
    m_currentTitle = title;
    if (m_sessionJournal)
        m_sessionJournal->setProductTitle(title);
    m_window->setCurrentProduct(productId, title);
    m_window->setProductListing(listed(productId));
    m_window->showStatus(
        tr("%n image(s) of %1 loaded.", nullptr, int(opened->gallery.size())).arg(name));
    if (opened->journaled)
        offerKeptEdits(productId, *opened->journaled);
    Q_EMIT productLoaded(productId, true);
    co_return true;
}

QCoro::Task<> GalleryController::listAllProducts() {
    if (!m_client)
        co_return;
    QPointer<GalleryController> self(this);
    StoreClient *client = m_client.get();
    m_window->showStatus(tr("Listing the products of %1…").arg(m_target.displayName));
    const Result<QList<ProductSummary>> listed = co_await client->listProducts();
    if (!self || client != m_client.get())
        co_return;
    QString errorDetail;
    if (!takeProductList(listed, &errorDetail)) {
        m_window->productChooser()->setListOnRequest(true); // to try again
        showError(tr("Could not list the products: %1").arg(errorDetail));
        co_return;
    }
    m_window->productChooser()->setListOnRequest(false);
    m_window->showStatus(
        tr("%n product(s) in %1.", nullptr, int(m_products->rowCount())).arg(m_target.displayName));
    if (m_session)
        productListed(m_session->productId());
}

bool GalleryController::takeProductList(const Result<QList<ProductSummary>> &listed,
                                        QString *errorDetail) {
    if (!listed.ok()) {
        *errorDetail = listed.error().userMessage();
        return false;
    }
    m_products->setProducts(listed.value());
    return true;
}

void GalleryController::productListed(const QString &productId) {
    const ProductSummary summary = listed(productId);
    if (!m_session || m_session->productId() != productId || summary.id.isEmpty())
        return;
    m_currentTitle = summary.title;
    if (m_sessionJournal)
        m_sessionJournal->setProductTitle(summary.title);
    m_window->setCurrentProduct(productId, summary.title);
    m_window->setProductListing(summary);
}

void GalleryController::resetDemo() {
    if (!m_target.isDemo)
        return;
    m_launcher->resetDemoData();
    m_window->showStatus(tr("The demo store's data was restored."));
    openStore(m_target);
}

} // namespace vitrine
