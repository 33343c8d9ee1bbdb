#include "workflow/publisher.h"

#include "models/gallerymodel.h"
#include "net/storeclient.h"
#include "workflow/conflictdetector.h"
#include "workflow/sessionstate.h"
#include "workflow/workflowlogging.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QUrl>

#include <algorithm>

namespace vitrine {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1) {
    return QCoreApplication::translate("Publisher", text, disambiguation, n);
}

using OpResult = EditSession::OpResult;
using State = EditSession::OpResult::State;

// Why a round of writes stopped before its end.
enum class Stop {
    None,
    Offline,      // the store could not be reached or did not answer
    Unauthorized, // the token was refused
    Cancelled,    // cancel(), or the client went away
    RateLimited,  // the store keeps refusing for load longer than we wait
    Journal,      // the plan could not be recorded: nothing was sent
    Gone,         // the publisher was destroyed
};

Stop stopFor(const StoreError &e) {
    switch (e.code) {
    case StoreError::Code::Network:
    case StoreError::Code::Timeout:
        return Stop::Offline;
    case StoreError::Code::Unauthorized:
    case StoreError::Code::Forbidden:
        return Stop::Unauthorized;
    case StoreError::Code::Cancelled:
        return Stop::Cancelled;
    case StoreError::Code::RateLimited:
        return Stop::RateLimited;
    default:
        return Stop::None;
    }
}

// A write whose answer did not arrive may or may not have been carried out. So may a create
// whose answer could not be read: the store answered 2xx, so it most likely added the image.
bool outcomeUnknown(const StoreError &e, WriteOp::Kind kind) {
    return e.outcomeUnknown || e.code == StoreError::Code::Timeout ||
           e.code == StoreError::Code::Cancelled || e.code == StoreError::Code::Network ||
           (e.code == StoreError::Code::BadResponse && kind == WriteOp::Kind::Create);
}

// The same picture address, whatever scheme a store reports it with (Shoplazza stores
// protocol-relative sources) and however it spells the host.
QString sourceKey(const QString &src) {
    const QUrl url(src.trimmed());
    if (!url.isValid() || url.host().isEmpty())
        return src.trimmed();
    return url.host().toLower() + QLatin1Char(':') + QString::number(url.port(-1)) +
           url.path(QUrl::FullyEncoded) + QLatin1Char('?') + url.query(QUrl::FullyEncoded);
}

QStringList idsOf(const Gallery &gallery) {
    QStringList ids;
    ids.reserve(gallery.size());
    for (const ProductImage &image : gallery)
        ids << image.id;
    return ids;
}

int indexOfId(const Gallery &gallery, const QString &id) {
    for (int i = 0; i < gallery.size(); ++i)
        if (gallery[i].id == id)
            return i;
    return -1;
}

int rowOfKey(const QList<StagedImage> &rows, const QString &key) {
    for (int i = 0; i < rows.size(); ++i)
        if (rows[i].key == key)
            return i;
    return -1;
}

QStringList sortedVariants(QStringList v) {
    v.sort();
    return v;
}

// An image of fresh that an uncertain create made: its id when the store's answer was known,
// otherwise an image that did not exist before with the same address (and alt text, if one with
// both exists).
std::optional<ProductImage> findCreated(const Gallery &fresh, const Journal::UncertainOp &op,
                                        const QSet<QString> &known) {
    if (!op.imageId.isEmpty()) {
        const int i = indexOfId(fresh, op.imageId);
        if (i >= 0)
            return fresh[i];
    }
    const QString key = sourceKey(op.src);
    std::optional<ProductImage> sameSource;
    for (const ProductImage &image : fresh) {
        if (known.contains(image.id) || sourceKey(image.src) != key)
            continue;
        if (image.alt == op.alt)
            return image;
        if (!sameSource)
            sameSource = image;
    }
    return sameSource;
}

// Turns the staged new image of op into the image the store in fact created (found in fresh),
// so it is never created again: the baseline gets the store's image, the row its id. Returns
// the adopted image, nullopt when op's image is not staged as new any more or was not created.
// known: images that existed before the create or are accounted for otherwise.
std::optional<ProductImage> adoptCreate(SessionState &state, const Gallery &fresh,
                                        const Journal::UncertainOp &op, QSet<QString> known) {
    int row = rowOfKey(state.rows, op.localKey);
    if (op.kind != WriteOp::Kind::Create || op.localKey.isEmpty() || row < 0 ||
        !state.rows[row].isNew)
        return std::nullopt;
    for (const QString &id : op.knownIds)
        known.insert(id);
    known.remove(op.imageId);
    const std::optional<ProductImage> found = findCreated(fresh, op, known);
    if (!found)
        return std::nullopt;

    // A rebase may already have added it as an image that appeared on the store.
    if (const int dup = rowOfKey(state.rows, found->id); dup >= 0) {
        state.rows.removeAt(dup);
        if (dup < row)
            --row;
    }
    if (indexOfId(state.baseline, found->id) < 0) {
        // After its nearest predecessor in the store's order that the baseline has, so the
        // store's arrangement of it is not taken for a move.
        const int at = indexOfId(fresh, found->id);
        int insertAt = 0;
        for (int j = at - 1; j >= 0; --j) {
            const int b = indexOfId(state.baseline, fresh[j].id);
            if (b >= 0) {
                insertAt = b + 1;
                break;
            }
        }
        state.baseline.insert(insertAt, *found);
    }
    StagedImage &r = state.rows[row];
    // What the user asked for stays staged; where the store only spelled it differently, its
    // spelling is taken, so the difference is not sent again.
    if (sourceKey(r.image.src) == sourceKey(found->src))
        r.image.src = found->src;
    r.key = found->id;
    r.isNew = false;
    r.image.id = found->id;
    r.image.productId = found->productId;
    r.image.position = found->position;
    r.image.width = found->width;
    r.image.height = found->height;
    r.image.updatedAt = found->updatedAt;
    r.error.clear();
    return found;
}

