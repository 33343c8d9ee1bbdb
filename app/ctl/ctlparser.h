#pragma once

#include "app/ctl/ctlinvocation.h"

#include <QString>
#include <QStringList>

namespace vitrine {

// What the command line asks for: run a command, print help (stdout, exit 0), or a usage error
// (stderr, exit 2). Every usage error is found here, before any store is contacted.
struct CtlParseResult {
    enum class Action { Run, Help, UsageError };
    Action action = Action::Run;
    CtlInvocation invocation;
    QString text; // Help: the help text; UsageError: the message, a usage line and a hint
};

// vitrinectl's command line: global store options, then COMMAND and its own arguments and
// options. A small hand parser (not QCommandLineParser) because the same option names mean
// different things before and after a command (`--dialect` of the store to use vs. of a profile
// being added), and because every error must name the command's own usage line. Pure: prints
// nothing, exits nothing, touches no settings.
class CtlParser {
public:
    // args[0] is the program name.
    static CtlParseResult parse(const QStringList &args);

    static QString mainHelp();
    // Help of one command ("list", "profiles add"); empty for an unknown command.
    static QString commandHelp(const QString &command);
    // "Usage: vitrinectl [STORE] list PRODUCT [--json]"; the general usage for an unknown command.
    static QString usageLine(const QString &command);
};

} // namespace vitrine
