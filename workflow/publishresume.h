#pragma once

#include "core/publishplan.h"
#include "workflow/journal.h"

#include <QSet>
#include <QString>

namespace vitrine {

class EditSession;
class PublishLog;

// Step 1 of a publish: finishing a publish of the product that was interrupted (the app was
// killed while it was sending). See docs/journal.md, "How a publish resumes".
class PublishResume {
public:
    struct Report {
        int opsDone = 0;      // recorded ops that went through
        int requestsDone = 0; // their HTTP requests
        // Images the interrupted publish may have changed: the next check must not take their
        // differences for changes made elsewhere (set when the session was loaded again since).
        QSet<QString> ignore;
    };

    // Applies the recorded outcomes of record to the session (when it still has the state the
    // plan was made from), turns the request that was in flight into one of unknown outcome,
    // and closes the record, in one transaction of log.
    static Report apply(EditSession &session, PublishLog &log,
                        const Journal::PublishRecord &record);

    // The plan the session will need once record is resumed: the requests it recorded as done
    // are left out. For the summary shown before publishing.
    static PublishPlan planAfter(const EditSession &session, const Journal::PublishRecord &record);
};

} // namespace vitrine
