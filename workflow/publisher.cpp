#include "workflow/publisher.h"

#include "core/conflictdetector.h"
#include "core/sessionstate.h"
#include "models/gallerymodel.h"
#include "net/storeclient.h"
#include "workflow/journalpublishlog.h"
#include "workflow/memorypublishlog.h"
#include "workflow/publishcheck.h"
#include "workflow/publishresume.h"
#include "workflow/publishround.h"
#include "workflow/publishverify.h"
#include "workflow/workflowlogging.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <memory>

namespace vitrine {

namespace {

using OpResult = EditSession::OpResult;

// What a step decided about the rest of the publish.
enum class Next {
    Continue, // on to the next step
    Conclude, // the publish ends here; its status follows from what was sent (conclude())
    Ended,    // the publish ends here with its outcome complete (nothing was sent)
    Gone,     // the publisher, its session or its client went away
};

} // namespace

struct Publisher::Private {
    Publisher *q = nullptr;
    QPointer<StoreClient> client;
    QPointer<EditSession> session;
    Journal *journal = nullptr;
    std::unique_ptr<JournalPublishLog> journalLog;
    mutable MemoryPublishLog memoryLog;
    int maxRepairRounds = 2;
    Phase phase = Phase::Idle;
    bool busy = false;
    PublishControl control;
    std::optional<PublishPlan> sending; // the plan of the round being sent
    // Images an interrupted publish of ours may have changed: the next checks must not take
    // their differences for changes made elsewhere (by product).
    QHash<QString, QSet<QString>> resumeIgnore;

    // What the steps of one publish share.
    struct Run {
        PublishOutcome outcome;
        PublishOutcome::Ending ending;
        OrderingSemantics profileOrdering = OrderingSemantics::Absolute;
        bool anyFailed = false; // the store refused an op: no repair (it would refuse again)
        // Creates whose answer did not say whether they were done: until a read finds the image,
        // nothing sends them again (no repair either).
        QStringList uncertainCreates;
        // Fields the publish wrote (per store id) and images it created, so the verify tells
        // them from changes made elsewhere and from creates whose answer was lost.
        QHash<QString, ImageFields> written;
        QSet<QString> created;
    };

    static bool alive(const QPointer<Publisher> &owner) {
        return owner && owner->d->session && owner->d->client;
    }

    // The journal when it is open, else memory: every step uses it the same way.
    PublishLog &log() const {
        if (journalLog && journal->isOpen())
            return *journalLog;
        return memoryLog;
    }

    void setPhase(Phase p) {
        if (phase == p)
            return;
        phase = p;
        Q_EMIT q->phaseChanged(p);
    }

    QCoro::Task<PublishOutcome> run(QPointer<Publisher> owner, QList<Conflict> resolved);
    void resume(Run &run);
    QCoro::Task<Next> check(QPointer<Publisher> owner, Run &run, QList<Conflict> resolved);
    QCoro::Task<Next> send(QPointer<Publisher> owner, Run &run);
    QCoro::Task<Next> verify(QPointer<Publisher> owner, Run &run);
    QCoro::Task<Next> repair(QPointer<Publisher> owner, Run &run, int round);
    void conclude(Run &run);

