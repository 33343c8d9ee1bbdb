#include "workflow/publishverify.h"

#include "core/sessionstate.h"
#include "models/editsession.h"
#include "models/gallerymodel.h"
#include "workflow/galleryindex.h"
#include "workflow/lostcreates.h"
#include "workflow/publishlog.h"
#include "workflow/workflowlogging.h"

#include <QUrl>

namespace vitrine {

namespace {

// A name for an image in a sentence: its URL's file name, else its id.
QString imageName(const ProductImage &image) {
    const QString file = QUrl(image.src).fileName();
    return file.isEmpty() ? image.id : file;
}

// Fields this publish did not write that changed meanwhile were changed elsewhere: they are
// taken rather than reverted with a repair. Returns whether anything was taken.
bool takeChangedElsewhere(SessionState &state, const Gallery &predicted,
                          const QList<StagedImage> &stagedBefore, const Gallery &seen,
                          const QHash<QString, ImageFields> &written, QList<Conflict> &taken) {
    bool changed = false;
    for (StagedImage &row : state.staged.rows) {
        const int p = galleryindex::indexOf(predicted, row.key);
        const int s = rowOfKey(stagedBefore, row.key);
        const int f = galleryindex::indexOf(seen, row.key);
        if (row.isNew || p < 0 || s < 0 || f < 0)
            continue;
        const ProductImage &was = predicted[p];
        const ProductImage &staged = stagedBefore[s].image;
        const ProductImage &now = seen[f];
        const ImageFields wrote = written.value(row.key);
        auto take = [&](ImageField field, Conflict::Kind kind, bool differsNow, bool stagedAsWas,
                        auto apply) {
            if (wrote.testFlag(field) || !differsNow || !stagedAsWas)
                return;
            apply();
            Conflict c;
            c.imageId = row.key;
            c.kind = kind;
            c.base = was;
            c.mine = staged;
            c.theirs = now;
            c.resolution = Conflict::Resolution::TakeTheirs;
            taken << c;
            changed = true;
        };
        take(ImageField::Alt, Conflict::Kind::AltChangedElsewhere, now.alt != was.alt,
             staged.alt == was.alt, [&] { row.image.alt = now.alt; });
        take(ImageField::Source, Conflict::Kind::SourceChangedElsewhere, now.src != was.src,
             staged.src == was.src, [&] { row.image.src = now.src; });
        take(ImageField::Variants, Conflict::Kind::VariantsChangedElsewhere,
             !sameVariantSet(now.variantIds, was.variantIds),
             sameVariantSet(staged.variantIds, was.variantIds),
             [&] { row.image.variantIds = now.variantIds; });
    }
    return changed;
}

} // namespace

PublishVerify::Report PublishVerify::apply(EditSession &session, PublishLog &log,
                                           const Gallery &seen,
                                           const QHash<QString, ImageFields> &written,
                                           const QSet<QString> &created) {
    Report out;
    const QString productId = session.productId();
    // Before the rebase: what publishing should have produced, and what is staged.
    const Gallery predicted = session.model()->baseline();
    const QList<StagedImage> stagedBefore = session.model()->rows();
    const EditSession::RebaseReport rebased = session.rebase(seen);
    out.observedOrdering = rebased.observedOrdering;
    // Images deleted on the store meanwhile leave the staged gallery; one that still had a
    // staged edit (typically one the store just refused as not found) loses it, and the user
    // must hear so.
    for (const QString &id : rebased.vanished) {
        const int s = rowOfKey(stagedBefore, id);
        if (s < 0)
            continue;
        const int p = galleryindex::indexOf(predicted, id);
        const StagedImage &row = stagedBefore[s];
        const bool edited = !row.error.isEmpty() || p < 0 || row.image.alt != predicted[p].alt ||
                            row.image.src != predicted[p].src ||
                            !sameVariantSet(row.image.variantIds, predicted[p].variantIds);
        if (edited)
            out.droppedEdits << imageName(row.image);
        else
            ++out.vanishedImages;
    }

    SessionState state = session.state();
    bool changed = false;
    // An image the store now shows as staged has nothing to say any more (its answer was
    // unreadable, or it said the image was already gone, and yet it was done).
    for (int row = 0; row < state.staged.rows.size(); ++row) {
        StagedImage &r = state.staged.rows[row];
        if (!r.isNew && !r.error.isEmpty() && !session.model()->editedFields(row)) {
            r.error.clear();
            changed = true;
        }
    }
    // Creates whose answer was lost: the store has the image, the staged row must not create it
    // again.
    QSet<QString> taken = created;
    // A create the read does not show stays uncertain: a store behind a slow proxy may still
    // add the image, so the next check looks for it again before it is ever sent again. The
    // other uncertain writes are settled by this read (they are idempotent).
    QList<Journal::UncertainOp> stillUncertain;
    for (const Journal::UncertainOp &op : log.uncertain(productId)) {
        if (const auto found = LostCreates::adopt(state, seen, op, taken)) {
            taken.insert(found->id);
            ++out.adoptedCreates;
            changed = true;
        } else if (op.kind == WriteOp::Kind::Create && state.staged.rowOfKey(op.localKey) >= 0) {
            stillUncertain << op;
        }
    }
    changed =
        takeChangedElsewhere(state, predicted, stagedBefore, seen, written, out.takenFromStore) ||
        changed;

    const std::unique_ptr<PublishLog::Transaction> t = log.transaction();
    if (changed)
        session.restore(state);
    log.clearUncertain(productId);
    for (const Journal::UncertainOp &op : std::as_const(stillUncertain))
        log.addUncertain(productId, op);
    log.saveState(session);
    if (!t->commit())
        qCWarning(lcWorkflow) << "publish: could not save the verified state:" << log.lastError();
    return out;
}

namespace {
// Images (store ids, local keys of new ones) whose last write failed: their rows or deletions
// carry the store's message.
QSet<QString> failedImages(const EditSession &session) {
    QSet<QString> failed;
    for (const StagedImage &row : session.model()->rows())
        if (!row.error.isEmpty())
            failed.insert(row.key);
    const QHash<QString, QString> deleteErrors = session.deleteErrors();
    for (auto it = deleteErrors.cbegin(); it != deleteErrors.cend(); ++it)
        failed.insert(it.key());
    return failed;
}
} // namespace

PublishPlan PublishVerify::withoutFailed(const EditSession &session, const PublishPlan &plan,
                                         const QStringList &uncertainCreates) {
    QSet<QString> left = failedImages(session);
    for (const QString &key : uncertainCreates)
        left.insert(key);
    PublishPlan out = plan;
    out.ops.clear();
    for (WriteOp op : plan.ops) {
        if (op.kind == WriteOp::Kind::UpdateAltTexts) {
            op.altTexts.removeIf(
                [&left](const AltTextEdit &edit) { return left.contains(edit.imageId); });
            if (!op.altTexts.isEmpty())
                out.ops << op;
            continue;
        }
        const QString key = op.imageId.isEmpty() ? op.localKey : op.imageId;
        if (op.kind == WriteOp::Kind::DeleteAll || !left.contains(key))
            out.ops << op;
    }
    return out;
}

bool PublishVerify::onlyFailedPending(const EditSession &session, const PublishPlan &plan) {
    const QSet<QString> failed = failedImages(session);
    for (const WriteOp &op : plan.ops) {
        const QString key = op.imageId.isEmpty() ? op.localKey : op.imageId;
        if (op.kind == WriteOp::Kind::UpdateAltTexts) {
            for (const QString &id : galleryindex::idsWrittenBy(op))
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

} // namespace vitrine
