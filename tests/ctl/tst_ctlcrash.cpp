// Issue 6's crash test: `vitrinectl publish` of ~100 staged edits is killed with SIGKILL at a
// point chosen by watching the simulator's request log (never by timing), then run again. The
// store must end in exactly the staged gallery, with no image created twice.
//
// The kill happens inside the simulator's requestReceived signal, before the simulator applies
// the request: the write the process was waiting for reaches the store, but its answer never
// reaches the process — the hardest case for a create, which is not idempotent.
#include "ctltestsupport.h"

#include "app/ctl/ctlstoreresolver.h"
#include "core/sessionstate.h"
#include "models/editsession.h"
#include "models/gallerymodel.h"
#include "net/profilestore.h"
#include "workflow/journal.h"
#include "workflow/publishround.h"

#include <QJsonArray>
#include <QMap>
#include <QScopeGuard>
#include <QSet>
#include <QSettings>

using namespace vitrine;
using namespace vitrine::test;

namespace {

constexpr int kImages = 100;
const QString kToken = QStringLiteral("crash-tok-91");

// When to kill: on the first request matching `method` after `afterWrites` writes were received.
// method "WRITE" means any write; nth counts the matches (1 = the first).
struct KillPoint {
    QByteArray method; // "GET", "POST", "WRITE"
    int afterWrites = 0;
    int nth = 0; // 0: no kill
    // > 0: the store carries out each request at once but answers it this much later (a slow
    // store), so the publish has several writes in flight when it is killed.
    int answerDelayMs = 0;
};

// Runs `vitrinectl ARGS` and SIGKILLs it at the point; true when the point was reached.
// With terminate, SIGTERM instead (what Ctrl+C's SIGINT does too).
bool runAndKill(StoreSimulator &sim, const CtlRunner &ctl, const QStringList &args,
                const KillPoint &point, int *writesSeen, CtlRun *run, bool terminate = false) {
    std::unique_ptr<QProcess> process = ctl.start(args);
    int matches = 0;
    bool killed = false;
    *writesSeen = 0;
    QObject context;
    QObject::connect(
        &sim, &StoreSimulator::requestReceived, &context, [&](const SimRequest &request) {
            if (killed || request.listener != SimRequest::Listener::Api)
                return;
            const bool write = request.method != "GET";
            const bool matching = point.method == "WRITE" ? write : request.method == point.method;
            if (matching && *writesSeen >= point.afterWrites && ++matches == point.nth) {
                // SIGKILL before the simulator applies (and answers) this request.
                if (terminate)
                    process->terminate();
                else
                    process->kill();
                killed = true;
            }
            if (write)
                ++*writesSeen;
        });
    *run = CtlRunner::finish(*process);
    return killed;
}

} // namespace

Q_DECLARE_METATYPE(KillPoint)

class TestCtlCrash : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void killAndResume_data();
    void killAndResume();
    void interruptStopsCleanly();
    void editAfterCrash();

private:
    struct Staged {
        QStringList store;         // vitrinectl's store options
        QList<TargetImage> wanted; // the gallery the store must end with
        int writes = 0;            // the plan's request count
        int edits = 0;             // the edited images (pendingCount)
        QString storeKey;          // what the journal files them under
    };
    // Stages the edits into ctl's journal, as vitrinectl or the app would have. Generic: a store
    // given with --dialect/--base-url; the others: a saved profile with a rate limit the
    // simulator does not need (so 100 requests do not take a minute at the documented pace).
    Staged stage(CtlRunner &ctl, SimDialect dialect, const QString &product);
    // The write requests an uninterrupted publish of the same edits sends (measured once per
    // dialect on a product of its own: a dialect may need several requests for one edit).
    int cleanWrites(SimDialect dialect);
    std::unique_ptr<StoreSimulator> m_sim;
    QMap<SimDialect, int> m_cleanWrites;
};

void TestCtlCrash::initTestCase() {
    m_sim = std::make_unique<StoreSimulator>();
    QVERIFY2(m_sim->start(), qPrintable(m_sim->lastError()));
    for (SimDialect d : allSimDialects())
        m_sim->setRequiredToken(d, d == SimDialect::Generic ? QString() : kToken);
}

