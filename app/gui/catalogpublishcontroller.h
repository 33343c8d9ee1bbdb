#pragma once

#include "catalog/catalogpublisher.h"
#include "ui/catalogpublishdialog.h"

#include <QCoroTask>
#include <QObject>
#include <QPointer>

#include <memory>

namespace vitrine {

class CatalogController;
class EditSession;
class GalleryController;
class Journal;

// Publish All from the catalog window: the summary (products, edits, requests, time at the
// store's rate) in CatalogPublishDialog, then CatalogPublisher — each product its own Publisher,
// so a product that fails keeps its edits staged and the others are published — with one progress
// and Cancel. Afterwards the catalog takes each published product's gallery as the store showed it,
// and the gallery window reloads its product if it was among them.
class CatalogPublishController : public QObject {
    Q_OBJECT
public:
    // session: the gallery window's (reloaded when its product was published).
    CatalogPublishController(CatalogController *catalog, GalleryController *gallery,
                             EditSession *session, QObject *parent = nullptr);
    ~CatalogPublishController() override;

    void setJournal(Journal *journal);
    // The window's Publish All intent: the summary dialog.
    void preview();
    // The dialog's Publish All: sends everything. Returns what happened (for tests).
    QCoro::Task<CatalogPublishResult> publishAll();
    void cancel();
    CatalogPublishDialog *dialog() const { return m_dialog; }

private:
    QPointer<CatalogController> m_catalog;
    QPointer<GalleryController> m_gallery;
    QPointer<EditSession> m_session;
    Journal *m_journal = nullptr;
    std::unique_ptr<CatalogPublisher> m_publisher;
    QPointer<CatalogPublishDialog> m_dialog;
};

} // namespace vitrine
