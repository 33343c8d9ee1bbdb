#include "workflow/galleryloader.h"

#include "models/editsession.h"
#include "net/storeclient.h"
#include "workflow/workflowlogging.h"

#include <QCoreApplication>
#include <QPointer>

namespace vitrine {

QCoro::Task<Result<GalleryLoader::Opened>>
GalleryLoader::read(StoreClient *client, QString productId, Journal *journal, QString store) {
    if (!client)
        co_return StoreError::make(StoreError::Code::InvalidInput,
                                   QCoreApplication::translate("GalleryLoader", "No store."));
    // Taken before the suspension: the client may be gone when the read ends.
    if (store.isEmpty())
        store = Journal::storeKey(client->profile());
    Result<Gallery> gallery = co_await client->listImages(productId);
    if (!gallery) {
        qCInfo(lcWorkflow) << "reading product" << productId
                           << "failed:" << StoreError::codeName(gallery.error().code);
        co_return gallery.error();
    }
    Opened opened;
    opened.gallery = std::move(gallery).value();
    if (journal && journal->isOpen())
        opened.journaled = journal->entry(store, productId);
    co_return opened;
}

QCoro::Task<Result<GalleryLoader::Opened>> GalleryLoader::open(StoreClient *client,
                                                               EditSession *session,
                                                               QString productId, Journal *journal,
                                                               bool restoreJournaled) {
    const QPointer<EditSession> guard(session);
    const QPointer<StoreClient> clientGuard(client);
    const QString store = client ? Journal::storeKey(client->profile()) : QString();
    Result<Opened> opened = co_await read(client, productId, journal);
    if (!opened)
        co_return opened;
    if (!guard) {
        // The window closed while the gallery was read: nothing to load into.
        co_return opened;
    }
    if (clientGuard)
        guard->setCapabilities(clientGuard->capabilities());
    if (restoreJournaled && opened->journaled && journal) {
        const std::optional<SessionState> kept = journal->loadState(store, productId);
        if (kept && kept->productId == productId) {
            guard->restore(*kept);
            qCInfo(lcWorkflow) << "product" << productId << "opened with" << guard->pendingCount()
                               << "edits kept in the journal";
            co_return opened;
        }
        // Unreadable (moved aside, journal->recoveryMessage() says so) or only a publish record
        // without staged state: start from the store's gallery.
        qCInfo(lcWorkflow) << "product" << productId
                           << "has no readable staged state in the journal; loading the store's";
    }
    guard->load(productId, opened->gallery);
    co_return opened;
}

} // namespace vitrine
