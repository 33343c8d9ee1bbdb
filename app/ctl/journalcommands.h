#pragma once

#include "app/ctl/ctlcontext.h"
#include "app/ctl/ctlinvocation.h"

#include <QCoroTask>

namespace vitrine {

// The commands about the journal of staged edits (shared with the Vitrine app):
//  pending [PRODUCT]  what is staged (of the chosen store; of every store when none is chosen and
//                     no current profile exists), image by image; nothing is sent to a store
//  publish [PRODUCT]  publishes what is staged for the store (one product, or every product it
//                     has edits for), finishing an interrupted publish first
//  discard PRODUCT    forgets the product's staged edits, interrupted publish included
class JournalCommands {
public:
    static QCoro::Task<CtlExit> pending(CtlContext context, CtlInvocation invocation);
    static QCoro::Task<CtlExit> publish(CtlContext context, CtlInvocation invocation);
    static QCoro::Task<CtlExit> discard(CtlContext context, CtlInvocation invocation);
};

} // namespace vitrine
