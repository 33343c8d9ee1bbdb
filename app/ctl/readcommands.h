#pragma once

#include "app/ctl/ctlcontext.h"
#include "app/ctl/ctlinvocation.h"

#include <QCoroTask>

namespace vitrine {

// The commands that only read from the store: products, list.
class ReadCommands {
public:
    static QCoro::Task<CtlExit> products(CtlContext context, CtlInvocation invocation);
    static QCoro::Task<CtlExit> list(CtlContext context, CtlInvocation invocation);
};

} // namespace vitrine
