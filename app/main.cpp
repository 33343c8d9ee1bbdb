// vitrine: the desktop gallery editor. Parses the command line, builds the layers and hands the
// window to the gallery controller; everything else lives in the libraries.
#include "app/commandline.h"
#include "app/gui/catalogcontroller.h"
#include "app/gui/catalogpublishcontroller.h"
#include "app/gui/gallerycontroller.h"
#include "app/gui/profilecontroller.h"
#include "app/gui/publishcontroller.h"
#include "app/gui/recentstores.h"
#include "app/gui/storelauncher.h"
#include "app/gui/templatecontroller.h"
#include "models/editsession.h"
#include "net/filetokenstore.h"
#include "net/keychaintokenstore.h"
#include "net/memorytokenstore.h"
#include "net/profilestore.h"
#include "net/thumbnailfetcher.h"
#include "net/tokenresolver.h"
#include "spelling/hunspellchecker.h"
#include "translations/translationloader.h"
#include "ui/alttextactions.h"
#include "ui/mainwindow.h"
#include "ui/profilesdialog.h"
#include "ui/reviewpanel.h"
#include "ui/thumbnailcache.h"
#include "workflow/journal.h"
#include "workflow/savedtemplates.h"

#include <QApplication>
#include <QCoroTask>
#include <QIcon>
#include <QLoggingCategory>
#include <QSettings>

#include <cstdio>

using namespace vitrine;

namespace {

// Opens the chosen store once the event loop runs; the window shows progress and errors.
QCoro::Task<> launch(StoreLauncher *launcher, GalleryController *controller, MainWindow *window,
                     LaunchOptions options) {
    const Result<StoreTarget> target = co_await launcher->resolve(options);
    if (!target.ok()) {
        window->showError(target.error().userMessage());
        co_return;
    }
    co_await controller->openStore(target.value());
}

// File ▸ Open Recent: an entry that no longer opens (its profile is gone) leaves the menu.
QCoro::Task<> launchRecent(StoreLauncher *launcher, GalleryController *controller,
                           MainWindow *window, RecentStores *recent, int index) {
    if (index < 0 || index >= recent->entries().size())
        co_return;
    const Result<StoreTarget> target =
        co_await launcher->resolve(recent->entries().at(index).options);
    if (!target.ok()) {
        window->showError(target.error().userMessage());
        recent->remove(index);
        window->setRecentStores(recent->names());
        co_return;
    }
    co_await controller->openStore(target.value());
}

// The options QGuiApplication and QApplication take out of the command line themselves
// (-platform xcb, --style=Fusion, -reverse...). They are no usage error, so a command line that
// only fails with them is handed to QApplication to decide.
QStringList withoutQtOptions(const QStringList &args) {
    static const QStringList withValue = {QStringLiteral("platform"),
                                          QStringLiteral("platformpluginpath"),
                                          QStringLiteral("platformtheme"),
                                          QStringLiteral("plugin"),
                                          QStringLiteral("qwindowgeometry"),
                                          QStringLiteral("geometry"),
                                          QStringLiteral("qwindowtitle"),
                                          QStringLiteral("title"),
                                          QStringLiteral("qwindowicon"),
                                          QStringLiteral("icon"),
                                          QStringLiteral("session"),
                                          QStringLiteral("display"),
                                          QStringLiteral("name"),
                                          QStringLiteral("style"),
                                          QStringLiteral("stylesheet"),
                                          QStringLiteral("qmljsdebugger")};
    static const QStringList flags = {QStringLiteral("reverse"), QStringLiteral("widgetcount"),
                                      QStringLiteral("nograb"), QStringLiteral("dograb"),
                                      QStringLiteral("testability")};
    QStringList out;
    for (qsizetype i = 0; i < args.size(); ++i) {
        QString name = args.at(i);
        if (i == 0 || !name.startsWith(QLatin1Char('-'))) {
            out << name;
            continue;
        }
        name.remove(0, name.startsWith(QLatin1String("--")) ? 2 : 1);
        const qsizetype equals = name.indexOf(QLatin1Char('='));
        if (equals >= 0) {
            if (!withValue.contains(name.left(equals)))
                out << args.at(i);
            continue;
        }
        if (withValue.contains(name))
            ++i; // and its value
        else if (!flags.contains(name))
            out << args.at(i);
    }
    return out;
}

// The command line as it can be judged before the GUI application exists: Run, or what to print.
CommandLineOutcome earlyOutcome(const QStringList &rawArgs) {
    CommandLineOutcome early = parseCommandLine(rawArgs);
    if (early.action == CommandLineOutcome::Action::Fail) {
        // Perhaps only Qt's own options made it fail: then QApplication takes them out and the
        // command line is parsed again after it.
        const CommandLineOutcome withoutQt = parseCommandLine(withoutQtOptions(rawArgs));
        if (withoutQt.action != CommandLineOutcome::Action::Run)
            early = withoutQt;
        else
            early.action = CommandLineOutcome::Action::Run;
    }
    return early;
}

} // namespace

