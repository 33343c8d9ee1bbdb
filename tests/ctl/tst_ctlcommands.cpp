// vitrinectl end to end: the built binary against the store simulator over loopback HTTP, for
// every built-in dialect — what the store holds afterwards, exit codes, the fewest write
// requests, the store's own message on a refusal, and the token never shown.
#include "ctltestsupport.h"

#include <QFileInfo>
#include <QJsonArray>

using namespace vitrine;
using namespace vitrine::test;

namespace {
const QString kToken = QStringLiteral("tok-5ecret-Zq81-never-shown");
}

class TestCtlCommands : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();

    void productsAndList_data();
    void productsAndList();
    void productsShowVendorTypeAndVariants();
    void edits_data();
    void edits();
    void storeRefusal_data();
    void storeRefusal();
    void refusedBeforeSending_data();
    void refusedBeforeSending();
    void customDialect();
    void acmeWalkthrough();
    void missingToken();
    void usageErrorExitsTwo();
    void profiles();

private:
    void addDialectColumn();
    std::unique_ptr<StoreSimulator> m_sim;
};

void TestCtlCommands::initTestCase() {
    m_sim = std::make_unique<StoreSimulator>();
    QVERIFY2(m_sim->start(), qPrintable(m_sim->lastError()));
    for (SimDialect d : allSimDialects())
        m_sim->setRequiredToken(d, d == SimDialect::Generic ? QString() : kToken);
}

void TestCtlCommands::init() {
    m_sim->clearFaults();
    m_sim->clearRecordedRequests();
}

void TestCtlCommands::addDialectColumn() {
    QTest::addColumn<SimDialect>("dialect");
    for (SimDialect d : allSimDialects())
        QTest::newRow(qPrintable(simDialectName(d))) << d;
}

void TestCtlCommands::productsAndList_data() {
    addDialectColumn();
}

void TestCtlCommands::productsAndList() {
    QFETCH(SimDialect, dialect);
    const QString product = makeProduct(*m_sim, dialect, 3, QStringLiteral("Listed sofa"));
    CtlRunner ctl;
    ctl.setToken(kToken);
    const QStringList store = CtlRunner::store(*m_sim, dialect);

    const CtlRun products =
        ctl.run(store + QStringList{QStringLiteral("products"), QStringLiteral("--json")});
    QVERIFY2(products.exitCode == 0 && !products.crashed, products.dump());
    bool found = false;
    for (const QJsonValue p : products.json().value(QStringLiteral("products")).toArray()) {
        const QJsonObject o = p.toObject();
        QVERIFY(o.value(QStringLiteral("id")).isString());
        if (o.value(QStringLiteral("id")).toString() == product) {
            found = true;
            QCOMPARE(o.value(QStringLiteral("title")).toString(), QStringLiteral("Listed sofa"));
        }
    }
    QVERIFY2(found, products.dump());

    const CtlRun list =
        ctl.run(store + QStringList{QStringLiteral("list"), product, QStringLiteral("--json")});
    QVERIFY2(list.exitCode == 0, list.dump());
    const QJsonObject json = list.json();
    QCOMPARE(json.value(QStringLiteral("product")).toString(), product);
    const QJsonArray images = json.value(QStringLiteral("images")).toArray();
    const Gallery onStore = m_sim->images(dialect, product);
    QCOMPARE(images.size(), onStore.size());
    for (int i = 0; i < images.size(); ++i) {
        const QJsonObject o = images.at(i).toObject();
        QCOMPARE(o.value(QStringLiteral("index")).toInt(), i + 1);
        QCOMPARE(o.value(QStringLiteral("id")).toString(), onStore.at(i).id);
        QCOMPARE(o.value(QStringLiteral("alt")).toString(), onStore.at(i).alt);
        QVERIFY(o.value(QStringLiteral("src")).toString().contains(QLatin1String("/images/p")));
        QVERIFY(o.contains(QStringLiteral("position")));
        QVERIFY(o.value(QStringLiteral("variant_ids")).isArray());
    }

    // The text form names every image, one line each after the header.
    const CtlRun text = ctl.run(store + QStringList{QStringLiteral("list"), product});
    QVERIFY2(text.exitCode == 0, text.dump());
    QCOMPARE(text.out.count(QLatin1Char('\n')), 1 + onStore.size());
    for (const ProductImage &i : onStore)
        QVERIFY2(text.out.contains(i.id), text.dump());

    // Not even with every diagnostic of the libraries on.
    CtlRunner verbose;
    verbose.setToken(kToken);
    verbose.environment().insert(QStringLiteral("QT_LOGGING_RULES"),
                                 QStringLiteral("vitrine.*=true"));
    const CtlRun logged = verbose.run(store + QStringList{QStringLiteral("list"), product});
    QVERIFY2(logged.exitCode == 0 && logged.err.contains(QLatin1String("vitrine.")), logged.dump());

    // The token went to the store and nowhere else.
    for (const CtlRun &r : {products, list, text, logged}) {
        QVERIFY(!r.out.contains(kToken));
        QVERIFY(!r.err.contains(kToken));
    }
    if (dialect != SimDialect::Generic) {
        bool carried = false;
        for (const SimRequest &r : m_sim->recordedRequests()) {
            if (r.listener != SimRequest::Listener::Api)
                continue;
            for (const auto &h : r.headers)
                carried = carried || h.second.contains(kToken.toUtf8());
        }
        QVERIFY2(carried, "VITRINE_TOKEN was not sent to the store");
    }
}

