#include "workflow/publisher.h"

#include "core/conflictdetector.h"
#include "core/publishplanner.h"
#include "core/sessionstate.h"
#include "models/gallerymodel.h"
#include "net/storeclient.h"
#include "workflow/journalpublishlog.h"
#include "workflow/memorypublishlog.h"
#include "workflow/orderingprobe.h"
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
        // The ordering the publish plans by at its start: the profile's, or what was learned.
        OrderingSemantics profileOrdering = OrderingSemantics::Absolute;
        // Neither the profile nor the dialect file says how the store orders, nothing learned
        // it before and the positions cannot tell: the first position write is read back.
        bool orderingOpen = false;
        bool anyFailed = false; // the store refused an op: no repair (it would refuse again)
        // Creates whose answer did not say whether they were done: until a read finds the image,
        // nothing sends them again (no repair either).
        QStringList uncertainCreates;
        // Fields the publish wrote (per store id) and images it created, so the verify tells
        // them from changes made elsewhere and from creates whose answer was lost.
        QHash<QString, ImageFields> written;
        QSet<QString> created;
        // Where the ordering was learned unlike the guess: the wanted gallery when the publish
        // began, and the requests it would have taken had the rules been known (-1: not known).
        QList<TargetImage> targets;
        int minimumWrites = -1;
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
    void settleOrdering(Run &run);
    bool applyLearnedOrdering() const;
    QCoro::Task<Next> send(QPointer<Publisher> owner, Run &run);
    QCoro::Task<Next> sendMain(QPointer<Publisher> owner, Run &run, PublishPlan plan);
    QCoro::Task<Next> learnOrdering(QPointer<Publisher> owner, Run &run, const Gallery &before,
                                    int sentOps);
    void absorb(Run &run, const RoundResult &round);
    void absorb(Run &run, const PublishVerify::Report &report);
    void readAfterWritingFailed(Run &run, const StoreError &error);
    QCoro::Task<Next> verify(QPointer<Publisher> owner, Run &run);
    QCoro::Task<Next> repair(QPointer<Publisher> owner, Run &run, int round);
    void conclude(Run &run);

    QCoro::Task<Result<Gallery>> read(QPointer<Publisher> owner);
    // main: a round of the main plan, its ops reported by opFinished after those of the main
    // rounds before it (outcome.plan so far: sentBefore).
    QCoro::Task<RoundResult> sendRound(QPointer<Publisher> owner, PublishPlan plan, bool main,
                                       const QList<WriteOp> &sentBefore = {});
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

// How the store orders, before planning: as its profile or dialect file says; else as a publish
// to the store learned; else as its positions tell (kept as learned); else the first position
// write is read back (send()).
void Publisher::Private::settleOrdering(Run &run) {
    const StoreCapabilities &caps = session->capabilities();
    if (caps.orderingKnown)
        return;
    if (!applyLearnedOrdering()) {
        const std::optional<OrderingSemantics> told =
            OrderingProbe::toldByPositions(session->model()->baseline(), caps);
        if (told) {
            session->adoptOrdering(*told);
            if (!log().keepLearnedOrdering(*told))
                qCWarning(lcWorkflow)
                    << "publish: could not keep the store's ordering:" << log().lastError();
        }
        run.orderingOpen = !told;
    }
    run.profileOrdering = session->effectiveOrdering();
}

// A store whose profile and dialect do not say how it orders plans by what a publish to it
// learned; true when something was learned.
bool Publisher::Private::applyLearnedOrdering() const {
    if (session->capabilities().orderingKnown)
        return false;
    const std::optional<OrderingSemantics> learned = log().learnedOrdering();
    if (learned && !session->observedOrdering())
        session->adoptOrdering(*learned);
    return learned.has_value();
}