// EditSession applies results op by op and marks failures per image: a batched alt write becomes
// one alt update per image it names, each with the batch's result.
EditSession::PublishReport applyResults(EditSession &session, const PublishPlan &plan,
                                        const QList<OpResult> &results) {
    PublishPlan perImage;
    perImage.productId = plan.productId;
    QList<OpResult> perImageResults;
    for (qsizetype i = 0; i < plan.ops.size(); ++i) {
        const WriteOp &op = plan.ops[i];
        const OpResult r = i < results.size() ? results[i] : OpResult{};
        if (op.kind != WriteOp::Kind::UpdateAltTexts) {
            perImage.ops << op;
            perImageResults << r;
            continue;
        }
        for (const AltTextEdit &edit : op.altTexts) {
            WriteOp alt;
            alt.kind = WriteOp::Kind::Update;
            alt.productId = op.productId;
            alt.imageId = edit.imageId;
            alt.patch.alt = edit.alt;
            perImage.ops << alt;
            perImageResults << r;
        }
    }
    return session.applyPublishResults(perImage, perImageResults);
}

// The store ids an op writes to (none for a create, whose id comes with its answer).
QStringList imagesOf(const WriteOp &op) {
    if (op.kind == WriteOp::Kind::UpdateAltTexts) {
        QStringList ids;
        for (const AltTextEdit &edit : op.altTexts)
            ids << edit.imageId;
        return ids;
    }
    return op.imageId.isEmpty() ? QStringList() : QStringList{op.imageId};
}

// A name for an image in a sentence: its URL's file name, else its id.
QString imageName(const ProductImage &image) {
    const QString file = QUrl(image.src).fileName();
    return file.isEmpty() ? image.id : file;
}

struct RoundResult {
    QList<OpResult> results;
    int requests = 0;
    int succeeded = 0;
    int failed = 0;
    int notSent = 0;
    Stop stop = Stop::None;
    std::optional<StoreError> stopError;  // what stopped the round
    std::optional<StoreError> firstError; // the first refusal
    QString journalError;
    // Fields this round wrote, per store id, so the verify can tell them from changes made
    // elsewhere: "alt", "src", "variants"; a created image counts as all written.
    QHash<QString, QSet<QString>> written;
};

} // namespace

struct Publisher::Private {
    Publisher *q = nullptr;
    QPointer<StoreClient> client;
    QPointer<EditSession> session;
    Journal *journal = nullptr;
    QString store;
    int maxRepairRounds = 2;
    Phase phase = Phase::Idle;
    bool busy = false;
    bool cancelRequested = false;
    bool requestInFlight = false;
    std::optional<PublishPlan> sending; // the plan of the round being sent
    // Requests of unknown outcome when there is no journal, by product.
    QHash<QString, QList<Journal::UncertainOp>> memoryUncertain;
    // Images an interrupted publish of ours may have changed: the next checks must not take
    // their differences for changes made elsewhere (by product).
    QHash<QString, QSet<QString>> resumeIgnore;

    static bool alive(const QPointer<Publisher> &owner) {
        return owner && owner->d->session && owner->d->client;
    }

    void setPhase(Phase p) {
        if (phase == p)
            return;
        phase = p;
        Q_EMIT q->phaseChanged(p);
    }

    bool journaling() const { return journal && journal->isOpen(); }

    QList<Journal::UncertainOp> uncertainOps(const QString &productId) const {
        if (journaling())
            return journal->uncertain(store, productId);
        return memoryUncertain.value(productId);
    }

    bool addUncertain(const QString &productId, const Journal::UncertainOp &op) {
        if (journaling()) {
            if (!journal->addUncertain(store, productId, op)) {
                qCWarning(lcWorkflow) << "publish: could not journal a request of unknown outcome:"
                                      << journal->lastError();
                return false;
            }
            return true;
        }
        memoryUncertain[productId].append(op);
        return true;
    }

    // A write whose outcome is unknown. A batched alt write is an alt update of each of its
    // images, as far as the next check is concerned (each is idempotent).
    bool addUncertainWrite(const QString &productId, const WriteOp &op, const QStringList &knownIds,
                           const QString &createdId = {}) {
        if (op.kind != WriteOp::Kind::UpdateAltTexts)
            return addUncertain(productId, uncertainFor(op, knownIds, createdId));
        bool ok = true;
        for (const AltTextEdit &edit : op.altTexts) {
            Journal::UncertainOp u;
            u.kind = WriteOp::Kind::Update;
            u.imageId = edit.imageId;
            u.alt = edit.alt;
            ok = addUncertain(productId, u) && ok;
        }
        return ok;
    }

    void clearUncertain(const QString &productId) {
        memoryUncertain.remove(productId);
        if (journaling() && !journal->clearUncertain(store, productId))
            qCWarning(lcWorkflow) << "publish: could not clear requests of unknown outcome:"
                                  << journal->lastError();
    }

    // Writes the session's staged state (joins an open transaction). Like SessionJournal: a
    // product with nothing pending keeps no state.
    bool persistState() {
        if (!journaling() || !session)
            return true;
        const QString productId = session->productId();
        const bool ok = session->pendingCount() == 0
                            ? journal->dropState(store, productId)
                            : journal->saveState(store, SessionState::capture(*session));
        if (!ok)
            qCWarning(lcWorkflow) << "publish: could not save the staged edits:"
                                  << journal->lastError();
        return ok;
    }

    // What a create that may have been carried out is recognised by.
    static Journal::UncertainOp uncertainFor(const WriteOp &op, const QStringList &knownIds,
                                             const QString &createdId = {}) {
        Journal::UncertainOp u;
        u.kind = op.kind;
        u.imageId = op.kind == WriteOp::Kind::Create ? createdId : op.imageId;
        u.localKey = op.localKey;
        u.src = op.image.src;
        u.alt = op.image.alt;
        if (op.kind == WriteOp::Kind::Create)
            u.knownIds = knownIds;
        return u;
    }