// `products` shows what the listing says beyond the title: vendor and type where the store gives
// them (Shopify), and in --json the variants with the image each shows where the variant names it
// (Shoplazza's image_id).
void TestCtlCommands::productsShowVendorTypeAndVariants() {
    const ProductSummary shirt =
        m_sim->addProduct(SimDialect::Shopify, QStringLiteral("Linen Shirt"));
    QVERIFY(m_sim->setProductVendor(SimDialect::Shopify, shirt.id, QStringLiteral("Fjord & Flax"),
                                    QStringLiteral("Shirt")));
    const ProductSummary scarf =
        m_sim->addProduct(SimDialect::Shoplazza, QStringLiteral("Scarf"),
                          {QStringLiteral("Rust"), QStringLiteral("Moss")});
    const QStringList variants = m_sim->variantIds(SimDialect::Shoplazza, scarf.id);
    NewImage rust;
    rust.src = m_sim->imageUrl(QStringLiteral("scarf-rust.jpg")).toString();
    rust.variantIds = {variants.at(0)};
    const auto image = m_sim->addImage(SimDialect::Shoplazza, scarf.id, rust);
    QVERIFY(image);
    CtlRunner ctl;
    ctl.setToken(kToken);

    const CtlRun text = ctl.run(CtlRunner::store(*m_sim, SimDialect::Shopify) +
                                QStringList{QStringLiteral("products")});
    QVERIFY2(text.exitCode == 0, text.dump());
    QVERIFY2(text.out.contains(QStringLiteral("VENDOR")), text.dump());
    const QString line = text.out.split(QLatin1Char('\n')).filter(shirt.id).value(0);
    // ID, IMAGES, VENDOR, TYPE, TITLE
    QVERIFY2(line.contains(QRegularExpression(QStringLiteral("Fjord & Flax +Shirt +Linen Shirt"))),
             text.dump());
    const CtlRun shopify =
        ctl.run(CtlRunner::store(*m_sim, SimDialect::Shopify) +
                QStringList{QStringLiteral("products"), QStringLiteral("--json")});
    QVERIFY2(shopify.exitCode == 0, shopify.dump());
    bool found = false;
    for (const QJsonValue p : shopify.json().value(QStringLiteral("products")).toArray()) {
        const QJsonObject o = p.toObject();
        if (o.value(QStringLiteral("id")).toString() != shirt.id)
            continue;
        found = true;
        QCOMPARE(o.value(QStringLiteral("vendor")).toString(), QStringLiteral("Fjord & Flax"));
        QCOMPARE(o.value(QStringLiteral("type")).toString(), QStringLiteral("Shirt"));
    }
    QVERIFY2(found, shopify.dump());

    const CtlRun shoplazza =
        ctl.run(CtlRunner::store(*m_sim, SimDialect::Shoplazza) +
                QStringList{QStringLiteral("products"), QStringLiteral("--json")});
    QVERIFY2(shoplazza.exitCode == 0, shoplazza.dump());
    found = false;
    for (const QJsonValue p : shoplazza.json().value(QStringLiteral("products")).toArray()) {
        const QJsonObject o = p.toObject();
        if (o.value(QStringLiteral("id")).toString() != scarf.id)
            continue;
        found = true;
        QVERIFY(o.value(QStringLiteral("vendor")).isNull()); // Shoplazza's listing does not say
        const QJsonArray listed = o.value(QStringLiteral("variants")).toArray();
        QCOMPARE(listed.size(), 2);
        for (const QJsonValue v : listed) {
            const QJsonObject variant = v.toObject();
            const bool isRust = variant.value(QStringLiteral("id")).toString() == variants.at(0);
            QCOMPARE(variant.value(QStringLiteral("name")).toString(),
                     isRust ? QStringLiteral("Rust") : QStringLiteral("Moss"));
            // Moss shows no image of its own (null on the store): no image_id.
            QCOMPARE(variant.value(QStringLiteral("image_id")).toString(),
                     isRust ? image->id : QString());
        }
    }
    QVERIFY2(found, shoplazza.dump());
}