// 3. Send: the session's plan, in one round; or, while the store's ordering is open, in two:
// the ops up to the first position write, then (once the read back showed the store's rules)
// the rest, planned again by them.
QCoro::Task<Next> Publisher::Private::send(QPointer<Publisher> owner, Run &run) {
    setPhase(Phase::Sending);
    settleOrdering(run);
    const PublishPlan plan = session->plan();
    run.outcome.plan.productId = plan.productId;
    run.outcome.plan.tiedImages = plan.tiedImages;
    run.outcome.plan.tieWrites = plan.tieWrites;
    Q_EMIT q->started(int(plan.ops.size()));
    if (!alive(owner))
        co_return Next::Gone;
    const int probe = run.orderingOpen ? OrderingProbe::opsToProbe(plan) : 0;
    if (probe == 0)
        co_return co_await sendMain(owner, run, plan);
    run.targets = session->targets();

    PublishPlan first = plan;
    first.ops = plan.ops.mid(0, probe);
    const Gallery before = session->model()->baseline();
    Next next = co_await sendMain(owner, run, first);
    if (next == Next::Continue)
        next = co_await learnOrdering(owner, run, before, probe);
    if (next == Next::Continue) {
        const PublishPlan rest =
            PublishVerify::withoutFailed(*session, session->plan(), run.uncertainCreates);
        if (!rest.isEmpty())
            next = co_await sendMain(owner, run, rest);
    }
    co_return next;
}

// One round of the main plan; its ops and results join the outcome's.
QCoro::Task<Next> Publisher::Private::sendMain(QPointer<Publisher> owner, Run &run,
                                               PublishPlan plan) {
    PublishOutcome &outcome = run.outcome;
    const QList<WriteOp> ops = plan.ops;
    const RoundResult round = co_await sendRound(owner, std::move(plan), true, outcome.plan.ops);
    if (round.stop == PublishStop::Gone || !alive(owner))
        co_return Next::Gone;
    outcome.plan.ops << ops;
    outcome.results << round.results;
    outcome.requests += round.requests;
    outcome.succeeded += round.succeeded;
    outcome.failed += round.failed;
    outcome.notSent += round.notSent;
    absorb(run, round);
    co_return round.stop == PublishStop::None ? Next::Continue : Next::Conclude;
}

// The probe's ops went out: the gallery read back tells how the store orders (OrderingProbe),
// which the rest of the publish plans by and the store keeps. The read settles the probe as a
// verify does (PublishVerify).
QCoro::Task<Next> Publisher::Private::learnOrdering(QPointer<Publisher> owner, Run &run,
                                                    const Gallery &before, int sentOps) {
    const Result<Gallery> after = co_await read(owner);
    if (!alive(owner))
        co_return Next::Gone;
    PublishOutcome &outcome = run.outcome;
    outcome.orderingProbed = true;
    if (!after) {
        readAfterWritingFailed(run, after.error());
        co_return Next::Conclude;
    }
    QList<WriteOp> applied;
    QHash<QString, ProductImage> created;
    for (int i = 0; i < sentOps; ++i) {
        if (outcome.results[i].state != EditSession::OpResult::State::Succeeded)
            continue;
        applied << outcome.plan.ops[i];
        if (outcome.plan.ops[i].kind == WriteOp::Kind::Create)
            created.insert(outcome.plan.ops[i].localKey, outcome.results[i].image);
    }
    const std::optional<OrderingSemantics> learned =
        OrderingProbe::inferred(before, applied, created, after.value(), session->capabilities());
    absorb(run, PublishVerify::apply(*session, log(), after.value(), run.written, run.created));
    if (!learned) {
        qCInfo(lcWorkflow) << "publish: the first position write did not show how the store"
                           << "orders images; planning on by" << orderingName(run.profileOrdering);
        co_return Next::Continue;
    }
    session->adoptOrdering(*learned);
    if (!log().keepLearnedOrdering(*learned))
        qCWarning(lcWorkflow) << "publish: could not keep the store's ordering:"
                              << log().lastError();
    if (*learned != run.profileOrdering) {
        qCInfo(lcWorkflow) << "publish: the store orders images by" << orderingName(*learned)
                           << "rules, not" << orderingName(run.profileOrdering)
                           << "as its dialect assumed; planning the rest by them";
        outcome.learnedOrdering = learned;
        outcome.orderingGuess = run.profileOrdering;
        // What the publish would have cost had the rules been known: the extra it cost is the
        // price of learning them.
        StoreCapabilities known = session->capabilities();
        known.ordering = *learned;
        run.minimumWrites =
            PublishPlanner::plan(session->productId(), before, run.targets, known).requestCount();
    }
    run.profileOrdering = *learned;
    co_return Next::Continue;
}

