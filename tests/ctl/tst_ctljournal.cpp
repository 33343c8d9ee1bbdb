// vitrinectl and the journal it shares with the app: --stage keeps edits without sending
// anything, `pending` lists them, `publish` sends them (the next edit publishes what was staged
// earlier too), `discard` drops them; conflicts with changes made elsewhere stop a publish unless
// --resolve chooses; a refused token or a damaged journal loses nothing and crashes nothing.
#include "ctltestsupport.h"

#include "core/sessionstate.h"
#include "models/gallerymodel.h"
#include "net/profilestore.h"
#include "workflow/journal.h"

#include <QFile>
#include <QJsonArray>
#include <QSettings>
#include <QTcpServer>

using namespace vitrine;
using namespace vitrine::test;

namespace {

const QString kToken = QStringLiteral("tok-journal-77Hq");

QStringList cmd(const QStringList &store, std::initializer_list<QString> rest) {
    QStringList out = store;
    for (const QString &s : rest)
        out << s;
    return out;
}

QJsonArray pendingEntries(const CtlRun &run) {
    return run.json().value(QStringLiteral("pending")).toArray();
}

// A generic store's profile, written where vitrinectl reads its settings (the app's QSettings
// file).
class SavedProfile {
public:
    SavedProfile(const CtlRunner &ctl, const QString &name, const QUrl &baseUrl, int maxRetries)
        : m_settings(ctl.home() + QStringLiteral("/config/Vitrine/vitrine.conf"),
                     QSettings::IniFormat)
        , m_profiles(&m_settings) {
        m_profile.name = name;
        m_profile.dialect = QStringLiteral("generic");
        m_profile.baseUrl = baseUrl;
        m_profile.maxRetries = maxRetries;
        m_saved = m_profiles.add(m_profile).isEmpty();
        m_settings.sync();
    }
    bool saved() const { return m_saved; }
    // vitrinectl's options that choose it.
    QStringList store() const { return {QStringLiteral("--profile"), m_profile.name}; }
    bool moveTo(const QUrl &baseUrl) {
        m_profile.baseUrl = baseUrl;
        const bool ok = m_profiles.update(m_profile.name, m_profile).isEmpty();
        m_settings.sync();
        return ok;
    }

private:
    QSettings m_settings;
    ProfileStore m_profiles;
    StoreProfile m_profile;
    bool m_saved = false;
};

} // namespace

class TestCtlJournal : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();

    void stagePendingPublish_data();
    void stagePendingPublish();
    void editPublishesWhatWasStagedEarlier();
    void discard();
    void conflictNeedsChoice_data();
    void conflictNeedsChoice();
    void changeElsewhereIsKept();
    void refusedTokenKeepsEdits();
    void offlineKeepsEdits();
    void unreadableAnswersOfDoneWritesAreNoFalseAlarm();
    void downStoreStopsAndKeepsEverything();
    void damagedJournal();

private:
    std::unique_ptr<StoreSimulator> m_sim;
};

void TestCtlJournal::initTestCase() {
    m_sim = std::make_unique<StoreSimulator>();
    QVERIFY2(m_sim->start(), qPrintable(m_sim->lastError()));
    for (SimDialect d : allSimDialects())
        m_sim->setRequiredToken(d, d == SimDialect::Generic ? QString() : kToken);
}

void TestCtlJournal::init() {
    m_sim->clearFaults();
    m_sim->clearRecordedRequests();
}

void TestCtlJournal::stagePendingPublish_data() {
    QTest::addColumn<SimDialect>("dialect");
    QTest::newRow("generic (absolute ordering)") << SimDialect::Generic;
    QTest::newRow("shopify (shift ordering)") << SimDialect::Shopify;
}

