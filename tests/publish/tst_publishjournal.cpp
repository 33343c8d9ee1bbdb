// The publisher with a journal, over real HTTP against the store simulator: an outcome the
// journal cannot record stops the publish, the summary of a publish that resumes an interrupted
// one leaves out what went through, and a batched alt write is journaled and resumed like any
// other request.
#include "publishtestsupport.h"

#include "core/sessionstate.h"
#include "workflow/journal.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace vitrine;
using namespace vitrine::test;

using Status = PublishOutcome::Status;

namespace {

// Another connection to the journal file, as vitrinectl or a failing disk would be: a trigger
// makes every insert of an outcome fail at once, with SQLite's "disk is full" wording (the marks
// of requests about to be sent still go in, so the first request leaves).
class JournalSaboteur {
public:
    explicit JournalSaboteur(const QString &path) {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("saboteur"));
        m_db.setDatabaseName(path);
        m_db.open();
    }
    ~JournalSaboteur() {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("saboteur"));
    }
    bool failOutcomes() {
        return exec(QStringLiteral("CREATE TRIGGER fail_outcomes BEFORE INSERT ON outcomes WHEN "
                                   "NEW.result NOT LIKE '%\"sending\"%' BEGIN SELECT "
                                   "RAISE(ABORT, 'disk is full'); END"));
    }
    bool repair() { return exec(QStringLiteral("DROP TRIGGER fail_outcomes")); }

private:
    bool exec(const QString &sql) {
        QSqlQuery q(m_db);
        if (q.exec(sql))
            return true;
        qWarning() << sql << q.lastError().text();
        return false;
    }
    QSqlDatabase m_db;
};

QStringList idsOf(const Gallery &gallery) {
    QStringList ids;
    for (const ProductImage &image : gallery)
        ids << image.id;
    return ids;
}

} // namespace

class TestPublishJournal : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void outcomeThatCannotBeJournaledStopsThePublish();
    void summaryOfAResumedPublishLeavesOutWhatWentThrough();
    void batchedAltWriteInFlightIsResumed_data();
    void batchedAltWriteInFlightIsResumed();

