#include "workflow/publishround.h"

#include "models/gallerymodel.h"
#include "net/storeclient.h"
#include "workflow/galleryindex.h"
#include "workflow/publishlog.h"
#include "workflow/workflowlogging.h"
#include "workflow/writeanswer.h"

#include <QCoreApplication>
#include <QCoroTimer>
#include <QTimer>

#include <algorithm>

namespace vitrine {

namespace {

// Creates answered with a server error one after the other: the store is taken as down.
constexpr int kServerFailuresOfCreatesMeaningDown = 2;
// send() looks again this often while writes are in flight (the last answer wakes it at once).
constexpr int kLongWaitMs = 60000;
// Ops marked as being sent ahead of their requests at most (see markAhead()).
constexpr int kMaxMarkedAhead = 4 * kMaxWritesInFlight;

// This file's texts, translated in the "Publisher" context (lupdate files Text::tr() under it).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Publisher)
};

using OpResult = EditSession::OpResult;
using State = EditSession::OpResult::State;

} // namespace

PublishRound::PublishRound(Context context, PublishPlan plan)
    : m_context(std::move(context))
    , m_plan(std::move(plan))
    , m_productId(m_plan.productId) {}

bool PublishRound::alive() const {
    return m_context.owner && m_context.session && m_context.client;
}

QCoro::Task<RoundResult> PublishRound::send() {
    PublishLog &log = *m_context.log;
    m_result.results = QList<OpResult>(m_plan.ops.size());
    const Gallery baseline = m_context.session->model()->baseline();
    m_knownIds = galleryindex::ids(baseline);
    for (const ProductImage &image : baseline)
        m_current.insert(image.id, image);

    m_recordId = log.beginPublish(*m_context.session, m_plan, m_knownIds);
    if (m_recordId == 0) {
        m_result.stop = PublishStop::Journal;
        m_result.journalError = log.lastError();
        m_result.notSent = int(m_plan.ops.size());
        co_return m_result;
    }

    m_requestsBefore = m_context.client->requestsSent();
    QTimer allAnswered;
    allAnswered.setSingleShot(true);
    m_allAnswered = &allAnswered;
    // Answers that arrive together are journaled together: each answer asks for the next start
    // through this timer, which runs once for all of them.
    QTimer startSoon;
    startSoon.setSingleShot(true);
    startSoon.setInterval(0);
    QObject::connect(&startSoon, &QTimer::timeout, &startSoon, [this] {
        startReady();
        endIfDone();
    });
    m_startSoon = &startSoon;
    startReady();
    endIfDone();
    while (!m_done) {
        allAnswered.start(kLongWaitMs); // cut short by endIfDone()
        co_await allAnswered;
    }
    m_allAnswered = nullptr;
    m_startSoon = nullptr;
    // The owner went away before the last answer: the log's record stays open, and the next
    // publish resumes from it.
    if (!m_finished)
        m_result.stop = PublishStop::Gone;
    co_return m_result;
}

void PublishRound::endIfDone() {
    if (m_inFlight > 0 || m_done || (m_startSoon && m_startSoon->isActive()))
        return;
    m_done = true;
    if (alive()) {
        // What the store was really sent: a batched alt write is a read and a write, a request
        // refused before sending is none.
        m_result.requests = int(m_context.client->requestsSent() - m_requestsBefore);
        finish(m_next);
        m_finished = true;
    }
    if (m_allAnswered)
        m_allAnswered->start(0);
}

bool PublishRound::dependsOnOrder(const WriteOp &op, const StoreCapabilities &capabilities) {
    const bool shift = capabilities.ordering == OrderingSemantics::Shift;
    switch (op.kind) {
    case WriteOp::Kind::DeleteAll:
    case WriteOp::Kind::UpdateAltTexts: // reads and writes the whole product
        return true;
    case WriteOp::Kind::Delete:
        return false;
    case WriteOp::Kind::Create:
        // Under shift semantics every create renumbers the images after it; without a position
        // the store appends it, so the order of arrival is the order in the gallery.
        return shift || !op.image.position;
    case WriteOp::Kind::Update:
        if (op.imageId.isEmpty())
            return true; // a new image: its id comes from its create
        return shift && op.patch.position && !op.keepsPlace;
    }
    return true;
}