void TestCtlJournal::stagePendingPublish() {
    QFETCH(SimDialect, dialect);
    const QString product = makeProduct(*m_sim, dialect, 4);
    const QStringList ids = idsOf(m_sim->images(dialect, product));
    CtlRunner ctl;
    ctl.setToken(kToken);
    const QStringList store = CtlRunner::store(*m_sim, dialect);
    const QString url = m_sim->imageUrl(QStringLiteral("staged-add.jpg")).toString();

    CtlRun r = ctl.run(cmd(store, {QStringLiteral("set-alt"), product, ids.at(0),
                                   QStringLiteral("Staged alt"), QStringLiteral("--stage")}));
    QVERIFY2(r.exitCode == 0, r.dump());
    r = ctl.run(
        cmd(store, {QStringLiteral("reorder"), product, ids.at(2), QStringLiteral("--stage")}));
    QVERIFY2(r.exitCode == 0, r.dump());
    r = ctl.run(cmd(store, {QStringLiteral("add"), product, url, QStringLiteral("--stage")}));
    QVERIFY2(r.exitCode == 0, r.dump());
    const QString newKey = r.out.trimmed();
    QVERIFY2(newKey.startsWith(QLatin1String("new:")), r.dump());
    // A staged image is addressed by its local key until it is published.
    r = ctl.run(cmd(store, {QStringLiteral("set-alt"), product, newKey, QStringLiteral("New one"),
                            QStringLiteral("--stage")}));
    QVERIFY2(r.exitCode == 0, r.dump());
    r = ctl.run(
        cmd(store, {QStringLiteral("delete"), product, ids.at(3), QStringLiteral("--stage")}));
    QVERIFY2(r.exitCode == 0, r.dump());
    QCOMPARE(countWrites(*m_sim), 0); // staging sends nothing

    r = ctl.run(cmd(store, {QStringLiteral("pending"), QStringLiteral("--json")}));
    QVERIFY2(r.exitCode == 0, r.dump());
    QJsonArray entries = pendingEntries(r);
    QCOMPARE(entries.size(), 1);
    const QJsonObject entry = entries.at(0).toObject();
    QCOMPARE(entry.value(QStringLiteral("product")).toString(), product);
    QCOMPARE(entry.value(QStringLiteral("publish_interrupted")).toBool(), false);
    QHash<QString, QStringList> changes;
    for (const QJsonValue e : entry.value(QStringLiteral("edits")).toArray()) {
        QStringList c;
        for (const QJsonValue v : e.toObject().value(QStringLiteral("changes")).toArray())
            c << v.toString();
        changes.insert(e.toObject().value(QStringLiteral("image")).toString(), c);
    }
    QVERIFY2(changes.value(ids.at(0)).contains(QStringLiteral("alt")), r.dump());
    QCOMPARE(changes.value(newKey), QStringList{QStringLiteral("add")});
    QCOMPARE(changes.value(ids.at(3)), QStringList{QStringLiteral("delete")});
    QCOMPARE(entry.value(QStringLiteral("pending_count")).toInt(), changes.size());

    // The app sees them: they are filed under the key it gives a store opened without a
    // profile, as the same SessionState.
    {
        StoreProfile unnamed;
        unnamed.dialect = simDialectName(dialect);
        unnamed.baseUrl = m_sim->baseUrl();
        Journal journal(ctl.journalPath());
        QVERIFY(journal.open());
        const std::optional<SessionState> kept =
            journal.loadState(Journal::storeKey(unnamed), product);
        QVERIFY(kept);
        QCOMPARE(kept->staged.rows.size(), 4);
        QCOMPARE(kept->staged.rows.at(1).key, ids.at(0));
        QCOMPARE(kept->staged.rows.at(1).image.alt, QStringLiteral("Staged alt"));
        QCOMPARE(kept->staged.deletedIds, QStringList{ids.at(3)});
    }

    // Without a store option: every store's entries (this one is the only one).
    r = ctl.run({QStringLiteral("pending")});
    QVERIFY2(r.exitCode == 0 && r.out.contains(product) &&
                 r.out.contains(QLatin1String("Staged alt")),
             r.dump());

    // Publish: exactly the staged gallery on the store.
    r = ctl.run(cmd(store, {QStringLiteral("publish")}));
    QVERIFY2(r.exitCode == 0, r.dump());
    QVERIFY2(r.err.contains(QLatin1String("Publishing product")), r.dump()); // progress on stderr
    const Gallery after = m_sim->images(dialect, product);
    QCOMPARE(after.size(), 4);
    QCOMPARE(after.at(0).id, ids.at(2));
    QCOMPARE(after.at(1).id, ids.at(0));
    QCOMPARE(after.at(1).alt, QStringLiteral("Staged alt"));
    QCOMPARE(after.at(2).id, ids.at(1));
    QVERIFY(after.at(3).src.endsWith(QLatin1String("staged-add.jpg")));
    QCOMPARE(after.at(3).alt, QStringLiteral("New one"));

    r = ctl.run(cmd(store, {QStringLiteral("pending"), QStringLiteral("--json")}));
    QVERIFY2(pendingEntries(r).isEmpty(), r.dump());
    // Publishing again has nothing to do and sends nothing.
    m_sim->clearRecordedRequests();
    r = ctl.run(cmd(store, {QStringLiteral("publish"), product}));
    QVERIFY2(r.exitCode == 0, r.dump());
    QCOMPARE(countWrites(*m_sim), 0);
}

