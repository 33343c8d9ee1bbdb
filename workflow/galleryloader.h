#pragma once

#include "core/productimage.h"
#include "core/result.h"
#include "workflow/journal.h"

#include <QCoroTask>

#include <optional>

namespace vitrine {

class EditSession;
class StoreClient;

// "Open product" for the GUI and vitrinectl: reads the gallery and tells whether the journal
// keeps unpublished edits of that product, so the caller can offer Continue / Discard (the GUI's
// GalleryController, through read()) or take them (vitrinectl, through open()).
class GalleryLoader {
public:
    struct Opened {
        Gallery gallery;                         // as the store has it now
        std::optional<Journal::Entry> journaled; // edits kept from an earlier session
    };
    // journal may be null. store: the key the journal files the store's edits under (empty:
    // Journal::storeKey(client->profile()); the GUI passes its own after a profile rename). The
    // arguments are copied (they outlive the suspension).
    static QCoro::Task<Result<Opened>> read(StoreClient *client, QString productId,
                                            Journal *journal = nullptr, QString store = {});

    // Reads and loads: the session gets the client's capabilities and the fresh gallery. When
    // restoreJournaled and the journal keeps edits of the product, the session takes those
    // instead (they are checked against the store when published). Returns what was read.
    static QCoro::Task<Result<Opened>> open(StoreClient *client, EditSession *session,
                                            QString productId, Journal *journal = nullptr,
                                            bool restoreJournaled = false);
};

} // namespace vitrine
