#include "app/ctl/ctlcontext.h"

#include "app/ctl/ctlconsole.h"
#include "workflow/journal.h"

#include <QCoreApplication>

namespace vitrine {

bool openJournal(const CtlContext &context) {
    if (!context.journal) {
        context.console->error(
            QCoreApplication::translate("vitrinectl", "No journal of staged edits is set up."));
        return false;
    }
    if (context.journal->isOpen())
        return true;
    if (!context.journal->open()) {
        context.console->error(
            QCoreApplication::translate("vitrinectl", "The journal of staged edits (%1) cannot be "
                                                      "used: %2")
                .arg(context.journal->filePath(), context.journal->lastError()));
        return false;
    }
    if (!context.journal->recoveryMessage().isEmpty())
        context.console->progress(context.journal->recoveryMessage());
    return true;
}

} // namespace vitrine
