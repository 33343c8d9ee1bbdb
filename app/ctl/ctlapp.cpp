#include "app/ctl/ctlapp.h"

#include "app/ctl/altcommands.h"
#include "app/ctl/catalogcommands.h"
#include "app/ctl/ctlconsole.h"
#include "app/ctl/ctlparser.h"
#include "app/ctl/dialectcommands.h"
#include "app/ctl/editcommands.h"
#include "app/ctl/journalcommands.h"
#include "app/ctl/profilecommands.h"
#include "app/ctl/readcommands.h"

namespace vitrine {

CtlApp::CtlApp(CtlContext context)
    : m_context(std::move(context)) {}

QCoro::Task<int> CtlApp::run(QStringList args) {
    const CtlParseResult parsed = CtlParser::parse(args);
    switch (parsed.action) {
    case CtlParseResult::Action::Help:
        m_context.console->print(parsed.text);
        co_return int(CtlExit::Ok);
    case CtlParseResult::Action::UsageError:
        m_context.console->errorText(parsed.text);
        co_return int(CtlExit::Usage);
    case CtlParseResult::Action::Run:
        break;
    }

    // Copies: the context and invocation must outlive every suspension of the command.
    const CtlContext context = m_context;
    const CtlInvocation inv = parsed.invocation;
    CtlExit exit = CtlExit::Ok;
    switch (inv.command) {
    case CtlCommand::Products:
        exit = co_await ReadCommands::products(context, inv);
        break;
    case CtlCommand::List:
        exit = co_await ReadCommands::list(context, inv);
        break;
    case CtlCommand::Add:
    case CtlCommand::SetAlt:
    case CtlCommand::Reorder:
    case CtlCommand::Delete:
        exit = co_await EditCommands::run(context, inv);
        break;
    case CtlCommand::Pending:
        exit = co_await JournalCommands::pending(context, inv);
        break;
    case CtlCommand::Publish:
        exit = co_await JournalCommands::publish(context, inv);
        break;
    case CtlCommand::Discard:
        exit = co_await JournalCommands::discard(context, inv);
        break;
    case CtlCommand::Template:
        exit = co_await AltCommands::fillFromTemplate(context, inv);
        break;
    case CtlCommand::ExportAlt:
        exit = co_await AltCommands::exportSheet(context, inv);
        break;
    case CtlCommand::ImportAlt:
        exit = co_await AltCommands::importSheet(context, inv);
        break;
    case CtlCommand::Scan:
        exit = co_await CatalogCommands::scan(context, inv);
        break;
    case CtlCommand::Audit:
        exit = co_await CatalogCommands::audit(context, inv);
        break;
    case CtlCommand::ProfilesList:
        exit = co_await ProfileCommands::list(context, inv);
        break;
    case CtlCommand::ProfilesAdd:
        exit = co_await ProfileCommands::add(context, inv);
        break;
    case CtlCommand::ProfilesRemove:
        exit = co_await ProfileCommands::remove(context, inv);
        break;
    case CtlCommand::DialectCheck:
        exit = co_await DialectCommands::check(context, inv);
        break;
    }
    m_context.console->flush();
    co_return int(exit);
}

} // namespace vitrine
