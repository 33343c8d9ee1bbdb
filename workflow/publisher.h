#pragma once

#include "core/conflict.h"
#include "core/publishplan.h"
#include "core/result.h"
#include "models/editsession.h"
#include "workflow/journal.h"
#include "workflow/publishoutcome.h"

#include <QCoroTask>
#include <QObject>
#include <QPointer>

namespace vitrine {

class StoreClient;

// Publishes an EditSession's staged edits through a StoreClient, for the GUI and vitrinectl.
//
// publish() runs five steps, each a class of its own:
//  1. Resume (PublishResume): if the log holds an interrupted publish of this product (the app
//     was killed), its recorded outcomes are applied first — requests that went through are not
//     sent again.
//  2. Check (PublishCheck): the gallery is read again. A create whose outcome is unknown is
//     looked for (LostCreates): found, it is taken as created, never created twice. Changes
//     made elsewhere since loading are compared with the staged ones (ConflictDetector):
//     changes only the store made are taken; where the user staged something else for the same
//     thing, the publish stops with NeedsChoice until the caller resolves each conflict
//     (KeepMine / TakeTheirs) and calls publish(resolved) again.
//  3. Send (PublishRound): the session's plan (fewest requests), independent ops concurrently
//     and order-dependent ones alone; started/opFinished report progress. The plan is recorded
//     before sending, each op marked before it is sent and each outcome before any later op;
//     an outcome that cannot be recorded stops the publish like a plan that cannot be (the
//     rest stays staged). What an answer means is WriteAnswer's: a refused op stays pending with
//     the store's message and the others go on; an op whose answer does not say whether it was
//     done (no answer, a 5xx, an unreadable answer, a delete finding its image gone) is kept as
//     uncertain and the verify read decides. An unreachable or failing store (a write that ran
//     out of retries on 5xx) or a refused token stops the publish; the rest stays staged.
//     The outcome counts the HTTP requests really sent (StoreClient::requestsSent()), e.g. two
//     for Shoplazza's batched alt write.
//     Where nothing says how the store orders images (StoreCapabilities::orderingKnown) and
//     nothing learned it before, the plan up to its first position write goes as a round of its
//     own and the gallery is read back: OrderingProbe tells the rules from what the store did,
//     the rest is planned by them, and the log keeps them for the store (docs/planner.md).
//  4. Verify (PublishVerify): the gallery is read again and the session rebased on it. Fields
//     this publish did not write that changed meanwhile were changed elsewhere: taken. Images
//     deleted on the store meanwhile leave the staged gallery; the outcome names those whose
//     staged edit was dropped with them.
//  5. Repair: if the store does not show what was published (e.g. it orders by other rules
//     than its profile says, or an uncertain update was not done) and the store refused
//     nothing, the difference is sent as a new round and verified again — at most
//     maxRepairRounds() rounds. A create the verify read does not find is not repaired: it stays
//     uncertain, so the next check looks for it again before it is ever sent again.
// finished(outcome) and the returned outcome say what happened, in a sentence too
// (PublishOutcome; finished is not emitted for a publish() refused with Busy: the running one
// still reports its own). What a publish remembers goes to a PublishLog: the journal when one
// is set and open, else memory. A request whose outcome is unknown is kept there, and the store
// is read (the verify, or the next check) before anything about it is sent again. Destroying the
// publisher while it publishes aborts the request in flight, as cancel() does.
//
// Everything stays staged on failure: nothing is dropped silently. The publisher never throws.
class Publisher : public QObject {
    Q_OBJECT
public:
    enum class Phase { Idle, Resuming, Checking, Sending, Verifying, Repairing };
    Q_ENUM(Phase)

    Publisher(StoreClient *client, EditSession *session, QObject *parent = nullptr);
    ~Publisher() override;

    // Makes publishes resumable (not owned; may be null). store: Journal::storeKey(profile).
    void setJournal(Journal *journal, const QString &store);
    void setMaxRepairRounds(int rounds); // default 2
    int maxRepairRounds() const;

    // The plan publish() would send now (without the check's read): for the summary dialog. When
    // the journal holds an interrupted publish of this product, the requests it recorded as done
    // are left out, as publish() resumes it first.
    PublishPlan plan() const;

    // Only step 2's read and comparison, nothing written or changed: for a GUI that shows
    // conflicts before the summary. Offline and other errors come back as the error.
    QCoro::Task<Result<QList<Conflict>>> checkConflicts();

    // The whole publish. resolved: conflicts of an earlier NeedsChoice outcome with their
    // resolution set (matched by Conflict::sameAs; a conflict that changed again needs a new
    // choice).
    QCoro::Task<PublishOutcome> publish(QList<Conflict> resolved = {});

    // Stops after the request in flight is aborted; its outcome is checked by the next publish.
    // The rest is not sent and stays staged. The outcome has status Cancelled.
    void cancel();
    bool isBusy() const;
    Phase phase() const;

Q_SIGNALS:
    void phaseChanged(vitrine::Publisher::Phase phase);
    // The main round is about to send the plan's total ops, each reported by opFinished (its
    // HTTP requests: PublishPlan::requestCount()). Repair rounds report repairing() with the
    // HTTP requests they plan.
    void started(int total);
    void opFinished(int index, const vitrine::EditSession::OpResult &result);
    void repairing(int round, int requests);
    void conflictsFound(const QList<vitrine::Conflict> &conflicts);
    void finished(const vitrine::PublishOutcome &outcome);

private:
    struct Private;
    Private *d;
};

} // namespace vitrine