void TestCtlCommands::edits_data() {
    addDialectColumn();
}

void TestCtlCommands::edits() {
    QFETCH(SimDialect, dialect);
    const QString product = makeProduct(*m_sim, dialect, 4);
    CtlRunner ctl;
    ctl.setToken(kToken);
    // Through a saved profile this time, with a faster pace than the dialect's default (Shoplazza
    // documents 2 requests per second with no burst: every command would wait seconds).
    const CtlRun added =
        ctl.run({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("Edits"),
                 QStringLiteral("--dialect"), simDialectName(dialect), QStringLiteral("--base-url"),
                 m_sim->baseUrl().toString(), QStringLiteral("--rate"), QStringLiteral("50/s")});
    QVERIFY2(added.exitCode == 0, added.dump());
    const QStringList store{QStringLiteral("--profile"), QStringLiteral("Edits")};
    QStringList ids = idsOf(m_sim->images(dialect, product));
    QCOMPARE(ids.size(), 4);

    // set-alt: one write, the store shows it.
    m_sim->clearRecordedRequests();
    CtlRun r = ctl.run(store + QStringList{QStringLiteral("set-alt"), product, ids.at(1),
                                           QStringLiteral("Grey sofa, side")});
    QVERIFY2(r.exitCode == 0, r.dump());
    QCOMPARE(countWrites(*m_sim), 1);
    QCOMPARE(m_sim->images(dialect, product).at(1).alt, QStringLiteral("Grey sofa, side"));

    // reorder of one image (the last to the front): exactly one write request.
    m_sim->clearRecordedRequests();
    r = ctl.run(store + QStringList{QStringLiteral("reorder"), product, ids.at(3)});
    QVERIFY2(r.exitCode == 0, r.dump());
    QCOMPARE(countWrites(*m_sim), 1);
    const QStringList reordered{ids.at(3), ids.at(0), ids.at(1), ids.at(2)};
    QCOMPARE(idsOf(m_sim->images(dialect, product)), reordered);

    // reorder naming several images, comma-separated.
    r = ctl.run(store + QStringList{QStringLiteral("reorder"), product,
                                    ids.at(2) + QLatin1Char(',') + ids.at(1)});
    QVERIFY2(r.exitCode == 0, r.dump());
    QCOMPARE(idsOf(m_sim->images(dialect, product)),
             (QStringList{ids.at(2), ids.at(1), ids.at(3), ids.at(0)}));

    // delete one image.
    m_sim->clearRecordedRequests();
    r = ctl.run(store + QStringList{QStringLiteral("delete"), product, ids.at(3)});
    QVERIFY2(r.exitCode == 0, r.dump());
    QCOMPARE(countWrites(*m_sim), 1);
    QCOMPARE(idsOf(m_sim->images(dialect, product)),
             (QStringList{ids.at(2), ids.at(1), ids.at(0)}));

    // add at place 2 with an alt text: its new id on stdout.
    const QString url = m_sim->imageUrl(QStringLiteral("added-by-cli.jpg")).toString();
    r = ctl.run(store + QStringList{QStringLiteral("add"), product, url, QStringLiteral("--alt"),
                                    QStringLiteral("Added from the CLI"),
                                    QStringLiteral("--position"), QStringLiteral("2")});
    QVERIFY2(r.exitCode == 0, r.dump());
    const Gallery after = m_sim->images(dialect, product);
    QCOMPARE(after.size(), 3 + 1);
    QCOMPARE(after.at(1).alt, QStringLiteral("Added from the CLI"));
    QVERIFY2(after.at(1).src.endsWith(QLatin1String("added-by-cli.jpg")),
             qPrintable(after.at(1).src));
    QCOMPARE(r.out.trimmed(), after.at(1).id);
    QCOMPARE(after.at(0).id, ids.at(2));

    // An unknown image is refused before anything is sent.
    m_sim->clearRecordedRequests();
    r = ctl.run(store + QStringList{QStringLiteral("set-alt"), product,
                                    QStringLiteral("no-such-image"), QStringLiteral("x")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("no-such-image")), r.dump());
    QCOMPARE(countWrites(*m_sim), 0);

    // delete --all: the product is empty afterwards; where the store has a delete-all request
    // (generic), that one request is all that is sent, else one delete per image.
    m_sim->clearRecordedRequests();
    r = ctl.run(store + QStringList{QStringLiteral("delete"), product, QStringLiteral("--all")});
    QVERIFY2(r.exitCode == 0, r.dump());
    QVERIFY(m_sim->images(dialect, product).isEmpty());
    QCOMPARE(countWrites(*m_sim), dialect == SimDialect::Generic ? 1 : 4);

    // Nothing is left staged once everything was published.
    r = ctl.run(store + QStringList{QStringLiteral("pending"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.dump());
    QVERIFY2(r.json().value(QStringLiteral("pending")).toArray().isEmpty(), r.dump());
}

void TestCtlCommands::storeRefusal_data() {
    QTest::addColumn<SimDialect>("dialect");
    QTest::addColumn<QByteArray>("body");
    const QByteArray message = "Refused by the simulator: alt text is reserved";
    QTest::newRow("generic") << SimDialect::Generic
                             << QByteArray("{\"status\":422,\"error\":\"Unprocessable Entity\","
                                           "\"message\":\"" +
                                           message + "\"}");
    QTest::newRow("shopline") << SimDialect::Shopline
                              << QByteArray(R"({"errors":")" + message + "\"}");
    QTest::newRow("shoplazza") << SimDialect::Shoplazza
                               << QByteArray(R"({"errors":[")" + message + "\"]}");
    QTest::newRow("shopify") << SimDialect::Shopify
                             << QByteArray(R"({"errors":")" + message + "\"}");
}

