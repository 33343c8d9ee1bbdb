#pragma once

#include "workflow/publishlog.h"

namespace vitrine {

// A PublishLog in the SQLite journal (not owned), filed under one store's key: what it records
// survives a crash, so an interrupted publish is resumed and its uncertain requests looked for
// after a restart. Failures are logged and returned (lastError()); nothing throws.
class JournalPublishLog : public PublishLog {
public:
    JournalPublishLog(Journal *journal, QString store);

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

    std::optional<OrderingSemantics> learnedOrdering() override;
    bool keepLearnedOrdering(OrderingSemantics ordering) override;

    std::unique_ptr<Transaction> transaction() override;
    QString lastError() const override;

private:
    Journal *m_journal;
    QString m_store;
};

} // namespace vitrine