int main(int argc, char *argv[]) {
    // The command line is checked before the GUI application exists: QApplication needs a
    // windowing system and aborts without one, and --help, --version and a usage error must work
    // without a display (usage errors exit 2 with a sentence on stderr).
    QStringList rawArgs;
    for (int i = 0; i < argc; ++i)
        rawArgs << QString::fromLocal8Bit(argv[i]);
    {
        CommandLineOutcome early = earlyOutcome(rawArgs);
        if (early.action != CommandLineOutcome::Action::Run) {
            // Said in the user's language: a QCoreApplication (no display needed) carries the
            // translations, and the command line is parsed again with them.
            QCoreApplication textOnly(argc, argv);
            TranslationLoader::install(&textOnly);
            early = earlyOutcome(rawArgs);
            const bool failed = early.action == CommandLineOutcome::Action::Fail;
            std::fputs(qPrintable(early.text), failed ? stderr : stdout);
            return failed ? 2 : 0;
        }
    }

    // Diagnostics stay quiet unless asked for: QT_LOGGING_RULES (e.g. "vitrine.*=true") takes
    // precedence over these rules. Warnings still show.
    QLoggingCategory::setFilterRules(QStringLiteral("vitrine.*.debug=false\nvitrine.*.info=false"));
    QApplication app(argc, argv);
    TranslationLoader::install(&app);
    QApplication::setApplicationName(QStringLiteral("vitrine"));
    QApplication::setApplicationDisplayName(QStringLiteral("Vitrine"));
    QApplication::setOrganizationName(QStringLiteral("Vitrine"));
    QApplication::setApplicationVersion(QStringLiteral(VITRINE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.vitrine.Vitrine"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/vitrine/io.github.vitrine.Vitrine.svg")));

    // Parsed again without the options QApplication took: this is the command line that counts.
    const CommandLineOutcome cli = parseCommandLine(QApplication::arguments());
    if (cli.action == CommandLineOutcome::Action::PrintAndExit) {
        std::fputs(qPrintable(cli.text), stdout);
        return 0;
    }
    if (cli.action == CommandLineOutcome::Action::Fail) {
        std::fputs(qPrintable(cli.text), stderr);
        return 2;
    }

    ProfileStore profiles;
    // The private token file is used only when the user agreed to it (settings key written by
    // the profile dialog); otherwise a token without a keychain lives for this session only.
    const bool fileConsent = QSettings().value(ProfileController::consentKey(), false).toBool();
    // The profile dialog keeps tokens in the very keychain and session stores the launcher reads.
    auto keychain = std::make_shared<KeychainTokenStore>();
    auto sessionTokens = std::make_shared<MemoryTokenStore>();
    auto tokens = std::make_shared<TokenResolver>(
        keychain, std::make_shared<FileTokenStore>(fileConsent), sessionTokens);
    StoreLauncher launcher(&profiles, tokens);
    // Where the demo store listens, on the terminal: vitrinectl and curl need its ports.
    QObject::connect(
        &launcher, &StoreLauncher::demoStoreStarted, [](const QUrl &api, const QUrl &images) {
            std::fputs(qPrintable(QCoreApplication::translate(
                                      "main", "The demo store listens at %1 (its images at %2).\n")
                                      .arg(api.toString(), images.toString())),
                       stderr);
        });
    ProfileController profileController(&profiles, ProfileTokenStores{keychain, sessionTokens, {}});
    ThumbnailFetcher fetcher;
    ThumbnailCache thumbnails([&fetcher](QUrl url) { return fetcher.fetch(std::move(url)); });
    EditSession session;
    MainWindow window(&session, &thumbnails);
    // Staged edits are kept on disk as they are made; a damaged journal is set aside, not fatal.
    // Declared before the controller, which uses it until its end.
    Journal journal(Journal::defaultPath());
    const bool journalOpen = journal.open();
    GalleryController controller(&window, &session, &fetcher, &launcher);
    // A damaged journal (set aside) or one that cannot be used becomes a lasting notice: it
    // stays in the window after the first product loads, until the user dismisses it.
    controller.setJournal(&journal);
    if (journalOpen)
        profileController.setJournal(&journal);
    QObject::connect(&profileController, &ProfileController::storeRenamed, &controller,
                     &GalleryController::storeRenamed);
    // View ▸ Catalog…: the whole store, its catalog beside the journal.
    CatalogController catalog(&controller, &window, &session, &thumbnails, &fetcher);
    catalog.setJournal(journalOpen ? &journal : nullptr);
    CatalogPublishController publishAll(&catalog, &controller, &session);
    publishAll.setJournal(journalOpen ? &journal : nullptr);

    // File ▸ Switch Store…: the profiles dialog; opening a profile reopens the window on it.
    QObject::connect(&window, &MainWindow::switchStoreRequested, &window, [&] {
        auto *dialog = new ProfilesDialog(&window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        profileController.attach(dialog);
        dialog->open();
    });
    QObject::connect(&profileController, &ProfileController::openStoreRequested, &controller,
                     [&controller](const StoreTarget &target) { controller.openStore(target); });
    QObject::connect(&profileController, &ProfileController::openFailed, &window,
                     &MainWindow::showError);
    QObject::connect(&window, &MainWindow::demoStoreRequested, &controller, [&] {
        LaunchOptions demo;
        demo.store = LaunchOptions::Store::Demo;
        launch(&launcher, &controller, &window, demo);
    });
    // Alt text templates saved by name, shared with vitrinectl.
    SavedTemplates savedTemplates;
    TemplateController templateController(window.altTextActions(), &savedTemplates);
    catalog.setSavedTemplates(&savedTemplates);
    // The review checks spelling with the dictionary of the user's language, where one is
    // installed (hunspell-LANG packages); without one, spelling is not checked.
    const std::unique_ptr<HunspellChecker> spelling = HunspellChecker::forLocale(QLocale::system());
    window.reviewPanel()->setSpellChecker(spelling.get());
    catalog.setSpellChecker(spelling.get());
    // File ▸ Open Recent: every store that answered goes first in the list.
    RecentStores recent;
    window.setRecentStores(recent.names());
    QObject::connect(&controller, &GalleryController::storeOpened, &window, [&](bool ok) {
        if (!ok)
            return;
        recent.add(controller.target());
        window.setRecentStores(recent.names());
    });
    QObject::connect(&window, &MainWindow::recentStoreRequested, &controller, [&](int index) {
        launchRecent(&launcher, &controller, &window, &recent, index);
    });
    QObject::connect(&window, &MainWindow::recentStoresClearRequested, &window, [&] {
        recent.clear();
        window.setRecentStores(recent.names());
    });
    // Changes made elsewhere that collide with staged ones: the controller asks with the
    // conflict dialog, which names the product (GalleryController's default chooser).

    const QByteArray layout = QSettings().value(QStringLiteral("window/layout")).toByteArray();
    if (!layout.isEmpty())
        window.restoreLayout(layout);
    // Within the screen whatever its size and scale: at 200 % a 1920 × 1080 screen has 960 × 540
    // pixels to place widgets in.
    window.fitToScreen();
    window.show();
    QObject::connect(&app, &QApplication::aboutToQuit, &window, [&window] {
        QSettings().setValue(QStringLiteral("window/layout"), window.saveLayout());
    });

    launch(&launcher, &controller, &window, cli.options);
    return app.exec();
}
