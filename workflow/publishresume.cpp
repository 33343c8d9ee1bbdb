#include "workflow/publishresume.h"

#include "core/sessionstate.h"
#include "models/editsession.h"
#include "models/gallerymodel.h"
#include "workflow/galleryindex.h"
#include "workflow/publishlog.h"
#include "workflow/workflowlogging.h"

#include <algorithm>

namespace vitrine {

namespace {

using OpResult = EditSession::OpResult;
using State = EditSession::OpResult::State;

QList<OpResult> recordedResults(const Journal::PublishRecord &record) {
    QList<OpResult> results(record.plan.ops.size());
    for (const Journal::OpOutcome &o : record.outcomes)
        if (o.index >= 0 && o.index < results.size())
            results[o.index] = o.result;
    return results;
}

// The record applies to the state it was planned from: the session still has it when its
// baseline has the same images.
bool samePlanBase(const EditSession &session, const Journal::PublishRecord &record) {
    return galleryindex::ids(session.model()->baseline()) == record.baselineIds;
}

} // namespace

PublishResume::Report PublishResume::apply(EditSession &session, PublishLog &log,
                                           const Journal::PublishRecord &record) {
    Report report;
    const QString productId = session.productId();
    const PublishPlan &plan = record.plan;
    const QList<OpResult> results = recordedResults(record);
    // Each op is marked before it is sent and its outcome recorded before anything depending on
    // it is sent: the ops marked without an outcome may have been in flight when the app stopped.
    const QList<int> inFlight = record.inDoubt();
    QStringList knownIds = record.baselineIds;
    for (int i = 0; i < plan.ops.size(); ++i) {
        if (results[i].state != State::Succeeded)
            continue;
        ++report.opsDone;
        report.requestsDone += plan.ops[i].requests;
        if (plan.ops[i].kind == WriteOp::Kind::Create)
            knownIds << results[i].image.id;
    }
    // A session that was loaded again from the store since (its baseline differs) already shows
    // what went through: only creates must be recognised, and every image the plan touched is
    // not a change made elsewhere. With the same base, the recorded outcomes move the baseline
    // exactly and only the requests in flight are in doubt (its uncertain entry keeps it out of
    // the conflict check).
    const bool sameBase = samePlanBase(session, record);
    const std::unique_ptr<PublishLog::Transaction> t = log.transaction();
    for (int i = 0; i < plan.ops.size(); ++i) {
        const WriteOp &op = plan.ops[i];
        if (!sameBase) {
            for (const QString &id : galleryindex::idsWrittenBy(op))
                report.ignore.insert(id);
            if (op.kind == WriteOp::Kind::DeleteAll)
                for (const QString &id : record.baselineIds)
                    report.ignore.insert(id);
            if (op.kind == WriteOp::Kind::Create && results[i].state == State::Succeeded)
                report.ignore.insert(results[i].image.id);
        }
        if (inFlight.contains(i)) {
            WriteOp sent = op;
            // A move of an image this publish created went to the id its create returned.
            for (int j = 0; j < i && sent.imageId.isEmpty(); ++j)
                if (plan.ops[j].kind == WriteOp::Kind::Create &&
                    plan.ops[j].localKey == op.localKey && results[j].state == State::Succeeded)
                    sent.imageId = results[j].image.id;
            log.addUncertainWrite(productId, sent, knownIds);
        } else if (!sameBase && op.kind == WriteOp::Kind::Create &&
                   results[i].state == State::Succeeded) {
            log.addUncertainWrite(productId, op, knownIds, results[i].image.id);
        }
    }
    if (sameBase)
        session.applyPublishResults(plan, results);
    log.saveState(session);
    log.finishPublish(record.id);
    if (!t->commit())
        qCWarning(lcWorkflow) << "publish: could not close the interrupted publish record:"
                              << log.lastError();
    qCInfo(lcWorkflow) << "resumed an interrupted publish of product" << productId << ":"
                       << report.opsDone << "of" << plan.ops.size() << "requests had gone through"
                       << "; in flight:" << inFlight.size()
                       << (sameBase ? "" : "; the session was reloaded since");
    return report;
}

PublishPlan PublishResume::planAfter(const EditSession &session,
                                     const Journal::PublishRecord &record) {
    // A session loaded again since (another baseline) already shows what went through.
    if (!samePlanBase(session, record))
        return session.plan();
    // Planned on a copy of the session with the recorded outcomes applied, as apply() will.
    EditSession resumed;
    resumed.setCapabilities(session.capabilities());
    resumed.restore(session.state());
    resumed.applyPublishResults(record.plan, recordedResults(record));
    return resumed.plan();
}

} // namespace vitrine
