#pragma once

#include "app/gui/storelauncher.h"
#include "core/productimage.h"

#include <QCoroTask>
#include <QObject>
#include <QPointer>

#include <memory>

namespace vitrine {

class EditSession;
class MainWindow;
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

    StoreClient *client() const;
    ProductListModel *products() const;
    const StoreTarget &target() const;

Q_SIGNALS:
    // The gallery of productId was loaded into the session (or failed to).
    void productLoaded(const QString &productId, bool ok);
    void storeOpened(bool ok);

private:
    QString titleOf(const QString &productId) const;
    void resetDemo();

    QPointer<MainWindow> m_window;
    QPointer<EditSession> m_session;
    ThumbnailFetcher *m_thumbnails;
    StoreLauncher *m_launcher;
    ProductListModel *m_products;
    std::unique_ptr<StoreClient> m_client;
    StoreTarget m_target;
    quint64 m_loadGeneration = 0; // a newer load makes older answers stale
};

} // namespace vitrine
