#pragma once

#include "app/gui/storelauncher.h"
#include "core/productimage.h"
#include "workflow/journal.h"

#include <QCoroTask>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>

namespace vitrine {

class EditSession;
class MainWindow;
class PublishController;
class SessionJournal;
class ProductListModel;
class StoreClient;
class ThumbnailFetcher;

// Wires one store to the window: it awaits the StoreClient and feeds the models, and answers the
// window's intent signals (open a product, reload, reset the demo store). The window and the
// models never see the network; this is the only place GUI and network meet.
//
// Opening a store reads what the journal keeps for it (Journal::entries): without a product
// asked for, the product with the most recent unpublished edits opens, and the status line
// names the other products that still have some. When the store cannot be read, the window says
// how many edits are kept for which products, to be offered once the store answers.
class GalleryController : public QObject {
    Q_OBJECT
public:
    GalleryController(MainWindow *window, EditSession *session, ThumbnailFetcher *thumbnails,
                      StoreLauncher *launcher, QObject *parent = nullptr);
    ~GalleryController() override;

    // Opens the store: opens target.productId and then lists the store's products for the
    // chooser (a product asked for never waits for the list); a store that lists its products
    // only by reading every image record is read only when the user asks the chooser for them;
    // without one, lists the products and opens the product with kept edits (the most recent),
    // else the first product. A product asked for is opened even when the list cannot be read.
    // Errors go to the window's status line.
    QCoro::Task<> openStore(StoreTarget target);
    QCoro::Task<> openProduct(QString productId);
    // The chooser's list where it is read on request (the whole store, see openStore()).
    QCoro::Task<> listAllProducts();

    // Staged edits are journaled there as they are made (may be null: nothing kept on disk). A
    // journal that is not open, or that was found damaged at open (recoveryMessage()), becomes a
    // lasting notice.
    void setJournal(Journal *journal);
    // A warning that stays in the window until the user dismisses it: a product load clears its
    // own errors but shows the notice again. For the journal's "was damaged" / "edits cannot be
    // kept" sentences, which must not vanish when the first product loads.
    void addLastingNotice(const QString &message);
    QStringList lastingNotices() const { return m_notices; }

    // Asked when a product has edits kept from an earlier session: true continues with them,
    // false discards them. The default asks with a message box.
    void setRestorePrompt(std::function<bool(const QString &description)> prompt);
    PublishController *publishing() const;

    // A store profile was renamed (Stores dialog): when it is the open store, its edits are
    // journaled under the new key from now on (the journal's entries were moved by
    // ProfileController::saveProfile, which emits storeRenamed).
    void storeRenamed(const QString &oldKey, const QString &newKey);

    StoreClient *client() const;
    ProductListModel *products() const;
    const StoreTarget &target() const;
    // The key this store's edits are journaled under (Journal::storeKey of the profile).
    QString storeKey() const;

Q_SIGNALS:
    // The gallery of productId was loaded into the session (or failed to).
    void productLoaded(const QString &productId, bool ok);
    // The store answered (its product list, or the product asked for), or it did not.
    void storeOpened(bool ok);

private:
    QCoro::Task<bool> loadProduct(QString productId);
    // The store's answer to listing its products: into the chooser's model, or why not.
    bool takeProductList(const Result<QList<ProductSummary>> &listed, QString *errorDetail);
    // The product list arrived after productId was opened: its title, variant names, vendor and
    // type.
    void productListed(const QString &productId);
    // What the product list says about a product (empty when it is not listed).
    ProductSummary listed(const QString &productId) const;
    QString titleOf(const QString &productId) const;
    QString nameOf(const Journal::Entry &entry) const;
    // "3 unpublished edits are kept for Grey sofa and Desk lamp"
    QString keptSentence(const QList<Journal::Entry> &entries) const;
    void offerKeptEdits(const QString &productId, const Journal::Entry &kept);
    // An error in the window's error line, followed by the lasting notices.
    void showError(const QString &message);
    void clearErrorKeepingNotices();
    void showNotices();
    void resetDemo();

    QPointer<MainWindow> m_window;
    QPointer<EditSession> m_session;
    ThumbnailFetcher *m_thumbnails;
    StoreLauncher *m_launcher;
    ProductListModel *m_products;
    std::unique_ptr<StoreClient> m_client;
    StoreTarget m_target;
    QString m_storeKey;
    quint64 m_loadGeneration = 0; // a newer load makes older answers stale
    Journal *m_journal = nullptr;
    std::unique_ptr<SessionJournal> m_sessionJournal;
    PublishController *m_publishing;
    std::function<bool(const QString &)> m_restorePrompt;
    QString m_currentTitle; // of the product in the session
    QString m_loadError;    // why the last product load failed
    QStringList m_notices;
    bool m_noticesShown = false; // the error line shows m_notices (until replaced or dismissed)
};

} // namespace vitrine