    QCoro::Task<PublishOutcome> run(QPointer<Publisher> owner, QList<Conflict> resolved);
    QCoro::Task<RoundResult> sendRound(QPointer<Publisher> owner, PublishPlan plan, bool main);
    QCoro::Task<Result<Gallery>> read(QPointer<Publisher> owner);
    int resume(PublishOutcome &outcome);
    struct Checked {
        SessionState state;
        QList<Conflict> conflicts;
        int adopted = 0;
    };
    Checked compare(const Gallery &fresh) const;
};

// --- Reading --------------------------------------------------------------------------------

QCoro::Task<Result<Gallery>> Publisher::Private::read(QPointer<Publisher> owner) {
    if (!alive(owner))
        co_return StoreError::make(StoreError::Code::Cancelled);
    StoreClient *c = client;
    const QString productId = session->productId();
    requestInFlight = true;
    Result<Gallery> fresh = co_await c->listImages(productId);
    if (!owner)
        co_return StoreError::make(StoreError::Code::Cancelled);
    requestInFlight = false;
    co_return fresh;
}

// --- Step 1: resume -------------------------------------------------------------------------

// Applies the recorded outcomes of an interrupted publish of this product and turns the request
// that was in flight into one of unknown outcome. Returns how many recorded requests succeeded.
int Publisher::Private::resume(PublishOutcome &outcome) {
    if (!journaling())
        return 0;
    const QString productId = session->productId();
    const std::optional<Journal::PublishRecord> record =
        journal->unfinishedPublish(store, productId);
    if (!record)
        return 0;
    setPhase(Phase::Resuming);
    const PublishPlan &plan = record->plan;
    QList<OpResult> results(plan.ops.size());
    int last = -1;
    for (const Journal::OpOutcome &o : record->outcomes) {
        results[o.index] = o.result;
        last = std::max(last, o.index);
    }
    // Outcomes are recorded before the next op is sent: only the op after the last recorded one
    // can have been in flight when the app stopped.
    const int inFlight = last + 1 < plan.ops.size() ? last + 1 : -1;
    QStringList knownIds = record->baselineIds;
    int done = 0;
    for (int i = 0; i < plan.ops.size(); ++i) {
        if (results[i].state != State::Succeeded)
            continue;
        ++done;
        if (plan.ops[i].kind == WriteOp::Kind::Create)
            knownIds << results[i].image.id;
    }
    // The record applies to the state it was planned from. A session that was loaded again from
    // the store since (its baseline differs) already shows what went through: only creates must
    // be recognised, and every image the plan touched is not a change made elsewhere.
    // With the same base, the recorded outcomes move the baseline exactly and only the request
    // in flight is in doubt (its uncertain entry keeps it out of the conflict check).
    const bool samePlanBase = idsOf(session->model()->baseline()) == record->baselineIds;
    Journal::Transaction t(*journal);
    for (int i = 0; i < plan.ops.size(); ++i) {
        const WriteOp &op = plan.ops[i];
        if (!samePlanBase) {
            QSet<QString> &ignore = resumeIgnore[productId];
            for (const QString &id : imagesOf(op))
                ignore.insert(id);
            if (op.kind == WriteOp::Kind::DeleteAll)
                for (const QString &id : record->baselineIds)
                    ignore.insert(id);
            if (op.kind == WriteOp::Kind::Create && results[i].state == State::Succeeded)
                ignore.insert(results[i].image.id);
        }
        if (i == inFlight) {
            WriteOp sent = op;
            // A move of an image this publish created went to the id its create returned.
            for (int j = 0; j < i && sent.imageId.isEmpty(); ++j)
                if (plan.ops[j].kind == WriteOp::Kind::Create &&
                    plan.ops[j].localKey == op.localKey && results[j].state == State::Succeeded)
                    sent.imageId = results[j].image.id;
            addUncertainWrite(productId, sent, knownIds);
        } else if (!samePlanBase && op.kind == WriteOp::Kind::Create &&
                   results[i].state == State::Succeeded)
            addUncertainWrite(productId, op, knownIds, results[i].image.id);
    }
    if (samePlanBase)
        applyResults(*session, plan, results);
    persistState();
    journal->finishPublish(record->id);
    if (!t.commit())
        qCWarning(lcWorkflow) << "publish: could not close the interrupted publish record:"
                              << journal->lastError();
    qCInfo(lcWorkflow) << "resumed an interrupted publish of product" << productId << ":" << done
                       << "of" << plan.ops.size() << "requests had gone through"
                       << (inFlight >= 0 ? "; one was in flight" : "")
                       << (samePlanBase ? "" : "; the session was reloaded since");
    outcome.resumed = true;
    int requestsDone = 0;
    for (int i = 0; i < plan.ops.size(); ++i)
        if (results[i].state == State::Succeeded)
            requestsDone += plan.ops[i].requests;
    outcome.resumedRequests = requestsDone;
    return done;
}

// --- Step 2: check --------------------------------------------------------------------------

Publisher::Private::Checked Publisher::Private::compare(const Gallery &fresh) const {
    Checked out;
    out.state = SessionState::capture(*session);
    const QString productId = out.state.productId;
    ConflictDetector::Options options;
    options.useTimestamps = session->capabilities().hasTimestamps;
    options.ignore = resumeIgnore.value(productId);
    // The gallery as loaded existed before any create of this session was sent.
    QSet<QString> taken;
    for (const ProductImage &image : out.state.baseline)
        taken.insert(image.id);
    for (const Journal::UncertainOp &op : uncertainOps(productId)) {
        switch (op.kind) {
        case WriteOp::Kind::Create:
            if (const auto found = adoptCreate(out.state, fresh, op, taken)) {
                taken.insert(found->id);
                options.ignore.insert(found->id);
                ++out.adopted;
            }
            break;
        case WriteOp::Kind::Update:
        case WriteOp::Kind::Delete:
        case WriteOp::Kind::UpdateAltTexts: // recorded per image, as Update
            options.ignore.insert(op.imageId);
            break;
        case WriteOp::Kind::DeleteAll:
            for (const ProductImage &image : out.state.baseline)
                options.ignore.insert(image.id);
            break;
        }
    }
    out.conflicts = ConflictDetector::detect(out.state, fresh, options);
    return out;
}

