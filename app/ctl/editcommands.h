#pragma once

#include "app/ctl/ctlcontext.h"
#include "app/ctl/ctlinvocation.h"

#include <QCoroTask>

namespace vitrine {

// add, set-alt, reorder, delete. Each reads the product's gallery (taking the edits the journal
// keeps for it, so staged work is never lost or overwritten), makes the edit through an
// EditSession (refused edits: exit 1, nothing sent, nothing staged), keeps the staged state in
// the journal, and then either stops there (--stage) or publishes everything staged for the
// product with the Publisher.
class EditCommands {
public:
    static QCoro::Task<CtlExit> run(CtlContext context, CtlInvocation invocation);
};

} // namespace vitrine