void TestCtlJournal::editPublishesWhatWasStagedEarlier() {
    const SimDialect dialect = SimDialect::Generic;
    const QString product = makeProduct(*m_sim, dialect, 3);
    const QStringList ids = idsOf(m_sim->images(dialect, product));
    CtlRunner ctl;
    const QStringList store = CtlRunner::store(*m_sim, dialect);
    CtlRun r = ctl.run(cmd(store, {QStringLiteral("set-alt"), product, ids.at(1),
                                   QStringLiteral("Earlier"), QStringLiteral("--stage")}));
    QVERIFY2(r.exitCode == 0, r.dump());
    r = ctl.run(cmd(store, {QStringLiteral("set-alt"), product, ids.at(2), QStringLiteral("Now")}));
    QVERIFY2(r.exitCode == 0, r.dump());
    QVERIFY2(r.err.contains(QLatin1String("staged earlier")), r.dump());
    const Gallery after = m_sim->images(dialect, product);
    QCOMPARE(after.at(1).alt, QStringLiteral("Earlier"));
    QCOMPARE(after.at(2).alt, QStringLiteral("Now"));
    r = ctl.run(cmd(store, {QStringLiteral("pending"), QStringLiteral("--json")}));
    QVERIFY2(pendingEntries(r).isEmpty(), r.dump());
}

void TestCtlJournal::discard() {
    const SimDialect dialect = SimDialect::Generic;
    const QString product = makeProduct(*m_sim, dialect, 2);
    const Gallery before = m_sim->images(dialect, product);
    CtlRunner ctl;
    const QStringList store = CtlRunner::store(*m_sim, dialect);
    CtlRun r = ctl.run(cmd(store, {QStringLiteral("delete"), product, QStringLiteral("--all"),
                                   QStringLiteral("--stage")}));
    QVERIFY2(r.exitCode == 0, r.dump());
    r = ctl.run(cmd(store, {QStringLiteral("pending"), product, QStringLiteral("--json")}));
    QCOMPARE(pendingEntries(r).size(), 1);
    r = ctl.run(cmd(store, {QStringLiteral("discard"), product}));
    QVERIFY2(r.exitCode == 0, r.dump());
    r = ctl.run(cmd(store, {QStringLiteral("pending"), QStringLiteral("--json")}));
    QVERIFY2(pendingEntries(r).isEmpty(), r.dump());
    r = ctl.run(cmd(store, {QStringLiteral("publish")}));
    QVERIFY2(r.exitCode == 0, r.dump());
    QCOMPARE(m_sim->images(dialect, product), before);
    QCOMPARE(countWrites(*m_sim), 0);
}

void TestCtlJournal::conflictNeedsChoice_data() {
    QTest::addColumn<QString>("resolve");
    QTest::addColumn<QString>("expectedAlt");
    QTest::newRow("keep-mine") << QStringLiteral("keep-mine") << QStringLiteral("Mine");
    QTest::newRow("take-theirs") << QStringLiteral("take-theirs") << QStringLiteral("Theirs");
}