// --- Step 3: send ---------------------------------------------------------------------------

QCoro::Task<RoundResult> Publisher::Private::sendRound(QPointer<Publisher> owner, PublishPlan plan,
                                                       bool main) {
    RoundResult round;
    round.results = QList<OpResult>(plan.ops.size());
    const QString productId = plan.productId;
    const Gallery baseline = session->model()->baseline();
    const QStringList baselineIds = idsOf(baseline);
    QHash<QString, ProductImage> current; // the image as last known, for updates
    for (const ProductImage &image : baseline)
        current.insert(image.id, image);

    qint64 recordId = 0;
    if (journaling()) {
        // The state the plan was made from and the plan land together: after a crash the
        // recorded outcomes are applied to exactly that state.
        Journal::Transaction t(*journal);
        persistState();
        recordId = journal->beginPublish(store, plan, baselineIds);
        if (recordId == 0 || !t.commit()) {
            round.stop = Stop::Journal;
            round.journalError = journal->lastError();
            round.notSent = int(plan.ops.size());
            co_return round;
        }
    }
    sending = plan;

    QHash<QString, QString> createdIds;     // local key -> store id
    QHash<QString, QString> createFailures; // local key -> why it was not created
    QStringList knownIds = baselineIds;
    int i = 0;
    for (; i < plan.ops.size(); ++i) {
        if (cancelRequested || !client) {
            round.stop = Stop::Cancelled;
            break;
        }
        WriteOp op = plan.ops[i];
        OpResult &r = round.results[i];
        qint64 requestsBefore = 0;
        std::optional<StoreError> error;
        if (op.kind == WriteOp::Kind::Update && op.imageId.isEmpty()) {
            // A new image moved after its create: it needs the id the create returned.
            if (createdIds.contains(op.localKey))
                op.imageId = createdIds.value(op.localKey);
        }
        if (op.kind == WriteOp::Kind::Update && op.imageId.isEmpty()) {
            r.state = State::Failed;
            r.message = createFailures.value(
                op.localKey, tr("The image was not added, so it could not be moved."));
        } else {
            StoreClient *c = client;
            requestsBefore = c->requestsSent();
            requestInFlight = true;
            switch (op.kind) {
            case WriteOp::Kind::Create: {
                Result<ProductImage> res = co_await c->createImage(productId, op.image);
                if (!owner)
                    break;
                if (res) {
                    r.image = res.value();
                    createdIds.insert(op.localKey, r.image.id);
                    current.insert(r.image.id, r.image);
                    knownIds << r.image.id;
                    round.written[r.image.id] = {QStringLiteral("alt"), QStringLiteral("src"),
                                                 QStringLiteral("variants")};
                } else {
                    error = res.error();
                }
                break;
            }
            case WriteOp::Kind::Update: {
                const ProductImage before = current.value(op.imageId);
                Result<ProductImage> res = co_await c->updateImage(productId, before, op.patch);
                if (!owner)
                    break;
                if (res) {
                    current.insert(op.imageId, res.value());
                    QSet<QString> &fields = round.written[op.imageId];
                    if (op.patch.alt)
                        fields.insert(QStringLiteral("alt"));
                    if (op.patch.src)
                        fields.insert(QStringLiteral("src"));
                    if (op.patch.variantIds)
                        fields.insert(QStringLiteral("variants"));
                } else {
                    error = res.error();
                }
                break;
            }
            case WriteOp::Kind::Delete: {
                Result<void> res = co_await c->deleteImage(productId, op.imageId);
                if (!owner)
                    break;
                if (!res)
                    error = res.error();
                break;
            }
            case WriteOp::Kind::DeleteAll: {
                Result<void> res = co_await c->deleteAllImages(productId);
                if (!owner)
                    break;
                if (!res)
                    error = res.error();
                break;
            }
            case WriteOp::Kind::UpdateAltTexts: {
                Result<void> res = co_await c->updateAltTexts(productId, op.altTexts);
                if (!owner)
                    break;
                if (res) {
                    for (const AltTextEdit &edit : op.altTexts) {
                        round.written[edit.imageId].insert(QStringLiteral("alt"));
                        if (current.contains(edit.imageId))
                            current[edit.imageId].alt = edit.alt;
                    }
                } else {
                    error = res.error();
                }
                break;
            }
            }
            if (!alive(owner)) {
                // The journal's record stays open: the next publish resumes from it.
                round.stop = Stop::Gone;
                co_return round;
            }
            requestInFlight = false;
            // What the store was really sent: a batched alt write is a read and a write, a
            // request refused before sending is none.
            round.requests += int(client->requestsSent() - requestsBefore);
            if (!error) {
                r.state = State::Succeeded;
            } else if (outcomeUnknown(*error, op.kind)) {
                // Looked for before anything about it is sent again (the next check or verify).
                r.state = State::NotSent;
                r.message = error->userMessage();
                if (journaling()) {
                    Journal::Transaction t(*journal);
                    const bool kept = addUncertainWrite(productId, op, knownIds) &&
                                      journal->recordOutcome(recordId, i, r);
                    if (!kept || !t.commit()) {
                        round.stop = Stop::Journal;
                        round.journalError = journal->lastError();
                    }
                } else {
                    addUncertainWrite(productId, op, knownIds);
                }
            } else {
                r.state = State::Failed;
                r.message = error->userMessage();
                if (op.kind == WriteOp::Kind::Create)
                    createFailures.insert(op.localKey, r.message);
                if (!round.firstError)
                    round.firstError = *error;
            }
            if (error) {
                qCInfo(lcWorkflow)
                    << "publish:" << op.describe() << "failed:" << StoreError::codeName(error->code)
                    << error->httpStatus << error->storeMessage;
                const Stop stop = client ? stopFor(*error) : Stop::Cancelled;
                if (stop != Stop::None && round.stop == Stop::None) {
                    round.stop = stop;
                    round.stopError = *error;
                }
            }
        }
        switch (r.state) {
        case State::Succeeded:
            ++round.succeeded;
            break;
        case State::Failed:
            ++round.failed;
            break;
        case State::NotSent:
            ++round.notSent;
            break;
        }
        // An outcome that cannot be recorded stops the publish as a plan that cannot be: sending
        // on would leave requests the journal knows nothing about if the app stopped now.
        if (journaling() && r.state != State::NotSent && !journal->recordOutcome(recordId, i, r)) {
            qCWarning(lcWorkflow) << "publish: could not journal an outcome, stopping:"
                                  << journal->lastError();
            round.stop = Stop::Journal;
            round.journalError = journal->lastError();
        }
        if (main)
            Q_EMIT q->opFinished(i, r);
        if (round.stop != Stop::None) {
            ++i;
            break;
        }
    }
    // What was not sent stays staged (marked "not published").
    for (; i < plan.ops.size(); ++i) {
        ++round.notSent;
        round.results[i].message = tr("Not sent: publishing stopped before this change.");
        if (main)
            Q_EMIT q->opFinished(i, round.results[i]);
    }

    // The results move the baseline; the record is closed in the same transaction, so a crash
    // never applies them twice.
    std::optional<Journal::Transaction> t;
    if (journaling())
        t.emplace(*journal);
    applyResults(*session, plan, round.results);
    if (journaling()) {
        persistState();
        journal->finishPublish(recordId);
        if (!t->commit())
            qCWarning(lcWorkflow) << "publish: could not record the results:"
                                  << journal->lastError();
    }
    sending.reset();
    co_return round;
}

