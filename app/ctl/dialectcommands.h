#pragma once

#include "app/ctl/ctlcontext.h"
#include "app/ctl/ctlinvocation.h"

#include <QCoroTask>

namespace vitrine {

// dialect check FILE [--base-url URL] [--product ID]: reads a custom dialect file as strictly as
// a store connection does (every problem with file:line:column), then, where an address is known
// (--base-url, else the file's baseUrl), holds its field mapping against the store's live answer
// for one product (MappingCheck): found, missing and unmapped keys. Exit 1 on any problem.
class DialectCommands {
public:
    static QCoro::Task<CtlExit> check(CtlContext context, CtlInvocation invocation);
};

} // namespace vitrine
