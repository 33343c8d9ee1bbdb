#include "app/ctl/ctlparser.h"

#include "core/catalogaudit.h"
#include "net/storeprofile.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace vitrine {

namespace {

// This file's texts, translated in the "vitrinectl" context (lupdate files Text::tr() under it).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(vitrinectl)
};

QString L(const char *latin1) {
    return QString::fromLatin1(latin1);
}

struct OptionSpec {
    const char *name;      // without the leading "--"
    const char *valueName; // null: a flag
    const char *help;
};

// One command. Store commands also accept the global store options after the command name
// (`vitrinectl list 101 --profile shop`); the profiles commands do not (there `--dialect` and
// `--base-url` describe the profile being added).
struct CommandSpec {
    const char *name;      // "list", "profiles add"
    const char *arguments; // "PRODUCT [--json]"
    const char *summary;
    const char *details; // extra paragraph for COMMAND --help (may be empty)
    QList<OptionSpec> options;
    bool storeCommand;
};

const OptionSpec kJson{
    "json", nullptr, QT_TRANSLATE_NOOP("vitrinectl", "Print JSON (schema in docs/vitrinectl.md).")};
const OptionSpec kStage{"stage", nullptr,
                        QT_TRANSLATE_NOOP("vitrinectl",
                                          "Stage the edit in the journal instead of publishing it "
                                          "(see 'pending' and 'publish').")};