bool PublishRound::stopping() const {
    return m_result.stop != PublishStop::None;
}

QList<int> PublishRound::takeReady() {
    QList<int> ready;
    const StoreCapabilities &caps = m_context.session->capabilities();
    while (m_next < m_plan.ops.size() && !stopping()) {
        if (m_context.control->cancelRequested || !m_context.client) {
            m_result.stop = PublishStop::Cancelled;
            break;
        }
        if (m_aloneInFlight)
            break;
        const int inFlight = m_inFlight + int(ready.size());
        if (inFlight >= std::clamp(m_window, 1, std::max(1, m_context.maxInFlight)))
            break;
        const WriteOp &op = m_plan.ops[m_next];
        const bool alone = dependsOnOrder(op, caps);
        if (alone && inFlight > 0)
            break;
        const QStringList images = galleryindex::idsWrittenBy(op);
        if (std::any_of(images.cbegin(), images.cend(),
                        [this](const QString &id) { return m_busyImages.contains(id); }))
            break; // the same image: after the answer about it
        if (op.kind == WriteOp::Kind::Update && op.imageId.isEmpty() &&
            m_createdIds.value(op.localKey).isEmpty()) {
            skip(m_next, op); // a new image moved after its create, which did not go through
            ++m_next;
            continue;
        }
        for (const QString &id : images)
            m_busyImages.insert(id);
        m_aloneInFlight = alone;
        ready << m_next++;
        if (alone)
            break;
    }
    return ready;
}

void PublishRound::startReady() {
    if (!alive())
        return;
    QList<int> ready = takeReady();
    if (!ready.isEmpty() && ready.constLast() >= m_markedUpTo && !markAhead(ready)) {
        // Sending on would leave requests the log knows nothing about if the app stopped now:
        // what was about to go stays staged.
        PublishLog &log = *m_context.log;
        qCWarning(lcWorkflow) << "publish: could not journal, stopping:" << log.lastError();
        if (m_result.stop == PublishStop::None || m_result.stop == PublishStop::Cancelled) {
            m_result.stop = PublishStop::Journal;
            m_result.journalError = log.lastError();
        }
        m_next -= int(ready.size());
        for (const int index : std::as_const(ready))
            for (const QString &id : galleryindex::idsWrittenBy(m_plan.ops[index]))
                m_busyImages.remove(id);
        m_aloneInFlight = false;
        ready.clear();
    }
    for (const int index : std::as_const(ready)) {
        WriteOp op = m_plan.ops[index];
        if (op.kind == WriteOp::Kind::Update && op.imageId.isEmpty())
            op.imageId = m_createdIds.value(op.localKey); // a new image moved after its create
        ++m_inFlight;
        m_context.control->requestInFlight = true;
        run(index, std::move(op)); // runs on by itself; send() waits for m_inFlight to reach 0
    }
}

bool PublishRound::markAhead(const QList<int> &ready) {
    // The ops about to go, and after them (when they go together with others) the next ones
    // that may go together too, up to a chunk that grows with the window: one transaction for
    // several answers, not one per request. A crash leaves the marked ops without an outcome to
    // be looked for on the store, whether they had left or not.
    const StoreCapabilities &caps = m_context.session->capabilities();
    const int from = std::max(m_markedUpTo, ready.constFirst());
    int to = ready.constLast() + 1;
    const int chunk = std::min(kMaxMarkedAhead, m_window * m_window);
    if (!dependsOnOrder(m_plan.ops[ready.constLast()], caps))
        while (to < m_plan.ops.size() && to - from < chunk && !dependsOnOrder(m_plan.ops[to], caps))
            ++to;
    QList<int> marks;
    for (int i = from; i < to; ++i)
        marks << i;
    // One transaction: the outcomes known so far, and the marks.
    PublishLog &log = *m_context.log;
    const std::unique_ptr<PublishLog::Transaction> t = log.transaction();
    bool ok = true;
    for (const int index : std::as_const(m_unrecorded))
        ok = ok && log.recordOutcome(m_recordId, index, m_result.results[index]);
    ok = ok && log.markSending(m_recordId, marks) && t->commit();
    m_unrecorded.clear();
    if (ok)
        m_markedUpTo = to;
    return ok;
}

