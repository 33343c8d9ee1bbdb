#include "app/commandline.h"

#include <QtTest>

using namespace vitrine;
using Action = CommandLineOutcome::Action;
using Store = LaunchOptions::Store;

class TestCommandLine : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parses_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<Action>("action");
        QTest::addColumn<Store>("store");
        QTest::addColumn<QString>("textContains");

        auto row = [](const char *name, QStringList args, Action a, Store s,
                      const QString &text = {}) {
            args.prepend(QStringLiteral("vitrine"));
            QTest::newRow(name) << args << a << s << text;
        };
        row("no arguments", {}, Action::Run, Store::Default);
        row("help", {QStringLiteral("--help")}, Action::PrintAndExit, Store::Default,
            QStringLiteral("--base-url"));
        row("version", {QStringLiteral("--version")}, Action::PrintAndExit, Store::Default,
            QStringLiteral("vitrine 0."));
        row("demo", {QStringLiteral("--demo")}, Action::Run, Store::Demo);
        row("reset demo", {QStringLiteral("--reset-demo")}, Action::Run, Store::Demo);
        row("profile", {QStringLiteral("--profile"), QStringLiteral("Main shop")}, Action::Run,
            Store::Profile);
        row("direct generic",
            {QStringLiteral("--dialect"), QStringLiteral("generic"), QStringLiteral("--base-url"),
             QStringLiteral("http://127.0.0.1:8080"), QStringLiteral("--product"),
             QStringLiteral("101")},
            Action::Run, Store::Direct);
        row("custom dialect file",
            {QStringLiteral("--dialect"), QStringLiteral("/tmp/acme.json"),
             QStringLiteral("--base-url"), QStringLiteral("https://acme.example")},
            Action::Run, Store::Direct);
        row("dialect without url", {QStringLiteral("--dialect"), QStringLiteral("generic")},
            Action::Fail, Store::Default, QStringLiteral("go together"));
        // The file's own baseUrl serves; whether it has one is checked with the profile.
        row("custom dialect file without url",
            {QStringLiteral("--dialect"), QStringLiteral("/tmp/acme.JSON")}, Action::Run,
            Store::Direct);
        row("dialect name in another case",
            {QStringLiteral("--dialect"), QStringLiteral("Shopify"), QStringLiteral("--base-url"),
             QStringLiteral("https://x.myshopify.com")},
            Action::Run, Store::Direct);
        row("custom dialect file with a bad url",
            {QStringLiteral("--dialect"), QStringLiteral("/tmp/acme.json"),
             QStringLiteral("--base-url"), QStringLiteral("acme")},
            Action::Fail, Store::Default, QStringLiteral("not a store address"));
        row("unknown dialect",
            {QStringLiteral("--dialect"), QStringLiteral("magento"), QStringLiteral("--base-url"),
             QStringLiteral("https://x.example")},
            Action::Fail, Store::Default, QStringLiteral("Unknown dialect 'magento'"));
        row("not a url",
            {QStringLiteral("--dialect"), QStringLiteral("generic"), QStringLiteral("--base-url"),
             QStringLiteral("ftp://x")},
            Action::Fail, Store::Default, QStringLiteral("not a store address"));
        row("two stores",
            {QStringLiteral("--demo"), QStringLiteral("--profile"), QStringLiteral("x")},
            Action::Fail, Store::Default, QStringLiteral("Choose one store"));
        row("unknown option", {QStringLiteral("--frobnicate")}, Action::Fail, Store::Default,
            QStringLiteral("frobnicate"));
        row("stray argument", {QStringLiteral("gallery.json")}, Action::Fail, Store::Default,
            QStringLiteral("Unexpected argument"));
        row("empty product",
            {QStringLiteral("--demo"), QStringLiteral("--product"), QStringLiteral(" ")},
            Action::Fail, Store::Default, QStringLiteral("needs an id"));
    }
    void parses() {
        QFETCH(QStringList, args);
        QFETCH(Action, action);
        QFETCH(Store, store);
        QFETCH(QString, textContains);
        const CommandLineOutcome out = parseCommandLine(args);
        QCOMPARE(out.action, action);
        if (action == Action::Run)
            QCOMPARE(out.options.store, store);
        if (!textContains.isEmpty())
            QVERIFY2(out.text.contains(textContains), qPrintable(out.text));
    }
    void directCarriesEverything() {
        const auto out = parseCommandLine(
            {QStringLiteral("vitrine"), QStringLiteral("--dialect"), QStringLiteral("shopline"),
             QStringLiteral("--base-url"), QStringLiteral("https://shop1.myshopline.com"),
             QStringLiteral("--api-version"), QStringLiteral("v20250601"),
             QStringLiteral("--product"), QStringLiteral("160578502648452507912")});
        QCOMPARE(out.action, Action::Run);
        QCOMPARE(out.options.dialect, QStringLiteral("shopline"));
        QCOMPARE(parseCommandLine({QStringLiteral("vitrine"), QStringLiteral("--dialect"),
                                   QStringLiteral("ShopLine"), QStringLiteral("--base-url"),
                                   QStringLiteral("https://shop1.myshopline.com")})
                     .options.dialect,
                 QStringLiteral("shopline"));
        QCOMPARE(out.options.baseUrl, QUrl(QStringLiteral("https://shop1.myshopline.com")));
        QCOMPARE(out.options.apiVersion, QStringLiteral("v20250601"));
        // Ids are opaque strings: a 21-digit id survives untouched.
        QCOMPARE(out.options.productId, QStringLiteral("160578502648452507912"));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