const QList<CommandSpec> &commands() {
    static const QList<CommandSpec> specs{
        {"products",
         "[--json]",
         QT_TRANSLATE_NOOP("vitrinectl", "List the store's products (where the store can)."),
         "",
         {kJson},
         true},
        {"list",
         "PRODUCT [--json]",
         QT_TRANSLATE_NOOP(
             "vitrinectl",
             "List a product's images in display order: id, position, size, src, alt."),
         "",
         {kJson},
         true},
        {"add",
         "PRODUCT URL [--alt TEXT] [--position N] [--stage]",
         QT_TRANSLATE_NOOP("vitrinectl", "Add an image by URL."),
         QT_TRANSLATE_NOOP("vitrinectl", "--position N puts it at place N of the display order (1 "
                                         "= first); a number past the end "
                                         "appends it. Without --position it goes last."),
         {{"alt", "TEXT", QT_TRANSLATE_NOOP("vitrinectl", "The new image's alt text.")},
          {"position", "N",
           QT_TRANSLATE_NOOP("vitrinectl", "Its place in the display order, 1 = first.")},
          kStage},
         true},
        {"set-alt",
         "PRODUCT IMAGE TEXT [--stage]",
         QT_TRANSLATE_NOOP("vitrinectl", "Set an image's alt text (an empty TEXT clears it)."),
         QT_TRANSLATE_NOOP("vitrinectl", "The text is checked against the store's limit before "
                                         "anything is sent. Put '--' before "
                                         "a TEXT that starts with '-'."),
         {kStage},
         true},
        {"reorder",
         "PRODUCT ID[,ID...] [--stage]",
         QT_TRANSLATE_NOOP("vitrinectl", "Make this the display order."),
         QT_TRANSLATE_NOOP(
             "vitrinectl",
             "The named images come first, in the order given; images not named keep their "
             "relative "
             "order after them. Ids may be separated by commas or given as several arguments."),
         {kStage},
         true},
        {"delete",
         "PRODUCT (ID... | --all) [--stage]",
         QT_TRANSLATE_NOOP("vitrinectl",
                           "Delete images, or every image of the product with --all."),
         QT_TRANSLATE_NOOP("vitrinectl", "Where the store has a request that deletes all of a "
                                         "product's images, --all sends just "
                                         "that one."),
         {{"all", nullptr, QT_TRANSLATE_NOOP("vitrinectl", "Delete every image of the product.")},
          kStage},
         true},
        {"pending",
         "[PRODUCT] [--json]",
         QT_TRANSLATE_NOOP(
             "vitrinectl",
             "List the edits staged in the journal (of this store; of every store when none is "
             "chosen)."),
         "",
         {kJson},
         true},
        {"publish",
         "[PRODUCT] [--resolve keep-mine|take-theirs] [--json]",
         QT_TRANSLATE_NOOP(
             "vitrinectl",
             "Publish the edits staged in the journal for this store (one product, or all)."),
         QT_TRANSLATE_NOOP(
             "vitrinectl",
             "Before writing, the gallery is read again. Changes made elsewhere that collide with "
             "a "
             "staged edit stop the publish (exit 1, each one listed) unless --resolve says whose "
             "version wins: keep-mine publishes the staged edit, take-theirs keeps the store's."),
         {{"resolve", "keep-mine|take-theirs",
           QT_TRANSLATE_NOOP("vitrinectl", "How to settle changes made elsewhere.")},
          kJson},
         true},
        {"discard",
         "PRODUCT",
         QT_TRANSLATE_NOOP("vitrinectl",
                           "Drop the edits staged for a product (nothing is sent to the store)."),
         "",
         {},
         true},
        {"template",
         "TEMPLATE [--product ID | --problem P[,P...]] [--mode empty|replace|append] [--stage] "
         "[--json]",
         QT_TRANSLATE_NOOP(
             "vitrinectl",
             "Fill alt text from a template; without --stage, only show what it would write."),
         QT_TRANSLATE_NOOP(
             "vitrinectl",
             "TEMPLATE is the name of a template saved in the Vitrine app, or the template itself, "
             "e.g. '{title} – {variant}, view {place} of {count}' (placeholders and optional "
             "parts: "
             "docs/alttext.md). The preview lists each image it would change, old and new text, "
             "the "
             "length against the store's limit, and flags texts over the limit (never staged), the "
             "same as another image, or looking like a placeholder. --mode empty (the default) "
             "writes only images without alt text. Without --product it works on the local "
             "catalog of the last 'vitrinectl scan' (every product, or with --problem the images "
             "the audit finds that problem for) and stages one step per product."),
         {{"product", "ID", QT_TRANSLATE_NOOP("vitrinectl", "The product whose gallery to fill.")},
          {"problem", "P[,P...]",
           QT_TRANSLATE_NOOP("vitrinectl",
                             "Only the catalog's images with these problems (audit names).")},
          {"mode", "empty|replace|append",
           QT_TRANSLATE_NOOP("vitrinectl", "Which images to write (default: empty).")},
          kStage,
          kJson},
         true},
        {"export",
         "FILE.csv [--product ID] [--bom]",
         QT_TRANSLATE_NOOP("vitrinectl",
                           "Write alt text as a spreadsheet, one row per image: a product's, or "
                           "without --product every product of the local catalog."),
         QT_TRANSLATE_NOOP(
             "vitrinectl",
             "Columns: product id, product title, image id, place, src, alt, variant, exported. "
             "Edit "
             "alt and place in a spreadsheet app, then 'vitrinectl import'. Keep the 'exported' "
             "column: it tells the import what you changed from what changed on the store."),
         {{"product", "ID",
           QT_TRANSLATE_NOOP("vitrinectl",
                             "The product to export (default: the catalog of the last scan).")},
          {"bom", nullptr,
           QT_TRANSLATE_NOOP("vitrinectl",
                             "Start the file with a UTF-8 byte order mark (for Excel).")}},
         true},
        {"import",
         "FILE.csv [--stage] [--json]",
         QT_TRANSLATE_NOOP("vitrinectl", "Compare an edited alt text spreadsheet with the store; "
                                         "with --stage, stage its changes."),
         QT_TRANSLATE_NOOP(
             "vitrinectl",
             "Each alt and place cell is compared three ways: as exported, in the file, on the "
             "store "
             "now. Cells you changed are staged; cells the store changed since the export too are "
             "conflicts: listed, never staged, and the exit code is 1. Lines that cannot be used "
             "(unknown images, bad places, text over the store's limit) are listed by line and "
             "skipped (exit 1 too)."),
         {kStage, kJson},
         true},
        {"scan",
         "[--json]",
         QT_TRANSLATE_NOOP("vitrinectl",
                           "Read the whole store into the local catalog (resumable, incremental)."),
         QT_TRANSLATE_NOOP(
             "vitrinectl",
             "Reads the product list and every gallery with the fewest requests the store allows, "
             "at "
             "its rate limit; progress on stderr. Ctrl+C stops after the request in flight and the "
             "next scan continues where it stopped. A scan again reads only the galleries of "
             "products the store marks as changed since."),
         {kJson},
         true},
        {"audit",
         "[--json | --csv] [--problem P[,P...]] [--product ID] [--no-picture-checks]",
         QT_TRANSLATE_NOOP("vitrinectl",
                           "The gallery review's findings across the catalog of the last scan."),
         QT_TRANSLATE_NOOP(
             "vitrinectl",
             "Each product is judged as it will be published (its staged edits applied). Pictures "
             "not checked yet are fetched first (without the store's token) to judge broken-image "
             "and tiny-image, and hashed to find the same picture twice. Problems: missing-alt, "
             "alt-too-long, alt-verbose, alt-looks-like-file-name, duplicate-alt, duplicate-image, "
             "broken-image, tiny-image, duplicate-picture, duplicate-picture-across-products."),
         {kJson,
          {"csv", nullptr,
           QT_TRANSLATE_NOOP("vitrinectl",
                             "Print CSV (one line per finding, as the review export).")},
          {"problem", "P[,P...]", QT_TRANSLATE_NOOP("vitrinectl", "Only these problems.")},
          {"product", "ID", QT_TRANSLATE_NOOP("vitrinectl", "Only this product.")},
          {"no-picture-checks", nullptr,
           QT_TRANSLATE_NOOP("vitrinectl", "Do not fetch pictures (broken/tiny judged only from "
                                           "earlier checks).")}},
         true},
        {"profiles list",
         "[--json]",
         QT_TRANSLATE_NOOP("vitrinectl", "List the store profiles."),
         "",
         {kJson},
         false},
        {"profiles add",
         "NAME --dialect D --base-url URL [--api-version V] [--ordering absolute|shift] "
         "[--rate N/s]",
         QT_TRANSLATE_NOOP("vitrinectl", "Add a store profile (shared with the Vitrine app)."),
         QT_TRANSLATE_NOOP("vitrinectl", "The profile holds no token: set VITRINE_TOKEN, or save "
                                         "the token in the Vitrine app's "
                                         "profile dialog (kept in the system keychain)."),
         {{"dialect", "D",
           QT_TRANSLATE_NOOP(
               "vitrinectl",
               "generic, shopline, shoplazza, shopify or a custom dialect .json file.")},
          {"base-url", "URL",
           QT_TRANSLATE_NOOP("vitrinectl", "The URL before the dialect's documented path.")},
          {"api-version", "V",
           QT_TRANSLATE_NOOP("vitrinectl", "The API version (default: the dialect's).")},
          {"ordering", "absolute|shift",
           QT_TRANSLATE_NOOP("vitrinectl",
                             "How the store orders images, if not as its dialect says.")},
          {"rate", "N/s",
           QT_TRANSLATE_NOOP("vitrinectl",
                             "Requests per second to stay under, if not the dialect's default.")}},
         false},
        {"profiles remove",
         "NAME",
         QT_TRANSLATE_NOOP("vitrinectl", "Remove a store profile (and its saved token)."),
         "",
         {},
         false},
        {"dialect check",
         "FILE [--base-url URL] [--product ID]",
         QT_TRANSLATE_NOOP(
             "vitrinectl",
             "Check a custom dialect file, and its field names against a live store."),
         QT_TRANSLATE_NOOP(
             "vitrinectl",
             "The file is read as strictly as when a store is opened with it: every unknown key, "
             "section or placeholder and every wrong type is named with its line and column. With "
             "an address (--base-url, else the file's baseUrl) the store's answer for one product "
             "(--product, else the first listed) shows which mapped keys were found, which are "
             "missing and which keys no field maps. The token comes from VITRINE_TOKEN. Exit 1 on "
             "any problem."),
         {{"base-url", "URL",
           QT_TRANSLATE_NOOP("vitrinectl", "The store's address (default: the file's baseUrl).")},
          {"product", "ID",
           QT_TRANSLATE_NOOP("vitrinectl",
                             "The product whose images are checked (default: the first listed).")}},
         false},
    };
    return specs;
}