void TestCtlCommands::storeRefusal() {
    QFETCH(SimDialect, dialect);
    QFETCH(QByteArray, body);
    const QString product = makeProduct(*m_sim, dialect, 2);
    const Gallery before = m_sim->images(dialect, product);
    CtlRunner ctl;
    ctl.setToken(kToken);
    const QStringList store = CtlRunner::store(*m_sim, dialect);

    m_sim->addFault(fault("PUT", QStringLiteral("."), 422, body, -1));
    const CtlRun r = ctl.run(store + QStringList{QStringLiteral("set-alt"), product,
                                                 before.at(0).id, QStringLiteral("Reserved")});
    m_sim->clearFaults();
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("Refused by the simulator: alt text is reserved")),
             r.dump());
    QCOMPARE(m_sim->images(dialect, product).at(0).alt, before.at(0).alt);
    QVERIFY(!r.err.contains(kToken));
    QVERIFY(!r.out.contains(kToken));

    // The refused edit stays staged, with the store's message.
    const CtlRun pending =
        ctl.run(store + QStringList{QStringLiteral("pending"), product, QStringLiteral("--json")});
    QVERIFY2(pending.exitCode == 0, pending.dump());
    const QJsonArray entries = pending.json().value(QStringLiteral("pending")).toArray();
    QCOMPARE(entries.size(), 1);
    const QJsonArray edits = entries.at(0).toObject().value(QStringLiteral("edits")).toArray();
    QCOMPARE(edits.size(), 1);
    QCOMPARE(edits.at(0).toObject().value(QStringLiteral("alt")).toString(),
             QStringLiteral("Reserved"));
    QVERIFY(edits.at(0)
                .toObject()
                .value(QStringLiteral("error"))
                .toString()
                .contains(QLatin1String("Refused by the simulator")));

    // Publishing again, now that the store accepts it, lands it.
    const CtlRun again = ctl.run(store + QStringList{QStringLiteral("publish"), product});
    QVERIFY2(again.exitCode == 0, again.dump());
    QCOMPARE(m_sim->images(dialect, product).at(0).alt, QStringLiteral("Reserved"));
}

