// vitrinectl template / export / import (docs/alttext.md) against the store simulator: previews
// send nothing and stage nothing; --stage stages into the journal (pending lists it, publish
// publishes it); a saved template is used by name; an untouched round trip stages nothing; a
// cell changed on the store since the export is a conflict — listed (in --json too), never
// staged, exit 1 — while the other cells are staged; bad lines are named by line.
#include "ctltestsupport.h"

#include "core/csv.h"
#include "workflow/savedtemplates.h"

#include <QFile>
#include <QJsonArray>
#include <QSettings>

using namespace vitrine;
using namespace vitrine::test;

namespace {

QStringList cmd(const QStringList &store, std::initializer_list<QString> rest) {
    QStringList out = store;
    for (const QString &s : rest)
        out << s;
    return out;
}

QString readText(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

bool writeText(const QString &path, const QString &text) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) > 0;
}

// The file's records, cells restored (formula apostrophes taken off).
QList<QStringList> records(const QString &text) {
    QList<QStringList> out;
    for (const Csv::Record &r : Csv::parse(text).records) {
        QStringList cells;
        for (const QString &c : r.cells)
            cells << Csv::restored(c);
        out << cells;
    }
    return out;
}

QString recordsToText(const QList<QStringList> &rows) {
    QString out;
    for (const QStringList &r : rows)
        out += Csv::line(r);
    return out;
}

} // namespace