const CommandSpec *findCommand(const QString &name) {
    for (const CommandSpec &c : commands()) {
        if (name == L(c.name))
            return &c;
    }
    return nullptr;
}

const QList<OptionSpec> &storeOptions() {
    static const QList<OptionSpec> specs{
        {"profile", "NAME",
         QT_TRANSLATE_NOOP("vitrinectl", "Use a store profile (see 'vitrinectl profiles list').")},
        {"dialect", "D",
         QT_TRANSLATE_NOOP("vitrinectl",
                           "Store dialect: generic, shopline, shoplazza, shopify, or the path of a "
                           "custom dialect file (.json).")},
        {"base-url", "URL",
         QT_TRANSLATE_NOOP(
             "vitrinectl",
             "The URL before the dialect's documented path: https://..., or http://127.0.0.1:PORT "
             "for a store on this computer.")},
        {"api-version", "V",
         QT_TRANSLATE_NOOP("vitrinectl",
                           "The dialect's API version (default: the dialect's own).")},
    };
    return specs;
}

const OptionSpec *findOption(const QList<OptionSpec> &list, const QString &name) {
    for (const OptionSpec &o : list) {
        if (name == L(o.name))
            return &o;
    }
    return nullptr;
}

QString formatOptions(const QList<OptionSpec> &options) {
    QString out;
    for (const OptionSpec &o : options) {
        QString left = QStringLiteral("  --") + L(o.name);
        if (o.valueName)
            left += QLatin1Char(' ') + L(o.valueName);
        out += left.leftJustified(28) + QLatin1Char(' ') + Text::tr(o.help) + QLatin1Char('\n');
    }
    return out;
}

bool isHelp(const QString &arg) {
    return arg == QLatin1String("-h") || arg == QLatin1String("--help");
}

// A token on the command line ends up in shell history and in every process listing.
bool isTokenOption(const QString &arg) {
    return arg == QLatin1String("--token") || arg.startsWith(QLatin1String("--token=")) ||
           arg == QLatin1String("--access-token") ||
           arg.startsWith(QLatin1String("--access-token="));
}

