// vitrine: the desktop gallery editor. Parses the command line, builds the layers and hands the
// window to the gallery controller; everything else lives in the libraries.
#include "app/commandline.h"
#include "app/gui/gallerycontroller.h"
#include "app/gui/profilecontroller.h"
#include "app/gui/publishcontroller.h"
#include "app/gui/storelauncher.h"
#include "app/workflow/journal.h"
#include "models/editsession.h"
#include "net/filetokenstore.h"
#include "net/keychaintokenstore.h"
#include "net/memorytokenstore.h"
#include "net/profilestore.h"
#include "net/thumbnailfetcher.h"
#include "net/tokenresolver.h"
#include "ui/conflictdialog.h"
#include "ui/mainwindow.h"
#include "ui/profilesdialog.h"
#include "ui/thumbnailcache.h"

#include <QApplication>
#include <QCoroTask>
#include <QIcon>
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

} // namespace

int main(int argc, char *argv[]) {
    // --help and --version must work without a display, so they are answered before the GUI
    // application (which needs a windowing system) exists.
    QStringList rawArgs;
    for (int i = 0; i < argc; ++i)
        rawArgs << QString::fromLocal8Bit(argv[i]);
    for (const QString &a : std::as_const(rawArgs).mid(1)) {
        if (a == QLatin1String("-h") || a == QLatin1String("--help") || a == QLatin1String("-v") ||
            a == QLatin1String("--version")) {
            const CommandLineOutcome early = parseCommandLine(rawArgs);
            std::fputs(qPrintable(early.text),
                       early.action == CommandLineOutcome::Action::Fail ? stderr : stdout);
            return early.action == CommandLineOutcome::Action::Fail ? 2 : 0;
        }
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("vitrine"));
    QApplication::setApplicationDisplayName(QStringLiteral("Vitrine"));
    QApplication::setOrganizationName(QStringLiteral("Vitrine"));
    QApplication::setApplicationVersion(QStringLiteral(VITRINE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.vitrine.Vitrine"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/vitrine/io.github.vitrine.Vitrine.svg")));

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

    if (journalOpen) {
        controller.setJournal(&journal);
        if (!journal.recoveryMessage().isEmpty())
            window.showError(journal.recoveryMessage());
    } else {
        window.showError(QCoreApplication::translate("main", "Edits cannot be kept on disk: %1")
                             .arg(journal.lastError()));
    }

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
    // Changes made elsewhere that collide with staged ones: the user chooses per image.
    controller.publishing()->setConflictChooser([&window](QList<Conflict> &conflicts) {
        const std::optional<QList<Conflict>> resolved = ConflictDialog::resolve(&window, conflicts);
        if (!resolved)
            return false;
        conflicts = *resolved;
        return true;
    });

    const QByteArray layout = QSettings().value(QStringLiteral("window/layout")).toByteArray();
    if (layout.isEmpty() || !window.restoreLayout(layout))
        window.resize(1280, 800);
    window.show();
    QObject::connect(&app, &QApplication::aboutToQuit, &window, [&window] {
        QSettings().setValue(QStringLiteral("window/layout"), window.saveLayout());
    });

    launch(&launcher, &controller, &window, cli.options);
    return app.exec();
}
