#include "catalog/catalogpublisher.h"

#include "models/editsession.h"
#include "net/storeclient.h"
#include "workflow/journal.h"
#include "workflow/publisher.h"
#include "workflow/sessionjournal.h"

#include <QCoreApplication>

namespace vitrine {

namespace {

// This file's texts, translated in the "CatalogPublisher" context (lupdate files Text::tr() under
// it).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CatalogPublisher)
};

// The store cannot take anything now: the next product would fail the same way.
bool stopsEverything(PublishOutcome::Status status) {
    using S = PublishOutcome::Status;
    return status == S::Offline || status == S::Unauthorized || status == S::Cancelled;
}

// A session holding what the journal keeps for the product, with the store's rules.
bool restoreKept(EditSession &session, Journal &journal, const QString &store,
                 const QString &productId, const StoreCapabilities &capabilities) {
    const std::optional<SessionState> kept = journal.loadState(store, productId);
    if (!kept)
        return false;
    session.setCapabilities(capabilities);
    session.restore(*kept);
    return true;
}

} // namespace

int CatalogPublishPlan::edits() const {
    int n = 0;
    for (const Product &p : products)
        n += p.edits;
    return n;
}

int CatalogPublishPlan::requests() const {
    int n = 0;
    for (const Product &p : products)
        n += p.requests();
    return n;
}

double CatalogPublishPlan::seconds() const {
    return requestsPerSecond > 0 ? requests() / requestsPerSecond : 0;
}

int CatalogPublishResult::published() const {
    int n = 0;
    for (const Product &p : products) {
        n += p.outcome.status == PublishOutcome::Status::Published ||
                     p.outcome.status == PublishOutcome::Status::NothingToPublish
                 ? 1
                 : 0;
    }
    return n;
}

QString CatalogPublishResult::summary() const {
    const int failed = int(products.size()) - published();
    if (failed == 0 && notStarted == 0)
        return Text::tr("Published %n product(s).", nullptr, published());
    QString text = Text::tr("Published %n product(s).", nullptr, published());
    if (failed > 0)
        text += QLatin1Char(' ') +
                Text::tr("%n product(s) could not be published; their edits stay staged.", nullptr,
                         failed);
    if (notStarted > 0)
        text +=
            QLatin1Char(' ') + Text::tr("%n product(s) were not started; their edits stay staged.",
                                        nullptr, notStarted);
    return text;
}

CatalogPublisher::CatalogPublisher(StoreClient *client, Journal *journal, QString store,
                                   QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_journal(journal)
    , m_store(std::move(store)) {}

CatalogPublisher::~CatalogPublisher() {
    cancel();
}

CatalogPublishPlan CatalogPublisher::plan() const {
    CatalogPublishPlan out;
    if (!m_client || !m_journal || !m_journal->isOpen())
        return out;
    out.requestsPerSecond = m_client->capabilities().rateLimit.requestsPerSecond;
    for (const Journal::Entry &entry : m_journal->entries(m_store)) {
        EditSession session;
        if (!restoreKept(session, *m_journal, m_store, entry.productId, m_client->capabilities()))
            continue;
        Publisher publisher(m_client, &session);
        publisher.setJournal(m_journal, m_store);
        CatalogPublishPlan::Product p;
        p.productId = entry.productId;
        p.title = entry.productTitle;
        p.edits = entry.pendingCount;
        p.plan = publisher.plan();
        // An interrupted publish with nothing left to send is still finished by a publish.
        if (p.edits > 0 || entry.publishInterrupted || entry.uncertainRequests > 0)
            out.products << p;
    }
    return out;
}

QCoro::Task<CatalogPublishResult> CatalogPublisher::publishAll() {
    CatalogPublishResult result;
    if (m_busy || !m_client || !m_journal)
        co_return result;
    m_busy = true;
    m_cancelled = false;
    QPointer<CatalogPublisher> self(this);
    StoreClient *client = m_client;
    Journal *journal = m_journal;
    const QString store = m_store;
    const CatalogPublishPlan planned = plan();
    const qint64 sentBefore = client->requestsSent();
    const qint64 plannedRequests = planned.requests();

    for (int i = 0; i < planned.products.size(); ++i) {
        if (!self || self->m_cancelled || !self->m_client) {
            result.notStarted = int(planned.products.size()) - i;
            break;
        }
        const CatalogPublishPlan::Product &product = planned.products.at(i);
        Q_EMIT self->productStarted(i, int(planned.products.size()), product.productId,
                                    product.title);
        EditSession session;
        if (!restoreKept(session, *journal, store, product.productId, client->capabilities()))
            continue; // published or discarded meanwhile (another window, vitrinectl)
        // Keeps the session's state in the journal as the publish applies its results.
        SessionJournal kept(journal, store, &session);
        kept.setProductTitle(product.title);
        Publisher publisher(client, &session);
        publisher.setJournal(journal, store);
        self->m_current = &publisher;
        QObject::connect(
            &publisher, &Publisher::opFinished, self,
            [self, client, sentBefore, plannedRequests](int, const EditSession::OpResult &) {
                if (self)
                    Q_EMIT self->requestsSent(client->requestsSent() - sentBefore, plannedRequests);
            });
        const PublishOutcome outcome = co_await publisher.publish();
        kept.save();
        CatalogPublishResult::Product done{product.productId, product.title, outcome, {}, false};
        // A publish that reached the store rebased the session on what it read last.
        using S = PublishOutcome::Status;
        if (outcome.status == S::Published || outcome.status == S::PartlyPublished ||
            outcome.status == S::NothingToPublish) {
            done.storeGallery = session.state().staged.baseline;
            done.storeGalleryRead = true;
        }
        result.products << done;
        if (!self)
            co_return result;
        self->m_current = nullptr;
        Q_EMIT self->productFinished(product.productId, outcome);
        Q_EMIT self->requestsSent(client->requestsSent() - sentBefore, plannedRequests);
        if (stopsEverything(outcome.status)) {
            result.notStarted = int(planned.products.size()) - i - 1;
            break;
        }
    }
    result.requests = client->requestsSent() - sentBefore;
    if (self)
        self->m_busy = false;
    co_return result;
}

void CatalogPublisher::cancel() {
    m_cancelled = true;
    if (m_current)
        m_current->cancel();
}

} // namespace vitrine
