// `vitrinectl scan` and `vitrinectl audit`, the built binary against the store simulator on
// 127.0.0.1: the JSON shapes of docs/vitrinectl.md, the audit's filters and exports, a scan killed
// with SIGKILL and resumed, staged edits judged as they will be published, and the picture checks
// sent without the store's token.
#include "tests/catalog/sheetfiles.h"
#include "tests/ctl/ctltestsupport.h"

#include "catalog/picturechecker.h"
#include "core/differencehash.h"
#include "demostore/largeseed.h"

#include <QFile>
#include <QJsonArray>
#include <QUrl>

using namespace vitrine;
using namespace vitrine::test;

namespace {

constexpr int kProducts = 30;
constexpr int kImages = 3;

QStringList args(const StoreSimulator &sim, SimDialect dialect, const QStringList &command) {
    return CtlRunner::store(sim, dialect) + command;
}

// Requests the simulator's API received (not the image host's).
QList<SimRequest> apiRequests(const StoreSimulator &sim) {
    QList<SimRequest> out;
    for (const SimRequest &r : sim.recordedRequests())
        if (r.listener == SimRequest::Listener::Api)
            out << r;
    return out;
}

// Products of the simulator with at least one image without alt text.
QSet<QString> productsMissingAlt(const StoreSimulator &sim, SimDialect dialect) {
    QSet<QString> ids;
    for (const ProductSummary &p : sim.products(dialect))
        for (const ProductImage &i : sim.images(dialect, p.id))
            if (i.alt.trimmed().isEmpty())
                ids.insert(p.id);
    return ids;
}

} // namespace

class TestCtlCatalog : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<StoreSimulator> m_sim;
    std::unique_ptr<CtlRunner> m_ctl;

