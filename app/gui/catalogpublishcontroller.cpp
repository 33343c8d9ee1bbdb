#include "app/gui/catalogpublishcontroller.h"

#include "app/gui/catalogcontroller.h"
#include "app/gui/gallerycontroller.h"
#include "catalog/catalogdatabase.h"
#include "catalog/catalogeditor.h"
#include "models/editsession.h"
#include "net/storeclient.h"
#include "ui/catalogpublishdialog.h"
#include "ui/catalogwindow.h"

namespace vitrine {

CatalogPublishController::CatalogPublishController(CatalogController *catalog,
                                                   GalleryController *gallery, EditSession *session,
                                                   QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_gallery(gallery)
    , m_session(session) {
    connect(catalog->window(), &CatalogWindow::publishAllRequested, this,
            &CatalogPublishController::preview);
}

CatalogPublishController::~CatalogPublishController() {
    cancel();
}

void CatalogPublishController::setJournal(Journal *journal) {
    m_journal = journal;
}

void CatalogPublishController::preview() {
    StoreClient *client = m_gallery ? m_gallery->client() : nullptr;
    if (!client || !m_journal || !m_catalog || (m_publisher && m_publisher->isBusy()))
        return;
    m_publisher = std::make_unique<CatalogPublisher>(client, m_journal, m_catalog->storeKey());
    const CatalogPublishPlan plan = m_publisher->plan();
    if (!m_dialog) {
        m_dialog = new CatalogPublishDialog(m_catalog->window());
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &CatalogPublishDialog::publishConfirmed, this, [this] { publishAll(); });
        connect(m_dialog, &CatalogPublishDialog::cancelRequested, this,
                &CatalogPublishController::cancel);
    }
    m_dialog->showPreview(m_gallery->target().displayName, int(plan.products.size()), plan.edits(),
                          plan.requests(), plan.seconds(), plan.requestsPerSecond);
    m_dialog->open();
}

QCoro::Task<CatalogPublishResult> CatalogPublishController::publishAll() {
    if (!m_publisher || m_publisher->isBusy())
        co_return CatalogPublishResult{};
    QPointer<CatalogPublishController> self(this);
    CatalogPublisher *publisher = m_publisher.get();
    if (m_dialog) {
        connect(publisher, &CatalogPublisher::productStarted, m_dialog,
                [d = m_dialog](int index, int count, const QString &, const QString &title) {
                    d->setProductProgress(index, count, title);
                });
        connect(publisher, &CatalogPublisher::requestsSent, m_dialog,
                &CatalogPublishDialog::setRequestProgress);
    }
    const CatalogPublishResult result = co_await publisher->publishAll();
    if (!self)
        co_return result;
    CatalogController *catalog = self->m_catalog;
    bool galleryProductPublished = false;
    const QString galleryProduct = self->m_session ? self->m_session->productId() : QString();
    for (const CatalogPublishResult::Product &p : result.products) {
        const bool ok = p.outcome.status == PublishOutcome::Status::Published ||
                        p.outcome.status == PublishOutcome::Status::NothingToPublish;
        if (self->m_dialog)
            self->m_dialog->addResult(p.title.isEmpty() ? p.productId : p.title, ok,
                                      p.outcome.message);
        if (catalog && p.storeGalleryRead && catalog->database())
            catalog->database()->saveGallery(catalog->storeKey(), p.productId, p.storeGallery);
        if (catalog && catalog->editor())
            catalog->editor()->release(p.productId);
        galleryProductPublished = galleryProductPublished || p.productId == galleryProduct;
    }
    if (self->m_dialog)
        self->m_dialog->finish(result.summary());
    if (galleryProductPublished && self->m_gallery)
        self->m_gallery->openProduct(galleryProduct);
    if (catalog)
        catalog->reload();
    co_return result;
}

void CatalogPublishController::cancel() {
    if (m_publisher)
        m_publisher->cancel();
}

} // namespace vitrine