void TestCtlJournal::conflictNeedsChoice() {
    QFETCH(QString, resolve);
    QFETCH(QString, expectedAlt);
    const SimDialect dialect = SimDialect::Shopify;
    const QString product = makeProduct(*m_sim, dialect, 3);
    const QStringList ids = idsOf(m_sim->images(dialect, product));
    CtlRunner ctl;
    ctl.setToken(kToken);
    const QStringList store = CtlRunner::store(*m_sim, dialect);
    CtlRun r = ctl.run(cmd(store, {QStringLiteral("set-alt"), product, ids.at(0),
                                   QStringLiteral("Mine"), QStringLiteral("--stage")}));
    QVERIFY2(r.exitCode == 0, r.dump());
    ImagePatch theirs;
    theirs.alt = QStringLiteral("Theirs");
    QVERIFY(m_sim->editImageElsewhere(dialect, product, ids.at(0), theirs));

    // No choice given: nothing written, the conflict named, exit 1, still staged.
    m_sim->clearRecordedRequests();
    r = ctl.run(cmd(store, {QStringLiteral("publish"), product, QStringLiteral("--json")}));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(ids.at(0)) && r.err.contains(QLatin1String("--resolve")), r.dump());
    const QJsonArray products = r.json().value(QStringLiteral("products")).toArray();
    QCOMPARE(products.size(), 1);
    const QJsonObject outcome = products.at(0).toObject();
    QCOMPARE(outcome.value(QStringLiteral("status")).toString(), QStringLiteral("needs-choice"));
    QCOMPARE(outcome.value(QStringLiteral("requests")).toInt(), 0);
    const QJsonArray conflicts = outcome.value(QStringLiteral("conflicts")).toArray();
    QCOMPARE(conflicts.size(), 1);
    const QJsonObject conflict = conflicts.at(0).toObject();
    QCOMPARE(conflict.value(QStringLiteral("image")).toString(), ids.at(0));
    QCOMPARE(conflict.value(QStringLiteral("kind")).toString(),
             QStringLiteral("alt-changed-elsewhere"));
    QCOMPARE(conflict.value(QStringLiteral("needs_choice")).toBool(), true);
    QCOMPARE(
        conflict.value(QStringLiteral("mine")).toObject().value(QStringLiteral("alt")).toString(),
        QStringLiteral("Mine"));
    QCOMPARE(
        conflict.value(QStringLiteral("theirs")).toObject().value(QStringLiteral("alt")).toString(),
        QStringLiteral("Theirs"));
    QCOMPARE(countWrites(*m_sim), 0);
    QCOMPARE(m_sim->images(dialect, product).at(0).alt, QStringLiteral("Theirs"));
    r = ctl.run(cmd(store, {QStringLiteral("pending"), QStringLiteral("--json")}));
    QCOMPARE(pendingEntries(r).size(), 1);

    r = ctl.run(cmd(store, {QStringLiteral("publish"), product, QStringLiteral("--resolve"),
                            resolve, QStringLiteral("--json")}));
    QVERIFY2(r.exitCode == 0, r.dump());
    const QJsonObject resolved =
        r.json().value(QStringLiteral("products")).toArray().at(0).toObject();
    // Taking theirs leaves nothing to send.
    QCOMPARE(resolved.value(QStringLiteral("status")).toString(),
             resolve == QLatin1String("keep-mine") ? QStringLiteral("published")
                                                   : QStringLiteral("nothing-to-publish"));
    QCOMPARE(m_sim->images(dialect, product).at(0).alt, expectedAlt);
    r = ctl.run(cmd(store, {QStringLiteral("pending"), QStringLiteral("--json")}));
    QVERIFY2(pendingEntries(r).isEmpty(), r.dump());
}

void TestCtlJournal::changeElsewhereIsKept() {
    const SimDialect dialect = SimDialect::Generic;
    const QString product = makeProduct(*m_sim, dialect, 3);
    const QStringList ids = idsOf(m_sim->images(dialect, product));
    CtlRunner ctl;
    const QStringList store = CtlRunner::store(*m_sim, dialect);
    CtlRun r = ctl.run(cmd(store, {QStringLiteral("set-alt"), product, ids.at(0),
                                   QStringLiteral("Mine"), QStringLiteral("--stage")}));
    QVERIFY2(r.exitCode == 0, r.dump());
    ImagePatch theirs;
    theirs.alt = QStringLiteral("A colleague's");
    QVERIFY(m_sim->editImageElsewhere(dialect, product, ids.at(1), theirs));
    r = ctl.run(cmd(store, {QStringLiteral("publish")}));
    QVERIFY2(r.exitCode == 0, r.dump());
    const Gallery after = m_sim->images(dialect, product);
    QCOMPARE(after.at(0).alt, QStringLiteral("Mine"));
    QCOMPARE(after.at(1).alt, QStringLiteral("A colleague's")); // never overwritten
}

