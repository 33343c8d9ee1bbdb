#pragma once

#include "core/productimage.h"
#include "core/publishplan.h"
#include "workflow/publishoutcome.h"

#include <QCoroTask>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace vitrine {

class Journal;
class Publisher;
class StoreClient;

// What publishing everything would do, for the summary people confirm.
struct CatalogPublishPlan {
    struct Product {
        QString productId;
        QString title;
        int edits = 0;    // pending edits, as the gallery counts them
        PublishPlan plan; // the fewest writes (what an interrupted publish sent is left out)
        // HTTP requests: the check read, the writes, the verify read.
        int requests() const { return plan.requestCount() + 2; }
    };
    QList<Product> products;      // the journal's order: most recently edited first
    double requestsPerSecond = 0; // the store's rate limit (0: none known)

    int edits() const;
    int requests() const;
    // At the store's rate; 0 when it has no known limit.
    double seconds() const;
};

// What publishing everything did, product by product.
struct CatalogPublishResult {
    struct Product {
        QString productId;
        QString title;
        PublishOutcome outcome;
        // The store's gallery as the publish last read it (its check or verify), for the
        // catalog; empty when it never read it.
        Gallery storeGallery;
        bool storeGalleryRead = false;
    };
    QList<Product> products; // in the order published; those not started are not listed
    int notStarted = 0;      // products left staged because the publish stopped (cancel, offline)
    qint64 requests = 0;     // HTTP requests sent, reads included

    int published() const; // Published or NothingToPublish
    bool allPublished() const { return notStarted == 0 && published() == products.size(); }
    QString summary() const; // one sentence for people
};

// One publish for every product with staged edits in the journal: each product keeps its own
// Publisher — its plan, the check for changes made elsewhere, the writes journaled one by one,
// the verify and repair — restored from the journal as the gallery would (no extra read), so a
// product that fails (refused, conflicts to choose) keeps its own edits staged and the others
// are published. An unreachable store or a refused token stops before the next product: they
// would fail the same way. Cancel stops after the request in flight; the rest stays staged.
class CatalogPublisher : public QObject {
    Q_OBJECT
public:
    // client and journal must outlive the publisher; store: the journal's key for the store.
    CatalogPublisher(StoreClient *client, Journal *journal, QString store,
                     QObject *parent = nullptr);
    ~CatalogPublisher() override;

    // What would be published now (reads only the journal).
    CatalogPublishPlan plan() const;
    QCoro::Task<CatalogPublishResult> publishAll();
    void cancel();
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    // Product `index` (0-based) of `count` starts.
    void productStarted(int index, int count, const QString &productId, const QString &title);
    // HTTP requests sent so far by this publish, of about `planned`.
    void requestsSent(qint64 sent, qint64 planned);
    void productFinished(const QString &productId, const vitrine::PublishOutcome &outcome);

private:
    QPointer<StoreClient> m_client;
    Journal *m_journal;
    QString m_store;
    QPointer<Publisher> m_current;
    bool m_cancelled = false;
    bool m_busy = false;
};

} // namespace vitrine