// --- The whole publish ----------------------------------------------------------------------

namespace {

void addRound(PublishOutcome &o, const RoundResult &r) {
    o.results = r.results;
    o.requests = r.requests;
    o.succeeded = r.succeeded;
    o.failed = r.failed;
    o.notSent = r.notSent;
}

QString requestsText(int n) {
    return n == 1 ? tr("1 request") : tr("%1 requests").arg(n);
}

QString changesText(int n) {
    return n == 1 ? tr("1 change") : tr("%1 changes").arg(n);
}

// Sentences about what happened besides the main result.
QString extras(const PublishOutcome &o, const std::optional<OrderingSemantics> &profile) {
    QStringList s;
    if (o.resumed)
        s << (o.resumedRequests == 1
                  ? tr("An interrupted publish was finished first (1 request had gone through).")
                  : tr("An interrupted publish was finished first (%1 requests had gone "
                       "through).")
                        .arg(o.resumedRequests));
    if (o.adoptedCreates > 0)
        s << (o.adoptedCreates == 1
                  ? tr("1 image an interrupted request had already added was kept, not added "
                       "again.")
                  : tr("%1 images interrupted requests had already added were kept, not added "
                       "again.")
                        .arg(o.adoptedCreates));
    if (!o.takenFromStore.isEmpty())
        s << tr("Kept %1 made on the store in the meantime.")
                 .arg(changesText(int(o.takenFromStore.size())));
    if (!o.droppedEdits.isEmpty())
        s << (o.droppedEdits.size() == 1
                  ? tr("%1 was deleted on the store; its staged edit was dropped.")
                        .arg(o.droppedEdits.first())
                  : tr("%1 were deleted on the store; their staged edits were dropped.")
                        .arg(o.droppedEdits.join(QStringLiteral(", "))));
    if (o.vanishedImages > 0)
        s << (o.vanishedImages == 1 ? tr("1 image was deleted on the store in the meantime.")
                                    : tr("%1 images were deleted on the store in the meantime.")
                                          .arg(o.vanishedImages));
    if (o.observedOrdering && profile)
        s << tr("The store orders images by %1 rules, not %2 as its profile says; %3")
                 .arg(
                     orderingName(*o.observedOrdering), orderingName(*profile),
                     o.repairRequests > 0
                         ? tr("the order was repaired with %1.").arg(requestsText(o.repairRequests))
                         : tr("later publishes follow its rules."));
    else if (o.repairRequests > 0)
        s << tr("The store did not show everything as published; it was repaired with %1.")
                 .arg(requestsText(o.repairRequests));
    return s.join(QLatin1Char(' '));
}

QString joined(const QString &a, const QString &b) {
    if (a.isEmpty())
        return b;
    if (b.isEmpty())
        return a;
    return a + QLatin1Char(' ') + b;
}

// The ops of a plan that only concern images whose publish failed: a verify that leaves just
// those pending found the store as staged otherwise.
bool onlyFailedPending(const EditSession &session, const PublishPlan &plan) {
    QSet<QString> failed;
    for (const StagedImage &row : session.model()->rows())
        if (!row.error.isEmpty())
            failed.insert(row.key);
    const QHash<QString, QString> deleteErrors = session.deleteErrors();
    for (auto it = deleteErrors.cbegin(); it != deleteErrors.cend(); ++it)
        failed.insert(it.key());
    for (const WriteOp &op : plan.ops) {
        const QString key = op.imageId.isEmpty() ? op.localKey : op.imageId;
        if (op.kind == WriteOp::Kind::UpdateAltTexts) {
            for (const QString &id : imagesOf(op))
                if (!failed.contains(id))
                    return false;
            continue;
        }
        if (op.kind == WriteOp::Kind::DeleteAll) {
            for (const QString &id : session.deletedIds())
                if (!failed.contains(id))
                    return false;
            continue;
        }
        if (!failed.contains(key))
            return false;
    }
    return true;
}

} // namespace