void TestCtlJournal::refusedTokenKeepsEdits() {
    const SimDialect dialect = SimDialect::Shoplazza;
    const QString product = makeProduct(*m_sim, dialect, 2);
    const QStringList ids = idsOf(m_sim->images(dialect, product));
    CtlRunner ctl;
    ctl.setToken(kToken);
    const QStringList store = CtlRunner::store(*m_sim, dialect);
    CtlRun r = ctl.run(cmd(store, {QStringLiteral("set-alt"), product, ids.at(1),
                                   QStringLiteral("Kept"), QStringLiteral("--stage")}));
    QVERIFY2(r.exitCode == 0, r.dump());

    ctl.setToken(QStringLiteral("expired-tok-1"));
    r = ctl.run(cmd(store, {QStringLiteral("publish")}));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("token")), r.dump());
    QVERIFY(!r.err.contains(QLatin1String("expired-tok-1")));
    r = ctl.run(cmd(store, {QStringLiteral("pending"), QStringLiteral("--json")}));
    QCOMPARE(pendingEntries(r).size(), 1);

    ctl.setToken(kToken);
    r = ctl.run(cmd(store, {QStringLiteral("publish")}));
    QVERIFY2(r.exitCode == 0, r.dump());
    QCOMPARE(m_sim->images(dialect, product).at(1).alt, QStringLiteral("Kept"));
}

void TestCtlJournal::offlineKeepsEdits() {
    const SimDialect dialect = SimDialect::Generic;
    const QString product = makeProduct(*m_sim, dialect, 2);
    const QStringList ids = idsOf(m_sim->images(dialect, product));
    CtlRunner ctl;
    // No retries, so the unreachable store is reported at once.
    SavedProfile profile(ctl, QStringLiteral("Laptop"), m_sim->baseUrl(), 0);
    QVERIFY(profile.saved());
    const QStringList store = profile.store();

    CtlRun r = ctl.run(cmd(store, {QStringLiteral("set-alt"), product, ids.at(0),
                                   QStringLiteral("Written offline"), QStringLiteral("--stage")}));
    QVERIFY2(r.exitCode == 0, r.dump());

    // The store is gone (nothing listens on that port any more).
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    QUrl dead = m_sim->baseUrl();
    dead.setPort(probe.serverPort());
    probe.close();
    QVERIFY(profile.moveTo(dead));
    r = ctl.run(cmd(store, {QStringLiteral("publish")}));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("could not be reached")), r.dump());
    r = ctl.run(cmd(store, {QStringLiteral("pending"), QStringLiteral("--json")}));
    QCOMPARE(pendingEntries(r).size(), 1);

    // Back online: publish again.
    QVERIFY(profile.moveTo(m_sim->baseUrl()));
    r = ctl.run(cmd(store, {QStringLiteral("publish")}));
    QVERIFY2(r.exitCode == 0, r.dump());
    QCOMPARE(m_sim->images(dialect, product).at(0).alt, QStringLiteral("Written offline"));
}

// Every update the store carries out is answered with fields of the wrong type: the verify read
// shows the store as staged, so vitrinectl says it is published (exit 0), with a note.
void TestCtlJournal::unreadableAnswersOfDoneWritesAreNoFalseAlarm() {
    const SimDialect dialect = SimDialect::Generic;
    const QString product = makeProduct(*m_sim, dialect, 3);
    const QStringList ids = idsOf(m_sim->images(dialect, product));
    CtlRunner ctl;
    const QStringList store = CtlRunner::store(*m_sim, dialect);
    for (int i : {0, 2}) {
        const CtlRun r = ctl.run(cmd(store, {QStringLiteral("set-alt"), product, ids.at(i),
                                             QStringLiteral("Answered unreadably %1").arg(i),
                                             QStringLiteral("--stage")}));
        QVERIFY2(r.exitCode == 0, r.dump());
    }
    SimFault mistyped;
    mistyped.method = "PUT";
    mistyped.path = QRegularExpression(QStringLiteral(".*"));
    mistyped.damage = SimFault::Damage::Mistyped;
    mistyped.times = -1;
    m_sim->addFault(mistyped);

    CtlRun r = ctl.run(cmd(store, {QStringLiteral("publish")}));
    QVERIFY2(r.exitCode == 0, r.dump());
    QVERIFY2(r.err.contains(QLatin1String("Published 2 changes")), r.dump());
    QVERIFY2(r.err.contains(QLatin1String("reading the gallery back shows the store as staged")),
             r.dump());
    QVERIFY2(!r.err.contains(QLatin1String("stays staged")), r.dump());
    r = ctl.run(cmd(store, {QStringLiteral("pending"), QStringLiteral("--json")}));
    QCOMPARE(pendingEntries(r).size(), 0);
    const Gallery after = m_sim->images(dialect, product);
    QCOMPARE(after.at(0).alt, QStringLiteral("Answered unreadably 0"));
    QCOMPARE(after.at(2).alt, QStringLiteral("Answered unreadably 2"));
}

