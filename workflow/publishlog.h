#pragma once

#include "core/publishplan.h"
#include "models/editsession.h"
#include "workflow/journal.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace vitrine {

// What a publish must remember while it runs and between runs: the plan being sent and each
// request's outcome, the staged state they apply to, and the requests whose outcome is unknown
// (looked for on the store before anything about them is sent again). Two implementations with
// the same contract: JournalPublishLog keeps it in the SQLite journal, so it survives a crash;
// MemoryPublishLog keeps it for as long as the Publisher lives (no journal, or one that cannot
// be opened). The publisher's steps never ask which one they have.
class PublishLog {
public:
    virtual ~PublishLog() = default;

    // --- Requests of unknown outcome -------------------------------------------------------------
    virtual QList<Journal::UncertainOp> uncertain(const QString &productId) = 0;
    virtual bool addUncertain(const QString &productId, const Journal::UncertainOp &op) = 0;
    // The check or the verify read the store: every request of unknown outcome is settled.
    virtual void clearUncertain(const QString &productId) = 0;
    // A write whose outcome is unknown. A batched alt write is an alt update of each of its
    // images, as far as the next check is concerned (each is idempotent). knownIds: the image
    // ids that existed before a create was sent; createdId: its new id when its answer is known
    // but was never applied.
    bool addUncertainWrite(const QString &productId, const WriteOp &op, const QStringList &knownIds,
                           const QString &createdId = {});

    // --- The publish being sent ------------------------------------------------------------------
    // Records the session's state and the plan made from it, together; returns the record's id
    // (0: it could not be recorded, lastError()). Replaces an unfinished record of the product.
    virtual qint64 beginPublish(const EditSession &session, const PublishPlan &plan,
                                const QStringList &baselineIds) = 0;
    // The outcome of op index, recorded before any op depending on it is sent (and before any
    // op is sent after it is known).
    virtual bool recordOutcome(qint64 publishId, int index,
                               const EditSession::OpResult &result) = 0;
    // Ops about to be sent, marked before their requests leave: a publish interrupted before
    // their outcomes were recorded takes them as of unknown outcome.
    virtual bool markSending(qint64 publishId, const QList<int> &indexes) = 0;
    // The results were applied to the staged state: the record is closed.
    virtual bool finishPublish(qint64 publishId) = 0;
    // A publish of the product that was interrupted (the app stopped while it was sending).
    virtual std::optional<Journal::PublishRecord> unfinishedPublish(const QString &productId) = 0;

    // --- The staged state -----------------------------------------------------------------------
    // Writes the session's staged state; a product with nothing pending keeps none.
    virtual bool saveState(const EditSession &session) = 0;

    // --- What was learned about the store
    // --------------------------------------------------------- How the store orders images, as a
    // publish learned it (OrderingProbe, or a verify read), for a store whose profile and dialect
    // do not say: later publishes plan by it from the start.
    virtual std::optional<OrderingSemantics> learnedOrdering() = 0;
    virtual bool keepLearnedOrdering(OrderingSemantics ordering) = 0;

    // --- Transactions ---------------------------------------------------------------------------
    // Writes between transaction() and commit() land together or not at all (a session change
    // made meanwhile and written by a SessionJournal joins them too).
    class Transaction {
    public:
        virtual ~Transaction() = default;
        virtual bool commit() = 0;
    };
    virtual std::unique_ptr<Transaction> transaction() = 0;
    virtual QString lastError() const = 0;
};

} // namespace vitrine