TestCtlCrash::Staged TestCtlCrash::stage(CtlRunner &ctl, SimDialect dialect,
                                         const QString &product) {
    Staged staged;
    StoreProfile profile;
    QString token;
    if (dialect == SimDialect::Generic) {
        CtlStoreChoice choice;
        choice.kind = CtlStoreChoice::Kind::Direct;
        choice.dialect = QStringLiteral("generic");
        choice.baseUrl = m_sim->baseUrl();
        profile = CtlStoreResolver::directProfile(choice);
        staged.store = CtlRunner::store(*m_sim, dialect);
    } else {
        profile.name = QStringLiteral("Crash");
        profile.dialect = simDialectName(dialect);
        profile.baseUrl = m_sim->baseUrl();
        profile.rateLimit = RateLimit{500, 500};
        // Where vitrinectl reads the app's settings.
        QSettings settings(ctl.home() + QStringLiteral("/config/Vitrine/vitrine.conf"),
                           QSettings::IniFormat);
        ProfileStore profiles(&settings);
        if (!profiles.add(profile).isEmpty())
            return {};
        settings.sync();
        token = kToken;
        ctl.setToken(token);
        staged.store = {QStringLiteral("--profile"), profile.name};
    }
    const auto client = makeClient(profile, token);
    const Result<Gallery> gallery = await(client->listImages(product));
    if (!gallery.ok())
        return {};

    EditSession session;
    session.setCapabilities(client->capabilities());
    session.load(product, gallery.value());
    QList<int> all;
    for (int row = 0; row < session.model()->rowCount(); ++row)
        all << row;
    // 100 alt texts, one undo step each (as many edits in a sitting).
    for (int row : std::as_const(all))
        session.setAltText({row}, QStringLiteral("Crash-safe alt %1").arg(row + 1));
    session.moveRows({49}, 0);                           // image 50 first
    session.moveRows({10}, session.model()->rowCount()); // image 10 last
    session.deleteRows({20, 21});
    session.addImage(m_sim->imageUrl(QStringLiteral("crash-new-1.jpg")).toString(),
                     QStringLiteral("New first"), 0);
    session.addImage(m_sim->imageUrl(QStringLiteral("crash-new-2.jpg")).toString(),
                     QStringLiteral("New middle"), 40);
    session.addImage(m_sim->imageUrl(QStringLiteral("crash-new-3.jpg")).toString(),
                     QStringLiteral("New last"));
    staged.writes = int(session.plan().ops.size());
    staged.edits = session.pendingCount();
    staged.storeKey = Journal::storeKey(profile);

    Journal journal(ctl.journalPath());
    if (!journal.open() || !journal.saveState(Journal::storeKey(profile), session.state(),
                                              QStringLiteral("Crash test")))
        return {};
    staged.wanted = session.targets();
    return staged;
}

int TestCtlCrash::cleanWrites(SimDialect dialect) {
    if (m_cleanWrites.contains(dialect))
        return m_cleanWrites.value(dialect);
    const QString product = makeProduct(*m_sim, dialect, kImages);
    CtlRunner ctl;
    const Staged staged = stage(ctl, dialect, product);
    if (staged.store.isEmpty())
        return -1;
    int writes = 0;
    QObject counter;
    connect(m_sim.get(), &StoreSimulator::requestReceived, &counter,
            [&](const SimRequest &request) {
                if (request.listener == SimRequest::Listener::Api && request.method != "GET")
                    ++writes;
            });
    const CtlRun run = ctl.run(staged.store + QStringList{QStringLiteral("publish")});
    if (run.exitCode != 0)
        return -1;
    m_cleanWrites.insert(dialect, writes);
    return writes;
}

