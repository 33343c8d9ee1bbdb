#pragma once

#include "app/ctl/ctlcontext.h"
#include "app/ctl/ctlinvocation.h"

#include <QCoroTask>

namespace vitrine {

// template, export and import (docs/alttext.md): alt text for many images at once. Each reads
// the galleries it works on as they will be published (the store's images with the edits the
// journal keeps), shows a preview on stdout — text, or JSON with --json — and stages only with
// --stage, into the journal, as one step per product ('vitrinectl publish' publishes it).
class AltCommands {
public:
    static QCoro::Task<CtlExit> fillFromTemplate(CtlContext context, CtlInvocation invocation);
    static QCoro::Task<CtlExit> exportSheet(CtlContext context, CtlInvocation invocation);
    // Exit 1 when a cell is in conflict or a line was skipped (the rest is staged with --stage).
    static QCoro::Task<CtlExit> importSheet(CtlContext context, CtlInvocation invocation);
};

} // namespace vitrine