QString tokenRefusal() {
    return Text::tr(
        "A token is never taken from the command line: it would be kept in the shell "
        "history and shown to every user in the process list. Set the VITRINE_TOKEN "
        "environment variable, or use a profile whose token is saved in the Vitrine app "
        "(system keychain).");
}

CtlParseResult usageError(const QString &message, const QString &command = {}) {
    CtlParseResult r;
    r.action = CtlParseResult::Action::UsageError;
    const QString hint = command.isEmpty() ? QStringLiteral("vitrinectl --help")
                                           : QStringLiteral("vitrinectl %1 --help").arg(command);
    r.text = QStringLiteral("vitrinectl: %1\n%2\n").arg(message, CtlParser::usageLine(command)) +
             Text::tr("Try '%1'.").arg(hint) + QLatin1Char('\n');
    return r;
}

CtlParseResult help(const QString &text) {
    CtlParseResult r;
    r.action = CtlParseResult::Action::Help;
    r.text = text;
    return r;
}

// The options and positional arguments of one part of the command line.
struct ParsedArgs {
    QHash<QString, QString> values; // option name -> value ("" for flags)
    QStringList positional;
    bool help = false;
    QString error;
};

// Reads options (from `allowed`) and positional arguments until the end, or — when stopAtFirst
// is set — until the first positional argument (the global part before COMMAND). Accepts
// "--name value", "--name=value" and "--" (everything after it is positional).
ParsedArgs readArgs(const QStringList &args, int &i, const QList<OptionSpec> &allowed,
                    bool stopAtFirst) {
    ParsedArgs out;
    bool onlyPositional = false;
    for (; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (onlyPositional || !arg.startsWith(QLatin1Char('-')) || arg == QLatin1String("-")) {
            if (stopAtFirst)
                return out;
            out.positional << arg;
            continue;
        }
        if (arg == QLatin1String("--")) {
            onlyPositional = true;
            continue;
        }
        if (isHelp(arg)) {
            out.help = true;
            continue;
        }
        if (!arg.startsWith(QLatin1String("--"))) {
            out.error = Text::tr("Unknown option '%1'.").arg(arg);
            return out;
        }
        QString name = arg.mid(2);
        std::optional<QString> inlineValue;
        if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq >= 0) {
            inlineValue = name.mid(eq + 1);
            name.truncate(eq);
        }
        const OptionSpec *spec = findOption(allowed, name);
        if (!spec) {
            out.error = Text::tr("Unknown option '--%1'.").arg(name);
            return out;
        }
        if (out.values.contains(name)) {
            out.error = Text::tr("--%1 is given twice.").arg(name);
            return out;
        }
        if (!spec->valueName) {
            if (inlineValue) {
                out.error = Text::tr("--%1 takes no value.").arg(name);
                return out;
            }
            out.values.insert(name, QString());
            continue;
        }
        if (inlineValue) {
            out.values.insert(name, *inlineValue);
        } else if (i + 1 < args.size()) {
            out.values.insert(name, args.at(++i));
        } else {
            out.error = Text::tr("--%1 needs a value (%2).").arg(name, L(spec->valueName));
            return out;
        }
    }
    return out;
}

// --dialect D: a built-in name or a custom dialect file, into a profile.
void applyDialect(const QString &dialect, StoreProfile &profile) {
    if (dialect.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        profile.dialect = QStringLiteral("custom");
        profile.customDialectFile = dialect;
    } else {
        profile.dialect = dialect;
    }
}

// A custom dialect file rather than a built-in dialect's name.
bool isDialectFile(const QString &dialect) {
    return dialect.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
}

const QStringList &builtInDialects() {
    static const QStringList names{QStringLiteral("generic"), QStringLiteral("shopline"),
                                   QStringLiteral("shoplazza"), QStringLiteral("shopify")};
    return names;
}

// A built-in dialect's name in any case ("Shopify") is that dialect; a file path stays as typed.
QString normalizedDialect(const QString &dialect) {
    const QString lower = dialect.trimmed().toLower();
    return builtInDialects().contains(lower) ? lower : dialect;
}

QString checkDialectName(const QString &dialect) {
    const QStringList &builtIn = builtInDialects();
    if (dialect.isEmpty())
        return Text::tr("--dialect needs a dialect name or a .json file.");
    if (builtIn.contains(dialect) || isDialectFile(dialect))
        return {};
    return Text::tr(
               "Unknown dialect '%1': use generic, shopline, shoplazza, shopify or the path of a "
               "custom dialect file (.json).")
        .arg(dialect);
}

// The store address and dialect, checked as a profile would be (https unless loopback, ...).
// An empty address is taken from a custom dialect file's "baseUrl".
QString checkStoreAddress(const QString &dialect, const QString &baseUrl, const QString &name) {
    if (QString bad = checkDialectName(dialect); !bad.isEmpty())
        return bad;
    StoreProfile probe;
    probe.name = name.isEmpty() ? QStringLiteral("probe") : name;
    applyDialect(dialect, probe);
    probe.baseUrl = QUrl(baseUrl, QUrl::StrictMode);
    const QStringList problems = probe.validate();
    return problems.join(QLatin1Char(' '));
}