    QCoro::Task<Result<Gallery>> read(QPointer<Publisher> owner);
    QCoro::Task<RoundResult> sendRound(QPointer<Publisher> owner, PublishPlan plan, bool main);
};

// --- The whole publish ----------------------------------------------------------------------

QCoro::Task<PublishOutcome> Publisher::Private::run(QPointer<Publisher> owner,
                                                    QList<Conflict> resolved) {
    // Run lives in this frame: a step that finds the publisher gone touches nothing else.
    Run run;
    run.profileOrdering = session->capabilities().ordering;
    resume(run);
    Next next = co_await check(owner, run, std::move(resolved));
    if (next == Next::Continue)
        next = co_await send(owner, run);
    for (int round = 1; next == Next::Continue; ++round) {
        next = co_await verify(owner, run);
        if (next == Next::Continue)
            next = co_await repair(owner, run, round);
    }
    if (next == Next::Gone)
        run.outcome.concludeGone();
    else if (next == Next::Conclude)
        conclude(run);
    co_return run.outcome;
}

// 1. Resume: an interrupted publish of this product is finished first.
void Publisher::Private::resume(Run &run) {
    const std::optional<Journal::PublishRecord> record =
        log().unfinishedPublish(session->productId());
    if (!record)
        return;
    setPhase(Phase::Resuming);
    const PublishResume::Report report = PublishResume::apply(*session, log(), *record);
    resumeIgnore[session->productId()].unite(report.ignore);
    run.outcome.resumed = true;
    run.outcome.resumedRequests = report.requestsDone;
}

// 2. Check: the store's gallery now, against what was loaded and what is staged.
QCoro::Task<Next> Publisher::Private::check(QPointer<Publisher> owner, Run &run,
                                            QList<Conflict> resolved) {
    setPhase(Phase::Checking);
    const Result<Gallery> fresh = co_await read(owner);
    if (!alive(owner))
        co_return Next::Gone;
    PublishOutcome &outcome = run.outcome;
    if (!fresh) {
        outcome.concludeReadFailed(fresh.error(), session->pendingCount(), run.profileOrdering);
        co_return Next::Ended;
    }
    if (control.cancelRequested) {
        outcome.concludeCancelledBeforeSending(session->pendingCount());
        co_return Next::Ended;
    }
    const QString productId = session->productId();
    PublishCheck::Result checked = PublishCheck::compare(
        *session, fresh.value(), log().uncertain(productId), resumeIgnore.value(productId));
    PublishCheck::applyChoices(checked.conflicts, resolved);
    outcome.adoptedCreates = checked.adoptedCreates;
    if (!unresolved(checked.conflicts).isEmpty()) {
        outcome.concludeNeedsChoice(checked.conflicts, session->pendingCount());
        Q_EMIT q->conflictsFound(checked.conflicts);
        co_return Next::Ended;
    }
    if (!checked.conflicts.isEmpty()) {
        Q_EMIT q->conflictsFound(checked.conflicts);
        if (!alive(owner))
            co_return Next::Gone;
    }
    for (const Conflict &c : checked.conflicts)
        if (c.resolution == Conflict::Resolution::TakeTheirs)
            outcome.takenFromStore << c;
    {
        // The state to publish from: based on the fresh read, changes made elsewhere taken.
        const SessionState merged =
            ConflictDetector::merge(checked.state, fresh.value(), checked.conflicts);
        const std::unique_ptr<PublishLog::Transaction> t = log().transaction();
        session->restore(merged);
        // The fresh read settled every request of unknown outcome.
        log().clearUncertain(productId);
        resumeIgnore.remove(productId);
        log().saveState(*session);
        if (!t->commit())
            qCWarning(lcWorkflow) << "publish: could not save the checked state:"
                                  << log().lastError();
    }
    outcome.changes = session->pendingCount();
    if (outcome.changes == 0) {
        outcome.concludeNothingToPublish(run.profileOrdering);
        co_return Next::Ended;
    }
    co_return Next::Continue;
}

// 3. Send: the session's plan, in one round.
QCoro::Task<Next> Publisher::Private::send(QPointer<Publisher> owner, Run &run) {
    setPhase(Phase::Sending);
    PublishOutcome &outcome = run.outcome;
    outcome.plan = session->plan();
    Q_EMIT q->started(int(outcome.plan.ops.size()));
    if (!alive(owner))
        co_return Next::Gone;
    const RoundResult round = co_await sendRound(owner, outcome.plan, true);
    if (round.stop == PublishStop::Gone || !alive(owner))
        co_return Next::Gone;
    outcome.results = round.results;
    outcome.requests = round.requests;
    outcome.succeeded = round.succeeded;
    outcome.failed = round.failed;
    outcome.notSent = round.notSent;
    run.ending.stop = round.stop;
    run.ending.stopError = round.stopError;
    run.ending.journalError = round.journalError;
    run.ending.firstError = round.firstError;
    run.ending.firstUnconfirmed = round.firstUnconfirmed;
    outcome.unconfirmed = round.unconfirmed;
    run.anyFailed = round.failed > 0;
    run.uncertainCreates = round.uncertainCreates;
    run.written = round.written;
    for (const QString &id : round.created)
        run.created.insert(id);
    co_return round.stop == PublishStop::None ? Next::Continue : Next::Conclude;
}

// 4. Verify: the store's gallery after writing becomes the baseline; what it does not show is
// pending again.
QCoro::Task<Next> Publisher::Private::verify(QPointer<Publisher> owner, Run &run) {
    setPhase(Phase::Verifying);
    const Result<Gallery> after = co_await read(owner);
    if (!alive(owner))
        co_return Next::Gone;
    PublishOutcome &outcome = run.outcome;
    if (!after) {
        outcome.error = after.error();
        run.ending.verifyFailed = true;
        if (publishStopFor(after.error()) == PublishStop::Cancelled)
            run.ending.stop = PublishStop::Cancelled;
        co_return Next::Conclude;
    }
    const PublishVerify::Report report =
        PublishVerify::apply(*session, log(), after.value(), run.written, run.created);
    if (report.observedOrdering)
        outcome.observedOrdering = report.observedOrdering;
    outcome.droppedEdits << report.droppedEdits;
    outcome.vanishedImages += report.vanishedImages;
    outcome.adoptedCreates += report.adoptedCreates;
    outcome.takenFromStore << report.takenFromStore;
    const bool settled = session->plan().isEmpty();
    // A create whose answer did not say is only sent again after a read that does not find it:
    // the next publish's check, never a repair right after the request.
    const bool createInDoubt =
        std::any_of(run.uncertainCreates.cbegin(), run.uncertainCreates.cend(),
                    [this](const QString &key) { return session->model()->rowOfKey(key) >= 0; });
    if (settled || run.anyFailed || createInDoubt || outcome.repairRounds >= maxRepairRounds ||
        control.cancelRequested)
        co_return Next::Conclude;
    co_return Next::Continue;
}

// 5. Repair: what the verify found missing, sent again.
QCoro::Task<Next> Publisher::Private::repair(QPointer<Publisher> owner, Run &run, int round) {
    setPhase(Phase::Repairing);
    const PublishPlan plan = session->plan();
    qCInfo(lcWorkflow) << "publish: the store does not show what was published; repair round"
                       << round << "with" << plan.requestCount() << "requests";
    Q_EMIT q->repairing(round, plan.requestCount());
    if (!alive(owner))
        co_return Next::Gone;
    const RoundResult fix = co_await sendRound(owner, plan, false);
    if (fix.stop == PublishStop::Gone || !alive(owner))
        co_return Next::Gone;
    PublishOutcome &outcome = run.outcome;
    outcome.repairRounds = round;
    outcome.repairRequests += fix.requests;
    for (auto it = fix.written.cbegin(); it != fix.written.cend(); ++it)
        run.written[it.key()] |= it.value();
    for (const QString &id : fix.created)
        run.created.insert(id);
    outcome.unconfirmed += fix.unconfirmed;
    run.anyFailed = run.anyFailed || fix.failed > 0;
    run.uncertainCreates << fix.uncertainCreates;
    if (!run.ending.firstError)
        run.ending.firstError = fix.firstError;
    if (!run.ending.firstUnconfirmed)
        run.ending.firstUnconfirmed = fix.firstUnconfirmed;
    if (fix.stop != PublishStop::None) {
        run.ending.stop = fix.stop;
        run.ending.stopError = fix.stopError;
        run.ending.journalError = fix.journalError;
        co_return Next::Conclude;
    }
    co_return Next::Continue;
}

// Says what happened: the counts are in; what is left pending and whether the store showed
// what was staged decide the status.
void Publisher::Private::conclude(Run &run) {
    PublishOutcome &outcome = run.outcome;
    if (!outcome.observedOrdering && session->observedOrdering() &&
        *session->observedOrdering() != run.profileOrdering)
        outcome.observedOrdering = session->observedOrdering();
    outcome.stillPending = session->pendingCount();
    const PublishPlan left = session->plan();
    outcome.verified = !run.ending.verifyFailed && run.ending.stop == PublishStop::None &&
                       (left.isEmpty() || PublishVerify::onlyFailedPending(*session, left));
    outcome.conclude(run.ending, run.profileOrdering);
}

QCoro::Task<Result<Gallery>> Publisher::Private::read(QPointer<Publisher> owner) {
    if (!alive(owner))
        co_return StoreError::make(StoreError::Code::Cancelled);
    StoreClient *c = client;
    const QString productId = session->productId();
    control.requestInFlight = true;
    Result<Gallery> fresh = co_await c->listImages(productId);
    if (!owner)
        co_return StoreError::make(StoreError::Code::Cancelled);
    control.requestInFlight = false;
    co_return fresh;
}

QCoro::Task<RoundResult> Publisher::Private::sendRound(QPointer<Publisher> owner, PublishPlan plan,
                                                       bool main) {
    sending = plan;
    PublishRound round({owner.data(), client, session, &log(), &control}, std::move(plan));
    if (main)
        round.onOpFinished = [this](int index, const OpResult &result) {
            Q_EMIT q->opFinished(index, result);
        };
    RoundResult result = co_await round.send();
    if (result.stop != PublishStop::Gone && alive(owner))
        sending.reset();
    co_return result;
}

// --- Public API -----------------------------------------------------------------------------

Publisher::Publisher(StoreClient *client, EditSession *session, QObject *parent)
    : QObject(parent)
    , d(new Private) {
    d->q = this;
    d->client = client;
    d->session = session;
}

Publisher::~Publisher() {
    // The coroutine still suspended in a request sees the QPointer go null and touches nothing
    // of ours; abort the request so it ends now. Its outcome is checked by the next publish.
    if (d->busy && d->control.requestInFlight && d->client)
        d->client->cancelAll();
    delete d;
}

void Publisher::setJournal(Journal *journal, const QString &store) {
    d->journal = journal;
    d->journalLog = journal ? std::make_unique<JournalPublishLog>(journal, store) : nullptr;
}

void Publisher::setMaxRepairRounds(int rounds) {
    d->maxRepairRounds = std::max(0, rounds);
}

int Publisher::maxRepairRounds() const {
    return d->maxRepairRounds;
}

PublishPlan Publisher::plan() const {
    if (d->sending)
        return *d->sending;
    if (!d->session)
        return {};
    // An interrupted publish is resumed first (step 1): the requests that went through are not
    // sent again, so they are not part of what the summary shows.
    if (const auto record = d->log().unfinishedPublish(d->session->productId()))
        return PublishResume::planAfter(*d->session, *record);
    return d->session->plan();
}

bool Publisher::isBusy() const {
    return d->busy;
}

Publisher::Phase Publisher::phase() const {
    return d->phase;
}

void Publisher::cancel() {
    if (!d->busy)
        return;
    d->control.cancelRequested = true;
    if (d->control.requestInFlight && d->client)
        d->client->cancelAll();
}

QCoro::Task<Result<QList<Conflict>>> Publisher::checkConflicts() {
    if (!d->session || !d->client)
        co_return StoreError::make(StoreError::Code::InvalidInput,
                                   tr("There is no gallery or store to check."));
    if (const std::optional<StoreError> e = d->client->setupError())
        co_return *e;
    QPointer<Publisher> self(this);
    StoreClient *client = d->client;
    const QString productId = d->session->productId();
    const Result<Gallery> fresh = co_await client->listImages(productId);
    if (!Private::alive(self))
        co_return StoreError::make(StoreError::Code::Cancelled);
    if (!fresh)
        co_return fresh.error();
    co_return PublishCheck::compare(*d->session, fresh.value(), d->log().uncertain(productId),
                                    d->resumeIgnore.value(productId))
        .conflicts;
}

QCoro::Task<PublishOutcome> Publisher::publish(QList<Conflict> resolved) {
    PublishOutcome outcome;
    if (d->busy) {
        outcome.status = PublishOutcome::Status::Busy;
        outcome.message = tr("A publish of this gallery is already under way.");
        co_return outcome;
    }
    if (!d->session || !d->client) {
        outcome.status = PublishOutcome::Status::Failed;
        outcome.message = tr("There is no gallery or store to publish to.");
        co_return outcome;
    }
    if (const std::optional<StoreError> e = d->client->setupError()) {
        outcome.status = PublishOutcome::Status::Failed;
        outcome.error = *e;
        outcome.stillPending = d->session->pendingCount();
        outcome.message = e->userMessage();
        Q_EMIT finished(outcome);
        co_return outcome;
    }
    QPointer<Publisher> self(this);
    d->busy = true;
    d->control.cancelRequested = false;
    outcome = co_await d->run(self, std::move(resolved));
    if (!self)
        co_return outcome;
    d->busy = false;
    d->control.requestInFlight = false;
    d->sending.reset();
    d->setPhase(Phase::Idle);
    qCInfo(lcWorkflow) << "publish:" << PublishOutcome::statusName(outcome.status) << "-"
                       << outcome.message;
    Q_EMIT finished(outcome);
    co_return outcome;
}

} // namespace vitrine