class TestCtlAltText : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        m_sim = std::make_unique<StoreSimulator>();
        QVERIFY2(m_sim->start(), qPrintable(m_sim->lastError()));
        m_sim->setRequiredToken(SimDialect::Generic, QString());
    }
    void init() { m_sim->clearRecordedRequests(); }

    void templatePreviewSendsAndStagesNothing() {
        const QString product = makeProduct(*m_sim, SimDialect::Generic, 3);
        // Image 2 has no alt text.
        const QStringList ids = idsOf(m_sim->images(SimDialect::Generic, product));
        QVERIFY(m_sim->editImageElsewhere(SimDialect::Generic, product, ids.at(1),
                                          ImagePatch{{}, QString(), {}, {}}));
        CtlRunner ctl;
        const QStringList store = CtlRunner::store(*m_sim, SimDialect::Generic);
        const CtlRun run = ctl.run(
            cmd(store, {QStringLiteral("template"), QStringLiteral("Photo {place} of {count}"),
                        QStringLiteral("--product"), product, QStringLiteral("--json")}));
        QVERIFY2(run.exitCode == 0, run.dump());
        const QJsonObject json = run.json();
        QCOMPARE(json.value(QStringLiteral("mode")).toString(), QStringLiteral("empty"));
        QVERIFY(json.value(QStringLiteral("staged")).isNull());
        const QJsonArray changes = json.value(QStringLiteral("changes")).toArray();
        QCOMPARE(changes.size(), 1);
        const QJsonObject change = changes.first().toObject();
        QCOMPARE(change.value(QStringLiteral("imageId")).toString(), ids.at(1));
        QCOMPARE(change.value(QStringLiteral("before")).toString(), QString());
        QCOMPARE(change.value(QStringLiteral("after")).toString(), QStringLiteral("Photo 2 of 3"));
        QCOMPARE(json.value(QStringLiteral("summary"))
                     .toObject()
                     .value(QStringLiteral("keptByMode"))
                     .toInt(),
                 2);
        QCOMPARE(countWrites(*m_sim), 0);
        const CtlRun pending = ctl.run(cmd(store, {QStringLiteral("pending"), product}));
        QVERIFY2(!pending.out.contains(ids.at(1)), pending.dump());
    }

    // Stores that list each product's variants and link images to them, from the image's side
    // (Shopify's variant_ids, SHOPLINE's sku_id) or from the variant's (Shoplazza's image_id in
    // the product list): {variant} names the variant an image shows.
    void templateNamesTheVariantsTheStoreLists_data() {
        QTest::addColumn<SimDialect>("dialect");
        QTest::newRow("shopify") << SimDialect::Shopify;
        QTest::newRow("shopline") << SimDialect::Shopline;
        QTest::newRow("shoplazza") << SimDialect::Shoplazza;
    }
    void templateNamesTheVariantsTheStoreLists() {
        QFETCH(SimDialect, dialect);
        m_sim->setRequiredToken(dialect, QString());
        const ProductSummary product =
            m_sim->addProduct(dialect, QStringLiteral("Linen Shirt"),
                              {QStringLiteral("Sky Blue / M"), QStringLiteral("Sand / S")});
        const QStringList variants = m_sim->variantIds(dialect, product.id);
        QCOMPARE(variants.size(), 2);
        for (int i = 0; i < 2; ++i) {
            NewImage image;
            image.src = m_sim->imageUrl(QStringLiteral("shirt-%1.jpg").arg(i + 1)).toString();
            if (i == 0)
                image.variantIds = {variants.at(1)};
            QVERIFY(m_sim->addImage(dialect, product.id, image));
        }
        CtlRunner ctl;
        const QStringList store = CtlRunner::store(*m_sim, dialect);
        const CtlRun run = ctl.run(
            cmd(store, {QStringLiteral("template"), QStringLiteral("{title}[ in {variant}]"),
                        QStringLiteral("--product"), product.id, QStringLiteral("--json")}));
        QVERIFY2(run.exitCode == 0, run.dump());
        const QJsonArray changes = run.json().value(QStringLiteral("changes")).toArray();
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes.at(0).toObject().value(QStringLiteral("after")).toString(),
                 QStringLiteral("Linen Shirt in Sand / S"));
        QCOMPARE(changes.at(1).toObject().value(QStringLiteral("after")).toString(),
                 QStringLiteral("Linen Shirt"));
        QCOMPARE(countWrites(*m_sim), 0);
    }

    // {vendor} and {type} come from the store's product list where it gives them (Shopify's
    // vendor and product_type); elsewhere they are empty and left out with their separator, and
    // the preview names them.
    void templateFillsVendorAndTypeWhereTheStoreGivesThem_data() {
        QTest::addColumn<SimDialect>("dialect");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QStringList>("empty");
        QTest::newRow("shopify") << SimDialect::Shopify
                                 << QStringLiteral("Linen Shirt – Fjord & Flax Shirt, view 1")
                                 << QStringList();
        QTest::newRow("generic") << SimDialect::Generic << QStringLiteral("Linen Shirt, view 1")
                                 << QStringList{QStringLiteral("{vendor}"),
                                                QStringLiteral("{type}")};
        QTest::newRow("shopline") << SimDialect::Shopline << QStringLiteral("Linen Shirt, view 1")
                                  << QStringList{QStringLiteral("{vendor}"),
                                                 QStringLiteral("{type}")};
    }
    void templateFillsVendorAndTypeWhereTheStoreGivesThem() {
        QFETCH(SimDialect, dialect);
        QFETCH(QString, after);
        QFETCH(QStringList, empty);
        m_sim->setRequiredToken(dialect, QString());
        const ProductSummary product = m_sim->addProduct(dialect, QStringLiteral("Linen Shirt"));
        QVERIFY(m_sim->setProductVendor(dialect, product.id, QStringLiteral("Fjord & Flax"),
                                        QStringLiteral("Shirt")));
        NewImage image;
        image.src = m_sim->imageUrl(QStringLiteral("shirt-front.jpg")).toString();
        QVERIFY(m_sim->addImage(dialect, product.id, image));
        CtlRunner ctl;
        const QStringList store = CtlRunner::store(*m_sim, dialect);
        const CtlRun run = ctl.run(
            cmd(store, {QStringLiteral("template"),
                        QStringLiteral("{title} – {vendor} {type}, view {place}"),
                        QStringLiteral("--product"), product.id, QStringLiteral("--json")}));
        QVERIFY2(run.exitCode == 0, run.dump());
        const QJsonArray changes = run.json().value(QStringLiteral("changes")).toArray();
        QCOMPARE(changes.size(), 1);
        const QJsonObject change = changes.first().toObject();
        QCOMPARE(change.value(QStringLiteral("after")).toString(), after);
        QStringList emptied;
        for (const QJsonValue v : change.value(QStringLiteral("emptyPlaceholders")).toArray())
            emptied << v.toString();
        QCOMPARE(emptied, empty);
        QCOMPARE(countWrites(*m_sim), 0);
    }

    void templateStagesThenPublishes() {
        const QString product =
            makeProduct(*m_sim, SimDialect::Generic, 3, QStringLiteral("Linen Shirt"));
        const QStringList ids = idsOf(m_sim->images(SimDialect::Generic, product));
        CtlRunner ctl;
        const QStringList store = CtlRunner::store(*m_sim, SimDialect::Generic);
        // A saved template, used by its name.
        {
            QSettings settings(ctl.home() + QStringLiteral("/config/Vitrine/vitrine.conf"),
                               QSettings::IniFormat);
            SavedTemplates saved(&settings);
            QCOMPARE(saved.save(QStringLiteral("views"),
                                QStringLiteral("{title}, view {place} of {count}")),
                     QString());
        }
        const CtlRun run =
            ctl.run(cmd(store, {QStringLiteral("template"), QStringLiteral("views"),
                                QStringLiteral("--product"), product, QStringLiteral("--mode"),
                                QStringLiteral("replace"), QStringLiteral("--stage")}));
        QVERIFY2(run.exitCode == 0, run.dump());
        QVERIFY2(run.err.contains(QStringLiteral("saved template 'views'")), run.dump());
        QVERIFY2(run.out.contains(QStringLiteral("\"alt 2\" → \"Linen Shirt, view 2 of 3\"")),
                 run.dump());
        QCOMPARE(countWrites(*m_sim), 0); // staged, not sent
        const CtlRun pending =
            ctl.run(cmd(store, {QStringLiteral("pending"), product, QStringLiteral("--json")}));
        QVERIFY2(pending.out.contains(QStringLiteral("Linen Shirt, view 3 of 3")), pending.dump());
        const CtlRun publish = ctl.run(cmd(store, {QStringLiteral("publish"), product}));
        QVERIFY2(publish.exitCode == 0, publish.dump());
        const Gallery after = m_sim->images(SimDialect::Generic, product);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(after.at(i).alt, QStringLiteral("Linen Shirt, view %1 of 3").arg(i + 1));
        Q_UNUSED(ids);
    }

    void badTemplateIsAUsageError() {
        CtlRunner ctl;
        const CtlRun run = ctl.run(cmd(CtlRunner::store(*m_sim, SimDialect::Generic),
                                       {QStringLiteral("template"), QStringLiteral("{colour}"),
                                        QStringLiteral("--product"), QStringLiteral("1")}));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("'{colour}'")), run.dump());
        QCOMPARE(countWrites(*m_sim), 0);
    }

    void untouchedRoundTripStagesNothing() {
        const QString product = makeProduct(*m_sim, SimDialect::Generic, 4);
        CtlRunner ctl;
        const QStringList store = CtlRunner::store(*m_sim, SimDialect::Generic);
        const QString file = ctl.home() + QStringLiteral("/alt.csv");
        const CtlRun exported =
            ctl.run(cmd(store, {QStringLiteral("export"), file, QStringLiteral("--product"),
                                product, QStringLiteral("--bom")}));
        QVERIFY2(exported.exitCode == 0, exported.dump());
        QFile bytes(file);
        QVERIFY(bytes.open(QIODevice::ReadOnly));
        QVERIFY(bytes.readAll().startsWith(Csv::utf8Bom()));
        QCOMPARE(records(readText(file)).size(), 5);
        const CtlRun imported =
            ctl.run(cmd(store, {QStringLiteral("import"), file, QStringLiteral("--stage"),
                                QStringLiteral("--json")}));
        QVERIFY2(imported.exitCode == 0, imported.dump());
        const QJsonObject summary = imported.json().value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary.value(QStringLiteral("changes")).toInt(), 0);
        QCOMPARE(summary.value(QStringLiteral("conflicts")).toInt(), 0);
        QCOMPARE(summary.value(QStringLiteral("unchanged")).toInt(), 8);
        QCOMPARE(imported.json().value(QStringLiteral("staged")).toInt(), 0);
        const CtlRun pending =
            ctl.run(cmd(store, {QStringLiteral("pending"), product, QStringLiteral("--json")}));
        QVERIFY2(pending.json().value(QStringLiteral("pending")).toArray().isEmpty(),
                 pending.dump());
    }

    void importNeverOverwritesAColleague() {
        const QString product = makeProduct(*m_sim, SimDialect::Generic, 4);
        const QStringList ids = idsOf(m_sim->images(SimDialect::Generic, product));
        CtlRunner ctl;
        const QStringList store = CtlRunner::store(*m_sim, SimDialect::Generic);
        const QString file = ctl.home() + QStringLiteral("/alt.csv");
        QCOMPARE(ctl.run(cmd(store, {QStringLiteral("export"), file, QStringLiteral("--product"),
                                     product}))
                     .exitCode,
                 0);
        // In the spreadsheet: images 1 and 2 get new alt text, image 4 moves to the front, and a
        // line names an image that does not exist.
        QList<QStringList> rows = records(readText(file));
        rows[1][5] = QStringLiteral("Front, by the content team");
        rows[2][5] = QStringLiteral("Side, by the content team");
        rows[4][3] = QStringLiteral("1");
        QStringList bogus = rows[3];
        bogus[2] = QStringLiteral("999999");
        rows << bogus;
        QVERIFY(writeText(file, recordsToText(rows)));
        // Meanwhile a colleague changed image 2's alt text on the store.
        QVERIFY(
            m_sim->editImageElsewhere(SimDialect::Generic, product, ids.at(1),
                                      ImagePatch{{}, QStringLiteral("Side (colleague)"), {}, {}}));
        m_sim->clearRecordedRequests();

        const CtlRun run =
            ctl.run(cmd(store, {QStringLiteral("import"), file, QStringLiteral("--stage"),
                                QStringLiteral("--json")}));
        QVERIFY2(run.exitCode == 1, run.dump());
        const QJsonObject json = run.json();
        const QJsonArray conflicts = json.value(QStringLiteral("conflicts")).toArray();
        QCOMPARE(conflicts.size(), 1);
        const QJsonObject conflict = conflicts.first().toObject();
        QCOMPARE(conflict.value(QStringLiteral("line")).toInt(), 3);
        QCOMPARE(conflict.value(QStringLiteral("imageId")).toString(), ids.at(1));
        QCOMPARE(conflict.value(QStringLiteral("exported")).toString(), QStringLiteral("alt 2"));
        QCOMPARE(conflict.value(QStringLiteral("file")).toString(),
                 QStringLiteral("Side, by the content team"));
        QCOMPARE(conflict.value(QStringLiteral("now")).toString(),
                 QStringLiteral("Side (colleague)"));
        QCOMPARE(json.value(QStringLiteral("changes")).toArray().size(), 2); // alt 1, place of 4
        QCOMPARE(json.value(QStringLiteral("staged")).toInt(), 2);
        const QJsonArray skipped = json.value(QStringLiteral("skipped")).toArray();
        QCOMPARE(skipped.size(), 1);
        QCOMPARE(skipped.first().toObject().value(QStringLiteral("line")).toInt(), 6);
        QCOMPARE(countWrites(*m_sim), 0);

        const CtlRun publish = ctl.run(cmd(store, {QStringLiteral("publish"), product}));
        QVERIFY2(publish.exitCode == 0, publish.dump());
        const Gallery after = m_sim->images(SimDialect::Generic, product);
        QCOMPARE(idsOf(after), (QStringList{ids.at(3), ids.at(0), ids.at(1), ids.at(2)}));
        QCOMPARE(after.at(1).alt, QStringLiteral("Front, by the content team"));
        QCOMPARE(after.at(2).alt, QStringLiteral("Side (colleague)")); // the colleague's stays
    }

    void unreadableFiles() {
        CtlRunner ctl;
        const QStringList store = CtlRunner::store(*m_sim, SimDialect::Generic);
        const QString file = ctl.home() + QStringLiteral("/latin1.csv");
        QFile latin1(file);
        QVERIFY(latin1.open(QIODevice::WriteOnly));
        latin1.write("product id,image id,alt\n1,2,Caf\xE9\n");
        latin1.close();
        const CtlRun run = ctl.run(cmd(store, {QStringLiteral("import"), file}));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("UTF-8")), run.dump());
        const CtlRun missing = ctl.run(
            cmd(store, {QStringLiteral("import"), ctl.home() + QStringLiteral("/none.csv")}));
        QCOMPARE(missing.exitCode, 1);
        QCOMPARE(countWrites(*m_sim), 0);
    }

private:
    std::unique_ptr<StoreSimulator> m_sim;
};

QTEST_MAIN(TestCtlAltText)
#include "tst_ctlalttext.moc"