// Splits "a,b" arguments into ids; refuses empty and repeated ids.
QString collectIds(const QStringList &args, QStringList &ids) {
    for (const QString &arg : args) {
        for (const QString &part : arg.split(QLatin1Char(','))) {
            const QString id = part.trimmed();
            if (id.isEmpty())
                return Text::tr("An image id is empty (check the commas).");
            if (ids.contains(id))
                return Text::tr("Image %1 is named twice.").arg(id);
            ids << id;
        }
    }
    return {};
}

QString checkProduct(const QString &product) {
    if (product.trimmed().isEmpty())
        return Text::tr("The product id is empty.");
    return {};
}

// Fills the invocation of one command from its arguments; returns the usage problem, if any.
QString buildCommand(const QString &name, const ParsedArgs &a, CtlInvocation &inv) {
    const QStringList &pos = a.positional;
    auto has = [&a](const char *option) { return a.values.contains(L(option)); };
    auto value = [&a](const char *option) { return a.values.value(L(option)); };
    inv.json = has("json");
    inv.stage = has("stage");

    auto needExactly = [&pos](int n, const QString &what) -> QString {
        if (pos.size() < n)
            return Text::tr("Missing %1.").arg(what);
        if (pos.size() > n)
            return Text::tr("Unexpected argument '%1'.").arg(pos.at(n));
        return {};
    };

    if (name == QLatin1String("products")) {
        inv.command = CtlCommand::Products;
        return needExactly(0, QString());
    }
    if (name == QLatin1String("list")) {
        inv.command = CtlCommand::List;
        if (QString e = needExactly(1, Text::tr("the product id")); !e.isEmpty())
            return e;
        inv.productId = pos.at(0).trimmed();
        return checkProduct(pos.at(0));
    }
    if (name == QLatin1String("add")) {
        inv.command = CtlCommand::Add;
        if (QString e = needExactly(2, Text::tr("the product id and the image URL")); !e.isEmpty())
            return e;
        inv.productId = pos.at(0).trimmed();
        inv.url = pos.at(1);
        if (inv.url.trimmed().isEmpty())
            return Text::tr("The image URL is empty.");
        if (has("alt")) {
            inv.altGiven = true;
            inv.altText = value("alt");
        }
        if (has("position")) {
            bool ok = false;
            const int n = value("position").toInt(&ok);
            if (!ok || n < 1)
                return Text::tr(
                           "--position must be a whole number from 1 (the first place), not '%1'.")
                    .arg(value("position"));
            inv.position = n;
        }
        return checkProduct(pos.at(0));
    }
    if (name == QLatin1String("set-alt")) {
        inv.command = CtlCommand::SetAlt;
        if (QString e = needExactly(3, Text::tr("the product id, the image id and the text"));
            !e.isEmpty())
            return e;
        inv.productId = pos.at(0).trimmed();
        inv.imageId = pos.at(1).trimmed();
        inv.altText = pos.at(2);
        if (inv.imageId.isEmpty())
            return Text::tr("The image id is empty.");
        return checkProduct(pos.at(0));
    }
    if (name == QLatin1String("reorder")) {
        inv.command = CtlCommand::Reorder;
        if (pos.size() < 2)
            return Text::tr("Missing %1.")
                .arg(pos.isEmpty() ? Text::tr("the product id and the image ids")
                                   : Text::tr("the image ids"));
        inv.productId = pos.at(0).trimmed();
        if (QString e = collectIds(pos.mid(1), inv.imageIds); !e.isEmpty())
            return e;
        return checkProduct(pos.at(0));
    }
    if (name == QLatin1String("delete")) {
        inv.command = CtlCommand::Delete;
        inv.all = has("all");
        if (pos.isEmpty())
            return Text::tr("Missing the product id.");
        inv.productId = pos.at(0).trimmed();
        if (inv.all && pos.size() > 1)
            return Text::tr("Give image ids or --all, not both.");
        if (!inv.all && pos.size() < 2)
            return Text::tr("Missing the image ids (or --all).");
        if (QString e = collectIds(pos.mid(1), inv.imageIds); !e.isEmpty())
            return e;
        return checkProduct(pos.at(0));
    }
    if (name == QLatin1String("discard")) {
        inv.command = CtlCommand::Discard;
        if (QString e = needExactly(1, Text::tr("the product id")); !e.isEmpty())
            return e;
        inv.productId = pos.at(0).trimmed();
        return checkProduct(pos.at(0));
    }
    if (name == QLatin1String("pending") || name == QLatin1String("publish")) {
        inv.command = name == QLatin1String("pending") ? CtlCommand::Pending : CtlCommand::Publish;
        if (has("resolve")) {
            inv.resolve = value("resolve");
            if (inv.resolve != QLatin1String("keep-mine") &&
                inv.resolve != QLatin1String("take-theirs"))
                return Text::tr("--resolve must be 'keep-mine' or 'take-theirs', not '%1'.")
                    .arg(inv.resolve);
        }
        if (pos.size() > 1)
            return Text::tr("Unexpected argument '%1'.").arg(pos.at(1));
        if (!pos.isEmpty()) {
            inv.productId = pos.at(0).trimmed();
            return checkProduct(pos.at(0));
        }
        return {};
    }
    if (name == QLatin1String("template")) {
        inv.command = CtlCommand::Template;
        if (QString e = needExactly(1, Text::tr("the template (or a saved template's name)"));
            !e.isEmpty())
            return e;
        inv.templateText = pos.at(0);
        if (inv.templateText.trimmed().isEmpty())
            return Text::tr("The template is empty.");
        if (has("product") && has("problem"))
            return Text::tr("Choose one of --product and --problem.");
        if (has("problem")) {
            QString why;
            if (!CatalogAudit::parseKinds(value("problem"), &why))
                return why;
            inv.problems = value("problem");
        }
        inv.productId = has("product") ? value("product").trimmed() : QString();
        inv.writeMode = has("mode") ? value("mode").trimmed().toLower() : QStringLiteral("empty");
        const QStringList modes{QStringLiteral("empty"), QStringLiteral("replace"),
                                QStringLiteral("append")};
        if (!modes.contains(inv.writeMode))
            return Text::tr("--mode must be empty, replace or append, not '%1'.")
                .arg(value("mode"));
        return has("product") ? checkProduct(inv.productId) : QString();
    }
    if (name == QLatin1String("export") || name == QLatin1String("import")) {
        const bool isExport = name == QLatin1String("export");
        inv.command = isExport ? CtlCommand::ExportAlt : CtlCommand::ImportAlt;
        if (QString e = needExactly(1, Text::tr("the file")); !e.isEmpty())
            return e;
        inv.file = pos.at(0);
        if (inv.file.trimmed().isEmpty())
            return Text::tr("The file name is empty.");
        if (isExport) {
            inv.byteOrderMark = has("bom");
            if (!has("product"))
                return {}; // the whole catalog
            inv.productId = value("product").trimmed();
            return checkProduct(inv.productId);
        }
        return {};
    }
    if (name == QLatin1String("scan")) {
        inv.command = CtlCommand::Scan;
        return needExactly(0, QString());
    }
    if (name == QLatin1String("audit")) {
        inv.command = CtlCommand::Audit;
        inv.csv = has("csv");
        inv.skipPictureChecks = has("no-picture-checks");
        if (inv.json && inv.csv)
            return Text::tr("Choose one of --json and --csv.");
        if (has("problem")) {
            QString why;
            if (!CatalogAudit::parseKinds(value("problem"), &why))
                return why;
            inv.problems = value("problem");
        }
        if (has("product")) {
            inv.productId = value("product").trimmed();
            if (QString e = checkProduct(inv.productId); !e.isEmpty())
                return e;
        }
        return needExactly(0, QString());
    }
    if (name == QLatin1String("profiles list")) {
        inv.command = CtlCommand::ProfilesList;
        return needExactly(0, QString());
    }
    if (name == QLatin1String("profiles remove")) {
        inv.command = CtlCommand::ProfilesRemove;
        if (QString e = needExactly(1, Text::tr("the profile name")); !e.isEmpty())
            return e;
        inv.profileName = pos.at(0);
        if (inv.profileName.trimmed().isEmpty())
            return Text::tr("The profile name is empty.");
        return {};
    }
    if (name == QLatin1String("dialect check")) {
        inv.command = CtlCommand::DialectCheck;
        if (QString e = needExactly(1, Text::tr("the dialect file")); !e.isEmpty())
            return e;
        inv.dialectFile = pos.at(0);
        inv.productId = value("product").trimmed();
        if (has("product") && inv.productId.isEmpty())
            return Text::tr("The product id is empty.");
        if (has("base-url")) {
            inv.profileBaseUrl = QUrl(value("base-url"), QUrl::StrictMode);
            if (!inv.profileBaseUrl.isValid() || inv.profileBaseUrl.host().isEmpty())
                return Text::tr("--base-url must be an address like https://shop.example.com, not "
                                "'%1'.")
                    .arg(value("base-url"));
        }
        return {};
    }
    if (name == QLatin1String("profiles add")) {
        inv.command = CtlCommand::ProfilesAdd;
        if (QString e = needExactly(1, Text::tr("the profile name")); !e.isEmpty())
            return e;
        inv.profileName = pos.at(0).trimmed();
        if (inv.profileName.isEmpty())
            return Text::tr("The profile name is empty.");
        if (!has("dialect") || (!has("base-url") && !isDialectFile(value("dialect"))))
            return Text::tr(
                "A profile needs --dialect and --base-url (a custom dialect file may give "
                "the address itself).");
        inv.profileDialect = normalizedDialect(value("dialect"));
        inv.profileBaseUrl = QUrl(value("base-url"), QUrl::StrictMode);
        inv.profileApiVersion = value("api-version");
        if (has("ordering")) {
            OrderingSemantics ordering;
            if (!parseOrdering(value("ordering"), &ordering))
                return Text::tr("--ordering must be 'absolute' or 'shift', not '%1'.")
                    .arg(value("ordering"));
            inv.profileOrdering = ordering;
        }
        if (has("rate")) {
            static const QRegularExpression rate(
                QStringLiteral("^\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(?:/\\s*s)?\\s*$"));
            const QRegularExpressionMatch m = rate.match(value("rate"));
            const double rps = m.hasMatch() ? m.captured(1).toDouble() : 0;
            if (rps <= 0)
                return Text::tr("--rate must be a number of requests per second above 0, like 4/s, "
                                "not '%1'.")
                    .arg(value("rate"));
            inv.profileRate = rps;
        }
        return checkStoreAddress(inv.profileDialect, value("base-url"), inv.profileName);
    }
    return Text::tr("Unknown command '%1'.").arg(name);
}