QCoro::Task<PublishOutcome> Publisher::Private::run(QPointer<Publisher> owner,
                                                    QList<Conflict> resolved) {
    PublishOutcome outcome;
    const OrderingSemantics profileOrdering = session->capabilities().ordering;
    const QString productId = session->productId();
    auto gone = [&outcome]() {
        outcome.status = PublishOutcome::Status::Cancelled;
        outcome.message = tr("Publishing stopped: the window or store connection was closed. "
                             "What was not sent stays staged.");
        return outcome;
    };
    auto readFailed = [&](const StoreError &e, bool beforeWriting) {
        const Stop stop = stopFor(e);
        outcome.error = e;
        outcome.stillPending = session->pendingCount();
        switch (stop) {
        case Stop::Offline:
            outcome.status = PublishOutcome::Status::Offline;
            break;
        case Stop::Unauthorized:
            outcome.status = PublishOutcome::Status::Unauthorized;
            break;
        case Stop::Cancelled:
            outcome.status = PublishOutcome::Status::Cancelled;
            break;
        default:
            outcome.status = PublishOutcome::Status::Failed;
            break;
        }
        const QString kept = outcome.stillPending == 1
                                 ? tr("Nothing was published; your change stays staged.")
                                 : tr("Nothing was published; your %1 stay staged.")
                                       .arg(changesText(outcome.stillPending));
        outcome.message = beforeWriting ? joined(e.userMessage(), kept) : e.userMessage();
        return outcome;
    };

    // 1. Resume.
    resume(outcome);

    // 2. Check.
    setPhase(Phase::Checking);
    const Result<Gallery> fresh = co_await read(owner);
    if (!alive(owner))
        co_return gone();
    if (!fresh) {
        outcome.message = extras(outcome, profileOrdering);
        const QString before = outcome.message;
        readFailed(fresh.error(), true);
        outcome.message = joined(outcome.message, before);
        co_return outcome;
    }
    if (cancelRequested) {
        outcome.status = PublishOutcome::Status::Cancelled;
        outcome.stillPending = session->pendingCount();
        outcome.message = tr("Publishing was cancelled; nothing was sent.");
        co_return outcome;
    }
    Checked checked = compare(fresh.value());
    // Choices made for an earlier NeedsChoice outcome apply to the same conflicts.
    for (Conflict &c : checked.conflicts) {
        if (!c.needsChoice())
            continue;
        for (const Conflict &r : resolved) {
            if (!r.needsChoice() && r.sameAs(c)) {
                c.resolution = r.resolution;
                break;
            }
        }
    }
    outcome.adoptedCreates = checked.adopted;
    if (!unresolved(checked.conflicts).isEmpty()) {
        const int n = int(unresolved(checked.conflicts).size());
        outcome.status = PublishOutcome::Status::NeedsChoice;
        outcome.conflicts = checked.conflicts;
        outcome.changes = session->pendingCount();
        outcome.stillPending = session->pendingCount();
        outcome.message = joined(
            n == 1 ? tr("A change made on the store in the meantime collides with your staged "
                        "edits: choose whether to keep yours or the store's.")
                   : tr("%1 changes made on the store in the meantime collide with your staged "
                        "edits: choose whether to keep yours or the store's.")
                         .arg(n),
            tr("Nothing was sent."));
        Q_EMIT q->conflictsFound(checked.conflicts);
        co_return outcome;
    }
    if (!checked.conflicts.isEmpty())
        Q_EMIT q->conflictsFound(checked.conflicts);
    for (const Conflict &c : checked.conflicts)
        if (c.resolution == Conflict::Resolution::TakeTheirs)
            outcome.takenFromStore << c;
    {
        // The state to publish from: based on the fresh read, changes made elsewhere taken.
        const SessionState merged =
            ConflictDetector::merge(checked.state, fresh.value(), checked.conflicts);
        std::optional<Journal::Transaction> t;
        if (journaling())
            t.emplace(*journal);
        merged.restoreInto(*session);
        // The fresh read settled every request of unknown outcome.
        clearUncertain(productId);
        resumeIgnore.remove(productId);
        persistState();
        if (t && !t->commit())
            qCWarning(lcWorkflow) << "publish: could not save the checked state:"
                                  << journal->lastError();
    }
    outcome.changes = session->pendingCount();
    if (outcome.changes == 0) {
        outcome.status = PublishOutcome::Status::NothingToPublish;
        outcome.verified = true;
        outcome.message = joined(tr("Nothing to publish."), extras(outcome, profileOrdering));
        co_return outcome;
    }

    // 3. Send.
    setPhase(Phase::Sending);
    outcome.plan = session->plan();
    Q_EMIT q->started(int(outcome.plan.ops.size()));
    RoundResult round = co_await sendRound(owner, outcome.plan, true);
    if (round.stop == Stop::Gone || !alive(owner))
        co_return gone();
    addRound(outcome, round);
    Stop stop = round.stop;
    std::optional<StoreError> stopError = round.stopError;
    QString journalError = round.journalError;
    std::optional<StoreError> firstError = round.firstError;
    bool anyFailed = round.failed > 0 || round.notSent > 0;
    // Images this publish created: never mistaken for one whose create answer was lost.
    QSet<QString> createdHere;
    auto noteCreated = [&createdHere](const PublishPlan &p, const QList<OpResult> &results) {
        for (int i = 0; i < p.ops.size() && i < results.size(); ++i)
            if (p.ops[i].kind == WriteOp::Kind::Create && results[i].state == State::Succeeded)
                createdHere.insert(results[i].image.id);
    };
    noteCreated(outcome.plan, round.results);

    // 4. Verify, and repair what the store does not show.
    bool verifyFailed = false;
    if (stop == Stop::None) {
        QHash<QString, QSet<QString>> written = round.written;
        int repairRound = 0;
        for (;;) {
            setPhase(Phase::Verifying);
            const Result<Gallery> after = co_await read(owner);
            if (!alive(owner))
                co_return gone();
            if (!after) {
                outcome.error = after.error();
                verifyFailed = true;
                if (stopFor(after.error()) == Stop::Cancelled)
                    stop = Stop::Cancelled;
                break;
            }
            const Gallery &seen = after.value();
            // Before the rebase: what publishing should have produced, and what is staged.
            const Gallery predicted = session->model()->baseline();
            const QList<StagedImage> stagedBefore = session->model()->rows();
            const EditSession::RebaseReport report = session->rebase(seen);
            if (report.observedOrdering)
                outcome.observedOrdering = report.observedOrdering;
            // Images deleted on the store meanwhile leave the staged gallery; one that still had
            // a staged edit (typically one the store just refused as not found) loses it, and
            // the user must hear so.
            for (const QString &id : report.vanished) {
                const int s = rowOfKey(stagedBefore, id);
                if (s < 0)
                    continue;
                const int p = indexOfId(predicted, id);
                const StagedImage &row = stagedBefore[s];
                const bool edited =
                    !row.error.isEmpty() || p < 0 || row.image.alt != predicted[p].alt ||
                    row.image.src != predicted[p].src ||
                    sortedVariants(row.image.variantIds) != sortedVariants(predicted[p].variantIds);
                if (edited)
                    outcome.droppedEdits << imageName(row.image);
                else
                    ++outcome.vanishedImages;
            }

            SessionState state = SessionState::capture(*session);
            bool changed = false;
            // Creates whose answer was lost: the store has the image, the staged row must not
            // create it again.
            QSet<QString> taken = createdHere;
            for (const Journal::UncertainOp &op : uncertainOps(productId)) {
                if (const auto found = adoptCreate(state, seen, op, taken)) {
                    taken.insert(found->id);
                    ++outcome.adoptedCreates;
                    changed = true;
                }
            }
            // Fields this publish did not write that changed meanwhile were changed elsewhere:
            // take them rather than revert them with a repair.
            for (StagedImage &row : state.rows) {
                const int p = indexOfId(predicted, row.key);
                const int s = rowOfKey(stagedBefore, row.key);
                const int f = indexOfId(seen, row.key);
                if (row.isNew || p < 0 || s < 0 || f < 0)
                    continue;
                const ProductImage &was = predicted[p];
                const ProductImage &staged = stagedBefore[s].image;
                const ProductImage &now = seen[f];
                const QSet<QString> wrote = written.value(row.key);
                auto take = [&](const QString &field, Conflict::Kind kind, bool differsNow,
                                bool stagedAsWas, auto apply) {
                    if (wrote.contains(field) || !differsNow || !stagedAsWas)
                        return;
                    apply();
                    Conflict c;
                    c.imageId = row.key;
                    c.kind = kind;
                    c.base = was;
                    c.mine = staged;
                    c.theirs = now;
                    c.resolution = Conflict::Resolution::TakeTheirs;
                    outcome.takenFromStore << c;
                    changed = true;
                };
                take(QStringLiteral("alt"), Conflict::Kind::AltChangedElsewhere, now.alt != was.alt,
                     staged.alt == was.alt, [&] { row.image.alt = now.alt; });
                take(QStringLiteral("src"), Conflict::Kind::SourceChangedElsewhere,
                     now.src != was.src, staged.src == was.src, [&] { row.image.src = now.src; });
                take(QStringLiteral("variants"), Conflict::Kind::VariantsChangedElsewhere,
                     sortedVariants(now.variantIds) != sortedVariants(was.variantIds),
                     sortedVariants(staged.variantIds) == sortedVariants(was.variantIds),
                     [&] { row.image.variantIds = now.variantIds; });
            }
            {
                std::optional<Journal::Transaction> t;
                if (journaling())
                    t.emplace(*journal);
                if (changed)
                    state.restoreInto(*session);
                clearUncertain(productId);
                persistState();
                if (t && !t->commit())
                    qCWarning(lcWorkflow)
                        << "publish: could not save the verified state:" << journal->lastError();
            }
            const PublishPlan repair = session->plan();
            if (repair.isEmpty() || anyFailed || repairRound >= maxRepairRounds || cancelRequested)
                break;
            ++repairRound;
            setPhase(Phase::Repairing);
            qCInfo(lcWorkflow) << "publish: the store does not show what was published; repair"
                               << "round" << repairRound << "with" << repair.requestCount()
                               << "requests";
            Q_EMIT q->repairing(repairRound, repair.requestCount());
            RoundResult fix = co_await sendRound(owner, repair, false);
            if (fix.stop == Stop::Gone || !alive(owner))
                co_return gone();
            noteCreated(repair, fix.results);
            outcome.repairRounds = repairRound;
            outcome.repairRequests += fix.requests;
            for (auto it = fix.written.cbegin(); it != fix.written.cend(); ++it)
                written[it.key()].unite(it.value());
            anyFailed = anyFailed || fix.failed > 0 || fix.notSent > 0;
            if (!firstError)
                firstError = fix.firstError;
            if (fix.stop != Stop::None) {
                stop = fix.stop;
                stopError = fix.stopError;
                journalError = fix.journalError;
                break;
            }
        }
    }

    // 5. Say what happened.
    if (!outcome.observedOrdering && session->observedOrdering() &&
        *session->observedOrdering() != profileOrdering)
        outcome.observedOrdering = session->observedOrdering();
    outcome.stillPending = session->pendingCount();
    const PublishPlan left = session->plan();
    outcome.verified = !verifyFailed && stop == Stop::None &&
                       (left.isEmpty() || onlyFailedPending(*session, left));
    const QString more = extras(outcome, profileOrdering);
    const QString staged = outcome.stillPending == 1
                               ? tr("1 change stays staged.")
                               : tr("%1 changes stay staged.").arg(outcome.stillPending);
    switch (stop) {
    case Stop::Offline:
    case Stop::Unauthorized:
        outcome.status = stop == Stop::Offline ? PublishOutcome::Status::Offline
                                               : PublishOutcome::Status::Unauthorized;
        outcome.error = stopError;
        outcome.message =
            joined(stopError ? stopError->userMessage() : QString(),
                   outcome.succeeded > 0 ? tr("%1 of %2 went through before; %3")
                                               .arg(requestsText(outcome.succeeded))
                                               .arg(outcome.plan.ops.size())
                                               .arg(staged)
                                         : tr("Nothing was published; %1").arg(staged));
        break;
    case Stop::Cancelled:
        outcome.status = PublishOutcome::Status::Cancelled;
        outcome.message = joined(tr("Publishing was cancelled after %1 of %2.")
                                     .arg(requestsText(outcome.succeeded))
                                     .arg(outcome.plan.ops.size()),
                                 staged);
        break;
    case Stop::Journal:
        // The same error whether the plan or a request's outcome could not be recorded; what
        // went through before it is said.
        outcome.status = PublishOutcome::Status::Failed;
        outcome.message =
            outcome.requests == 0 && outcome.repairRequests == 0
                ? tr("Nothing was published: the publish could not be recorded in the "
                     "journal (%1).")
                      .arg(journalError)
                : joined(tr("Publishing stopped: the publish could not be recorded in the journal "
                            "(%1). %2 of %3 went through before.")
                             .arg(journalError, requestsText(outcome.succeeded))
                             .arg(outcome.plan.ops.size()),
                         staged);
        break;
    case Stop::RateLimited:
        outcome.status = outcome.succeeded > 0 ? PublishOutcome::Status::PartlyPublished
                                               : PublishOutcome::Status::Failed;
        outcome.error = stopError;
        outcome.message =
            joined(tr("The store is refusing requests for now (too many); %1 of %2 went through.")
                       .arg(requestsText(outcome.succeeded))
                       .arg(outcome.plan.ops.size()),
                   staged);
        break;
    case Stop::None:
    case Stop::Gone:
        if (outcome.failed > 0 && outcome.succeeded == 0) {
            outcome.status = PublishOutcome::Status::Failed;
            outcome.error = firstError;
            outcome.message = joined(tr("The store refused every change (%1).")
                                         .arg(firstError ? firstError->userMessage() : QString()),
                                     staged);
        } else if (outcome.failed > 0 || (outcome.notSent > 0 && outcome.stillPending > 0)) {
            outcome.status = PublishOutcome::Status::PartlyPublished;
            // Nothing left pending: what failed was about images deleted on the store meanwhile,
            // whose dropped edits the sentences below name.
            outcome.message =
                outcome.stillPending == 0
                    ? tr("Published %1 of %2.").arg(outcome.succeeded).arg(outcome.plan.ops.size())
                    : joined(tr("Published %1 of %2; %3 failed and stay pending with the store's "
                                "message.")
                                 .arg(outcome.succeeded)
                                 .arg(outcome.plan.ops.size())
                                 .arg(requestsText(outcome.failed + outcome.notSent)),
                             staged);
        } else if (!outcome.verified && !verifyFailed) {
            outcome.status = PublishOutcome::Status::PartlyPublished;
            outcome.message =
                joined(tr("Published %1 with %2, but the store still does not show all of it "
                          "after %3 repair rounds.")
                           .arg(changesText(outcome.changes), requestsText(outcome.requests))
                           .arg(outcome.repairRounds),
                       staged);
        } else {
            outcome.status = PublishOutcome::Status::Published;
            outcome.message =
                tr("Published %1 with %2.")
                    .arg(changesText(outcome.changes), requestsText(outcome.requests));
            if (verifyFailed)
                outcome.message =
                    joined(outcome.message,
                           tr("Reading the gallery back failed (%1), so it was not checked.")
                               .arg(outcome.error ? outcome.error->userMessage() : QString()));
        }
        break;
    }
    outcome.message = joined(outcome.message, more);
    co_return outcome;
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
    if (d->busy && d->requestInFlight && d->client)
        d->client->cancelAll();
    delete d;
}