private Q_SLOTS:
    void init() {
        m_sim = std::make_unique<StoreSimulator>();
        QVERIFY(m_sim->start());
        m_sim->seedLargeCatalog(kProducts, kImages);
        m_ctl = std::make_unique<CtlRunner>();
        QVERIFY(m_ctl->isValid());
        m_ctl->setToken(QStringLiteral("test-token"));
    }
    void cleanup() {
        m_ctl.reset();
        m_sim.reset();
    }

    void scanThenAuditAsJson() {
        const CtlRun scan = m_ctl->run(
            args(*m_sim, SimDialect::Shopify, {QStringLiteral("scan"), QStringLiteral("--json")}));
        QVERIFY2(scan.exitCode == 0 && !scan.crashed, scan.dump());
        const QJsonObject s = scan.json();
        QCOMPARE(s.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
        QCOMPARE(s.value(QStringLiteral("products")).toInt(), kProducts);
        QCOMPARE(s.value(QStringLiteral("images")).toInt(), kProducts * kImages);
        QCOMPARE(s.value(QStringLiteral("requests")).toInt(), 1); // one page of products
        QCOMPARE(s.value(QStringLiteral("resumed")).toBool(), false);
        QVERIFY(s.value(QStringLiteral("error")).isNull());
        QVERIFY(scan.err.contains(QStringLiteral("Scanned 30 product")));

        m_sim->clearRecordedRequests();
        const CtlRun audit = m_ctl->run(
            args(*m_sim, SimDialect::Shopify, {QStringLiteral("audit"), QStringLiteral("--json")}));
        QVERIFY2(audit.exitCode == 0 && !audit.crashed, audit.dump());
        const QJsonObject root = audit.json();
        const QJsonObject summary = root.value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary.value(QStringLiteral("products")).toInt(), kProducts);
        QCOMPARE(summary.value(QStringLiteral("images")).toInt(), kProducts * kImages);
        const int missing = LargeSeed::missingAltCount({kProducts, kImages});
        QCOMPARE(summary.value(QStringLiteral("altCoverage")).toDouble(),
                 std::round(1000.0 * (kProducts * kImages - missing) / (kProducts * kImages)) / 10);
        const QJsonObject problems = summary.value(QStringLiteral("problems")).toObject();
        QCOMPARE(problems.size(), 15);
        QCOMPARE(problems.value(QStringLiteral("missing-alt")).toInt(), missing);
        // The generated seed has a broken and a tiny picture within 90 images (strides 53, 41).
        QCOMPARE(problems.value(QStringLiteral("broken-image")).toInt(), 1);
        QCOMPARE(problems.value(QStringLiteral("tiny-image")).toInt(), 2);
        const QJsonArray findings = root.value(QStringLiteral("findings")).toArray();
        int total = 0;
        for (const QString &k : problems.keys())
            total += problems.value(k).toInt();
        QCOMPARE(findings.size(), total);
        const QSet<QString> products = [&] {
            QSet<QString> ids;
            for (const ProductSummary &p : m_sim->products(SimDialect::Shopify))
                ids.insert(p.id);
            return ids;
        }();
        for (const QJsonValue v : findings) {
            const QJsonObject f = v.toObject();
            QVERIFY(products.contains(f.value(QStringLiteral("productId")).toString()));
            QVERIFY(!f.value(QStringLiteral("productTitle")).toString().isEmpty());
        }
        // The pictures went to the image host, once each, and never with the token; the audit
        // sent nothing to the store's API.
        int cdn = 0;
        for (const SimRequest &r : m_sim->recordedRequests()) {
            QCOMPARE(r.listener, SimRequest::Listener::Cdn);
            QVERIFY(r.header("X-Shopify-Access-Token").isEmpty());
            ++cdn;
        }
        QVERIFY(cdn > 0 && cdn <= kProducts * kImages);

        // A second audit checks no picture again.
        m_sim->clearRecordedRequests();
        const CtlRun again = m_ctl->run(
            args(*m_sim, SimDialect::Shopify, {QStringLiteral("audit"), QStringLiteral("--json")}));
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.json(), root);
        QVERIFY(m_sim->recordedRequests().isEmpty());
    }

    // alt-spelling with the dictionary of the user's language (LC_ALL), as the app's review: a
    // typo is found and named; with no dictionary for the language (C), spelling is not checked.
    void auditChecksSpellingWithTheUsersDictionary_data() {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<bool>("checked");
        QTest::newRow("en_US (hunspell-en-us)") << QStringLiteral("en_US.UTF-8") << true;
        QTest::newRow("C: no dictionary") << QStringLiteral("C") << false;
    }
    void auditChecksSpellingWithTheUsersDictionary() {
        QFETCH(QString, locale);
        QFETCH(bool, checked);
        const QString product = m_sim->products(SimDialect::Shopify).at(1).id;
        const ProductImage typo = m_sim->images(SimDialect::Shopify, product).first();
        ImagePatch patch;
        patch.alt = QStringLiteral("Oak chair seen from the frnot");
        QVERIFY(m_sim->editImageElsewhere(SimDialect::Shopify, product, typo.id, patch));
        m_ctl->environment().insert(QStringLiteral("LC_ALL"), locale);
        QCOMPARE(m_ctl->run(args(*m_sim, SimDialect::Shopify, {QStringLiteral("scan")})).exitCode,
                 0);
        const CtlRun audit = m_ctl->run(
            args(*m_sim, SimDialect::Shopify,
                 {QStringLiteral("audit"), QStringLiteral("--json"), QStringLiteral("--problem"),
                  QStringLiteral("alt-spelling"), QStringLiteral("--no-picture-checks")}));
        QVERIFY2(audit.exitCode == 0, audit.dump());
        QStringList flagged;
        for (const QJsonValue v : audit.json().value(QStringLiteral("findings")).toArray()) {
            const QJsonObject f = v.toObject();
            QCOMPARE(f.value(QStringLiteral("problem")).toString(), QStringLiteral("alt-spelling"));
            if (f.value(QStringLiteral("imageId")).toString() == typo.id)
                flagged << f.value(QStringLiteral("message")).toString();
        }
        if (checked) {
            QCOMPARE(flagged.size(), 1);
            QVERIFY2(flagged.first().contains(QStringLiteral("\"frnot\"")),
                     qPrintable(flagged.first()));
        } else {
            QVERIFY2(audit.json().value(QStringLiteral("findings")).toArray().isEmpty(),
                     audit.dump());
        }
    }

    void auditFiltersAndCsv() {
        QCOMPARE(m_ctl->run(args(*m_sim, SimDialect::Shopline, {QStringLiteral("scan")})).exitCode,
                 0);
        const QString product = m_sim->products(SimDialect::Shopline).at(2).id;

        const CtlRun missing = m_ctl->run(
            args(*m_sim, SimDialect::Shopline,
                 {QStringLiteral("audit"), QStringLiteral("--json"), QStringLiteral("--problem"),
                  QStringLiteral("missing-alt,alt-looks-like-file-name"),
                  QStringLiteral("--no-picture-checks")}));
        QVERIFY2(missing.exitCode == 0, missing.dump());
        const QJsonObject root = missing.json();
        QCOMPARE(root.value(QStringLiteral("summary"))
                     .toObject()
                     .value(QStringLiteral("problems"))
                     .toObject()
                     .keys(),
                 (QStringList{QStringLiteral("alt-looks-like-file-name"),
                              QStringLiteral("missing-alt")}));
        for (const QJsonValue v : root.value(QStringLiteral("findings")).toArray()) {
            const QString p = v.toObject().value(QStringLiteral("problem")).toString();
            QVERIFY(p == QLatin1String("missing-alt") ||
                    p == QLatin1String("alt-looks-like-file-name"));
        }
        QVERIFY(m_sim->recordedRequests().size() > 0);
        for (const SimRequest &r : m_sim->recordedRequests())
            QVERIFY(r.listener != SimRequest::Listener::Cdn); // --no-picture-checks

        const CtlRun one = m_ctl->run(args(*m_sim, SimDialect::Shopline,
                                           {QStringLiteral("audit"), QStringLiteral("--csv"),
                                            QStringLiteral("--product"), product}));
        QVERIFY2(one.exitCode == 0, one.dump());
        const QStringList lines = one.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), QStringLiteral("product id,product title,place,image id,severity,"
                                               "problem,message,image url,alt text"));
        QVERIFY(lines.size() > 1);
        for (const QString &line : lines.mid(1))
            QVERIFY2(line.startsWith(product + QLatin1Char(',')), qPrintable(line));

        const CtlRun text =
            m_ctl->run(args(*m_sim, SimDialect::Shopline, {QStringLiteral("audit")}));
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(QStringLiteral("missing-alt")));
        QVERIFY2(text.out.contains(QStringLiteral("alt text on 8")), qPrintable(text.out));
    }

    void auditUsageAndErrors_data() {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<int>("exit");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown problem")
            << QStringList{QStringLiteral("audit"), QStringLiteral("--problem"),
                           QStringLiteral("blurry")}
            << 2 << QStringLiteral("Unknown problem 'blurry'");
        QTest::newRow("json and csv")
            << QStringList{QStringLiteral("audit"), QStringLiteral("--json"),
                           QStringLiteral("--csv")}
            << 2 << QStringLiteral("Choose one of --json and --csv");
        QTest::newRow("before any scan") << QStringList{QStringLiteral("audit")} << 1
                                         << QStringLiteral("run 'vitrinectl scan' first");
        QTest::newRow("scan takes no product")
            << QStringList{QStringLiteral("scan"), QStringLiteral("101")} << 2
            << QStringLiteral("Unexpected argument");
    }
    void auditUsageAndErrors() {
        QFETCH(QStringList, command);
        QFETCH(int, exit);
        QFETCH(QString, message);
        const CtlRun run = m_ctl->run(args(*m_sim, SimDialect::Generic, command));
        QVERIFY2(run.exitCode == exit, run.dump());
        QVERIFY2(run.err.contains(message), run.dump());
    }

    void auditOfAProductNotInTheCatalog() {
        QCOMPARE(m_ctl->run(args(*m_sim, SimDialect::Generic, {QStringLiteral("scan")})).exitCode,
                 0);
        const CtlRun run = m_ctl->run(
            args(*m_sim, SimDialect::Generic,
                 {QStringLiteral("audit"), QStringLiteral("--product"), QStringLiteral("999999")}));
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("not in the catalog")));
    }

    // An alt text staged with `set-alt --stage` is judged as it will be published.
    void stagedEditsAreAudited() {
        const SimDialect d = SimDialect::Generic;
        QCOMPARE(m_ctl->run(args(*m_sim, d, {QStringLiteral("scan")})).exitCode, 0);
        // The seventh image of the store (the second product's first) has no alt text.
        const QString product = m_sim->products(d).at(2).id;
        const Gallery gallery = m_sim->images(d, product);
        QString imageId;
        for (const ProductImage &i : gallery) {
            if (i.alt.isEmpty())
                imageId = i.id;
        }
        QVERIFY(!imageId.isEmpty());
        const QStringList audit{QStringLiteral("audit"),
                                QStringLiteral("--json"),
                                QStringLiteral("--product"),
                                product,
                                QStringLiteral("--problem"),
                                QStringLiteral("missing-alt"),
                                QStringLiteral("--no-picture-checks")};
        QCOMPARE(m_ctl->run(args(*m_sim, d, audit))
                     .json()
                     .value(QStringLiteral("findings"))
                     .toArray()
                     .size(),
                 1);
        QCOMPARE(
            m_ctl
                ->run(args(*m_sim, d,
                           {QStringLiteral("set-alt"), product, imageId,
                            QStringLiteral("Oak chair, side view"), QStringLiteral("--stage")}))
                .exitCode,
            0);
        QCOMPARE(m_ctl->run(args(*m_sim, d, audit))
                     .json()
                     .value(QStringLiteral("findings"))
                     .toArray()
                     .size(),
                 0);
    }

    // The generated store shows its few demo pictures again and again in other products, each
    // under its own address: the audit finds the later copies by their pixels (the pictures really
    // fetched and decoded over loopback). Every pair it names is the same picture by the hash of
    // the demo files themselves, in two products; every image whose file an earlier product
    // shows is found (across products, or in its own gallery where an earlier image of it looks
    // the same: two of the demo pictures are that alike).
    void duplicatePicturesAcrossProducts() {
        const SimDialect d = SimDialect::Generic;
        QCOMPARE(m_ctl->run(args(*m_sim, d, {QStringLiteral("scan")})).exitCode, 0);
        const CtlRun audit = m_ctl->run(
            args(*m_sim, d,
                 {QStringLiteral("audit"), QStringLiteral("--json"), QStringLiteral("--problem"),
                  QStringLiteral("duplicate-picture-across-products,duplicate-picture")}));
        QVERIFY2(audit.exitCode == 0, audit.dump());
        // The picture an address shows: its file, without the query that makes it unique.
        const auto fileOf = [](const QString &src) { return QUrl(src).fileName(); };
        const auto hashOf = [](const QString &file) {
            QFile bytes(QStringLiteral(":/vitrine/demo/") + file);
            return bytes.open(QIODevice::ReadOnly) ? PictureChecker::inspect(bytes.readAll()).hash
                                                   : std::nullopt;
        };
        QHash<QString, Gallery> galleries;
        for (const ProductSummary &p : m_sim->products(d))
            galleries.insert(p.id, m_sim->images(d, p.id));
        QSet<QString> found; // "product/place"
        int across = 0;
        for (const QJsonValue v : audit.json().value(QStringLiteral("findings")).toArray()) {
            const QJsonObject f = v.toObject();
            const QString product = f.value(QStringLiteral("productId")).toString();
            found.insert(product + QLatin1Char('/') +
                         QString::number(f.value(QStringLiteral("place")).toInt()));
            if (f.value(QStringLiteral("problem")).toString() !=
                QLatin1String("duplicate-picture-across-products"))
                continue;
            ++across;
            const QString related = f.value(QStringLiteral("relatedProductId")).toString();
            QVERIFY(!related.isEmpty() && related != product);
            const ProductImage copy =
                galleries.value(product).at(f.value(QStringLiteral("place")).toInt() - 1);
            const ProductImage first =
                galleries.value(related).at(f.value(QStringLiteral("relatedPlace")).toInt() - 1);
            QVERIFY(copy.src != first.src);
            const std::optional<quint64> a = hashOf(fileOf(copy.src));
            const std::optional<quint64> b = hashOf(fileOf(first.src));
            QVERIFY(a && b);
            QVERIFY2(DifferenceHash::distance(*a, *b) <= DifferenceHash::kSamePictureDistance,
                     qPrintable(copy.src + QLatin1Char(' ') + first.src));
        }
        QVERIFY(across > 0);
        QSet<QString> seen; // files an earlier product shows
        for (const ProductSummary &p : m_sim->products(d)) {
            QSet<QString> own;
            const Gallery &gallery = galleries.value(p.id);
            for (int i = 0; i < gallery.size(); ++i) {
                const QString file = fileOf(gallery.at(i).src);
                if (seen.contains(file) && file != StoreSimulator::brokenDemoImageFile())
                    QVERIFY2(found.contains(p.id + QLatin1Char('/') + QString::number(i + 1)),
                             qPrintable(gallery.at(i).src));
                own.insert(file);
            }
            seen += own;
        }
    }

    // template --problem over the local catalog: the images the audit finds the problem for,
    // previewed (nothing staged, nothing sent), then staged per product in the journal — the
    // audit then finds none — and still nothing sent to the store.
    void templateOverTheCatalogsProblem_data() {
        QTest::addColumn<SimDialect>("dialect");
        QTest::newRow("generic") << SimDialect::Generic;
        QTest::newRow("shopline") << SimDialect::Shopline;
    }
    void templateOverTheCatalogsProblem() {
        QFETCH(SimDialect, dialect);
        const SimDialect d = dialect;
        QCOMPARE(m_ctl->run(args(*m_sim, d, {QStringLiteral("scan")})).exitCode, 0);
        const int missing = LargeSeed::missingAltCount({kProducts, kImages});
        QVERIFY(missing > 1);
        m_sim->clearRecordedRequests();
        const QStringList command{
            QStringLiteral("template"), QStringLiteral("{title}, view {place} of {count}"),
            QStringLiteral("--problem"), QStringLiteral("missing-alt"), QStringLiteral("--json")};
        const CtlRun preview = m_ctl->run(args(*m_sim, d, command));
        QVERIFY2(preview.exitCode == 0, preview.dump());
        QJsonObject json = preview.json();
        QVERIFY(json.value(QStringLiteral("staged")).isNull());
        QJsonArray changes = json.value(QStringLiteral("changes")).toArray();
        QCOMPARE(changes.size(), missing);
        QSet<QString> products;
        for (const QJsonValue v : changes) {
            const QJsonObject c = v.toObject();
            QCOMPARE(c.value(QStringLiteral("before")).toString().trimmed(), QString());
            QVERIFY2(c.value(QStringLiteral("after")).toString().endsWith(QStringLiteral(" of 3")),
                     qPrintable(c.value(QStringLiteral("after")).toString()));
            products.insert(c.value(QStringLiteral("productId")).toString());
        }
        QCOMPARE(products, productsMissingAlt(*m_sim, d));
        QCOMPARE(json.value(QStringLiteral("summary")).toObject().value(QStringLiteral("images")),
                 missing);
        QVERIFY(apiRequests(*m_sim).isEmpty()); // the local catalog only
        const CtlRun nothing = m_ctl->run(args(*m_sim, d, {QStringLiteral("pending")}));
        QVERIFY2(!nothing.out.contains(QStringLiteral("view")), nothing.dump());

        const CtlRun staged =
            m_ctl->run(args(*m_sim, d, command + QStringList{QStringLiteral("--stage")}));
        QVERIFY2(staged.exitCode == 0, staged.dump());
        QCOMPARE(staged.json().value(QStringLiteral("staged")).toInt(), missing);
        QVERIFY2(staged.err.contains(QStringLiteral("in %1 product").arg(products.size())),
                 staged.dump());
        QCOMPARE(countWrites(*m_sim), 0);
        // One journal entry per product, each with its own texts.
        const CtlRun pending =
            m_ctl->run(args(*m_sim, d, {QStringLiteral("pending"), QStringLiteral("--json")}));
        QVERIFY2(pending.exitCode == 0, pending.dump());
        for (const QString &id : std::as_const(products))
            QVERIFY2(pending.out.contains(id), qPrintable(id));
        const CtlRun audit = m_ctl->run(
            args(*m_sim, d,
                 {QStringLiteral("audit"), QStringLiteral("--json"), QStringLiteral("--problem"),
                  QStringLiteral("missing-alt"), QStringLiteral("--no-picture-checks")}));
        QCOMPARE(audit.json().value(QStringLiteral("findings")).toArray().size(), 0);
        // Again: nothing left to write for that problem.
        const CtlRun again = m_ctl->run(args(*m_sim, d, command));
        QCOMPARE(again.json().value(QStringLiteral("changes")).toArray().size(), 0);
        QCOMPARE(countWrites(*m_sim), 0);
    }

    // Over the local catalog, {vendor} and {type} come from what the scan read: filled for a
    // store that gives them (Shopify), left out with their separator for one that does not.
    void templateOverTheCatalogFillsVendorAndType_data() {
        QTest::addColumn<SimDialect>("dialect");
        QTest::addColumn<QString>("after");
        QTest::newRow("shopify") << SimDialect::Shopify
                                 << QStringLiteral("%1 – Nordhaus Sofa, view 1");
        QTest::newRow("generic") << SimDialect::Generic << QStringLiteral("%1, view 1");
    }
    void templateOverTheCatalogFillsVendorAndType() {
        QFETCH(SimDialect, dialect);
        QFETCH(QString, after);
        const ProductSummary first = m_sim->products(dialect).constFirst();
        QVERIFY(m_sim->setProductVendor(dialect, first.id, QStringLiteral("Nordhaus"),
                                        QStringLiteral("Sofa")));
        QCOMPARE(m_ctl->run(args(*m_sim, dialect, {QStringLiteral("scan")})).exitCode, 0);
        const CtlRun run = m_ctl->run(args(
            *m_sim, dialect,
            {QStringLiteral("template"), QStringLiteral("{title} – {vendor} {type}, view {place}"),
             QStringLiteral("--mode"), QStringLiteral("replace"), QStringLiteral("--json")}));
        QVERIFY2(run.exitCode == 0, run.dump());
        QString firstAfter;
        for (const QJsonValue v : run.json().value(QStringLiteral("changes")).toArray()) {
            const QJsonObject c = v.toObject();
            if (c.value(QStringLiteral("productId")).toString() == first.id &&
                c.value(QStringLiteral("place")).toInt() == 1)
                firstAfter = c.value(QStringLiteral("after")).toString();
        }
        QCOMPARE(firstAfter, after.arg(first.title));
        QCOMPARE(countWrites(*m_sim), 0);
    }

    // Without --product and --problem: every image of the catalog (mode replace here).
    void templateOverTheWholeCatalog() {
        const SimDialect d = SimDialect::Shopify;
        QCOMPARE(m_ctl->run(args(*m_sim, d, {QStringLiteral("scan")})).exitCode, 0);
        const CtlRun run = m_ctl->run(
            args(*m_sim, d,
                 {QStringLiteral("template"), QStringLiteral("Picture {place} of {title}"),
                  QStringLiteral("--mode"), QStringLiteral("replace"), QStringLiteral("--json")}));
        QVERIFY2(run.exitCode == 0, run.dump());
        const QJsonObject summary = run.json().value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary.value(QStringLiteral("products")).toInt(), kProducts);
        QCOMPARE(summary.value(QStringLiteral("images")).toInt(), kProducts * kImages);
        QCOMPARE(summary.value(QStringLiteral("changes")).toInt(), kProducts * kImages);
    }

    void catalogCommandsBeforeAnyScan_data() {
        QTest::addColumn<QStringList>("command");
        QTest::newRow("template") << QStringList{QStringLiteral("template"),
                                                 QStringLiteral("{title}")};
        QTest::newRow("template of a problem") << QStringList{
            QStringLiteral("template"), QStringLiteral("{title}"), QStringLiteral("--problem"),
            QStringLiteral("missing-alt"), QStringLiteral("--stage")};
        QTest::newRow("export") << QStringList{QStringLiteral("export"), QStringLiteral("x.csv")};
    }
    void catalogCommandsBeforeAnyScan() {
        QFETCH(QStringList, command);
        const CtlRun run = m_ctl->run(args(*m_sim, SimDialect::Generic, command));
        QVERIFY2(run.exitCode == 1, run.dump());
        QVERIFY2(run.err.contains(QStringLiteral("run 'vitrinectl scan' first")), run.dump());
        QVERIFY(!QFile::exists(m_ctl->home() + QStringLiteral("/x.csv")));
        QCOMPARE(countWrites(*m_sim), 0);
    }

    // export without --product: every image of the catalog, one row each. An untouched round
    // trip reads nothing from the store and stages nothing; an edited sheet reads only the
    // products it edits from the store, stages the cells nobody else changed (per product) and
    // lists the one a colleague changed on the store meanwhile as a conflict (exit 1).
    void catalogSpreadsheetRoundTrip_data() {
        QTest::addColumn<SimDialect>("dialect");
        QTest::newRow("generic") << SimDialect::Generic;
        QTest::newRow("shoplazza") << SimDialect::Shoplazza;
    }
    void catalogSpreadsheetRoundTrip() {
        QFETCH(SimDialect, dialect);
        const SimDialect d = dialect;
        QCOMPARE(m_ctl->run(args(*m_sim, d, {QStringLiteral("scan")})).exitCode, 0);
        const QString file = m_ctl->home() + QStringLiteral("/catalog.csv");
        const CtlRun exported =
            m_ctl->run(args(*m_sim, d, {QStringLiteral("export"), file, QStringLiteral("--bom")}));
        QVERIFY2(exported.exitCode == 0, exported.dump());
        QVERIFY2(exported.err.contains(QStringLiteral("90 images of %1 products").arg(kProducts)),
                 exported.dump());
        QList<QStringList> records = sheetRecords(file);
        QCOMPARE(records.size(), 1 + kProducts * kImages);
        const QStringList header = records.first();
        const qsizetype productColumn = header.indexOf(QStringLiteral("product id"));
        const qsizetype imageColumn = header.indexOf(QStringLiteral("image id"));
        const qsizetype altColumn = header.indexOf(QStringLiteral("alt"));
        QVERIFY(productColumn >= 0 && imageColumn >= 0 && altColumn >= 0);

        m_sim->clearRecordedRequests();
        const CtlRun untouched = m_ctl->run(args(
            *m_sim, d,
            {QStringLiteral("import"), file, QStringLiteral("--stage"), QStringLiteral("--json")}));
        QVERIFY2(untouched.exitCode == 0, untouched.dump());
        const QJsonObject none = untouched.json().value(QStringLiteral("summary")).toObject();
        QCOMPARE(none.value(QStringLiteral("rows")).toInt(), kProducts * kImages);
        QCOMPARE(none.value(QStringLiteral("changes")).toInt(), 0);
        QVERIFY(apiRequests(*m_sim).isEmpty());

        // Edit the first image of product 2 and of product 5; a colleague changes product 5's
        // on the store meanwhile, and an image of product 9 (not edited in the file).
        const QList<ProductSummary> listed = m_sim->products(d);
        const QString two = listed.at(1).id;
        const QString five = listed.at(4).id;
        const QString nine = listed.at(8).id;
        const QString twoImage = m_sim->images(d, two).first().id;
        const QString fiveImage = m_sim->images(d, five).first().id;
        for (QStringList &r : records) {
            if (r.at(imageColumn) == twoImage)
                r[altColumn] = QStringLiteral("Edited in the sheet, two");
            if (r.at(imageColumn) == fiveImage)
                r[altColumn] = QStringLiteral("Edited in the sheet, five");
        }
        QVERIFY(writeSheet(file, records));
        QVERIFY(m_sim->editImageElsewhere(d, five, fiveImage,
                                          ImagePatch{{}, QStringLiteral("A colleague's"), {}, {}}));
        QVERIFY(m_sim->editImageElsewhere(d, nine, m_sim->images(d, nine).first().id,
                                          ImagePatch{{}, QStringLiteral("Another's"), {}, {}}));
        m_sim->clearRecordedRequests();
        const CtlRun imported = m_ctl->run(args(
            *m_sim, d,
            {QStringLiteral("import"), file, QStringLiteral("--stage"), QStringLiteral("--json")}));
        QCOMPARE(imported.exitCode, 1); // a conflict
        const QJsonObject json = imported.json();
        const QJsonArray changes = json.value(QStringLiteral("changes")).toArray();
        const QJsonArray conflicts = json.value(QStringLiteral("conflicts")).toArray();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().toObject().value(QStringLiteral("imageId")).toString(), twoImage);
        QCOMPARE(conflicts.size(), 1);
        const QJsonObject conflict = conflicts.first().toObject();
        QCOMPARE(conflict.value(QStringLiteral("imageId")).toString(), fiveImage);
        QCOMPARE(conflict.value(QStringLiteral("now")).toString(), QStringLiteral("A colleague's"));
        QCOMPARE(json.value(QStringLiteral("staged")).toInt(), 1);
        QCOMPARE(
            json.value(QStringLiteral("summary")).toObject().value(QStringLiteral("rows")).toInt(),
            kProducts * kImages);
        // Only the two edited products were read from the store; nothing was written.
        const QList<SimRequest> reads = apiRequests(*m_sim);
        QVERIFY(!reads.isEmpty());
        for (const SimRequest &r : reads) {
            QCOMPARE(r.method, QByteArray("GET"));
            const QString where = r.path + QLatin1Char('?') + r.query.toString();
            QVERIFY2(where.contains(two) || where.contains(five), qPrintable(where));
        }
        // Staged for product 2 only, in the journal: the colleague's text stays.
        const CtlRun pending =
            m_ctl->run(args(*m_sim, d, {QStringLiteral("pending"), QStringLiteral("--json")}));
        QVERIFY2(pending.out.contains(QStringLiteral("Edited in the sheet, two")), pending.dump());
        QVERIFY2(!pending.out.contains(QStringLiteral("Edited in the sheet, five")),
                 pending.dump());
        QCOMPARE(countWrites(*m_sim), 0);
    }

    // SIGKILL while the third page of products is on its way (the second was asked for while
    // the first was saved, so the first is kept); the next scan resumes after the last page
    // saved: the runs together read no page more than once, but the one the kill lost.
    void killedScanResumes() {
        const SimDialect d = SimDialect::Shopify;
        m_sim->seedLargeCatalog(520, 1); // three pages of 250
        std::unique_ptr<QProcess> process = m_ctl->start(args(*m_sim, d, {QStringLiteral("scan")}));
        QList<SimRequest> listings;
        bool killed = false;
        QObject context;
        connect(m_sim.get(), &StoreSimulator::requestReceived, &context, [&](const SimRequest &r) {
            if (r.listener != SimRequest::Listener::Api)
                return;
            listings << r;
            if (listings.size() == 3 && !killed) {
                process->kill();
                killed = true;
            }
        });
        const CtlRun first = CtlRunner::finish(*process);
        QVERIFY2(killed && first.crashed, first.dump());

        listings.clear();
        const CtlRun again =
            m_ctl->run(args(*m_sim, d, {QStringLiteral("scan"), QStringLiteral("--json")}));
        QVERIFY2(again.exitCode == 0, again.dump());
        QCOMPARE(again.json().value(QStringLiteral("resumed")).toBool(), true);
        QCOMPARE(again.json().value(QStringLiteral("products")).toInt(), 520);
        // Never the first page again: it goes on at a saved page_info.
        QVERIFY(!listings.isEmpty() && listings.size() <= 2);
        for (const SimRequest &r : listings)
            QVERIFY2(r.query.hasQueryItem(QStringLiteral("page_info")),
                     qPrintable(r.query.toString()));
    }
};

QTEST_GUILESS_MAIN(TestCtlCatalog)
#include "tst_ctlcatalog.moc"