// A round's outcome, for what follows: what it wrote and created (for the verify), what it left
// in doubt, and how it ended.
void Publisher::Private::absorb(Run &run, const RoundResult &round) {
    PublishOutcome &outcome = run.outcome;
    outcome.unconfirmed += round.unconfirmed;
    run.anyFailed = run.anyFailed || round.failed > 0;
    run.uncertainCreates << round.uncertainCreates;
    for (auto it = round.written.cbegin(); it != round.written.cend(); ++it)
        run.written[it.key()] |= it.value();
    for (const QString &id : round.created)
        run.created.insert(id);
    if (!run.ending.firstError)
        run.ending.firstError = round.firstError;
    if (!run.ending.firstUnconfirmed)
        run.ending.firstUnconfirmed = round.firstUnconfirmed;
    if (round.stop != PublishStop::None) {
        run.ending.stop = round.stop;
        run.ending.stopError = round.stopError;
        run.ending.journalError = round.journalError;
    }
}

// A read after writing failed: the publish ends, its outcome saying so.
void Publisher::Private::readAfterWritingFailed(Run &run, const StoreError &error) {
    run.outcome.error = error;
    run.ending.verifyFailed = true;
    if (publishStopFor(error) == PublishStop::Cancelled)
        run.ending.stop = PublishStop::Cancelled;
}

// What a read after writing found, for the outcome (the ordering it observed aside: only the
// verify's says the store's profile is wrong).
void Publisher::Private::absorb(Run &run, const PublishVerify::Report &report) {
    PublishOutcome &outcome = run.outcome;
    outcome.droppedEdits << report.droppedEdits;
    outcome.vanishedImages += report.vanishedImages;
    outcome.adoptedCreates += report.adoptedCreates;
    outcome.takenFromStore << report.takenFromStore;
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
        readAfterWritingFailed(run, after.error());
        co_return Next::Conclude;
    }
    const PublishVerify::Report report =
        PublishVerify::apply(*session, log(), after.value(), run.written, run.created);
    if (report.observedOrdering)
        outcome.observedOrdering = report.observedOrdering;
    absorb(run, report);
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
    absorb(run, fix);
    co_return fix.stop == PublishStop::None ? Next::Continue : Next::Conclude;
}

// Says what happened: the counts are in; what is left pending and whether the store showed
// what was staged decide the status.
void Publisher::Private::conclude(Run &run) {
    PublishOutcome &outcome = run.outcome;
    if (!outcome.observedOrdering && session->observedOrdering() &&
        *session->observedOrdering() != run.profileOrdering)
        outcome.observedOrdering = session->observedOrdering();
    // Neither the profile nor the dialect says how the store orders: what the verify observed
    // is what later publishes plan by.
    if (outcome.observedOrdering && !session->capabilities().orderingKnown &&
        !log().keepLearnedOrdering(*outcome.observedOrdering))
        qCWarning(lcWorkflow) << "publish: could not keep the store's ordering:"
                              << log().lastError();
    if (outcome.learnedOrdering && run.minimumWrites >= 0)
        outcome.learningWrites =
            std::max(0, outcome.requests + outcome.repairRequests - run.minimumWrites);
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
                                                       bool main,
                                                       const QList<WriteOp> &sentBefore) {
    // What plan() shows while the round runs: the main plan's ops so far, then this round's.
    sending = plan;
    sending->ops = sentBefore + plan.ops;
    PublishRound round({owner.data(), client, session, &log(), &control}, std::move(plan));
    if (main)
        round.onOpFinished = [this, offset = int(sentBefore.size())](int index,
                                                                     const OpResult &result) {
            Q_EMIT q->opFinished(offset + index, result);
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
    // Planned by what a publish learned about the store, as publish() plans.
    d->applyLearnedOrdering();
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
