#include "workflow/memorypublishlog.h"

namespace vitrine {

namespace {

class NoTransaction : public PublishLog::Transaction {
public:
    bool commit() override { return true; }
};

} // namespace

QList<Journal::UncertainOp> MemoryPublishLog::uncertain(const QString &productId) {
    return m_uncertain.value(productId);
}

bool MemoryPublishLog::addUncertain(const QString &productId, const Journal::UncertainOp &op) {
    m_uncertain[productId].append(op);
    return true;
}

void MemoryPublishLog::clearUncertain(const QString &productId) {
    m_uncertain.remove(productId);
}

bool MemoryPublishLog::keepLearnedOrdering(OrderingSemantics ordering) {
    m_learnedOrdering = ordering;
    return true;
}

qint64 MemoryPublishLog::beginPublish(const EditSession &, const PublishPlan &,
                                      const QStringList &) {
    return ++m_lastPublishId;
}

bool MemoryPublishLog::recordOutcome(qint64, int, const EditSession::OpResult &) {
    return true;
}

bool MemoryPublishLog::markSending(qint64, const QList<int> &) {
    return true;
}

bool MemoryPublishLog::finishPublish(qint64) {
    return true;
}

std::optional<Journal::PublishRecord> MemoryPublishLog::unfinishedPublish(const QString &) {
    // Without a journal a publish cannot outlive the process that sent it.
    return std::nullopt;
}

bool MemoryPublishLog::saveState(const EditSession &) {
    return true;
}

std::unique_ptr<PublishLog::Transaction> MemoryPublishLog::transaction() {
    return std::make_unique<NoTransaction>();
}

} // namespace vitrine