// Applies --profile / --dialect / --base-url / --api-version to the invocation.
QString applyStoreOptions(const QHash<QString, QString> &values, CtlInvocation &inv) {
    const bool profile = values.contains(QStringLiteral("profile"));
    const bool dialect = values.contains(QStringLiteral("dialect"));
    const bool baseUrl = values.contains(QStringLiteral("base-url"));
    const bool apiVersion = values.contains(QStringLiteral("api-version"));
    if (profile && (dialect || baseUrl || apiVersion))
        return Text::tr("Choose one store: --profile NAME, or --dialect D with --base-url URL.");
    if (profile) {
        inv.storeGiven = true;
        inv.store.kind = CtlStoreChoice::Kind::Profile;
        inv.store.profileName = values.value(QStringLiteral("profile"));
        if (inv.store.profileName.trimmed().isEmpty())
            return Text::tr("--profile needs a profile name.");
        return {};
    }
    if (dialect || baseUrl || apiVersion) {
        if (!dialect || (!baseUrl && !isDialectFile(values.value(QStringLiteral("dialect")))))
            return Text::tr(
                "--dialect and --base-url go together (a custom dialect file may give the "
                "address itself).");
        inv.storeGiven = true;
        inv.store.kind = CtlStoreChoice::Kind::Direct;
        inv.store.dialect = normalizedDialect(values.value(QStringLiteral("dialect")));
        inv.store.baseUrl = QUrl(values.value(QStringLiteral("base-url")), QUrl::StrictMode);
        inv.store.apiVersion = values.value(QStringLiteral("api-version"));
        return checkStoreAddress(inv.store.dialect, values.value(QStringLiteral("base-url")),
                                 inv.store.baseUrl.host());
    }
    return {};
}

} // namespace

