// vitrinectl's command line: every command line is either one invocation or a usage error
// (exit 2) that names the problem, found before any store is contacted.
#include "app/ctl/ctlparser.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace vitrine;

namespace {

QString commandName(CtlCommand c) {
    switch (c) {
    case CtlCommand::Products:
        return QStringLiteral("products");
    case CtlCommand::List:
        return QStringLiteral("list");
    case CtlCommand::Add:
        return QStringLiteral("add");
    case CtlCommand::SetAlt:
        return QStringLiteral("set-alt");
    case CtlCommand::Reorder:
        return QStringLiteral("reorder");
    case CtlCommand::Delete:
        return QStringLiteral("delete");
    case CtlCommand::Pending:
        return QStringLiteral("pending");
    case CtlCommand::Publish:
        return QStringLiteral("publish");
    case CtlCommand::Discard:
        return QStringLiteral("discard");
    case CtlCommand::Template:
        return QStringLiteral("template");
    case CtlCommand::ExportAlt:
        return QStringLiteral("export");
    case CtlCommand::ImportAlt:
        return QStringLiteral("import");
    case CtlCommand::Scan:
        return QStringLiteral("scan");
    case CtlCommand::Audit:
        return QStringLiteral("audit");
    case CtlCommand::ProfilesList:
        return QStringLiteral("profiles-list");
    case CtlCommand::ProfilesAdd:
        return QStringLiteral("profiles-add");
    case CtlCommand::ProfilesRemove:
        return QStringLiteral("profiles-remove");
    case CtlCommand::DialectCheck:
        return QStringLiteral("dialect-check");
    }
    return {};
}

// A compact, order-stable description of the fields an invocation sets.
QString describe(const CtlInvocation &inv) {
    QStringList parts{commandName(inv.command)};
    switch (inv.store.kind) {
    case CtlStoreChoice::Kind::Current:
        break;
    case CtlStoreChoice::Kind::Profile:
        parts << QStringLiteral("profile=") + inv.store.profileName;
        break;
    case CtlStoreChoice::Kind::Direct:
        parts
            << QStringLiteral("direct=%1@%2").arg(inv.store.dialect, inv.store.baseUrl.toString());
        if (!inv.store.apiVersion.isEmpty())
            parts << QStringLiteral("api=") + inv.store.apiVersion;
        break;
    }
    if (!inv.productId.isEmpty())
        parts << QStringLiteral("product=") + inv.productId;
    if (!inv.url.isEmpty())
        parts << QStringLiteral("url=") + inv.url;
    if (!inv.imageId.isEmpty())
        parts << QStringLiteral("image=") + inv.imageId;
    if (inv.altGiven || inv.command == CtlCommand::SetAlt)
        parts << QStringLiteral("alt=") + inv.altText;
    if (inv.position)
        parts << QStringLiteral("position=%1").arg(*inv.position);
    if (!inv.imageIds.isEmpty())
        parts << QStringLiteral("ids=") + inv.imageIds.join(QLatin1Char(','));
    if (inv.all)
        parts << QStringLiteral("all");
    if (inv.stage)
        parts << QStringLiteral("stage");
    if (!inv.dialectFile.isEmpty())
        parts << QStringLiteral("file=") + inv.dialectFile;
    if (inv.json)
        parts << QStringLiteral("json");
    if (!inv.resolve.isEmpty())
        parts << QStringLiteral("resolve=") + inv.resolve;
    if (!inv.templateText.isEmpty())
        parts << QStringLiteral("template=") + inv.templateText;
    if (!inv.writeMode.isEmpty())
        parts << QStringLiteral("mode=") + inv.writeMode;
    if (!inv.file.isEmpty())
        parts << QStringLiteral("file=") + inv.file;
    if (inv.byteOrderMark)
        parts << QStringLiteral("bom");
    if (!inv.profileName.isEmpty())
        parts << QStringLiteral("name=") + inv.profileName;
    if (!inv.profileDialect.isEmpty())
        parts << QStringLiteral("dialect=") + inv.profileDialect;
    if (!inv.profileBaseUrl.isEmpty())
        parts << QStringLiteral("base=") + inv.profileBaseUrl.toString();
    if (inv.profileOrdering)
        parts << QStringLiteral("ordering=") + orderingName(*inv.profileOrdering);
    if (inv.profileRate)
        parts << QStringLiteral("rate=%1").arg(*inv.profileRate);
    if (!inv.problems.isEmpty())
        parts << QStringLiteral("problems=") + inv.problems;
    return parts.join(QLatin1Char(' '));
}

QStringList args(const char *line) {
    QStringList out{QStringLiteral("vitrinectl")};
    // '|' separates arguments so an argument may contain spaces.
    const QString s = QString::fromUtf8(line);
    if (!s.isEmpty())
        out << s.split(QLatin1Char('|'));
    return out;
}

} // namespace

