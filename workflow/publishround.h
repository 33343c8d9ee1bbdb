#pragma once

#include "core/imagefield.h"
#include "core/publishplan.h"
#include "core/storeerror.h"
#include "models/editsession.h"
#include "workflow/publishstop.h"

#include <QCoroTask>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <functional>
#include <optional>

namespace vitrine {

class PublishLog;
class StoreClient;

// Shared between a publisher and the round it runs: cancel() sets the flag, and an abort is only
// needed while a request is in flight.
struct PublishControl {
    bool cancelRequested = false;
    bool requestInFlight = false;
};

// What one round of writes did.
struct RoundResult {
    QList<EditSession::OpResult> results; // index-aligned with the plan's ops
    int requests = 0;                     // HTTP requests really sent
    int succeeded = 0;
    int failed = 0;
    int notSent = 0;
    // Ops whose answer did not say whether the store carried them out (WriteAnswer::Unknown or
    // Gone): kept as uncertain, so the verify read decides; the first such error.
    int unconfirmed = 0;
    std::optional<StoreError> firstUnconfirmed;
    QStringList uncertainCreates; // their local keys, for creates
    PublishStop stop = PublishStop::None;
    std::optional<StoreError> stopError;  // what stopped the round
    std::optional<StoreError> firstError; // the first refusal
    QString journalError;
    // Fields this round wrote, per store id, so the verify can tell them from changes made
    // elsewhere (Alt, Source, Variants); a created image counts as all written.
    QHash<QString, ImageFields> written;
    // Images this round created (their store ids).
    QStringList created;
};

// Sends one plan to the store, op by op, and records each outcome in the publish log before the
// next op is sent (one call per outcome: record()). What an answer means is WriteAnswer's:
// a refused op stays pending with the store's message and the others go on; an op whose answer
// leaves open whether it was done is kept as uncertain (the verify read decides; a move of an
// image whose create is uncertain waits for it). An unreachable or failing store (a write that
// ran out of retries on 5xx, or two creates answered 5xx in a row), a refused token, a cancel
// or an outcome the log cannot record stops the round, and what was not sent stays staged. At the
// end the results are applied to the session and the record closed, in one transaction.
//
// The round owns the loop over the ops and the state that links them (ids of images created
// earlier in the round, the images as last answered), so sending independent ops concurrently
// later changes only the loop.
class PublishRound {
public:
    struct Context {
        QPointer<QObject> owner; // the publisher; once gone, nothing of it is touched
        QPointer<StoreClient> client;
        QPointer<EditSession> session;
        PublishLog *log = nullptr;         // the owner's
        PublishControl *control = nullptr; // the owner's
    };

    PublishRound(Context context, PublishPlan plan);

    // Called as each op's outcome is known (and for ops not sent when the round stops).
    std::function<void(int index, const EditSession::OpResult &result)> onOpFinished;

    // Runs the round once. stop == Gone: the owner went away meanwhile (the log's record stays
    // open, so the next publish resumes from it).
    QCoro::Task<RoundResult> send();

    // Applies results of plan to the session (EditSession::applyPublishResults), a batched alt
    // write as one alt update per image it names, each with the batch's result.
    static EditSession::PublishReport applyResults(EditSession &session, const PublishPlan &plan,
                                                   const QList<EditSession::OpResult> &results);

private:
    bool alive() const;
    // Sends op number index (its image id filled in when it moves an image created earlier in
    // the round); the error when it failed. Nothing is recorded here.
    QCoro::Task<std::optional<StoreError>> sendOp(int index, WriteOp op);
    // Classifies op index's answer and records it.
    void settle(int index, const WriteOp &op, const std::optional<StoreError> &error);
    // Op index moves an image whose create failed: it is not sent, and fails with the create.
    void skip(int index, const WriteOp &op);
    // The one call that records op index's outcome (an uncertain one was recorded with its
    // uncertain entry), counts it and reports it.
    void record(int index);
    void finish(int from);

    Context m_context;
    PublishPlan m_plan;
    QString m_productId;
    RoundResult m_result;
    qint64 m_recordId = 0;
    QHash<QString, ProductImage> m_current;   // the image as last known, for updates
    QHash<QString, QString> m_createdIds;     // local key -> store id
    QHash<QString, QString> m_createFailures; // local key -> why it was not created
    QStringList m_knownIds;                   // images on the store before each create
    int m_serverFailuresInARow = 0;           // creates answered 5xx since the last success
};

} // namespace vitrine
