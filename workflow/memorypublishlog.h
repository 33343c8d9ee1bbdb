#pragma once

#include "workflow/publishlog.h"

#include <QHash>

namespace vitrine {

// A PublishLog without a journal: the requests of unknown outcome are kept in memory, per
// product, for the Publisher's lifetime; plans, outcomes and staged state are not kept (there is
// nowhere to resume them from after a crash), so their calls succeed without writing anything.
class MemoryPublishLog : public PublishLog {
public:
    QList<Journal::UncertainOp> uncertain(const QString &productId) override;
    bool addUncertain(const QString &productId, const Journal::UncertainOp &op) override;
    void clearUncertain(const QString &productId) override;

    qint64 beginPublish(const EditSession &session, const PublishPlan &plan,
                        const QStringList &baselineIds) override;
    bool recordOutcome(qint64 publishId, int index, const EditSession::OpResult &result) override;
    bool markSending(qint64 publishId, const QList<int> &indexes) override;
    bool finishPublish(qint64 publishId) override;
    std::optional<Journal::PublishRecord> unfinishedPublish(const QString &productId) override;

    bool saveState(const EditSession &session) override;

    std::optional<OrderingSemantics> learnedOrdering() override { return m_learnedOrdering; }
    bool keepLearnedOrdering(OrderingSemantics ordering) override;

    std::unique_ptr<Transaction> transaction() override;
    QString lastError() const override { return {}; }

private:
    QHash<QString, QList<Journal::UncertainOp>> m_uncertain; // by product
    qint64 m_lastPublishId = 0;
    std::optional<OrderingSemantics> m_learnedOrdering; // of the one store this log is for
};

} // namespace vitrine
