#include "workflow/journalpublishlog.h"

#include "core/sessionstate.h"
#include "workflow/workflowlogging.h"

namespace vitrine {

namespace {

class JournalTransaction : public PublishLog::Transaction {
public:
    explicit JournalTransaction(Journal &journal)
        : m_transaction(journal) {}
    bool commit() override { return m_transaction.commit(); }

private:
    Journal::Transaction m_transaction;
};

} // namespace

JournalPublishLog::JournalPublishLog(Journal *journal, QString store)
    : m_journal(journal)
    , m_store(std::move(store)) {}

QList<Journal::UncertainOp> JournalPublishLog::uncertain(const QString &productId) {
    return m_journal->uncertain(m_store, productId);
}

bool JournalPublishLog::addUncertain(const QString &productId, const Journal::UncertainOp &op) {
    if (m_journal->addUncertain(m_store, productId, op))
        return true;
    qCWarning(lcWorkflow) << "publish: could not journal a request of unknown outcome:"
                          << m_journal->lastError();
    return false;
}

void JournalPublishLog::clearUncertain(const QString &productId) {
    if (!m_journal->clearUncertain(m_store, productId))
        qCWarning(lcWorkflow) << "publish: could not clear requests of unknown outcome:"
                              << m_journal->lastError();
}

std::optional<OrderingSemantics> JournalPublishLog::learnedOrdering() {
    return m_journal->learnedOrdering(m_store);
}

bool JournalPublishLog::keepLearnedOrdering(OrderingSemantics ordering) {
    return m_journal->setLearnedOrdering(m_store, ordering);
}

qint64 JournalPublishLog::beginPublish(const EditSession &session, const PublishPlan &plan,
                                       const QStringList &baselineIds) {
    // The state the plan was made from and the plan land together: after a crash the recorded
    // outcomes are applied to exactly that state.
    Journal::Transaction t(*m_journal);
    saveState(session);
    const qint64 id = m_journal->beginPublish(m_store, plan, baselineIds);
    return id != 0 && t.commit() ? id : 0;
}

bool JournalPublishLog::recordOutcome(qint64 publishId, int index,
                                      const EditSession::OpResult &result) {
    return m_journal->recordOutcome(publishId, index, result);
}

bool JournalPublishLog::markSending(qint64 publishId, const QList<int> &indexes) {
    return m_journal->markSending(publishId, indexes);
}

bool JournalPublishLog::finishPublish(qint64 publishId) {
    return m_journal->finishPublish(publishId);
}

std::optional<Journal::PublishRecord>
JournalPublishLog::unfinishedPublish(const QString &productId) {
    return m_journal->unfinishedPublish(m_store, productId);
}

bool JournalPublishLog::saveState(const EditSession &session) {
    // Like SessionJournal: a product with nothing pending keeps no state.
    const bool ok = session.pendingCount() == 0 ? m_journal->dropState(m_store, session.productId())
                                                : m_journal->saveState(m_store, session.state());
    if (!ok)
        qCWarning(lcWorkflow) << "publish: could not save the staged edits:"
                              << m_journal->lastError();
    return ok;
}

std::unique_ptr<PublishLog::Transaction> JournalPublishLog::transaction() {
    return std::make_unique<JournalTransaction>(*m_journal);
}

QString JournalPublishLog::lastError() const {
    return m_journal->lastError();
}

} // namespace vitrine
