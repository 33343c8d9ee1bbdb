#include "app/gui/gallerycontroller.h"

#include "app/gui/guilogging.h"
#include "app/gui/publishcontroller.h"
#include "app/workflow/journal.h"
#include "app/workflow/sessionjournal.h"
#include "models/editsession.h"
#include "models/productlistmodel.h"
#include "net/storeclient.h"
#include "net/thumbnailfetcher.h"
#include "ui/mainwindow.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace vitrine {

namespace {
// "1 image" / "6 images": English plurals without shipping a translation file.
QString count(int n, const char *one, const char *many) {
    return QCoreApplication::translate("GalleryController", n == 1 ? one : many).arg(n);
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
    connect(m_window, &MainWindow::productRequested, this,
            [this](const QString &id) { openProduct(id); });
    connect(m_window, &MainWindow::reloadRequested, this, [this] {
        if (m_session && !m_session->productId().isEmpty())
            openProduct(m_session->productId());
    });
    connect(m_window, &MainWindow::resetDemoRequested, this, &GalleryController::resetDemo);
}

GalleryController::~GalleryController() = default;

void GalleryController::setJournal(Journal *journal) {
    m_journal = journal;
}

void GalleryController::setRestorePrompt(std::function<bool(const QString &)> prompt) {
    m_restorePrompt = std::move(prompt);
}

PublishController *GalleryController::publishing() const {
    return m_publishing;
}

void GalleryController::offerKeptEdits(const QString &productId) {
    if (!m_sessionJournal)
        return;
    const auto kept = m_sessionJournal->pending(productId);
    if (!kept)
        return;
    const QString description = SessionJournal::describe(*kept);
    if (m_restorePrompt && m_restorePrompt(description)) {
        QString error;
        if (m_sessionJournal->restore(productId, &error))
            m_window->showStatus(tr("Your unpublished edits are back. Publish when ready."));
        else
            m_window->showError(tr("The kept edits could not be restored: %1").arg(error));
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

QString GalleryController::titleOf(const QString &productId) const {
    for (const ProductSummary &p : m_products->products()) {
        if (p.id == productId)
            return p.title;
    }
    return {};
}

QCoro::Task<> GalleryController::openStore(StoreTarget target) {
    QPointer<GalleryController> self(this);
    m_target = target;
    if (m_client)
        m_client->cancelAll();
    m_publishing->setStore(nullptr, nullptr, {});
    m_sessionJournal.reset();
    m_client = std::make_unique<StoreClient>(target.profile, target.token);
    const QString storeKey = Journal::storeKey(target.profile);
    m_publishing->setStore(m_client.get(), m_journal, storeKey);
    if (m_journal) {
        m_sessionJournal = std::make_unique<SessionJournal>(m_journal, storeKey, m_session);
        connect(m_sessionJournal.get(), &SessionJournal::saveFailed, m_window,
                &MainWindow::showError);
    }
    m_thumbnails->setDefaultScheme(target.profile.baseUrl.scheme());
    m_session->setCapabilities(m_client->capabilities());
    m_window->setStoreName(target.displayName, target.detail);
    m_window->setDemoStore(target.isDemo);
    m_window->setCapabilities(m_client->capabilities());
    if (!target.notice.isEmpty())
        m_window->showStatus(target.notice);
    qCInfo(lcGui) << "opening store" << target.displayName << "dialect" << target.profile.dialect;

    QString first = target.productId;
    if (m_client->capabilities().canListProducts) {
        m_window->showGalleryLoading(0, -1);
        m_window->showStatus(tr("Listing the products of %1…").arg(target.displayName));
        StoreClient *client = m_client.get();
        const Result<QList<ProductSummary>> listed = co_await client->listProducts();
        if (!self || client != m_client.get())
            co_return;
        m_window->showGalleryLoading(1, 1);
        if (!listed.ok()) {
            m_window->showError(
                tr("Could not list the products: %1").arg(listed.error().userMessage()));
            Q_EMIT storeOpened(false);
            co_return;
        }
        m_products->setProducts(listed.value());
        if (first.isEmpty() && !listed.value().isEmpty())
            first = listed.value().constFirst().id;
        m_window->showStatus(
            count(int(listed.value().size()), "%1 product in %2.", "%1 products in %2.")
                .arg(target.displayName));
    }
    Q_EMIT storeOpened(true);
    if (!first.isEmpty())
        co_await openProduct(first);
}

QCoro::Task<> GalleryController::openProduct(QString productId) {
    if (!m_client)
        co_return;
    QPointer<GalleryController> self(this);
    const quint64 generation = ++m_loadGeneration;
    const QString title = titleOf(productId);
    const QString name = title.isEmpty() ? productId : title;
    m_window->clearError();
    m_window->showGalleryLoading(0, -1);
    m_window->showStatus(tr("Loading the images of %1…").arg(name));
    StoreClient *client = m_client.get();
    const Result<Gallery> gallery = co_await client->listImages(productId);
    if (!self || generation != m_loadGeneration || client != m_client.get())
        co_return; // the user moved on; this answer is stale
    m_window->showGalleryLoading(1, 1);
    if (!gallery.ok()) {
        m_window->showError(
            tr("Could not load the images of %1: %2").arg(name, gallery.error().userMessage()));
        Q_EMIT productLoaded(productId, false);
        co_return;
    }
    m_session->load(productId, gallery.value());
    if (m_sessionJournal)
        m_sessionJournal->setProductTitle(title);
    m_window->setCurrentProduct(productId, title);
    m_window->showStatus(
        count(int(gallery.value().size()), "%1 image of %2 loaded.", "%1 images of %2 loaded.")
            .arg(name));
    offerKeptEdits(productId);
    Q_EMIT productLoaded(productId, true);
}

void GalleryController::resetDemo() {
    if (!m_target.isDemo)
        return;
    m_launcher->resetDemoData();
    m_window->showStatus(tr("The demo store's data was restored."));
    openStore(m_target);
}

} // namespace vitrine