void Publisher::setJournal(Journal *journal, const QString &store) {
    d->journal = journal;
    d->store = store;
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
    // sent again, so they are not part of what the summary shows. Planned on a copy of the
    // session with the recorded outcomes applied, as the resume will apply them; a session
    // loaded again since (another baseline) already shows what went through.
    if (d->journaling()) {
        const std::optional<Journal::PublishRecord> record =
            d->journal->unfinishedPublish(d->store, d->session->productId());
        if (record && idsOf(d->session->model()->baseline()) == record->baselineIds) {
            QList<OpResult> results(record->plan.ops.size());
            for (const Journal::OpOutcome &o : record->outcomes)
                if (o.index >= 0 && o.index < results.size())
                    results[o.index] = o.result;
            EditSession resumed;
            resumed.setCapabilities(d->session->capabilities());
            SessionState::capture(*d->session).restoreInto(resumed);
            applyResults(resumed, record->plan, results);
            return resumed.plan();
        }
    }
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
    d->cancelRequested = true;
    if (d->requestInFlight && d->client)
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
    co_return d->compare(fresh.value()).conflicts;
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
    d->cancelRequested = false;
    outcome = co_await d->run(self, std::move(resolved));
    if (!self)
        co_return outcome;
    d->busy = false;
    d->requestInFlight = false;
    d->sending.reset();
    d->setPhase(Phase::Idle);
    qCInfo(lcWorkflow) << "publish:" << PublishOutcome::statusName(outcome.status) << "-"
                       << outcome.message;
    Q_EMIT finished(outcome);
    co_return outcome;
}

} // namespace vitrine