QString CtlParser::usageLine(const QString &command) {
    const CommandSpec *spec = findCommand(command);
    if (!spec)
        return Text::tr(
            "Usage: vitrinectl [--profile NAME | --dialect D --base-url URL [--api-version "
            "V]] COMMAND ...");
    return spec->storeCommand
               ? Text::tr("Usage: vitrinectl [STORE] %1 %2").arg(L(spec->name), L(spec->arguments))
               : Text::tr("Usage: vitrinectl %1 %2").arg(L(spec->name), L(spec->arguments));
}

QString CtlParser::mainHelp() {
    QString text =
        usageLine(QString()) + QStringLiteral("\n\n") +
        Text::tr("Reads and edits e-commerce product image galleries from the command line, "
                 "with the same validation,\nrequest planner and journal of staged edits as "
                 "the Vitrine app.\n\n");
    text += Text::tr("Store (before COMMAND; without one, the current profile is used):\n");
    text += formatOptions(storeOptions());
    text += QLatin1Char('\n') + Text::tr("Commands:\n");
    for (const CommandSpec &c : commands()) {
        const QString left = QStringLiteral("  ") + L(c.name) + QLatin1Char(' ') + L(c.arguments);
        text += left + QLatin1Char('\n') + QString(6, QLatin1Char(' ')) + Text::tr(c.summary) +
                QLatin1Char('\n');
    }
    text += QLatin1Char('\n') + Text::tr("Options:\n") +
            QStringLiteral("  -h, --help").leftJustified(28) + QLatin1Char(' ') +
            Text::tr("This help; 'vitrinectl COMMAND --help' for one command.") +
            QLatin1Char('\n') + QStringLiteral("  --version").leftJustified(28) + QLatin1Char(' ') +
            Text::tr("The version.") + QStringLiteral("\n\n");
    text +=
        Text::tr("The access token comes from the profile's token store (system keychain, or the "
                 "private file\nthe app was allowed to use) or from the VITRINE_TOKEN environment "
                 "variable — never from the\ncommand line.\n\n");
    text += Text::tr("Edits are staged in the journal the Vitrine app uses (VITRINE_JOURNAL names "
                     "another file).\n\n");
    text +=
        Text::tr("Exit codes: 0 success; 1 the store refused or failed, or the edit was refused "
                 "(message on\nstderr); 2 usage error.\n");
    return text;
}