void TestCtlCrash::killAndResume_data() {
    QTest::addColumn<SimDialect>("dialect");
    QTest::addColumn<KillPoint>("point");
    // Where the publish that resumes is killed too (nth 0: it is not).
    QTest::addColumn<KillPoint>("again");
    QTest::newRow("before any write (the first read)")
        << SimDialect::Generic << KillPoint{"GET", 0, 1} << KillPoint{};
    QTest::newRow("before any write (the check read)")
        << SimDialect::Generic << KillPoint{"GET", 0, 2} << KillPoint{};
    QTest::newRow("during the first write")
        << SimDialect::Generic << KillPoint{"WRITE", 0, 1} << KillPoint{};
    QTest::newRow("after the first writes")
        << SimDialect::Generic << KillPoint{"WRITE", 0, 4} << KillPoint{};
    QTest::newRow("during the first create")
        << SimDialect::Generic << KillPoint{"POST", 0, 1} << KillPoint{};
    QTest::newRow("during the last create")
        << SimDialect::Generic << KillPoint{"POST", 0, 3} << KillPoint{};
    QTest::newRow("in the middle")
        << SimDialect::Generic << KillPoint{"WRITE", 0, 50} << KillPoint{};
    QTest::newRow("during the last write")
        << SimDialect::Generic << KillPoint{"WRITE", 0, -1} << KillPoint{};
    QTest::newRow("after the last write (the verify read)")
        << SimDialect::Generic << KillPoint{"GET", -1, 1} << KillPoint{};
    QTest::newRow("in the middle, then again while resuming")
        << SimDialect::Generic << KillPoint{"WRITE", 0, 30} << KillPoint{"WRITE", 0, 20};
    QTest::newRow("during a create, then again during the resume's first write")
        << SimDialect::Generic << KillPoint{"POST", 0, 2} << KillPoint{"WRITE", 0, 1};
    // Shift ordering (the server renumbers), SHOPLINE's ids and envelopes.
    QTest::newRow("shopline: during the first create")
        << SimDialect::Shopline << KillPoint{"POST", 0, 1} << KillPoint{};
    QTest::newRow("shopline: in the middle")
        << SimDialect::Shopline << KillPoint{"WRITE", 0, 50} << KillPoint{};
    QTest::newRow("shopline: during the last write, then the resume's first read")
        << SimDialect::Shopline << KillPoint{"WRITE", 0, -1} << KillPoint{"GET", 0, 1};
    // Shopify (integer ids, variant ids) and Shoplazza (UUIDs, alt text through the product).
    QTest::newRow("shopify: during the first create")
        << SimDialect::Shopify << KillPoint{"POST", 0, 1} << KillPoint{};
    QTest::newRow("shopify: in the middle")
        << SimDialect::Shopify << KillPoint{"WRITE", 0, 50} << KillPoint{};
    QTest::newRow("shopify: during the last write")
        << SimDialect::Shopify << KillPoint{"WRITE", 0, -1} << KillPoint{};
    QTest::newRow("shoplazza: during the first create")
        << SimDialect::Shoplazza << KillPoint{"POST", 0, 1} << KillPoint{};
    QTest::newRow("shoplazza: during the last write")
        << SimDialect::Shoplazza << KillPoint{"WRITE", 0, -1} << KillPoint{};
    // A slow store: each write is carried out at once and answered 200 ms later, so independent
    // writes are in flight together (up to kMaxWritesInFlight) and the kill leaves writes carried
    // out whose answers the publish never read. Not one may be sent twice or lost.
    QTest::newRow("slow store: in the middle, several writes in flight")
        << SimDialect::Generic << KillPoint{"WRITE", 0, 30, 200} << KillPoint{};
    QTest::newRow("slow store: during a create, the others in flight")
        << SimDialect::Generic << KillPoint{"POST", 0, 2, 200} << KillPoint{};
    QTest::newRow("shopify, slow store: in the middle, several writes in flight")
        << SimDialect::Shopify << KillPoint{"WRITE", 0, 30, 200} << KillPoint{};
}