QCoro::Task<> PublishRound::run(int index, WriteOp op) {
    const std::optional<StoreError> error = co_await sendOp(index, op);
    // The round outlives every run(): send() waits for them all, even when the owner is gone.
    --m_inFlight;
    if (m_inFlight == 0)
        m_aloneInFlight = false; // an op that goes alone is the only one in flight
    for (const QString &id : galleryindex::idsWrittenBy(m_plan.ops[index]))
        m_busyImages.remove(id);
    if (alive()) {
        m_context.control->requestInFlight = m_inFlight > 0;
        settle(index, op, error);
        // Journals the outcome and starts what may start now: at once when nothing else is in
        // flight (a cancel or the owner's end aborts every request at once, and the round ends
        // before it returns), else once for the answers that arrive together.
        if (m_inFlight == 0) {
            m_startSoon->stop(); // this start serves the answers it was waiting for too
            startReady();
        } else {
            m_startSoon->start();
        }
    }
    endIfDone();
}

QCoro::Task<std::optional<StoreError>> PublishRound::sendOp(int index, WriteOp op) {
    StoreClient *client = m_context.client;
    QPointer<QObject> owner = m_context.owner;
    std::optional<StoreError> error;
    switch (op.kind) {
    case WriteOp::Kind::Create: {
        Result<ProductImage> res = co_await client->createImage(m_productId, op.image);
        if (!owner)
            co_return std::nullopt;
        if (res) {
            const ProductImage &image = res.value();
            m_result.results[index].image = image;
            m_createdIds.insert(op.localKey, image.id);
            m_current.insert(image.id, image);
            m_knownIds << image.id;
            m_result.created << image.id;
            m_result.written[image.id] =
                ImageField::Alt | ImageField::Source | ImageField::Variants;
        } else {
            error = res.error();
        }
        break;
    }
    case WriteOp::Kind::Update: {
        const ProductImage before = m_current.value(op.imageId);
        Result<ProductImage> res = co_await client->updateImage(m_productId, before, op.patch);
        if (!owner)
            co_return std::nullopt;
        if (res) {
            m_current.insert(op.imageId, res.value());
            ImageFields &fields = m_result.written[op.imageId];
            if (op.patch.alt)
                fields |= ImageField::Alt;
            if (op.patch.src)
                fields |= ImageField::Source;
            if (op.patch.variantIds)
                fields |= ImageField::Variants;
        } else {
            error = res.error();
        }
        break;
    }
    case WriteOp::Kind::Delete: {
        Result<void> res = co_await client->deleteImage(m_productId, op.imageId);
        if (!owner)
            co_return std::nullopt;
        if (!res)
            error = res.error();
        break;
    }
    case WriteOp::Kind::DeleteAll: {
        Result<void> res = co_await client->deleteAllImages(m_productId);
        if (!owner)
            co_return std::nullopt;
        if (!res)
            error = res.error();
        break;
    }
    case WriteOp::Kind::UpdateAltTexts: {
        Result<void> res = co_await client->updateAltTexts(m_productId, op.altTexts);
        if (!owner)
            co_return std::nullopt;
        if (res) {
            for (const AltTextEdit &edit : op.altTexts) {
                m_result.written[edit.imageId] |= ImageField::Alt;
                if (m_current.contains(edit.imageId))
                    m_current[edit.imageId].alt = edit.alt;
            }
        } else {
            error = res.error();
        }
        break;
    }
    }
    co_return error;
}

