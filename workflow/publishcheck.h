#pragma once

#include "core/conflict.h"
#include "core/productimage.h"
#include "core/sessionstate.h"
#include "workflow/journal.h"

#include <QList>
#include <QSet>

namespace vitrine {

class EditSession;

// Step 2 of a publish: the gallery read again, compared with what was loaded and what is
// staged. Requests of unknown outcome are settled first (a create the store did carry out is
// adopted; the images of the others are not taken for changes made elsewhere), then
// ConflictDetector finds the changes made elsewhere.
class PublishCheck {
public:
    struct Result {
        SessionState state; // the session's state with the adopted creates
        QList<Conflict> conflicts;
        int adoptedCreates = 0;
    };

    // Nothing is changed. ignore: images an interrupted publish of ours may have changed.
    static Result compare(const EditSession &session, const Gallery &fresh,
                          const QList<Journal::UncertainOp> &uncertain, QSet<QString> ignore);

    // Choices made for an earlier NeedsChoice outcome (matched by Conflict::sameAs) apply to the
    // same conflicts; a conflict that changed again still needs a choice.
    static void applyChoices(QList<Conflict> &conflicts, const QList<Conflict> &resolved);
};

} // namespace vitrine
