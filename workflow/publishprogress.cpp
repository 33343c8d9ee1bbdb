#include "workflow/publishprogress.h"

#include "workflow/galleryindex.h"

#include <QSet>

#include <algorithm>

namespace vitrine {

namespace {

// The staged images an op is about: a create and the move of its image by the new image's
// local key, the others by store id; a delete-all by every image staged for deletion.
QStringList imagesOf(const WriteOp &op, const SessionState &state) {
    if (op.kind == WriteOp::Kind::DeleteAll)
        return state.staged.deletedIds;
    if (op.kind == WriteOp::Kind::Create || op.imageId.isEmpty())
        return {op.localKey};
    return galleryindex::idsWrittenBy(op);
}

} // namespace

PublishProgress PublishProgress::of(const SessionState &state,
                                    const std::optional<Journal::PublishRecord> &record,
                                    const QList<Journal::UncertainOp> &uncertain) {
    QSet<QString> done;
    QSet<QString> inDoubt;
    QSet<QString> open; // a request about it failed or was not sent
    if (record && galleryindex::ids(state.staged.baseline) == record->baselineIds) {
        QList<EditSession::OpResult> results(record->plan.ops.size());
        for (const Journal::OpOutcome &o : record->outcomes)
            results[o.index] = o.result;
        // The ops that may have been in flight (marked as sending, without an outcome).
        const QList<int> inFlight = record->inDoubt();
        for (int i = 0; i < record->plan.ops.size(); ++i) {
            QSet<QString> &into = inFlight.contains(i) ? inDoubt
                                  : results[i].state == EditSession::OpResult::State::Succeeded
                                      ? done
                                      : open;
            for (const QString &key : imagesOf(record->plan.ops[i], state))
                into.insert(key);
        }
    }
    for (const Journal::UncertainOp &op : uncertain)
        inDoubt.insert(op.kind == WriteOp::Kind::Create || op.imageId.isEmpty() ? op.localKey
                                                                                : op.imageId);
    done -= inDoubt;
    done -= open;

    PublishProgress p;
    const int pending = state.pendingCount();
    p.confirmedSent = std::min(int(done.size()), pending);
    p.uncertain = std::min(int(inDoubt.size()), pending - p.confirmedSent);
    p.notSent = pending - p.confirmedSent - p.uncertain;
    return p;
}

} // namespace vitrine
