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

class QTimer;

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

// Writes of one round sent at once at most: Qt's HTTP/1.1 connections per host (the
// QNetworkAccessManager's fixed limit in Qt 6.4), so none waits in Qt's queue with its mark
// already journaled. The store's rate limit is the pipeline's throttle's to keep.
constexpr int kMaxWritesInFlight = 6;

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

// Sends one plan to the store and records each outcome in the publish log. Independent writes
// (alt and source edits, deletes, moves to absolute positions, creates at a given position) go
// out concurrently, up to maxInFlight (starting with one, one more after each success); a write
// whose effect depends on the order (a move or a create under shift semantics, a create appended
// last, a delete-all, a batched alt write through the product, a move of an image created in the
// round) goes alone, after everything before it has been answered, and nothing is sent with it. Two
// writes about one image never overlap. Every op is marked in the log as being sent before its
// request leaves (markSending; a few ahead, so one transaction serves several requests), and the
// outcomes known by then are recorded in the same transaction, the rest when the round ends:
// after a crash every marked op without an outcome is looked for on the store before it is sent
// again (docs/journal.md). What an
// answer means is WriteAnswer's: a refused op stays pending with the store's message and the others
// go on; an op whose answer leaves open whether it was done is kept as uncertain (the verify read
// decides; a move of an image whose create is uncertain waits for it). An unreachable or failing
// store (a write that ran out of retries on 5xx, or two creates answered 5xx in a row), a refused
// token, a cancel or an outcome the log cannot record stops the round, and what was not sent stays
// staged. At the end the results are applied to the session and the record closed, in one
// transaction.
//
// The round owns the scheduling of the ops and the state that links them (ids of images created
// earlier in the round, the images as last answered).
class PublishRound {
public:
    struct Context {
        QPointer<QObject> owner; // the publisher; once gone, nothing of it is touched
        QPointer<StoreClient> client;
        QPointer<EditSession> session;
        PublishLog *log = nullptr;         // the owner's
        PublishControl *control = nullptr; // the owner's
        int maxInFlight = kMaxWritesInFlight;
    };

    PublishRound(Context context, PublishPlan plan);

    // Called as each op's outcome is known (and for ops not sent when the round stops).
    std::function<void(int index, const EditSession::OpResult &result)> onOpFinished;

    // Runs the round once. stop == Gone: the owner went away meanwhile (the log's record stays
    // open, so the next publish resumes from it).
    QCoro::Task<RoundResult> send();

    // Whether op must go alone, after every op before it was answered (see the class comment).
    static bool dependsOnOrder(const WriteOp &op, const StoreCapabilities &capabilities);

private:
    bool alive() const;
    // Starts what may start now: records the outcomes known so far and marks the ops about to
    // be sent, in one transaction of the log, then sends them. Called at the start and after
    // the answers that arrived together.
    void startReady();
    // The ops to start now, from m_next on (m_next moves past them).
    QList<int> takeReady();
    // Marks ready's ops (and a few after them) as being sent, with the outcomes known so far,
    // in one transaction of the log; false when it could not be written.
    bool markAhead(const QList<int> &ready);
    // Sends op index and settles its answer; the round's send() waits until none is running.
    QCoro::Task<> run(int index, WriteOp op);
    // Nothing is in flight and nothing more will start: the round's results are applied and
    // its record closed (unless the owner is gone), and send() returns.
    void endIfDone();
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
    bool stopping() const;

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

    // Scheduling: ops [0, m_next) were started, in plan order.
    int m_next = 0;
    int m_inFlight = 0;
    // Ops sent at once at most now: one at first and after any failure, one more after each
    // success (up to Context::maxInFlight), so a store that is down or refusing costs the
    // retries of one request, not of a whole batch at once.
    int m_window = 1;
    qint64 m_requestsBefore = 0;
    bool m_done = false;             // nothing in flight, nothing more to start
    bool m_finished = false;         // the results were applied and the record closed
    bool m_aloneInFlight = false;    // an op that depends on the order is being sent
    QSet<QString> m_busyImages;      // images an op in flight writes
    QList<int> m_unrecorded;         // outcomes known but not journaled yet
    int m_markedUpTo = 0;            // ops [0, m_markedUpTo) were marked as being sent
    QTimer *m_allAnswered = nullptr; // fires when the last op in flight was answered
    QTimer *m_startSoon = nullptr;   // startReady() once the answers at hand are settled
};

} // namespace vitrine
