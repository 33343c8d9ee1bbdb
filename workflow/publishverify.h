#pragma once

#include "core/conflict.h"
#include "core/imagefield.h"
#include "core/productimage.h"
#include "core/publishplan.h"
#include "core/storecapabilities.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

#include <optional>

namespace vitrine {

class EditSession;
class PublishLog;

// Step 4 of a publish: the gallery read again after writing becomes the session's baseline, so
// whatever the store does not show yet is pending again (step 5 repairs it). What the read
// shows is settled on the way: creates whose answer was lost are adopted (one the read does not
// show stays uncertain for the next check), images deleted on the store meanwhile leave the
// staged gallery (an edit of theirs is named, never dropped silently),
// and fields this publish did not write that changed meanwhile are taken from the store rather
// than reverted by a repair.
class PublishVerify {
public:
    struct Report {
        std::optional<OrderingSemantics> observedOrdering;
        QStringList droppedEdits; // images deleted elsewhere that had a staged edit (names)
        int vanishedImages = 0;   // and the others
        int adoptedCreates = 0;
        QList<Conflict> takenFromStore;
    };

    // written: fields the publish wrote, per store id (Alt, Source, Variants); created: the
    // images it created (never mistaken for one whose create answer was lost). Rebases session
    // on seen and writes the result to log, uncertain requests cleared, in one transaction.
    static Report apply(EditSession &session, PublishLog &log, const Gallery &seen,
                        const QHash<QString, ImageFields> &written, const QSet<QString> &created);

    // Whether every op of plan (what is still pending) only concerns images whose publish
    // failed: a verify that leaves just those pending found the store as staged otherwise.
    static bool onlyFailedPending(const EditSession &session, const PublishPlan &plan);

    // plan without the ops about images whose write failed in this publish (their rows carry
    // the store's message) or whose create is in doubt (uncertainCreates: local keys): what a
    // publish may still send after a read in its middle. A refused write is not sent again
    // within the publish, a create in doubt only after the next check's read.
    static PublishPlan withoutFailed(const EditSession &session, const PublishPlan &plan,
                                     const QStringList &uncertainCreates);
};

} // namespace vitrine