// A store answering 503 to every write: one request runs out of its retries, nothing more is
// sent, vitrinectl says so and exits 1, and everything stays staged for the next publish.
void TestCtlJournal::downStoreStopsAndKeepsEverything() {
    const SimDialect dialect = SimDialect::Generic;
    const QString product = makeProduct(*m_sim, dialect, 3);
    const QStringList ids = idsOf(m_sim->images(dialect, product));
    CtlRunner ctl;
    // One retry, so the test waits for one backoff only.
    const SavedProfile profile(ctl, QStringLiteral("Flaky"), m_sim->baseUrl(), 1);
    QVERIFY(profile.saved());
    const QStringList store = profile.store();
    for (int i = 0; i < 3; ++i) {
        const CtlRun r = ctl.run(
            cmd(store, {QStringLiteral("set-alt"), product, ids.at(i),
                        QStringLiteral("Kept while down %1").arg(i), QStringLiteral("--stage")}));
        QVERIFY2(r.exitCode == 0, r.dump());
    }
    for (const QByteArray method : {"POST", "PUT", "DELETE"}) {
        SimFault down = SimFault::storeDown();
        down.method = method;
        m_sim->addFault(down);
    }
    m_sim->clearRecordedRequests();

    CtlRun r = ctl.run(cmd(store, {QStringLiteral("publish")}));
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(countRequests(*m_sim, "PUT", QStringLiteral(".*")), 2); // one request, one retry
    QVERIFY2(r.err.contains(QLatin1String("Publishing stopped")), r.dump());
    QVERIFY2(r.err.contains(QLatin1String("3 changes stay staged")), r.dump());
    r = ctl.run(cmd(store, {QStringLiteral("pending"), QStringLiteral("--json")}));
    const QJsonArray entries = pendingEntries(r);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).toObject().value(QStringLiteral("pending_count")).toInt(), 3);

    m_sim->clearFaults();
    r = ctl.run(cmd(store, {QStringLiteral("publish")}));
    QVERIFY2(r.exitCode == 0, r.dump());
    for (int i = 0; i < 3; ++i)
        QCOMPARE(m_sim->images(dialect, product).at(i).alt,
                 QStringLiteral("Kept while down %1").arg(i));
}

void TestCtlJournal::damagedJournal() {
    CtlRunner ctl;
    QFile garbage(ctl.journalPath());
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write(QByteArray(4096, '\x5a') + "not a journal");
    garbage.close();
    CtlRun r = ctl.run({QStringLiteral("pending"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0 && !r.crashed, r.dump());
    // The recovery is said once, in a sentence naming where the damaged file went.
    QCOMPARE(r.err.count(QStringLiteral("The journal of unpublished edits was damaged")), 1);
    const QStringList aside =
        QFileInfo(ctl.journalPath())
            .dir()
            .entryList({QFileInfo(ctl.journalPath()).fileName() + QStringLiteral(".corrupt-*")},
                       QDir::Files);
    QCOMPARE(aside.size(), 1);
    QVERIFY2(r.err.contains(aside.constFirst()), r.dump());
    QVERIFY(pendingEntries(r).isEmpty());
    // The new journal works.
    const QString product = makeProduct(*m_sim, SimDialect::Generic, 1);
    const QStringList store = CtlRunner::store(*m_sim, SimDialect::Generic);
    r = ctl.run(cmd(store, {QStringLiteral("add"), product,
                            m_sim->imageUrl(QStringLiteral("x.jpg")).toString(),
                            QStringLiteral("--stage")}));
    QVERIFY2(r.exitCode == 0, r.dump());
    r = ctl.run({QStringLiteral("pending"), QStringLiteral("--json")});
    QCOMPARE(pendingEntries(r).size(), 1);
}

QTEST_GUILESS_MAIN(TestCtlJournal)
#include "tst_ctljournal.moc"