void TestCtlCrash::killAndResume() {
    QFETCH(SimDialect, dialect);
    QFETCH(KillPoint, point);
    QFETCH(KillPoint, again);
    const QString product = makeProduct(*m_sim, dialect, kImages);
    CtlRunner ctl;
    const Staged staged = stage(ctl, dialect, product);
    const QList<TargetImage> &wanted = staged.wanted;
    const int writes = staged.writes;
    const int requestsWhole = cleanWrites(dialect);
    QVERIFY(requestsWhole >= writes);
    QCOMPARE(wanted.size(), kImages - 2 + 3);
    // One write an image, except where every alt text of the product goes in one request.
    if (dialect == SimDialect::Shoplazza)
        QVERIFY(writes > 1 && writes < kImages);
    else
        QVERIFY(writes >= kImages);
    if (point.nth < 0)
        point.nth = writes;
    if (point.afterWrites < 0)
        point.afterWrites = writes;

    const QStringList publish = staged.store + QStringList{QStringLiteral("publish")};
    int writesSeen = 0;
    CtlRun first;
    // Whatever happens below, the next row starts with a store without faults.
    const auto noFaults = qScopeGuard([this] { m_sim->clearFaults(); });
    if (point.answerDelayMs > 0) {
        SimFault slow;
        slow.delayMs = point.answerDelayMs;
        slow.times = -1;
        m_sim->addFault(slow);
    }
    QVERIFY2(runAndKill(*m_sim, ctl, publish, point, &writesSeen, &first),
             QByteArray("the kill point was not reached: " + first.dump()).constData());
    QVERIFY(first.crashed);
    m_sim->clearFaults();

    // The journal knows a publish was under way once it started sending.
    const CtlRun pending = ctl.run({QStringLiteral("pending"), QStringLiteral("--json")});
    QVERIFY2(pending.exitCode == 0, pending.dump());
    const QJsonArray entries = pending.json().value(QStringLiteral("pending")).toArray();
    // Killed during the verify read, the publish was complete: nothing is left to resume.
    const bool allSent = point.method == "GET" && point.afterWrites >= writes;
    QCOMPARE(entries.size(), allSent ? 0 : 1);
    if (writesSeen > 0 && !allSent)
        QVERIFY2(entries.at(0).toObject().value(QStringLiteral("publish_interrupted")).toBool(),
                 pending.dump());
    // It says how far it got: what was answered is confirmed sent, the request in flight is
    // uncertain, and only those two kinds and what was not sent count as pending.
    if (!allSent) {
        const QJsonObject entry = entries.at(0).toObject();
        const int confirmed = entry.value(QStringLiteral("confirmed_sent")).toInt();
        const int uncertain = entry.value(QStringLiteral("uncertain")).toInt();
        const int notSent = entry.value(QStringLiteral("not_sent")).toInt();
        QCOMPARE(entry.value(QStringLiteral("pending_count")).toInt(), uncertain + notSent);
        // The edits counted are those of the state the interrupted round was planned from: a
        // publish that learns how the store orders sends its plan up to the first position
        // write as a round of its own first, and the next round starts from what that left.
        int planned = 0;
        {
            Journal journal(ctl.journalPath());
            QVERIFY(journal.open());
            const std::optional<SessionState> kept = journal.loadState(staged.storeKey, product);
            QVERIFY(kept.has_value());
            planned = kept->pendingCount();
        }
        QVERIFY2(planned >= 1 && planned <= staged.edits, pending.dump());
        QCOMPARE(confirmed + uncertain + notSent, planned);
        const bool sending = writesSeen > 0 || point.method != "GET";
        QVERIFY2(!sending || uncertain >= 1, pending.dump());
        // Writes go out up to kMaxWritesInFlight at once, and an outcome is journaled before any
        // write after it is sent: beyond the first ones, some are confirmed.
        QVERIFY2(writesSeen <= kMaxWritesInFlight || confirmed >= 1, pending.dump());
        QVERIFY2(sending || confirmed == 0, pending.dump());
    }

    int kills = 1;
    int writesSent = writesSeen; // every write the store received, the killed ones included
    if (again.nth > 0) {
        CtlRun killedAgain;
        int resumedWrites = 0;
        QVERIFY2(
            runAndKill(*m_sim, ctl, publish, again, &resumedWrites, &killedAgain),
            QByteArray("the second kill point was not reached: " + killedAgain.dump()).constData());
        ++kills;
        writesSent += resumedWrites;
    }
    int finalWrites = 0;
    QObject counter;
    connect(m_sim.get(), &StoreSimulator::requestReceived, &counter,
            [&](const SimRequest &request) {
                if (request.listener == SimRequest::Listener::Api && request.method != "GET")
                    ++finalWrites;
            });
    const CtlRun second = ctl.run(publish + QStringList{QStringLiteral("--json")});
    QVERIFY2(second.exitCode == 0 && !second.crashed, second.dump());
    // Resuming repeats nothing that went through: at most the writes each kill left without an
    // answer (up to kMaxWritesInFlight of them) are sent again (a create that landed is adopted
    // instead).
    writesSent += finalWrites;
    QVERIFY2(writesSent <= requestsWhole + kills * kMaxWritesInFlight,
             qPrintable(QStringLiteral("%1 writes sent where an uninterrupted publish sends %2, "
                                       "with %3 kill(s)")
                            .arg(writesSent)
                            .arg(requestsWhole)
                            .arg(kills)));
    if (again.nth == 0 && point.method == "POST") {
        // The create that was in flight reached the store: found there, not sent again.
        const QJsonObject outcome =
            second.json().value(QStringLiteral("products")).toArray().at(0).toObject();
        QVERIFY2(outcome.value(QStringLiteral("resumed")).toBool(), second.dump());
        // Creates at their own position go out together: the others in flight may have landed.
        const int adopted = outcome.value(QStringLiteral("adopted_creates")).toInt();
        QVERIFY2(adopted >= 1 && adopted <= 3, second.dump());
    }

    // Exactly the staged gallery: same order, same alt texts, the kept images' ids, and each
    // new image once.
    const Gallery after = m_sim->images(dialect, product);
    QStringList srcs;
    for (const ProductImage &i : after)
        srcs << i.src;
    QCOMPARE(QSet<QString>(srcs.cbegin(), srcs.cend()).size(), srcs.size()); // no duplicates
    QCOMPARE(after.size(), wanted.size());
    for (int i = 0; i < wanted.size(); ++i) {
        const TargetImage &t = wanted.at(i);
        if (!t.isNew)
            QCOMPARE(after.at(i).id, t.key);
        QCOMPARE(after.at(i).src, t.image.src);
        QCOMPARE(after.at(i).alt, t.image.alt);
    }
    const CtlRun done = ctl.run({QStringLiteral("pending"), QStringLiteral("--json")});
    QVERIFY2(done.json().value(QStringLiteral("pending")).toArray().isEmpty(), done.dump());
}