void PublishRound::settle(int index, const WriteOp &op, const std::optional<StoreError> &error) {
    PublishLog &log = *m_context.log;
    OpResult &r = m_result.results[index];
    const WriteAnswer answer = classifyWriteAnswer(error, op.kind);
    switch (answer) {
    case WriteAnswer::Done:
        r.state = State::Succeeded;
        m_serverFailuresInARow = 0;
        ++m_window;
        break;
    case WriteAnswer::Refused:
        r.state = State::Failed;
        r.message = error->userMessage();
        if (op.kind == WriteOp::Kind::Create)
            m_createFailures.insert(op.localKey, r.message);
        if (!m_result.firstError)
            m_result.firstError = *error;
        break;
    case WriteAnswer::Unknown:
    case WriteAnswer::Gone: {
        // The store may have carried it out (or the image is gone already): the verify read,
        // or the next check, looks before anything about it is sent again.
        r.state = State::NotSent;
        r.message = answer == WriteAnswer::Gone
                        ? Text::tr("Sent; the store says the image is already gone. The store is "
                                   "read before anything about it is sent again.")
                        : Text::tr("Sent, but the store's answer does not say whether it was done; "
                                   "the store is read before it is sent again. %1")
                              .arg(error->userMessage());
        ++m_result.unconfirmed;
        if (!m_result.firstUnconfirmed)
            m_result.firstUnconfirmed = *error;
        if (op.kind == WriteOp::Kind::Create)
            m_result.uncertainCreates << op.localKey;
        const std::unique_ptr<PublishLog::Transaction> t = log.transaction();
        const bool kept = log.addUncertainWrite(m_productId, op, m_knownIds) &&
                          log.recordOutcome(m_recordId, index, r);
        if (!kept || !t->commit()) {
            m_result.stop = PublishStop::Journal;
            m_result.journalError = log.lastError();
        }
        break;
    }
    }
    if (error) {
        m_window = 1; // until writes go through again, one at a time
        qCInfo(lcWorkflow) << "publish:" << op.describe()
                           << "failed:" << StoreError::codeName(error->code) << error->httpStatus
                           << error->storeMessage;
        PublishStop stop = m_context.client ? publishStopFor(*error) : PublishStop::Cancelled;
        // A create is never retried on a 5xx (it may have been done), so one such answer does
        // not show the store is down; two in a row do. Any other write got here only after the
        // pipeline's retries ran out.
        if (stop == PublishStop::StoreDown && op.kind == WriteOp::Kind::Create &&
            ++m_serverFailuresInARow < kServerFailuresOfCreatesMeaningDown)
            stop = PublishStop::None;
        if (stop != PublishStop::None && m_result.stop == PublishStop::None) {
            m_result.stop = stop;
            m_result.stopError = *error;
        }
    }
    record(index);
}

void PublishRound::skip(int index, const WriteOp &op) {
    OpResult &r = m_result.results[index];
    if (m_result.uncertainCreates.contains(op.localKey)) {
        // Whether its image was added is read back first; a repair round moves it then.
        r.state = State::NotSent;
        r.message = Text::tr("Not sent yet: whether its image was added is read back first.");
    } else {
        r.state = State::Failed;
        r.message = m_createFailures.value(
            op.localKey, Text::tr("The image was not added, so it could not be moved."));
    }
    record(index);
}

void PublishRound::record(int index) {
    const OpResult &r = m_result.results[index];
    switch (r.state) {
    case State::Succeeded:
        ++m_result.succeeded;
        break;
    case State::Failed:
        ++m_result.failed;
        break;
    case State::NotSent:
        ++m_result.notSent;
        break;
    }
    // Journaled with the next marks, before anything else is sent (startReady()); an uncertain
    // outcome was journaled with its uncertain entry already.
    if (r.state != State::NotSent)
        m_unrecorded << index;
    if (onOpFinished)
        onOpFinished(index, r);
}

void PublishRound::finish(int from) {
    // What was not sent stays staged (marked "not published").
    for (int i = from; i < m_plan.ops.size(); ++i) {
        ++m_result.notSent;
        m_result.results[i].message = Text::tr("Not sent: publishing stopped before this change.");
        if (onOpFinished)
            onOpFinished(i, m_result.results[i]);
    }
    // The results move the baseline; the record is closed in the same transaction, so a crash
    // never applies them twice.
    PublishLog &log = *m_context.log;
    const std::unique_ptr<PublishLog::Transaction> t = log.transaction();
    for (const int index : std::as_const(m_unrecorded))
        log.recordOutcome(m_recordId, index, m_result.results[index]);
    m_unrecorded.clear();
    m_context.session->applyPublishResults(m_plan, m_result.results);
    log.saveState(*m_context.session);
    log.finishPublish(m_recordId);
    if (!t->commit())
        qCWarning(lcWorkflow) << "publish: could not record the results:" << log.lastError();
}

} // namespace vitrine