QString CtlParser::commandHelp(const QString &command) {
    const CommandSpec *spec = findCommand(command);
    if (!spec)
        return {};
    QString text =
        usageLine(command) + QStringLiteral("\n\n") + Text::tr(spec->summary) + QLatin1Char('\n');
    if (*spec->details)
        text += Text::tr(spec->details) + QLatin1Char('\n');
    if (!spec->options.isEmpty())
        text += QLatin1Char('\n') + Text::tr("Options:\n") + formatOptions(spec->options);
    if (spec->storeCommand)
        text += QLatin1Char('\n') + Text::tr("STORE (default: the current profile):\n") +
                formatOptions(storeOptions());
    return text;
}

CtlParseResult CtlParser::parse(const QStringList &args) {
    const QStringList rest = args.mid(1);
    for (const QString &arg : rest) {
        if (arg == QLatin1String("--"))
            break;
        if (isTokenOption(arg))
            return usageError(tokenRefusal());
    }

    int i = 0;
    QList<OptionSpec> global = storeOptions();
    global << OptionSpec{"version", nullptr, ""};
    const ParsedArgs head = readArgs(rest, i, global, true);
    if (!head.error.isEmpty())
        return usageError(head.error);
    if (head.values.contains(QStringLiteral("version")))
        return help(QStringLiteral("vitrinectl %1\n").arg(QStringLiteral(VITRINE_VERSION)));
    if (i >= rest.size()) {
        if (head.help)
            return help(mainHelp());
        return usageError(Text::tr("Missing the command."));
    }

    QString name = rest.at(i++);
    if (name == QLatin1String("profiles")) {
        if (i >= rest.size() || isHelp(rest.at(i))) {
            if (i < rest.size() || head.help)
                return help(commandHelp(QStringLiteral("profiles list")) + QLatin1Char('\n') +
                            commandHelp(QStringLiteral("profiles add")) + QLatin1Char('\n') +
                            commandHelp(QStringLiteral("profiles remove")));
            return usageError(Text::tr("Missing 'list', 'add' or 'remove' after 'profiles'."));
        }
        const QString &sub = rest.at(i++);
        name = QStringLiteral("profiles ") + sub;
        if (!findCommand(name))
            return usageError(
                Text::tr("Unknown profiles command '%1': use list, add or remove.").arg(sub));
    } else if (name == QLatin1String("dialect")) {
        if (i >= rest.size() || isHelp(rest.at(i))) {
            if (i < rest.size() || head.help)
                return help(commandHelp(QStringLiteral("dialect check")));
            return usageError(Text::tr("Missing 'check' after 'dialect'."));
        }
        const QString &sub = rest.at(i++);
        name = QStringLiteral("dialect ") + sub;
        if (!findCommand(name))
            return usageError(Text::tr("Unknown dialect command '%1': use check.").arg(sub));
    }
    const CommandSpec *spec = findCommand(name);
    if (!spec)
        return usageError(Text::tr("Unknown command '%1'.").arg(name));
    if (head.help)
        return help(commandHelp(name));

    QList<OptionSpec> allowed = spec->options;
    if (spec->storeCommand)
        allowed += storeOptions();
    const ParsedArgs tail = readArgs(rest, i, allowed, false);
    if (tail.help)
        return help(commandHelp(name));
    if (!tail.error.isEmpty())
        return usageError(tail.error, name);

    CtlParseResult result;
    CtlInvocation &inv = result.invocation;
    if (!spec->storeCommand && !head.values.isEmpty())
        return usageError(
            Text::tr("'%1' works on the saved profiles and takes no store options.").arg(name),
            name);
    QHash<QString, QString> store = head.values;
    if (spec->storeCommand) {
        for (const OptionSpec &o : storeOptions()) {
            const QString key = L(o.name);
            if (!tail.values.contains(key))
                continue;
            if (store.contains(key))
                return usageError(Text::tr("--%1 is given twice.").arg(key), name);
            store.insert(key, tail.values.value(key));
        }
        if (QString e = applyStoreOptions(store, inv); !e.isEmpty())
            return usageError(e, name);
    }
    if (QString e = buildCommand(name, tail, inv); !e.isEmpty())
        return usageError(e, name);
    return result;
}

} // namespace vitrine
