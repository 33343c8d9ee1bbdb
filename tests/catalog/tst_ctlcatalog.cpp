// `vitrinectl scan` and `vitrinectl audit`, the built binary against the store simulator on
// 127.0.0.1: the JSON shapes of docs/vitrinectl.md, the audit's filters and exports, a scan killed
// with SIGKILL and resumed, staged edits judged as they will be published, and the picture checks
// sent without the store's token.
#include "tests/ctl/ctltestsupport.h"

#include "demostore/largeseed.h"

#include <QJsonArray>

using namespace vitrine;
using namespace vitrine::test;

namespace {

constexpr int kProducts = 30;
constexpr int kImages = 3;

QStringList args(const StoreSimulator &sim, SimDialect dialect, const QStringList &command) {
    return CtlRunner::store(sim, dialect) + command;
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
        QCOMPARE(problems.size(), 8);
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
        for (const QJsonValue &v : findings) {
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
        for (const QJsonValue &v : root.value(QStringLiteral("findings")).toArray()) {
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
