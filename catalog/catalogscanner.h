#pragma once

#include "core/storeerror.h"

#include <QCoroTask>
#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

namespace vitrine {

class CatalogDatabase;
class StoreClient;

// How far a scan is, for a progress bar and a "time left" line.
struct ScanProgress {
    enum class Phase { Listing, Galleries };
    Phase phase = Phase::Listing;
    int productsDone = 0;   // products listed in this scan (a resumed scan counts earlier runs)
    int productsTotal = -1; // the listing's size where known or estimable (the last scan's); -1
    int imagesDone = 0;     // images stored by this scan
    int galleriesLeft = 0;  // Galleries: gallery reads still to do
    qint64 requests = 0;    // requests this run has sent
    // At the store's rate limit (or, without one, the rate this run has reached); -1: unknown.
    double secondsLeft = -1;
};

// What a scan did.
struct ScanOutcome {
    enum class Status { Completed, Cancelled, Failed };
    Status status = Status::Failed;
    std::optional<StoreError> error; // Failed: why
    QString message;                 // one sentence for people
    bool resumed = false;            // it finished a scan an earlier run began
    int products = 0;                // in the catalog afterwards (Completed)
    int images = 0;
    int listingPages = 0;  // product-list requests of this run (the generic whole-store list: 1+)
    int galleriesRead = 0; // galleries read one by one (products listed without their images)
    int unchanged = 0;     // products listed without images whose stamp had not moved: not read
    int removed = 0;       // products gone from the store since the last scan
    qint64 requests = 0;   // HTTP requests this run sent
    qint64 elapsedMs = 0;
};

// Reads a store into the local catalog (CatalogDatabase) with CatalogReader: the product listing
// page by page, each page saved with where the listing continues, then the galleries the listing
// did not carry — only those of products whose update stamp moved since they were last read (an
// incremental re-scan). A scan that was cancelled, failed or killed is resumed by the next scan()
// at the page it stopped (a store cursor that no longer works starts the listing again; what
// was saved is kept). Every request goes through the client's pipeline, at the store's rate.
// See docs/catalog.md.
class CatalogScanner : public QObject {
    Q_OBJECT
public:
    // The client and database must outlive the scan. store: the journal's key for the store.
    CatalogScanner(StoreClient *client, CatalogDatabase *database, QString store,
                   QObject *parent = nullptr);

    QCoro::Task<ScanOutcome> scan();
    // Stops after aborting the request in flight; what was saved stays, the next scan resumes.
    void cancel();
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void progressed(const vitrine::ScanProgress &progress);

private:
    QPointer<StoreClient> m_client;
    CatalogDatabase *m_database;
    QString m_store;
    bool m_cancelled = false;
    bool m_busy = false;
};

} // namespace vitrine

Q_DECLARE_METATYPE(vitrine::ScanProgress)
