#pragma once

#include "app/ctl/ctlcontext.h"

#include <QCoroTask>
#include <QStringList>

namespace vitrine {

// vitrinectl as a library: parses the command line and runs the command, writing to the
// context's console. Returns the exit code (CtlExit). main() only builds the context.
class CtlApp {
public:
    explicit CtlApp(CtlContext context);

    // args[0] is the program name.
    QCoro::Task<int> run(QStringList args);

private:
    CtlContext m_context;
};

} // namespace vitrine