class TestCtlParser : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void runs_data();
    void runs();
    void usageErrors_data();
    void usageErrors();
    void help_data();
    void help();
    void everyCommandHasHelp();

private:
    QTemporaryDir m_dir;
};

void TestCtlParser::initTestCase() {
    QVERIFY(m_dir.isValid());
    // The parser checks that a custom dialect file exists (as a profile would), not its content.
    QFile file(m_dir.filePath(QStringLiteral("mystore.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{}");
}

void TestCtlParser::runs_data() {
    QTest::addColumn<QStringList>("argv");
    QTest::addColumn<QString>("expected");

    QTest::newRow("products") << args("products") << "products";
    QTest::newRow("products json with profile")
        << args("--profile|Shop|products|--json") << "products profile=Shop json";
    QTest::newRow("list direct")
        << args("--dialect|shopify|--base-url|http://127.0.0.1:8080|list|7|--json")
        << "list direct=shopify@http://127.0.0.1:8080 product=7 json";
    QTest::newRow("store options after the command")
        << args("list|7|--dialect=generic|--base-url=http://127.0.0.1:9")
        << "list direct=generic@http://127.0.0.1:9 product=7";
    QTest::newRow("dialect name in another case")
        << args("--dialect|Shopify|--base-url|http://127.0.0.1:8080|list|7")
        << "list direct=shopify@http://127.0.0.1:8080 product=7";
    QTest::newRow("api version")
        << args("--dialect|shopline|--base-url|https://h.myshopline.com|--api-version|v2|list|5")
        << "list direct=shopline@https://h.myshopline.com api=v2 product=5";
    const QString file = m_dir.filePath(QStringLiteral("mystore.json"));
    QTest::newRow("custom dialect file")
        << (QStringList{QStringLiteral("vitrinectl"), QStringLiteral("--dialect"), file,
                        QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:1"),
                        QStringLiteral("products")})
        << QStringLiteral("products direct=%1@http://127.0.0.1:1").arg(file);
    QTest::newRow("add") << args("add|101|https://cdn.example/a.jpg")
                         << "add product=101 url=https://cdn.example/a.jpg";
    QTest::newRow("add alt position stage")
        << args("add|101|https://cdn.example/a.jpg|--alt|Front view|--position|2|--stage")
        << "add product=101 url=https://cdn.example/a.jpg alt=Front view position=2 stage";
    QTest::newRow("add empty alt") << args("add|101|https://x.example/a.jpg|--alt=")
                                   << "add product=101 url=https://x.example/a.jpg alt=";
    QTest::newRow("set-alt") << args("set-alt|101|12|Grey sofa, front")
                             << "set-alt product=101 image=12 alt=Grey sofa, front";
    QTest::newRow("set-alt empty clears")
        << args("set-alt|101|12|") << "set-alt product=101 image=12 alt=";
    QTest::newRow("set-alt text starting with dash")
        << args("set-alt|101|12|--|-50% off") << "set-alt product=101 image=12 alt=-50% off";
    QTest::newRow("set-alt stage")
        << args("set-alt|--stage|101|12|x") << "set-alt product=101 image=12 alt=x stage";
    QTest::newRow("reorder commas") << args("reorder|101|3,1,2") << "reorder product=101 ids=3,1,2";
    QTest::newRow("reorder several args")
        << args("reorder|101|3|1,2|--stage") << "reorder product=101 ids=3,1,2 stage";
    QTest::newRow("delete ids") << args("delete|101|4|5") << "delete product=101 ids=4,5";
    QTest::newRow("delete all") << args("delete|101|--all") << "delete product=101 all";
    QTest::newRow("delete all stage")
        << args("delete|--all|--stage|101") << "delete product=101 all stage";
    QTest::newRow("pending") << args("pending") << "pending";
    QTest::newRow("pending product json")
        << args("pending|101|--json") << "pending product=101 json";
    QTest::newRow("publish") << args("publish") << "publish";
    QTest::newRow("publish product resolve")
        << args("--profile|Shop|publish|101|--resolve|take-theirs")
        << "publish profile=Shop product=101 resolve=take-theirs";
    QTest::newRow("publish json") << args("publish|--json") << "publish json";
    QTest::newRow("discard") << args("discard|101") << "discard product=101";
    QTest::newRow("template preview")
        << args("template|{title}, view {place}|--product|101")
        << "template product=101 template={title}, view {place} mode=empty";
    QTest::newRow("template mode stage json")
        << args("template|Shirts|--product=101|--mode|Replace|--stage|--json")
        << "template product=101 stage json template=Shirts mode=replace";
    QTest::newRow("export") << args("export|out.csv|--product|101")
                            << "export product=101 file=out.csv";
    QTest::newRow("export bom") << args("export|--bom|out.csv|--product|101")
                                << "export product=101 file=out.csv bom";
    QTest::newRow("export the catalog") << args("export|out.csv") << "export file=out.csv";
    QTest::newRow("template over the catalog")
        << args("template|{title}|--stage") << "template stage template={title} mode=empty";
    QTest::newRow("template of a problem")
        << args("template|{title}|--problem|missing-alt,alt-verbose|--mode|append")
        << "template template={title} mode=append problems=missing-alt,alt-verbose";
    QTest::newRow("import") << args("import|in.csv") << "import file=in.csv";
    QTest::newRow("import stage json")
        << args("import|in.csv|--stage|--json") << "import stage json file=in.csv";
    QTest::newRow("profiles list") << args("profiles|list|--json") << "profiles-list json";
    QTest::newRow("profiles add")
        << args("profiles|add|Demo|--dialect|generic|--base-url|http://127.0.0.1:8080")
        << "profiles-add name=Demo dialect=generic base=http://127.0.0.1:8080";
    QTest::newRow("profiles add ordering rate")
        << args("profiles|add|S|--dialect|shopify|--base-url|https://s.myshopify.com|--ordering|"
                "absolute|--rate|4/s")
        << "profiles-add name=S dialect=shopify base=https://s.myshopify.com ordering=absolute "
           "rate=4";
    QTest::newRow("profiles remove") << args("profiles|remove|Demo") << "profiles-remove name=Demo";
    QTest::newRow("dialect check")
        << args("dialect|check|acme.json") << "dialect-check file=acme.json";
    QTest::newRow("dialect check against a product of a store")
        << args("dialect|check|acme.json|--base-url|http://127.0.0.1:8080|--product|101")
        << "dialect-check product=101 file=acme.json base=http://127.0.0.1:8080";
}

void TestCtlParser::runs() {
    QFETCH(QStringList, argv);
    QFETCH(QString, expected);
    const CtlParseResult r = CtlParser::parse(argv);
    QVERIFY2(r.action == CtlParseResult::Action::Run, qPrintable(r.text));
    QCOMPARE(describe(r.invocation), expected);
}

void TestCtlParser::usageErrors_data() {
    QTest::addColumn<QStringList>("argv");
    QTest::addColumn<QString>("mentions"); // a part of the message that names the problem

    QTest::newRow("nothing") << args("") << "Missing the command";
    QTest::newRow("unknown command") << args("frobnicate") << "Unknown command 'frobnicate'";
    QTest::newRow("unknown option") << args("list|7|--colour") << "Unknown option '--colour'";
    QTest::newRow("short option") << args("list|7|-x") << "Unknown option '-x'";
    QTest::newRow("list without product") << args("list") << "Missing the product id";
    QTest::newRow("list extra") << args("list|7|8") << "Unexpected argument '8'";
    QTest::newRow("list empty product") << args("list| ") << "product id is empty";
    QTest::newRow("products extra") << args("products|7") << "Unexpected argument '7'";
    QTest::newRow("add no url") << args("add|101") << "Missing the product id and the image URL";
    QTest::newRow("add empty url") << args("add|101| ") << "image URL is empty";
    QTest::newRow("add position zero")
        << args("add|101|https://x/a.jpg|--position|0") << "--position must be a whole number";
    QTest::newRow("add position text")
        << args("add|101|https://x/a.jpg|--position|two") << "not 'two'";
    QTest::newRow("add alt without value")
        << args("add|101|https://x/a.jpg|--alt") << "--alt needs a value";
    QTest::newRow("set-alt missing text") << args("set-alt|101|12") << "Missing";
    QTest::newRow("reorder no ids") << args("reorder|101") << "Missing the image ids";
    QTest::newRow("reorder empty id") << args("reorder|101|1,,2") << "image id is empty";
    QTest::newRow("reorder twice") << args("reorder|101|1,2,1") << "Image 1 is named twice";
    QTest::newRow("delete nothing") << args("delete|101") << "Missing the image ids (or --all)";
    QTest::newRow("delete ids and all") << args("delete|101|4|--all") << "not both";
    QTest::newRow("json twice") << args("list|7|--json|--json") << "--json is given twice";
    QTest::newRow("flag with value") << args("list|7|--json=yes") << "--json takes no value";
    QTest::newRow("stage on list") << args("list|7|--stage") << "Unknown option '--stage'";
    QTest::newRow("publish bad resolve") << args("publish|--resolve|mine") << "--resolve must be";
    QTest::newRow("publish two products") << args("publish|1|2") << "Unexpected argument '2'";
    QTest::newRow("profile and dialect")
        << args("--profile|S|--dialect|generic|--base-url|http://127.0.0.1:1|list|7")
        << "Choose one store";
    QTest::newRow("dialect without url") << args("--dialect|generic|list|7") << "go together";
    QTest::newRow("url without dialect")
        << args("--base-url|http://127.0.0.1:1|list|7") << "go together";
    QTest::newRow("unknown dialect")
        << args("--dialect|magento|--base-url|https://m.example|list|7")
        << "Unknown dialect 'magento'";
    QTest::newRow("missing custom dialect file")
        << args("--dialect|/nonexistent/shop.json|--base-url|http://127.0.0.1:1|products")
        << "does not exist";
    QTest::newRow("plain http to another host")
        << args("--dialect|generic|--base-url|http://shop.example|list|7") << "http";
    QTest::newRow("store given twice")
        << args("--profile|A|list|7|--profile|B") << "--profile is given twice";
    QTest::newRow("token option") << args("--token|secret|list|7")
                                  << "never taken from the command line";
    QTest::newRow("token option after command")
        << args("list|7|--token=secret") << "never taken from the command line";
    QTest::newRow("access token option")
        << args("list|7|--access-token|x") << "never taken from the command line";
    QTest::newRow("template without text") << args("template|--product|1") << "Missing";
    QTest::newRow("template empty") << args("template| |--product|1") << "template is empty";
    QTest::newRow("template product and problem")
        << args("template|{title}|--product|1|--problem|missing-alt")
        << "Choose one of --product and --problem";
    QTest::newRow("template unknown problem")
        << args("template|{title}|--problem|blurry") << "Unknown problem 'blurry'";
    QTest::newRow("template bad mode")
        << args("template|{title}|--product|1|--mode|overwrite") << "--mode must be";
    QTest::newRow("export without file") << args("export|--product|1") << "Missing";
    QTest::newRow("import two files") << args("import|a.csv|b.csv") << "Unexpected argument";
    QTest::newRow("import bom") << args("import|a.csv|--bom") << "Unknown option '--bom'";
    QTest::newRow("profiles without sub")
        << args("profiles") << "Missing 'list', 'add' or 'remove'";
    QTest::newRow("profiles unknown sub")
        << args("profiles|rename|A") << "Unknown profiles command";
    QTest::newRow("profiles add without url")
        << args("profiles|add|A|--dialect|generic") << "needs --dialect and --base-url";
    QTest::newRow("dialect file without url, no such file")
        << args("--dialect|/nonexistent/acme.json|products") << "does not exist";
    QTest::newRow("profiles add dialect file without url, no such file")
        << args("profiles|add|A|--dialect|/nonexistent/acme.json") << "does not exist";
    QTest::newRow("profiles add bad ordering")
        << args("profiles|add|A|--dialect|generic|--base-url|http://127.0.0.1:1|--ordering|random")
        << "--ordering must be";
    QTest::newRow("profiles add bad rate")
        << args("profiles|add|A|--dialect|generic|--base-url|http://127.0.0.1:1|--rate|fast")
        << "--rate must be";
    QTest::newRow("profiles with store option")
        << args("--profile|S|profiles|list") << "takes no store options";
    QTest::newRow("profiles remove nameless")
        << args("profiles|remove") << "Missing the profile name";
    QTest::newRow("dialect check without file")
        << args("dialect|check") << "Missing the dialect file";
    QTest::newRow("dialect check empty product")
        << args("dialect|check|acme.json|--product|") << "product id is empty";
    QTest::newRow("dialect check bad base url")
        << args("dialect|check|acme.json|--base-url|nowhere") << "--base-url must be";
}

void TestCtlParser::usageErrors() {
    QFETCH(QStringList, argv);
    QFETCH(QString, mentions);
    const CtlParseResult r = CtlParser::parse(argv);
    QCOMPARE(int(r.action), int(CtlParseResult::Action::UsageError));
    QVERIFY2(r.text.contains(mentions), qPrintable(r.text));
    // Every usage error shows a usage line and where to find help.
    QVERIFY2(r.text.contains(QLatin1String("Usage: vitrinectl")), qPrintable(r.text));
    QVERIFY2(r.text.contains(QLatin1String("--help")), qPrintable(r.text));
    // A token given on the command line is never echoed back.
    QVERIFY(!r.text.contains(QLatin1String("secret")));
}

void TestCtlParser::help_data() {
    QTest::addColumn<QStringList>("argv");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("--help") << args("--help") << "Commands:";
    QTest::newRow("-h") << args("-h") << "Exit codes";
    QTest::newRow("command help") << args("list|--help")
                                  << "Usage: vitrinectl [STORE] list PRODUCT";
    QTest::newRow("help before command") << args("--help|reorder") << "reorder PRODUCT";
    QTest::newRow("profiles help") << args("profiles|--help") << "profiles add NAME";
    QTest::newRow("version") << args("--version") << "vitrinectl ";
}

void TestCtlParser::help() {
    QFETCH(QStringList, argv);
    QFETCH(QString, mentions);
    const CtlParseResult r = CtlParser::parse(argv);
    QCOMPARE(int(r.action), int(CtlParseResult::Action::Help));
    QVERIFY2(r.text.contains(mentions), qPrintable(r.text));
}

void TestCtlParser::everyCommandHasHelp() {
    for (const char *c :
         {"products", "list", "add", "set-alt", "reorder", "delete", "pending", "publish",
          "discard", "profiles list", "profiles add", "profiles remove", "dialect check"}) {
        const QString name = QString::fromLatin1(c);
        QVERIFY2(!CtlParser::commandHelp(name).isEmpty(), c);
        QVERIFY2(CtlParser::mainHelp().contains(name), c);
    }
}

QTEST_GUILESS_MAIN(TestCtlParser)
#include "tst_ctlparser.moc"
