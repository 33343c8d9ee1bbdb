// vitrinectl: the command-line companion of Vitrine. Builds the context (the app's settings and
// profiles, the token stores, the shared journal, stdout/stderr) and runs CtlApp; everything else
// lives in vitrine_ctl.
#include "app/ctl/ctlapp.h"
#include "app/ctl/ctlconsole.h"
#include "app/ctl/ctlinterrupt.h"
#include "app/ctl/ctlstoreresolver.h"
#include "net/filetokenstore.h"
#include "net/keychaintokenstore.h"
#include "net/memorytokenstore.h"
#include "net/profilestore.h"
#include "net/tokenresolver.h"
#include "translations/translationloader.h"
#include "workflow/journal.h"

#include <QCoreApplication>
#include <QCoroTask>
#include <QLoggingCategory>
#include <QSettings>

#include <csignal>

using namespace vitrine;

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    // The same names as the GUI: profiles (QSettings) and the journal (AppDataLocation) are
    // shared with the Vitrine app.
    QCoreApplication::setApplicationName(QStringLiteral("vitrine"));
    QCoreApplication::setOrganizationName(QStringLiteral("Vitrine"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VITRINE_VERSION));
    TranslationLoader::install(&app);
    // stderr is for the user: the libraries' diagnostics stay quiet unless asked for with
    // QT_LOGGING_RULES (which takes precedence over these rules), e.g. "vitrine.*=true".
    // Warnings still show.
    QLoggingCategory::setFilterRules(QStringLiteral("vitrine.*.debug=false\nvitrine.*.info=false"));
#ifdef SIGPIPE
    // `vitrinectl list 1 | head` must not end in a signal.
    std::signal(SIGPIPE, SIG_IGN);
#endif

    CtlConsole console;
    ProfileStore profiles;
    const bool fileConsent =
        QSettings().value(QStringLiteral("tokens/allowPrivateFile"), false).toBool();
    auto tokens = std::make_shared<TokenResolver>(std::make_shared<KeychainTokenStore>(),
                                                  std::make_shared<FileTokenStore>(fileConsent),
                                                  std::make_shared<MemoryTokenStore>());
    CtlStoreResolver stores(&profiles, tokens);
    // VITRINE_JOURNAL points vitrinectl at another journal file (tests, separate workspaces).
    const QString journalPath = qEnvironmentVariableIsEmpty("VITRINE_JOURNAL")
                                    ? Journal::defaultPath()
                                    : qEnvironmentVariable("VITRINE_JOURNAL");
    Journal journal(journalPath); // opened only by the commands that need it

    CtlInterrupt interrupt;
    interrupt.install();

    CtlContext context;
    context.console = &console;
    context.profiles = &profiles;
    context.tokens = tokens;
    context.stores = &stores;
    context.journal = &journal;
    context.interrupt = &interrupt;
    CtlApp ctl(context);
    return QCoro::waitFor(ctl.run(QCoreApplication::arguments()));
}
