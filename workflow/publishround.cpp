#include "workflow/publishround.h"

#include "models/gallerymodel.h"
#include "net/storeclient.h"
#include "workflow/galleryindex.h"
#include "workflow/publishlog.h"
#include "workflow/workflowlogging.h"
#include "workflow/writeanswer.h"

#include <QCoreApplication>

namespace vitrine {

namespace {

// Creates answered with a server error one after the other: the store is taken as down.
constexpr int kServerFailuresOfCreatesMeaningDown = 2;

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

EditSession::PublishReport PublishRound::applyResults(EditSession &session, const PublishPlan &plan,
                                                      const QList<OpResult> &results) {
    // EditSession applies results op by op and marks failures per image.
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

    const qint64 requestsBefore = m_context.client->requestsSent();
    int i = 0;
    for (; i < m_plan.ops.size(); ++i) {
        if (m_context.control->cancelRequested || !m_context.client) {
            m_result.stop = PublishStop::Cancelled;
            break;
        }
        WriteOp op = m_plan.ops[i];
        if (op.kind == WriteOp::Kind::Update && op.imageId.isEmpty())
            op.imageId = m_createdIds.value(op.localKey); // a new image moved after its create
        if (op.kind == WriteOp::Kind::Update && op.imageId.isEmpty()) {
            skip(i, op);
        } else {
            const std::optional<StoreError> error = co_await sendOp(i, op);
            if (!alive()) {
                // The log's record stays open: the next publish resumes from it.
                m_result.stop = PublishStop::Gone;
                co_return m_result;
            }
            settle(i, op, error);
        }
        if (m_result.stop != PublishStop::None) {
            ++i;
            break;
        }
    }
    // What the store was really sent: a batched alt write is a read and a write, a request
    // refused before sending is none.
    if (m_context.client)
        m_result.requests = int(m_context.client->requestsSent() - requestsBefore);
    finish(i);
    co_return m_result;
}

QCoro::Task<std::optional<StoreError>> PublishRound::sendOp(int index, WriteOp op) {
    StoreClient *client = m_context.client;
    QPointer<QObject> owner = m_context.owner;
    m_context.control->requestInFlight = true;
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
    m_context.control->requestInFlight = false;
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
    PublishLog &log = *m_context.log;
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
    // An outcome that cannot be recorded stops the publish as a plan that cannot be: sending on
    // would leave requests the log knows nothing about if the app stopped now.
    if (r.state != State::NotSent && !log.recordOutcome(m_recordId, index, r)) {
        qCWarning(lcWorkflow) << "publish: could not journal an outcome, stopping:"
                              << log.lastError();
        m_result.stop = PublishStop::Journal;
        m_result.journalError = log.lastError();
    }
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
    applyResults(*m_context.session, m_plan, m_result.results);
    log.saveState(*m_context.session);
    log.finishPublish(m_recordId);
    if (!t->commit())
        qCWarning(lcWorkflow) << "publish: could not record the results:" << log.lastError();
}

} // namespace vitrine