void TestCtlCommands::refusedBeforeSending_data() {
    QTest::addColumn<SimDialect>("dialect");
    QTest::addColumn<QStringList>("command"); // IMAGE stands for the product's first image
    QTest::addColumn<QString>("mentions");
    QTest::newRow("alt over SHOPLINE's update limit")
        << SimDialect::Shopline
        << QStringList{QStringLiteral("set-alt"), QStringLiteral("IMAGE"),
                       QString(513, QLatin1Char('a'))}
        << QStringLiteral("512");
    QTest::newRow("alt over SHOPLINE's create limit")
        << SimDialect::Shopline
        << QStringList{QStringLiteral("add"), QStringLiteral("https://cdn.example.com/x.jpg"),
                       QStringLiteral("--alt"), QString(256, QLatin1Char('a'))}
        << QStringLiteral("255");
    QTest::newRow("not an http address")
        << SimDialect::Generic
        << QStringList{QStringLiteral("add"), QStringLiteral("ftp://cdn.example.com/x.jpg")}
        << QStringLiteral("http");
    QTest::newRow("unknown image in a reorder")
        << SimDialect::Shopify
        << QStringList{QStringLiteral("reorder"), QStringLiteral("IMAGE,123456789")}
        << QStringLiteral("123456789");
    QTest::newRow("unknown image in a delete")
        << SimDialect::Shoplazza
        << QStringList{QStringLiteral("delete"), QStringLiteral("not-an-image")}
        << QStringLiteral("not-an-image");
}

void TestCtlCommands::refusedBeforeSending() {
    QFETCH(SimDialect, dialect);
    QFETCH(QStringList, command);
    QFETCH(QString, mentions);
    const QString product = makeProduct(*m_sim, dialect, 2);
    const Gallery before = m_sim->images(dialect, product);
    for (QString &arg : command)
        arg.replace(QLatin1String("IMAGE"), before.at(0).id);
    command.insert(1, product);
    CtlRunner ctl;
    ctl.setToken(kToken);
    const QStringList store = CtlRunner::store(*m_sim, dialect);
    m_sim->clearRecordedRequests();
    CtlRun r = ctl.run(store + command);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(mentions), r.dump());
    QCOMPARE(countWrites(*m_sim), 0);
    QCOMPARE(m_sim->images(dialect, product), before);
    // Nothing was staged either.
    r = ctl.run(store + QStringList{QStringLiteral("pending"), QStringLiteral("--json")});
    QVERIFY2(r.json().value(QStringLiteral("pending")).toArray().isEmpty(), r.dump());
}