void TestCtlCrash::interruptStopsCleanly() {
    const QString product = makeProduct(*m_sim, SimDialect::Generic, kImages);
    CtlRunner ctl;
    const Staged staged = stage(ctl, SimDialect::Generic, product);
    const QList<TargetImage> &wanted = staged.wanted;
    const int writes = staged.writes;
    QVERIFY(!wanted.isEmpty());
    const QStringList publish = staged.store + QStringList{QStringLiteral("publish")};

    int writesSeen = 0;
    CtlRun stopped;
    QVERIFY(
        runAndKill(*m_sim, ctl, publish, KillPoint{"WRITE", 0, 30}, &writesSeen, &stopped, true));
    // It stopped by itself: a sentence, the hint, exit 1 — not a crash.
    QVERIFY2(!stopped.crashed && stopped.exitCode == 1, stopped.dump());
    QVERIFY2(stopped.err.contains(QLatin1String("Stopping: no new request is sent")),
             stopped.dump());
    QVERIFY2(stopped.err.contains(QLatin1String("vitrinectl publish")), stopped.dump());
    QVERIFY2(writesSeen < writes, stopped.dump());

    const CtlRun pending = ctl.run({QStringLiteral("pending"), QStringLiteral("--json")});
    const QJsonArray entries = pending.json().value(QStringLiteral("pending")).toArray();
    QCOMPARE(entries.size(), 1);
    QVERIFY(entries.at(0).toObject().value(QStringLiteral("pending_count")).toInt() > 0);

    const CtlRun again = ctl.run(publish);
    QVERIFY2(again.exitCode == 0, again.dump());
    const Gallery after = m_sim->images(SimDialect::Generic, product);
    QCOMPARE(after.size(), wanted.size());
    for (int i = 0; i < wanted.size(); ++i) {
        if (!wanted.at(i).isNew)
            QCOMPARE(after.at(i).id, wanted.at(i).key);
        QCOMPARE(after.at(i).src, wanted.at(i).image.src);
        QCOMPARE(after.at(i).alt, wanted.at(i).image.alt);
    }
}

// After a crash the user goes on editing before publishing again: the new edit joins the
// interrupted publish's state and both land.
void TestCtlCrash::editAfterCrash() {
    const QString product = makeProduct(*m_sim, SimDialect::Generic, kImages);
    CtlRunner ctl;
    const Staged staged = stage(ctl, SimDialect::Generic, product);
    QList<TargetImage> wanted = staged.wanted;
    QVERIFY(!wanted.isEmpty());
    const QStringList publish = staged.store + QStringList{QStringLiteral("publish")};
    int writesSeen = 0;
    CtlRun killed;
    QVERIFY(runAndKill(*m_sim, ctl, publish, KillPoint{"WRITE", 0, 40}, &writesSeen, &killed));

    // One image published before the kill, one not yet.
    const int early = 5;
    const int late = int(wanted.size()) - 5;
    QVERIFY(!wanted.at(early).isNew && !wanted.at(late).isNew);
    for (int i : {early, late}) {
        const CtlRun r =
            ctl.run(staged.store + QStringList{QStringLiteral("set-alt"), product, wanted.at(i).key,
                                               QStringLiteral("After the crash %1").arg(i),
                                               QStringLiteral("--stage")});
        QVERIFY2(r.exitCode == 0, r.dump());
        wanted[i].image.alt = QStringLiteral("After the crash %1").arg(i);
    }
    const CtlRun again = ctl.run(publish);
    QVERIFY2(again.exitCode == 0, again.dump());
    const Gallery after = m_sim->images(SimDialect::Generic, product);
    QCOMPARE(after.size(), wanted.size());
    for (int i = 0; i < wanted.size(); ++i) {
        if (!wanted.at(i).isNew)
            QCOMPARE(after.at(i).id, wanted.at(i).key);
        QCOMPARE(after.at(i).src, wanted.at(i).image.src);
        QCOMPARE(after.at(i).alt, wanted.at(i).image.alt);
    }
}

QTEST_GUILESS_MAIN(TestCtlCrash)
#include "tst_ctlcrash.moc"
