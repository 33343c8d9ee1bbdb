#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace vitrine {

// What `vitrine` was asked to open. Parsed once in main(); the controller turns it into a store.
struct LaunchOptions {
    enum class Store {
        Default, // the current profile, or the demo store when none is configured
        Demo,    // --demo: the embedded demo store
        Profile, // --profile NAME
        Direct,  // --dialect D --base-url URL
    };
    Store store = Store::Default;
    QString profileName;
    QString dialect;    // generic | shopline | shoplazza | shopify | path of a custom dialect file
    QUrl baseUrl;       // the URL before the dialect's documented path
    QString apiVersion; // empty: the dialect's default
    QString productId;  // open this product directly
    bool resetDemo = false;
};

struct CommandLineOutcome {
    enum class Action { Run, PrintAndExit, Fail };
    Action action = Action::Run;
    LaunchOptions options;
    QString text; // what to print for PrintAndExit (stdout) or Fail (stderr)
};

// Parses `vitrine`'s arguments (args[0] is the program). Pure: prints nothing, exits nothing.
CommandLineOutcome parseCommandLine(const QStringList &args);

} // namespace vitrine
