#pragma once

#include "app/gui/storelauncher.h"
#include "core/productimage.h"

#include <QCoroTask>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace vitrine {

class EditSession;
class Journal;
class MainWindow;
class PublishController;
class SessionJournal;
class ProductListModel;
class StoreClient;
class ThumbnailFetcher;

// Wires one store to the window: it awaits the StoreClient and feeds the models, and answers the
// window's intent signals (open a product, reload, reset the demo store). The window and the
// models never see the network; this is the only place GUI and network meet.
class GalleryController : public QObject {
    Q_OBJECT
public:
    GalleryController(MainWindow *window, EditSession *session, ThumbnailFetcher *thumbnails,
                      StoreLauncher *launcher, QObject *parent = nullptr);
    ~GalleryController() override;

    // Opens the store: lists its products where it can, then opens target.productId (or the
    // first product). Errors go to the window's status line.
    QCoro::Task<> openStore(StoreTarget target);
    QCoro::Task<> openProduct(QString productId);

    // Staged edits are journaled there as they are made (may be null: nothing kept on disk).
    void setJournal(Journal *journal);
    // Asked when a product has edits kept from an earlier session: true continues with them,
    // false discards them. The default asks with a message box.
    void setRestorePrompt(std::function<bool(const QString &description)> prompt);
    PublishController *publishing() const;

    StoreClient *client() const;
    ProductListModel *products() const;
    const StoreTarget &target() const;

Q_SIGNALS:
    // The gallery of productId was loaded into the session (or failed to).
    void productLoaded(const QString &productId, bool ok);
    void storeOpened(bool ok);

private:
    QString titleOf(const QString &productId) const;
    void offerKeptEdits(const QString &productId);
    void resetDemo();

    QPointer<MainWindow> m_window;
    QPointer<EditSession> m_session;
    ThumbnailFetcher *m_thumbnails;
    StoreLauncher *m_launcher;
    ProductListModel *m_products;
    std::unique_ptr<StoreClient> m_client;
    StoreTarget m_target;
    quint64 m_loadGeneration = 0; // a newer load makes older answers stale
    Journal *m_journal = nullptr;
    std::unique_ptr<SessionJournal> m_sessionJournal;
    PublishController *m_publishing;
    std::function<bool(const QString &)> m_restorePrompt;
};

} // namespace vitrine
