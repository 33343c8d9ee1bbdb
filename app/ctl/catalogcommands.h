#pragma once

#include "app/ctl/ctlcontext.h"
#include "app/ctl/ctlinvocation.h"

#include <QCoroTask>

namespace vitrine {

// The commands about the whole store (docs/catalog.md):
//  scan [--json]   reads the store into the local catalog (resumable, incremental), progress on
//                  stderr; Ctrl+C stops it after the request in flight, the next scan resumes
//  audit [--json | --csv] [--problem P[,P...]] [--product ID]
//                  the gallery review's findings across the catalog of the last scan (staged edits
//                  applied), after checking the pictures not checked yet (token-free, bounded)
class CatalogCommands {
public:
    static QCoro::Task<CtlExit> scan(CtlContext context, CtlInvocation invocation);
    static QCoro::Task<CtlExit> audit(CtlContext context, CtlInvocation invocation);
};

} // namespace vitrine
