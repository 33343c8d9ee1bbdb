#pragma once

#include "core/conflict.h"
#include "core/publishplan.h"
#include "core/storecapabilities.h"
#include "core/storeerror.h"
#include "models/editsession.h"
#include "workflow/publishstop.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace vitrine {

// What a publish did, for the status bar, the progress dialog and vitrinectl.
struct PublishOutcome {
    enum class Status {
        Published,        // every planned change reached the store
        PartlyPublished,  // some changes failed; they stay pending with the store's message
        NothingToPublish, // nothing was staged (changes made elsewhere may have been taken)
        NeedsChoice,      // changes made elsewhere collide with staged ones: see conflicts
        Cancelled,        // stopped by cancel(); what was not sent stays staged
        Offline,          // the store could not be reached; everything stays staged
        Unauthorized,     // the token was refused (401/403); everything stays staged
        Failed,           // another error before anything was sent (error)
        Busy,             // a publish of this publisher was already running
    };

    Status status = Status::Failed;
    int changes = 0;  // pending edits when the publish started (after taking changes from the
                      // store)
    PublishPlan plan; // the main round's plan
    QList<EditSession::OpResult> results; // index-aligned with plan.ops
    int requests = 0; // HTTP requests the main round's writes sent (a batched alt write: 2)
    int succeeded = 0;
    int failed = 0;
    int notSent = 0;
    // Requests of the main and repair rounds whose answer did not say whether the store carried
    // them out (no answer, a 5xx, an unreadable answer, a delete finding the image gone): the
    // verify read decided, and the message says so.
    int unconfirmed = 0;
    int repairRounds = 0;   // rounds of writes after the verify read
    int repairRequests = 0; // HTTP requests their writes sent
    bool verified = false;  // the last read showed the store as staged (failed edits aside)
    std::optional<OrderingSemantics> observedOrdering; // the store orders by other rules than
                                                       // its profile says
    // Neither the profile nor the dialect said how the store orders, and the first position
    // write showed other rules than the dialect's guess (orderingGuess): the rest was planned by
    // them, and later publishes to the store plan by them from the start. learningWrites: the
    // requests this cost over what the publish would have taken had the rules been known.
    bool orderingProbed = false; // the gallery was read after the first position write
    std::optional<OrderingSemantics> learnedOrdering;
    OrderingSemantics orderingGuess = OrderingSemantics::Absolute;
    int learningWrites = 0;
    bool resumed = false;      // an interrupted publish was finished first
    int resumedRequests = 0;   // HTTP requests of that publish found already done
    int adoptedCreates = 0;    // images an uncertain create had in fact added (not added twice)
    QList<Conflict> conflicts; // NeedsChoice: the ones to choose for (with the others)
    QList<Conflict> takenFromStore; // changes made elsewhere that were kept
    // The verify read found images deleted on the store meanwhile: those that had a staged edit
    // (named by file name, else id; their edits were dropped, and the message says so), and how
    // many others.
    QStringList droppedEdits;
    int vanishedImages = 0;
    std::optional<StoreError> error; // Offline/Unauthorized/Failed, or the verify read's error
    int stillPending = 0;            // pending edits afterwards
    QString message;                 // one or two sentences for the user

    bool ok() const { return status == Status::Published || status == Status::NothingToPublish; }
    static QString statusName(Status status); // "published", "partly-published", ...

    // --- Status and sentences, for each way a publish can end --------------------------------
    // How a publish that got to sending ended (see conclude()).
    struct Ending {
        PublishStop stop = PublishStop::None;
        std::optional<StoreError> stopError;        // what stopped it
        std::optional<StoreError> firstError;       // the first refusal
        std::optional<StoreError> firstUnconfirmed; // the first answer that did not say
        QString journalError;                       // PublishStop::Journal: why
        bool verifyFailed = false;                  // the verify read failed (error says why)
    };
    // The publish got to sending: status and message from the counts, verified, stillPending
    // and ending. profile: the ordering the store's profile says it uses.
    void conclude(const Ending &ending, OrderingSemantics profile);
    // The check's read failed (beforeWriting) or another read did: nothing was published.
    void concludeReadFailed(const StoreError &error, int pending, OrderingSemantics profile);
    // cancel() came during the check's read.
    void concludeCancelledBeforeSending(int pending);
    // Changes made elsewhere collide with staged ones.
    void concludeNeedsChoice(const QList<Conflict> &all, int pending);
    void concludeNothingToPublish(OrderingSemantics profile);
    // The publisher or its store connection went away.
    void concludeGone();
};

} // namespace vitrine

Q_DECLARE_METATYPE(vitrine::PublishOutcome)
