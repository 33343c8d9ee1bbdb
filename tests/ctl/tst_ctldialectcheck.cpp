// `vitrinectl dialect check FILE [--base-url URL] [--product ID]`, run as a user would against the
// simulator, which serves the acme store of docs/net.md: a good file, a file with a typo the JSON
// reader refuses (line and column), and a file whose field name the store does not use.
#include "ctltestsupport.h"

#include <QFile>
#include <QtTest>

using namespace vitrine;
using namespace vitrine::test;

class TestCtlDialectCheck : public QObject {
    Q_OBJECT
    std::unique_ptr<StoreSimulator> m_sim;
    QTemporaryDir m_dir;

    QString acmeWith(const QByteArray &from, const QByteArray &to) {
        QFile in(QFINDTESTDATA("../net/fixtures/acme.json"));
        if (!in.open(QIODevice::ReadOnly))
            return {};
        QByteArray text = in.readAll();
        text.replace(from, to);
        QString path = m_dir.filePath(QStringLiteral("acme-variant.json"));
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        out.write(text);
        return path;
    }
    QStringList checkArgs(const QString &file) const {
        return {
            QStringLiteral("dialect"),    QStringLiteral("check"),     file,
            QStringLiteral("--base-url"), m_sim->baseUrl().toString(), QStringLiteral("--product"),
            QStringLiteral("101")};
    }

private Q_SLOTS:
    void initTestCase() {
        m_sim = std::make_unique<StoreSimulator>();
        QVERIFY(m_sim->start());
        QVERIFY(m_dir.isValid());
    }

    void aGoodFileShowsTheMapping() {
        CtlRunner ctl;
        ctl.setToken(QStringLiteral("test-token"));
        const CtlRun r = ctl.run(checkArgs(QFINDTESTDATA("../net/fixtures/acme.json")));
        QVERIFY2(r.exitCode == 0, r.dump());
        QVERIFY2(r.out.contains(QLatin1String("reads without problems")), r.dump());
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("src +\"url\" +found in"))),
                 r.dump());
        QVERIFY2(r.out.contains(QLatin1String("The mapping matches")), r.dump());
        QCOMPARE(countRequests(*m_sim, "GET", QStringLiteral("^/acme/v2/items/101/pictures$")), 1);
        for (const SimRequest &req : m_sim->recordedRequests())
            QVERIFY(req.method == "GET"); // a check never writes
    }

    // The file's thumbnail rule shown on the answer's first image address, to try in a browser.
    void theThumbnailRuleIsShownOnAnImageOfTheStore() {
        CtlRunner ctl;
        ctl.setToken(QStringLiteral("test-token"));
        const CtlRun plain = ctl.run(checkArgs(QFINDTESTDATA("../net/fixtures/acme.json")));
        QVERIFY2(plain.exitCode == 0, plain.dump());
        QVERIFY2(plain.out.contains(QLatin1String("Thumbnails: made from the original images")),
                 plain.dump());
        const QString file = acmeWith(R"("contentType": "application/json",)",
                                      R"("contentType": "application/json",
  "thumbnails": { "query": { "w": "{width}" } },)");
        QVERIFY(!file.isEmpty());
        const CtlRun r = ctl.run(checkArgs(file));
        QVERIFY2(r.exitCode == 0, r.dump());
        const Gallery gallery = m_sim->images(SimDialect::Generic, QStringLiteral("101"));
        QVERIFY(!gallery.isEmpty());
        const QString first = gallery.first().src;
        QVERIFY2(r.out.contains(QStringLiteral("Thumbnails: 160 pixels wide, \"%1\" is asked for "
                                               "as \"%2\"")
                                    .arg(first, first + QStringLiteral("?w=160"))),
                 r.dump());
    }

    void aTypoInTheFileNamesItsPlace() {
        const QString file = acmeWith("\"fields\"", "\"feilds\"");
        CtlRunner ctl;
        const CtlRun r = ctl.run(checkArgs(file));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(file + QStringLiteral(":16:3: \"feilds\" is not a section or key "
                                                      "of a dialect file; did you mean "
                                                      "\"fields\"?")),
                 r.dump());
    }

    void aFieldTheStoreDoesNotUseIsAProblem() {
        m_sim->clearRecordedRequests();
        const QString file = acmeWith("\"src\": \"url\"", "\"src\": \"URL\"");
        CtlRunner ctl;
        ctl.setToken(QStringLiteral("test-token"));
        const CtlRun r = ctl.run(checkArgs(file));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("MISSING — did you mean \"url\"?")), r.dump());
        QVERIFY2(r.err.contains(QLatin1String("maps \"fields.src\" to \"URL\"")), r.dump());
        for (const SimRequest &req : m_sim->recordedRequests())
            QVERIFY(req.method == "GET");
    }
};

QTEST_GUILESS_MAIN(TestCtlDialectCheck)
#include "tst_ctldialectcheck.moc"