private:
    // The rig with a journal on a fresh file.
    bool start(SimDialect dialect);
    QString path() const { return m_dir->filePath(QStringLiteral("journal.sqlite")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PublishRig> m_rig;
    std::unique_ptr<Journal> m_journal;
    QString m_store;
};

void TestPublishJournal::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestPublishJournal::cleanup() {
    m_rig.reset();
    m_journal.reset();
    m_dir.reset();
}

bool TestPublishJournal::start(SimDialect dialect) {
    m_rig = std::make_unique<PublishRig>();
    if (!m_rig->start(dialect))
        return false;
    m_journal = std::make_unique<Journal>(path());
    if (!m_journal->open())
        return false;
    m_store = Journal::storeKey(m_rig->client->profile());
    m_rig->publisher->setJournal(m_journal.get(), m_store);
    return true;
}

// The journal refuses the first request's outcome: that request went through, but nothing more
// is sent — the app could otherwise be killed with outcomes the journal knows nothing about.
// The publish ends with the journal error, the rest stays staged, and once the journal works
// again the next publish sends only the rest.
void TestPublishJournal::outcomeThatCannotBeJournaledStopsThePublish() {
    QVERIFY(start(SimDialect::Generic));
    EditSession &s = *m_rig->session;
    for (int row = 0; row < 3; ++row)
        QVERIFY(s.setAltText({row}, QStringLiteral("Alt %1, edited").arg(row)));
    const QStringList intended = describe(s.model()->rows());
    QCOMPARE(m_rig->publisher->plan().ops.size(), 3);

    JournalSaboteur saboteur(path());
    QVERIFY(saboteur.failOutcomes());
    m_rig->sim->clearRecordedRequests();
    const PublishOutcome o = m_rig->publish();
    VERIFY_STATUS(o, Status::Failed);
    QCOMPARE(m_rig->writeCount(), 1);
    QCOMPARE(o.requests, 1);
    QCOMPARE(o.succeeded, 1);
    QCOMPARE(o.notSent, 2);
    QVERIFY2(o.message.startsWith(QStringLiteral(
                 "Publishing stopped: the publish could not be recorded in the journal (")),
             qPrintable(o.message));
    QVERIFY2(o.message.contains(QStringLiteral("disk is full")), qPrintable(o.message));
    QVERIFY2(o.message.contains(QStringLiteral("1 request of 3 went through before. 2 changes "
                                               "stay staged.")),
             qPrintable(o.message));
    QCOMPARE(s.pendingCount(), 2);
    QCOMPARE(o.stillPending, 2);
    // Exactly the first is on the store.
    const Gallery server = m_rig->server();
    QCOMPARE(server[0].alt, QStringLiteral("Alt 0, edited"));
    QCOMPARE(server[1].alt, m_rig->loaded[1].alt);
    QCOMPARE(server[2].alt, m_rig->loaded[2].alt);

    QVERIFY(saboteur.repair());
    m_rig->sim->clearRecordedRequests();
    const PublishOutcome again = m_rig->publish();
    VERIFY_STATUS(again, Status::Published);
    QCOMPARE(m_rig->writeCount(), 2);
    QCOMPARE(describe(m_rig->server()), intended);
    QCOMPARE(s.pendingCount(), 0);
    QVERIFY(!m_journal->unfinishedPublish(m_store, m_rig->productId));
}

// The app was killed after the first of three requests went through. Publisher::plan() — what
// the summary dialog shows — is what publish() will send after resuming: two requests.
void TestPublishJournal::summaryOfAResumedPublishLeavesOutWhatWentThrough() {
    QVERIFY(start(SimDialect::Generic));
    EditSession &s = *m_rig->session;
    for (int row = 0; row < 3; ++row)
        QVERIFY(s.setAltText({row}, QStringLiteral("Alt %1, edited").arg(row)));
    const QStringList intended = describe(s.model()->rows());
    const PublishPlan plan = m_rig->publisher->plan();
    QCOMPARE(plan.ops.size(), 3);
    QCOMPARE(describeSummary(plan.summary()), QStringLiteral("3 alt text edits → 3 requests"));

    // What the interrupted publish left: its record, the first request done on the store.
    QVERIFY(m_journal->saveState(m_store, s.state()));
    const qint64 record = m_journal->beginPublish(m_store, plan, idsOf(m_rig->loaded));
    QVERIFY(record > 0);
    const WriteOp &first = plan.ops[0];
    ProductImage current;
    for (const ProductImage &image : m_rig->loaded)
        if (image.id == first.imageId)
            current = image;
    QVERIFY(!current.id.isEmpty());
    const Result<ProductImage> done =
        await(m_rig->client->updateImage(m_rig->productId, current, first.patch));
    QVERIFY(done);
    EditSession::OpResult ok;
    ok.state = EditSession::OpResult::State::Succeeded;
    QVERIFY(m_journal->recordOutcome(record, 0, ok));

    const PublishPlan resumed = m_rig->publisher->plan();
    QCOMPARE(resumed.ops.size(), 2);
    QCOMPARE(describeSummary(resumed.summary()), QStringLiteral("2 alt text edits → 2 requests"));
    QVERIFY(!resumed.ops.contains(first));
    // Planning changed nothing: the session and the record are as they were.
    QCOMPARE(s.pendingCount(), 3);
    QVERIFY(m_journal->unfinishedPublish(m_store, m_rig->productId));

    m_rig->sim->clearRecordedRequests();
    const PublishOutcome o = m_rig->publish();
    VERIFY_STATUS(o, Status::Published);
    QVERIFY(o.resumed);
    QCOMPARE(o.resumedRequests, 1);
    QCOMPARE(o.plan.ops, resumed.ops);
    QCOMPARE(m_rig->writeCount(), 2);
    QCOMPARE(describe(m_rig->server()), intended);
}

// A Shoplazza batched alt write was in flight when the app was killed (its outcome not recorded).
// The journal kept the plan with the batch; the next publish takes its images as requests of
// unknown outcome: if the batch went through, nothing is sent again and no conflict is reported;
// if it did not, the batch is sent.
void TestPublishJournal::batchedAltWriteInFlightIsResumed_data() {
    QTest::addColumn<bool>("wentThrough");
    QTest::newRow("the batch reached the store") << true;
    QTest::newRow("the batch never left") << false;
}

void TestPublishJournal::batchedAltWriteInFlightIsResumed() {
    QFETCH(bool, wentThrough);
    QVERIFY(start(SimDialect::Shoplazza));
    EditSession &s = *m_rig->session;
    for (int row = 0; row < 4; ++row)
        QVERIFY(s.setAltText({row}, QStringLiteral("Batched alt %1").arg(row)));
    const QStringList intended = describe(s.model()->rows());
    const PublishPlan plan = m_rig->publisher->plan();
    QCOMPARE(plan.ops.size(), 1);
    QCOMPARE(plan.ops[0].kind, WriteOp::Kind::UpdateAltTexts);
    QVERIFY(m_journal->saveState(m_store, s.state()));
    const qint64 record = m_journal->beginPublish(m_store, plan, idsOf(m_rig->loaded));
    QVERIFY(record > 0);
    QVERIFY(m_journal->markSending(record, {0})); // as the publisher does before it sends
    // The journal gives the batch back as it was planned, marked as being sent.
    const std::optional<Journal::PublishRecord> kept =
        m_journal->unfinishedPublish(m_store, m_rig->productId);
    QVERIFY(kept);
    QCOMPARE(kept->plan.ops, plan.ops);
    QCOMPARE(kept->inDoubt(), QList<int>{0});
    QVERIFY(m_journal->recoveryMessage().isEmpty());
    if (wentThrough) {
        const Result<void> sent =
            await(m_rig->client->updateAltTexts(m_rig->productId, plan.ops[0].altTexts));
        QVERIFY(sent);
    }

    m_rig->sim->clearRecordedRequests();
    const PublishOutcome o = m_rig->publish();
    QVERIFY(o.resumed);
    QVERIFY(o.conflicts.isEmpty());
    QVERIFY2(o.takenFromStore.isEmpty(), qPrintable(o.message));
    if (wentThrough) {
        VERIFY_STATUS(o, Status::NothingToPublish);
        QCOMPARE(m_rig->writeCount(), 0);
    } else {
        VERIFY_STATUS(o, Status::Published);
        QCOMPARE(o.requests, 2);
        QCOMPARE(m_rig->writeCount(), 1);
    }
    QCOMPARE(describe(m_rig->server()), intended);
    QCOMPARE(s.pendingCount(), 0);
    QVERIFY(m_journal->uncertain(m_store, m_rig->productId).isEmpty());
}

QTEST_MAIN(TestPublishJournal)
#include "tst_publishjournal.moc"
