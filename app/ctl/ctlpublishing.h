#pragma once

#include "app/ctl/ctlcontext.h"
#include "app/ctl/ctlinvocation.h"
#include "workflow/publishoutcome.h"

#include <QCoroTask>
#include <QString>

namespace vitrine {

class CtlStoreConnection;
class EditSession;

// Publishes one product's staged edits with the app's Publisher (check for changes made
// elsewhere, fewest requests, verify and repair, resumable through the journal), and tells the
// user on stderr: the plan's summary ("1 reorder, 2 alt text edits → 3 requests"), each request
// as it finishes, and what happened in the end.
class CtlPublishing {
public:
    struct Report {
        CtlExit exit = CtlExit::Failed;
        PublishOutcome outcome;
    };

    // store and session must outlive the task. resolve: "keep-mine" or "take-theirs" settles
    // conflicts with changes made elsewhere; empty: they stop the publish (exit 1, listed).
    static QCoro::Task<Report> publish(CtlContext context, CtlStoreConnection *store,
                                       EditSession *session, QString resolve);

    // The store id a published add got (empty when its create did not succeed).
    static QString createdId(const PublishOutcome &outcome, const QString &localKey);
};

} // namespace vitrine