void TestCtlCommands::customDialect() {
    // A store described in a JSON file (no code): here, the simulator's Shopify-shaped store.
    const QString file = QFINDTESTDATA("../net/fixtures/shopify-like-dialect.json");
    QVERIFY(!file.isEmpty());
    const QString product = makeProduct(*m_sim, SimDialect::Shopify, 3);
    const QStringList ids = idsOf(m_sim->images(SimDialect::Shopify, product));
    CtlRunner ctl;
    ctl.setToken(kToken);
    const QStringList store{QStringLiteral("--dialect"), file, QStringLiteral("--base-url"),
                            m_sim->baseUrl().toString()};
    CtlRun r =
        ctl.run(store + QStringList{QStringLiteral("list"), product, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.dump());
    QCOMPARE(r.json().value(QStringLiteral("images")).toArray().size(), 3);

    m_sim->clearRecordedRequests();
    r = ctl.run(store + QStringList{QStringLiteral("reorder"), product, ids.at(2)});
    QVERIFY2(r.exitCode == 0, r.dump());
    QCOMPARE(countWrites(*m_sim), 1);
    QCOMPARE(idsOf(m_sim->images(SimDialect::Shopify, product)),
             (QStringList{ids.at(2), ids.at(0), ids.at(1)}));
    r = ctl.run(store + QStringList{QStringLiteral("set-alt"), product, ids.at(0),
                                    QStringLiteral("From a dialect file")});
    QVERIFY2(r.exitCode == 0, r.dump());
    QCOMPARE(m_sim->images(SimDialect::Shopify, product).at(1).alt,
             QStringLiteral("From a dialect file"));

    // Saved in a profile from a relative path, it is found from any working directory.
    const QFileInfo info(file);
    {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(ctl.environment());
        process->setWorkingDirectory(info.absolutePath());
        process->setProgram(QStringLiteral(VITRINECTL_PATH));
        process->setArguments({QStringLiteral("profiles"), QStringLiteral("add"),
                               QStringLiteral("FromFile"), QStringLiteral("--dialect"),
                               info.fileName(), QStringLiteral("--base-url"),
                               m_sim->baseUrl().toString()});
        process->start();
        const CtlRun added = CtlRunner::finish(*process);
        QVERIFY2(added.exitCode == 0, added.dump());
    }
    r = ctl.run({QStringLiteral("--profile"), QStringLiteral("FromFile"), QStringLiteral("list"),
                 product, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.dump());
    QCOMPARE(r.json().value(QStringLiteral("images")).toArray().size(), 3);

    // A dialect file that does not exist is a usage error, nothing sent.
    r = ctl.run({QStringLiteral("--dialect"), QStringLiteral("/nonexistent/dialect.json"),
                 QStringLiteral("--base-url"), m_sim->baseUrl().toString(),
                 QStringLiteral("products")});
    QCOMPARE(r.exitCode, 2);
}

// docs/net.md's worked example, command by command, with the file it shows (the simulator serves
// acme over its generic catalog). Then the same file with its own baseUrl and no --base-url.
void TestCtlCommands::acmeWalkthrough() {
    const QString file = QFINDTESTDATA("../net/fixtures/acme.json");
    QVERIFY(!file.isEmpty());
    const QString product = makeProduct(*m_sim, SimDialect::Generic, 3);
    const QStringList ids = idsOf(m_sim->images(SimDialect::Generic, product));
    CtlRunner ctl;
    ctl.setToken(QStringLiteral("test-token"));
    const QStringList store{QStringLiteral("--dialect"), file, QStringLiteral("--base-url"),
                            m_sim->baseUrl().toString()};
    auto run = [&](const QStringList &args) { return ctl.run(store + args); };

    CtlRun r = run({QStringLiteral("products"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.dump());
    QVERIFY2(r.out.contains(product), r.dump());
    r = run({QStringLiteral("list"), product, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.dump());
    QCOMPARE(r.json().value(QStringLiteral("images")).toArray().size(), 3);

    const QString url = m_sim->imageUrl(QStringLiteral("acme-front.jpg")).toString();
    r = run({QStringLiteral("add"), product, url, QStringLiteral("--alt"),
             QStringLiteral("Oak table, front"), QStringLiteral("--position"),
             QStringLiteral("1")});
    QVERIFY2(r.exitCode == 0, r.dump());
    Gallery after = m_sim->images(SimDialect::Generic, product);
    QCOMPARE(after.size(), 4);
    QCOMPARE(after.first().src, url);
    const QString added = after.first().id;

    r = run({QStringLiteral("set-alt"), product, added,
             QStringLiteral("Oak table seen from the front")});
    QVERIFY2(r.exitCode == 0, r.dump());
    QCOMPARE(m_sim->images(SimDialect::Generic, product).first().alt,
             QStringLiteral("Oak table seen from the front"));

    const QStringList order{ids.at(2), added, ids.at(0), ids.at(1)};
    r = run({QStringLiteral("reorder"), product, order.join(QLatin1Char(','))});
    QVERIFY2(r.exitCode == 0, r.dump());
    QCOMPARE(idsOf(m_sim->images(SimDialect::Generic, product)), order);

    r = run({QStringLiteral("delete"), product, ids.at(0)});
    QVERIFY2(r.exitCode == 0, r.dump());
    QCOMPARE(m_sim->images(SimDialect::Generic, product).size(), 3);
    m_sim->clearRecordedRequests();
    r = run({QStringLiteral("delete"), product, QStringLiteral("--all")});
    QVERIFY2(r.exitCode == 0, r.dump());
    QVERIFY(m_sim->images(SimDialect::Generic, product).isEmpty());
    QCOMPARE(countWrites(*m_sim), 1); // deleteAllImages: one request
    for (const SimRequest &request : m_sim->recordedRequests()) {
        QVERIFY2(request.path.startsWith(QLatin1String("/acme/v2/items/")),
                 qPrintable(request.path));
        QCOMPARE(request.header("X-Acme-Token"), QByteArray("test-token"));
    }

    // The file may give the address itself: a copy pointing at the simulator, no --base-url.
    QFile original(file);
    QVERIFY(original.open(QIODevice::ReadOnly));
    QJsonObject description = QJsonDocument::fromJson(original.readAll()).object();
    description.insert(QStringLiteral("baseUrl"), m_sim->baseUrl().toString());
    const QString own = ctl.home() + QStringLiteral("/acme-here.json");
    QFile copy(own);
    QVERIFY(copy.open(QIODevice::WriteOnly));
    copy.write(QJsonDocument(description).toJson());
    copy.close();
    const QString other = makeProduct(*m_sim, SimDialect::Generic, 2);
    r = ctl.run({QStringLiteral("--dialect"), own, QStringLiteral("list"), other,
                 QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.dump());
    QCOMPARE(r.json().value(QStringLiteral("images")).toArray().size(), 2);
    // Staged edits of such a store are filed under the file and the address it gives.
    r = ctl.run({QStringLiteral("--dialect"), own, QStringLiteral("set-alt"), other,
                 idsOf(m_sim->images(SimDialect::Generic, other)).at(0), QStringLiteral("Staged"),
                 QStringLiteral("--stage")});
    QVERIFY2(r.exitCode == 0, r.dump());
    r = ctl.run({QStringLiteral("pending"), QStringLiteral("--json")});
    const QJsonArray pending = r.json().value(QStringLiteral("pending")).toArray();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.at(0).toObject().value(QStringLiteral("store")).toString(),
             QStringLiteral("%1@%2").arg(
                 QFileInfo(own).absoluteFilePath(),
                 m_sim->baseUrl().adjusted(QUrl::StripTrailingSlash).toString()));
    // Without an address anywhere it is a usage error, nothing sent.
    description.remove(QStringLiteral("baseUrl"));
    const QString nowhere = ctl.home() + QStringLiteral("/acme-nowhere.json");
    QFile bare(nowhere);
    QVERIFY(bare.open(QIODevice::WriteOnly));
    bare.write(QJsonDocument(description).toJson());
    bare.close();
    m_sim->clearRecordedRequests();
    r = ctl.run({QStringLiteral("--dialect"), nowhere, QStringLiteral("list"), other});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("store address")), r.dump());
    QVERIFY(m_sim->recordedRequests().isEmpty());
}

void TestCtlCommands::missingToken() {
    const QString product = makeProduct(*m_sim, SimDialect::Shopify, 1);
    CtlRunner ctl; // no VITRINE_TOKEN
    const CtlRun r = ctl.run(CtlRunner::store(*m_sim, SimDialect::Shopify) +
                             QStringList{QStringLiteral("list"), product});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("VITRINE_TOKEN")), r.dump());
    QVERIFY(r.out.isEmpty());

    // A wrong token: refused, and the token is not repeated back.
    CtlRunner wrong;
    wrong.setToken(QStringLiteral("wrong-tok-Qx77"));
    const CtlRun w = wrong.run(CtlRunner::store(*m_sim, SimDialect::Shopify) +
                               QStringList{QStringLiteral("list"), product});
    QCOMPARE(w.exitCode, 1);
    QVERIFY2(w.err.contains(QLatin1String("environment")), w.dump());
    QVERIFY(!w.err.contains(QLatin1String("wrong-tok-Qx77")));
}

void TestCtlCommands::usageErrorExitsTwo() {
    CtlRunner ctl;
    m_sim->clearRecordedRequests();
    CtlRun r = ctl.run({QStringLiteral("reorder"), QStringLiteral("7")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("Usage: vitrinectl")), r.dump());
    r = ctl.run({QStringLiteral("--token"), kToken, QStringLiteral("products")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.contains(kToken));
    // No store chosen and no profile: a usage error, nothing sent.
    r = ctl.run({QStringLiteral("products")});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(m_sim->recordedRequests().size(), 0);
    r = ctl.run({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QLatin1String("Commands:")));
}

void TestCtlCommands::profiles() {
    const QString product = makeProduct(*m_sim, SimDialect::Generic, 2);
    CtlRunner ctl;
    CtlRun r = ctl.run({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("Sim"),
                        QStringLiteral("--dialect"), QStringLiteral("generic"),
                        QStringLiteral("--base-url"), m_sim->baseUrl().toString()});
    QVERIFY2(r.exitCode == 0, r.dump());
    r = ctl.run({QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.dump());
    const QJsonArray list = r.json().value(QStringLiteral("profiles")).toArray();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Sim"));
    QCOMPARE(r.json().value(QStringLiteral("current")).toString(), QStringLiteral("Sim"));

    // The first profile is the current one: commands without store options use it.
    r = ctl.run({QStringLiteral("list"), product, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.dump());
    QCOMPARE(r.json().value(QStringLiteral("images")).toArray().size(), 2);
    r = ctl.run(
        {QStringLiteral("--profile"), QStringLiteral("Sim"), QStringLiteral("list"), product});
    QVERIFY2(r.exitCode == 0, r.dump());
    r = ctl.run(
        {QStringLiteral("--profile"), QStringLiteral("Nope"), QStringLiteral("list"), product});
    QCOMPARE(r.exitCode, 2);

    r = ctl.run({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("Sim"),
                 QStringLiteral("--dialect"), QStringLiteral("generic"),
                 QStringLiteral("--base-url"), m_sim->baseUrl().toString()});
    QCOMPARE(r.exitCode, 2); // the name is taken

    r = ctl.run({QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("Sim")});
    QVERIFY2(r.exitCode == 0, r.dump());
    r = ctl.run({QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY(r.json().value(QStringLiteral("profiles")).toArray().isEmpty());
    r = ctl.run({QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("Sim")});
    QCOMPARE(r.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCtlCommands)
#include "tst_ctlcommands.moc"
