#pragma once

#include "app/ctl/ctlcontext.h"
#include "app/ctl/ctlinvocation.h"

#include <QCoroTask>

namespace vitrine {

// profiles list | add | remove: the store profiles the Vitrine app uses too (same QSettings).
class ProfileCommands {
public:
    static QCoro::Task<CtlExit> list(CtlContext context, CtlInvocation invocation);
    // The first profile added becomes the current one (used when no store option is given).
    static QCoro::Task<CtlExit> add(CtlContext context, CtlInvocation invocation);
    // Also forgets the profile's saved token.
    static QCoro::Task<CtlExit> remove(CtlContext context, CtlInvocation invocation);
};

} // namespace vitrine
