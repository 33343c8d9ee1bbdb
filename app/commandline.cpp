#include "app/commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace vitrine {

namespace {

const QStringList kBuiltinDialects = {QStringLiteral("generic"), QStringLiteral("shopline"),
                                      QStringLiteral("shoplazza"), QStringLiteral("shopify")};

CommandLineOutcome fail(const QString &message) {
    CommandLineOutcome out;
    out.action = CommandLineOutcome::Action::Fail;
    out.text = message + QLatin1Char('\n') +
               QCoreApplication::translate("CommandLine", "Try 'vitrine --help'.") +
               QLatin1Char('\n');
    return out;
}

} // namespace

CommandLineOutcome parseCommandLine(const QStringList &args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine", "Vitrine edits e-commerce product image galleries: reorder, alt text, "
                       "bulk delete, add and replace images, then publish to the store.\n"
                       "Without options it opens the current store profile, or the embedded "
                       "demo store when no store is configured."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("CommandLine", "Show this help."));
    const QCommandLineOption version(
        {QStringLiteral("v"), QStringLiteral("version")},
        QCoreApplication::translate("CommandLine", "Show the version."));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("CommandLine", "Open the embedded demo store."));
    const QCommandLineOption resetDemo(
        QStringLiteral("reset-demo"),
        QCoreApplication::translate("CommandLine",
                                    "Restore the demo store's original data (implies --demo)."));
    const QCommandLineOption profile(
        QStringLiteral("profile"),
        QCoreApplication::translate("CommandLine", "Open the store profile NAME."),
        QStringLiteral("NAME"));
    const QCommandLineOption dialect(
        QStringLiteral("dialect"),
        QCoreApplication::translate(
            "CommandLine", "Store dialect: generic, shopline, shoplazza, shopify, or the path "
                           "of a custom dialect file (.json)."),
        QStringLiteral("D"));
    const QCommandLineOption baseUrl(
        QStringLiteral("base-url"),
        QCoreApplication::translate("CommandLine",
                                    "The store URL before the dialect's documented path, e.g. "
                                    "http://127.0.0.1:8080 for generic (/api/v1/product-images is "
                                    "appended) or https://HANDLE.myshopline.com. The token comes "
                                    "from VITRINE_TOKEN."),
        QStringLiteral("URL"));
    const QCommandLineOption apiVersion(
        QStringLiteral("api-version"),
        QCoreApplication::translate("CommandLine", "The store API version."), QStringLiteral("V"));
    const QCommandLineOption product(
        QStringLiteral("product"), QCoreApplication::translate("CommandLine", "Open this product."),
        QStringLiteral("ID"));
    parser.addOptions(
        {help, version, demo, resetDemo, profile, dialect, baseUrl, apiVersion, product});

    if (!parser.parse(args))
        return fail(parser.errorText());

    CommandLineOutcome out;
    if (parser.isSet(help)) {
        out.action = CommandLineOutcome::Action::PrintAndExit;
        out.text = parser.helpText().replace(QStringLiteral("<executable_name>"),
                                             QStringLiteral("vitrine"));
        return out;
    }
    if (parser.isSet(version)) {
        out.action = CommandLineOutcome::Action::PrintAndExit;
        out.text = QStringLiteral("vitrine %1\n").arg(QStringLiteral(VITRINE_VERSION));
        return out;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(QCoreApplication::translate("CommandLine", "Unexpected argument: %1")
                        .arg(parser.positionalArguments().constFirst()));

    LaunchOptions &o = out.options;
    const bool wantsDemo = parser.isSet(demo) || parser.isSet(resetDemo);
    const bool wantsDirect = parser.isSet(dialect) || parser.isSet(baseUrl);
    if (int(wantsDemo) + int(wantsDirect) + int(parser.isSet(profile)) > 1)
        return fail(QCoreApplication::translate(
            "CommandLine", "Choose one store: --demo, --profile, or --dialect with --base-url."));

    if (wantsDemo) {
        o.store = LaunchOptions::Store::Demo;
        o.resetDemo = parser.isSet(resetDemo);
    } else if (parser.isSet(profile)) {
        o.store = LaunchOptions::Store::Profile;
        o.profileName = parser.value(profile);
    } else if (wantsDirect) {
        o.dialect = parser.value(dialect);
        // A custom dialect file may give the store's address itself ("baseUrl").
        const bool dialectFile = o.dialect.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
        if (!parser.isSet(dialect) || (!parser.isSet(baseUrl) && !dialectFile))
            return fail(QCoreApplication::translate(
                "CommandLine", "--dialect and --base-url go together (a custom dialect file may "
                               "give the address itself)."));
        o.store = LaunchOptions::Store::Direct;
        if (kBuiltinDialects.contains(o.dialect.toLower()))
            o.dialect = o.dialect.toLower(); // --dialect Shopify is shopify
        else if (!dialectFile)
            return fail(QCoreApplication::translate(
                            "CommandLine",
                            "Unknown dialect '%1': use generic, shopline, shoplazza, shopify or a "
                            ".json dialect file.")
                            .arg(o.dialect));
        if (parser.isSet(baseUrl)) {
            o.baseUrl = QUrl(parser.value(baseUrl), QUrl::StrictMode);
            const QString scheme = o.baseUrl.scheme();
            if (!o.baseUrl.isValid() || o.baseUrl.host().isEmpty() ||
                (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
                return fail(
                    QCoreApplication::translate(
                        "CommandLine", "'%1' is not a store address: give http(s)://host[:port].")
                        .arg(parser.value(baseUrl)));
        }
        o.apiVersion = parser.value(apiVersion);
    } else if (parser.isSet(apiVersion)) {
        return fail(QCoreApplication::translate("CommandLine", "--api-version needs --dialect."));
    }
    if (parser.isSet(product)) {
        o.productId = parser.value(product).trimmed();
        if (o.productId.isEmpty())
            return fail(QCoreApplication::translate("CommandLine", "--product needs an id."));
    }
    return out;
}

} // namespace vitrine
