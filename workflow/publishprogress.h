#pragma once

#include "core/sessionstate.h"
#include "workflow/journal.h"

#include <QList>

#include <optional>

namespace vitrine {

// How far a publish got that did not finish (the app was killed, or it stopped with requests of
// unknown outcome), counted in edited images as SessionState::pendingCount counts them: for
// `vitrinectl pending` and the kept-edits prompt, so they do not call every edit pending.
struct PublishProgress {
    int confirmedSent = 0; // every request about the image was recorded as done
    int uncertain = 0;     // a request about it was in flight, or its outcome is unknown
    int notSent = 0;       // the rest of the pending edits

    // state: the kept state; record: the interrupted publish (used when it was planned from
    // state's baseline); uncertain: the requests of unknown outcome kept for the product.
    static PublishProgress of(const SessionState &state,
                              const std::optional<Journal::PublishRecord> &record,
                              const QList<Journal::UncertainOp> &uncertain);
};

} // namespace vitrine
