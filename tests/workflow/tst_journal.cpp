// Journal: staged states, publish records and uncertain requests survive closing and reopening
// (and kill -9 of the writing process); a damaged journal (truncated, garbage, an unreadable row)
// ends in a clear message and a journal that works, never in a crash; a location that cannot be
// written ends in a clear error.
#include "tests/core/stagedfixtures.h"
#include "workflow/journal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

Q_DECLARE_METATYPE(vitrine::SessionState)

using namespace vitrine;
using namespace vitrine::test;

namespace {

const QString kStore = QStringLiteral("Simulator");

SessionState editedState(const QString &alt = QStringLiteral("A sofa in grey")) {
    SessionState s = unchangedState(makeGallery(4));
    s.staged.rows[0].image.alt = alt;
    std::swap(s.staged.rows[1], s.staged.rows[2]);
    s.staged.rows.removeLast();
    s.staged.deletedIds << QStringLiteral("4");
    s.staged.deleteErrors.insert(QStringLiteral("4"), QStringLiteral("The store refused: locked"));
    StagedImage added;
    added.key = QStringLiteral("new:3");
    added.isNew = true;
    added.image.productId = s.productId;
    added.image.src = QStringLiteral("https://cdn.example.com/added.jpg");
    added.image.alt = QStringLiteral("Ünïcødé \u2014 \"quoted\" 'text'");
    s.staged.rows.insert(1, added);
    s.staged.rows[3].error = QStringLiteral("Alt text too long");
    return s;
}

PublishPlan twoOpPlan() {
    PublishPlan plan;
    plan.productId = QStringLiteral("p1");
    WriteOp create;
    create.kind = WriteOp::Kind::Create;
    create.productId = plan.productId;
    create.localKey = QStringLiteral("new:3");
    create.image.src = QStringLiteral("https://cdn.example.com/added.jpg");
    create.image.alt = QStringLiteral("added");
    create.image.position = 2;
    WriteOp update;
    update.kind = WriteOp::Kind::Update;
    update.productId = plan.productId;
    update.imageId = QStringLiteral("1");
    update.patch.alt = QStringLiteral("A sofa in grey");
    WriteOp del;
    del.kind = WriteOp::Kind::Delete;
    del.productId = plan.productId;
    del.imageId = QStringLiteral("4");
    plan.ops = {create, update, del};
    return plan;
}

// The state kept for product (an empty state when none can be read).
SessionState kept(Journal &journal, const QString &store, const QString &productId) {
    return journal.loadState(store, productId).value_or(SessionState{});
}

// Runs sql on the journal file through a connection of its own (what a damaged row looks like).
void execRaw(const QString &path, const QString &sql) {
    const QString name = QStringLiteral("raw-%1").arg(quintptr(&sql));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY2(q.exec(sql), qPrintable(sql));
    }
    QSqlDatabase::removeDatabase(name);
}

// The single number sql selects, read through a connection of its own.
int countRaw(const QString &path, const QString &sql) {
    const QString name = QStringLiteral("count-%1").arg(quintptr(&sql));
    int n = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                n = q.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return n;
}

QStringList filesBeside(const QString &path, const QString &pattern) {
    const QFileInfo info(path);
    return QDir(info.absolutePath()).entryList({info.fileName() + pattern}, QDir::Files);
}

// The writer process of the kill -9 test: saves ever newer states and reports each one after
// saveState returned. Runs until killed.
int runWriter(const QString &path) {
    Journal journal(path);
    if (!journal.open()) {
        std::fprintf(stderr, "%s\n", qPrintable(journal.lastError()));
        return 2;
    }
    for (int i = 1;; ++i) {
        if (!journal.saveState(kStore, editedState(QStringLiteral("edit %1").arg(i)))) {
            std::fprintf(stderr, "%s\n", qPrintable(journal.lastError()));
            return 3;
        }
        std::printf("%d\n", i);
        std::fflush(stdout);
    }
}

} // namespace

class TestJournal : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void stateRoundTrip_data();
    void stateRoundTrip();
    void titleAndListing();
    void journalOfThePreviousVersionLoads();
    void storesAndProductsAreApart();
    void publishRecord();
    void publishRecordReplacedByNextPublish();
    void uncertainRequests();
    void interruptedPublishIsCountedNotAllPending();
    void discardForgetsEverything();
    void renamedStoreTakesItsEntries();
    void renameOntoAnOlderEntryKeepsItAside();
    void transactions();
    void notOpen();
    void damagedFile_data();
    void damagedFile();
    void unreadableStateRow_data();
    void unreadableStateRow();
    void unreadablePublishRecord();
    void unreadableUncertainRequest();
    void otherSchemaVersionIsSetAside();
    void lockedJournalIsNotSetAside();
    void unwritableLocation();
    void readOnlyFile();
    void killedWriterLeavesLastCommittedState_data();
    void killedWriterLeavesLastCommittedState();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("j/journal.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestJournal::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestJournal::stateRoundTrip_data() {
    QTest::addColumn<SessionState>("state");
    QTest::newRow("edited: alt, move, delete with error, new image, row error") << editedState();
    SessionState observed = editedState();
    observed.observedOrdering = OrderingSemantics::Shift;
    QTest::newRow("observed ordering") << observed;
    SessionState onlyNew;
    onlyNew.productId = QStringLiteral("p1");
    StagedImage added;
    added.key = QStringLiteral("new:1");
    added.isNew = true;
    added.image.src = QStringLiteral("https://cdn.example.com/a.jpg");
    added.image.variantIds = {QStringLiteral("v1"), QStringLiteral("v2")};
    onlyNew.staged.rows << added;
    QTest::newRow("empty gallery, one new image") << onlyNew;
    SessionState timeless = unchangedState(makeGallery(3));
    for (ProductImage &image : timeless.staged.baseline)
        image.updatedAt = {};
    for (StagedImage &row : timeless.staged.rows)
        row.image.updatedAt = {};
    timeless.staged.rows[2].image.alt = QStringLiteral("changed");
    QTest::newRow("store without timestamps") << timeless;
}

void TestJournal::stateRoundTrip() {
    QFETCH(SessionState, state);
    QVERIFY(state.pendingCount() > 0);
    {
        Journal journal(path());
        QVERIFY2(journal.open(), qPrintable(journal.lastError()));
        QVERIFY(journal.recoveryMessage().isEmpty());
        QVERIFY2(journal.saveState(kStore, state), qPrintable(journal.lastError()));
        QCOMPARE(kept(journal, kStore, state.productId), state);
    }
    // A second journal on the same file (the next start, or vitrinectl beside the GUI).
    Journal reopened(path());
    QVERIFY(reopened.open());
    QCOMPARE(kept(reopened, kStore, state.productId), state);
    const std::optional<Journal::Entry> e = reopened.entry(kStore, state.productId);
    QVERIFY(e);
    QCOMPARE(e->pendingCount, state.pendingCount());
    QVERIFY(!e->publishInterrupted);
}

void TestJournal::titleAndListing() {
    Journal journal(path());
    QVERIFY(journal.open());
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    QVERIFY(journal.saveState(kStore, editedState(), QStringLiteral("Grey sofa")));
    // A later save without a title keeps the one saved.
    QVERIFY(journal.saveState(kStore, editedState(QStringLiteral("again"))));
    const QList<Journal::Entry> all = journal.entries();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all[0].store, kStore);
    QCOMPARE(all[0].productId, QStringLiteral("p1"));
    QCOMPARE(all[0].productTitle, QStringLiteral("Grey sofa"));
    QVERIFY(all[0].savedAt >= before);
    QCOMPARE(all[0].savedAt.timeSpec(), Qt::UTC);
    QCOMPARE(journal.loadState(kStore, QStringLiteral("p1"))->staged.rows[0].image.alt,
             QStringLiteral("again"));
    QVERIFY(journal.dropState(kStore, QStringLiteral("p1")));
    QVERIFY(journal.entries().isEmpty());
    QVERIFY(!journal.loadState(kStore, QStringLiteral("p1")));
    QVERIFY(journal.lastError().isEmpty() || journal.recoveryMessage().isEmpty());
}

void TestJournal::journalOfThePreviousVersionLoads() {
    // A journal file as Vitrine 0.1.0 (commit 121fb97) wrote it (its Journal::saveState, before the
    // staged gallery was one StagedGallery value): every staged edit comes back, and new edits can
    // be kept.
    QVERIFY(QDir().mkpath(QFileInfo(path()).path()));
    QVERIFY(QFile::copy(QFINDTESTDATA("data/journal-0.1.0.sqlite"), path()));
    QVERIFY(QFile::setPermissions(path(), QFile::ReadOwner | QFile::WriteOwner));
    const QString store = QStringLiteral("Demo at 127.0.0.1");
    Journal journal(path());
    QVERIFY2(journal.open(), qPrintable(journal.lastError()));
    QCOMPARE(journal.recoveryMessage(), QString());
    const QList<Journal::Entry> entries = journal.entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries[0].store, store);
    QCOMPARE(entries[0].productTitle, QStringLiteral("Grey sofa"));
    QCOMPARE(entries[0].pendingCount, 5);
    QCOMPARE(kept(journal, store, QStringLiteral("p1")), previousVersionState());
    SessionState more = previousVersionState();
    more.staged.rows[4].image.alt = QStringLiteral("Grey sofa, side");
    QVERIFY2(journal.saveState(store, more), qPrintable(journal.lastError()));
    QCOMPARE(kept(journal, store, QStringLiteral("p1")), more);
    QCOMPARE(journal.entry(store, QStringLiteral("p1"))->pendingCount, 6);
}

void TestJournal::storesAndProductsAreApart() {
    Journal journal(path());
    QVERIFY(journal.open());
    SessionState other = editedState(QStringLiteral("other store"));
    SessionState p2 = editedState(QStringLiteral("product 2"));
    p2.productId = QStringLiteral("p2");
    QVERIFY(journal.saveState(kStore, editedState()));
    QVERIFY(journal.saveState(QStringLiteral("Other"), other));
    QVERIFY(journal.saveState(kStore, p2));
    QCOMPARE(journal.entries().size(), 3);
    QCOMPARE(journal.entries(kStore).size(), 2);
    QCOMPARE(journal.entries(QStringLiteral("Other")).size(), 1);
    QCOMPARE(kept(journal, QStringLiteral("Other"), QStringLiteral("p1")), other);
    QCOMPARE(kept(journal, kStore, QStringLiteral("p2")), p2);
    QCOMPARE(kept(journal, kStore, QStringLiteral("p1")), editedState());
    QVERIFY(!journal.loadState(kStore, QStringLiteral("p3")));
}

void TestJournal::publishRecord() {
    const PublishPlan plan = twoOpPlan();
    const QStringList baselineIds = {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("4")};
    qint64 id = 0;
    {
        Journal journal(path());
        QVERIFY(journal.open());
        QVERIFY(journal.saveState(kStore, editedState()));
        id = journal.beginPublish(kStore, plan, baselineIds);
        QVERIFY2(id > 0, qPrintable(journal.lastError()));
        EditSession::OpResult created;
        created.state = EditSession::OpResult::State::Succeeded;
        created.image = makeGallery(1).first();
        created.image.id = QStringLiteral("901");
        QVERIFY(journal.recordOutcome(id, 0, created));
        EditSession::OpResult failed;
        failed.state = EditSession::OpResult::State::Failed;
        failed.message = QStringLiteral("Alt text too long (store limit 255)");
        QVERIFY(journal.recordOutcome(id, 1, failed));
        const std::optional<Journal::Entry> e = journal.entry(kStore, QStringLiteral("p1"));
        QVERIFY(e);
        QVERIFY(e->publishInterrupted);
    }
    // Killed here: the next start finds the record.
    Journal journal(path());
    QVERIFY(journal.open());
    std::optional<Journal::PublishRecord> r =
        journal.unfinishedPublish(kStore, QStringLiteral("p1"));
    QVERIFY2(r, qPrintable(journal.lastError()));
    QCOMPARE(r->id, id);
    QCOMPARE(r->store, kStore);
    QCOMPARE(r->plan.productId, plan.productId);
    QCOMPARE(r->plan.ops, plan.ops);
    QCOMPARE(r->baselineIds, baselineIds);
    QVERIFY(r->startedAt.isValid());
    QCOMPARE(r->outcomes.size(), 2);
    QCOMPARE(r->outcomes[0].index, 0);
    QCOMPARE(r->outcomes[0].result.state, EditSession::OpResult::State::Succeeded);
    QCOMPARE(r->outcomes[0].result.image.id, QStringLiteral("901"));
    QCOMPARE(r->outcomes[1].index, 1);
    QCOMPARE(r->outcomes[1].result.state, EditSession::OpResult::State::Failed);
    QCOMPARE(r->outcomes[1].result.message, QStringLiteral("Alt text too long (store limit 255)"));
    // Applying the results and finishing the record land together.
    {
        Journal::Transaction t(journal);
        QVERIFY(journal.saveState(kStore, editedState(QStringLiteral("after publish"))));
        QVERIFY(journal.finishPublish(id));
        QVERIFY(t.commit());
    }
    QVERIFY(!journal.unfinishedPublish(kStore, QStringLiteral("p1")));
    QVERIFY(!journal.entry(kStore, QStringLiteral("p1"))->publishInterrupted);
    QCOMPARE(journal.loadState(kStore, QStringLiteral("p1"))->staged.rows[0].image.alt,
             QStringLiteral("after publish"));
}

void TestJournal::publishRecordReplacedByNextPublish() {
    Journal journal(path());
    QVERIFY(journal.open());
    const qint64 first = journal.beginPublish(kStore, twoOpPlan(), {});
    EditSession::OpResult ok;
    ok.state = EditSession::OpResult::State::Succeeded;
    QVERIFY(journal.recordOutcome(first, 2, ok));
    PublishPlan second = twoOpPlan();
    second.ops.removeFirst();
    const qint64 next = journal.beginPublish(kStore, second, {QStringLiteral("1")});
    QVERIFY(next > 0);
    QVERIFY(next != first);
    const std::optional<Journal::PublishRecord> r =
        journal.unfinishedPublish(kStore, QStringLiteral("p1"));
    QVERIFY(r);
    QCOMPARE(r->id, next);
    QCOMPARE(r->plan.ops, second.ops);
    QVERIFY(r->outcomes.isEmpty());
    // Only publish records: listed as interrupted, with no staged edits.
    const std::optional<Journal::Entry> e = journal.entry(kStore, QStringLiteral("p1"));
    QVERIFY(e);
    QVERIFY(e->publishInterrupted);
    QCOMPARE(e->pendingCount, 0);
}

void TestJournal::uncertainRequests() {
    Journal::UncertainOp create;
    create.kind = WriteOp::Kind::Create;
    create.localKey = QStringLiteral("new:3");
    create.src = QStringLiteral("https://cdn.example.com/added.jpg");
    create.alt = QStringLiteral("added");
    create.knownIds = {QStringLiteral("1"), QStringLiteral("2")};
    Journal::UncertainOp update;
    update.kind = WriteOp::Kind::Update;
    update.imageId = QStringLiteral("2");
    {
        Journal journal(path());
        QVERIFY(journal.open());
        QVERIFY(journal.addUncertain(kStore, QStringLiteral("p1"), create));
        QVERIFY(journal.addUncertain(kStore, QStringLiteral("p1"), update));
        QVERIFY(journal.addUncertain(kStore, QStringLiteral("p2"), update));
    }
    Journal journal(path());
    QVERIFY(journal.open());
    QCOMPARE(journal.uncertain(kStore, QStringLiteral("p1")),
             (QList<Journal::UncertainOp>{create, update}));
    QCOMPARE(journal.entry(kStore, QStringLiteral("p1"))->uncertainRequests, 2);
    QVERIFY(journal.clearUncertain(kStore, QStringLiteral("p1")));
    QVERIFY(journal.uncertain(kStore, QStringLiteral("p1")).isEmpty());
    QVERIFY(!journal.entry(kStore, QStringLiteral("p1")));
    QCOMPARE(journal.uncertain(kStore, QStringLiteral("p2")).size(), 1);
}

// After kill -9 in the middle of a publish, the listing says how far it got: edits confirmed
// sent (their outcomes recorded), uncertain (the request in flight, requests of unknown outcome)
// and not sent — pendingCount counts only the last two. Listing changes nothing.
void TestJournal::interruptedPublishIsCountedNotAllPending() {
    Journal journal(path());
    QVERIFY(journal.open());
    SessionState state = unchangedState(makeGallery(5));
    PublishPlan plan;
    plan.productId = state.productId;
    QStringList baselineIds;
    for (const ProductImage &image : state.staged.baseline)
        baselineIds << image.id;
    for (int i = 0; i < 4; ++i) {
        state.staged.rows[i].image.alt = QStringLiteral("edited %1").arg(i);
        WriteOp op;
        op.kind = WriteOp::Kind::Update;
        op.productId = plan.productId;
        op.imageId = state.staged.rows[i].key;
        op.patch.alt = state.staged.rows[i].image.alt;
        plan.ops << op;
    }
    QCOMPARE(state.pendingCount(), 4);
    QVERIFY(journal.saveState(kStore, state));
    const qint64 id = journal.beginPublish(kStore, plan, baselineIds);
    QVERIFY(id > 0);
    EditSession::OpResult done;
    done.state = EditSession::OpResult::State::Succeeded;
    // Each request is marked before it is sent; its outcome replaces the mark.
    QVERIFY(journal.markSending(id, {0, 1}));
    QVERIFY(journal.recordOutcome(id, 0, done));
    QVERIFY(journal.recordOutcome(id, 1, done));
    QVERIFY(journal.markSending(id, {2}));

    // Killed while the third request was in flight.
    std::optional<Journal::Entry> e = journal.entry(kStore, state.productId);
    QVERIFY(e);
    QVERIFY(e->publishInterrupted);
    QCOMPARE(e->confirmedSent, 2);
    QCOMPARE(e->uncertainEdits, 1);
    QCOMPARE(e->pendingCount, 2); // the uncertain one and the one not sent
    std::optional<Journal::PublishRecord> record =
        journal.unfinishedPublish(kStore, plan.productId);
    QVERIFY(record);
    QVERIFY(record->marksSending);
    QCOMPARE(record->inDoubt(), QList<int>{2});

    // Two sent together, the app killed before either answer: both are in doubt.
    QVERIFY(journal.markSending(id, {3}));
    e = journal.entry(kStore, state.productId);
    QCOMPARE(e->uncertainEdits, 2);
    QCOMPARE(e->pendingCount, 2);
    record = journal.unfinishedPublish(kStore, plan.productId);
    QCOMPARE(record->inDoubt(), (QList<int>{2, 3}));
    QCOMPARE(record->outcomes.size(), 2);
    // A record written before requests were marked (one at a time): the op after the last
    // recorded outcome was the one in flight.
    Journal::PublishRecord older = *record;
    older.marksSending = false;
    older.sending.clear();
    QCOMPARE(older.inDoubt(), QList<int>{2});

    // A request of unknown outcome kept from before is uncertain too.
    Journal::UncertainOp unknown;
    unknown.kind = WriteOp::Kind::Update;
    unknown.imageId = state.staged.rows[3].key;
    QVERIFY(journal.addUncertain(kStore, state.productId, unknown));
    e = journal.entry(kStore, state.productId);
    QCOMPARE(e->confirmedSent, 2);
    QCOMPARE(e->uncertainEdits, 2);
    QCOMPARE(e->pendingCount, 2);

    // Listing read, and changed nothing.
    QCOMPARE(kept(journal, kStore, state.productId), state);
    const std::optional<Journal::PublishRecord> r =
        journal.unfinishedPublish(kStore, state.productId);
    QVERIFY(r);
    QCOMPARE(r->outcomes.size(), 2);
    QCOMPARE(journal.uncertain(kStore, state.productId).size(), 1);

    // A kept state that is not the one the plan was made from (loaded again since): the record
    // says nothing about its edits.
    SessionState reloaded = state;
    reloaded.staged.baseline.removeLast();
    reloaded.staged.rows.removeLast();
    QVERIFY(journal.saveState(kStore, reloaded));
    e = journal.entry(kStore, state.productId);
    QCOMPARE(e->confirmedSent, 0);
    QCOMPARE(e->pendingCount, reloaded.pendingCount());
}

void TestJournal::discardForgetsEverything() {
    Journal journal(path());
    QVERIFY(journal.open());
    QVERIFY(journal.saveState(kStore, editedState()));
    const qint64 id = journal.beginPublish(kStore, twoOpPlan(), {});
    QVERIFY(journal.recordOutcome(id, 0, {}));
    QVERIFY(journal.addUncertain(kStore, QStringLiteral("p1"), {}));
    SessionState p2 = editedState();
    p2.productId = QStringLiteral("p2");
    QVERIFY(journal.saveState(kStore, p2));
    QVERIFY(journal.discard(kStore, QStringLiteral("p1")));
    QVERIFY(!journal.entry(kStore, QStringLiteral("p1")));
    QVERIFY(!journal.loadState(kStore, QStringLiteral("p1")));
    QVERIFY(!journal.unfinishedPublish(kStore, QStringLiteral("p1")));
    QVERIFY(journal.uncertain(kStore, QStringLiteral("p1")).isEmpty());
    QVERIFY(journal.entry(kStore, QStringLiteral("p2")));
}

void TestJournal::renamedStoreTakesItsEntries() {
    Journal journal(path());
    QVERIFY(journal.open());
    QVERIFY(journal.saveState(kStore, editedState(), QStringLiteral("Grey sofa")));
    const qint64 id = journal.beginPublish(kStore, twoOpPlan(), {QStringLiteral("1")});
    QVERIFY(id > 0);
    QVERIFY(journal.recordOutcome(id, 0, {}));
    QVERIFY(journal.addUncertain(kStore, QStringLiteral("p1"), {}));
    SessionState p2 = editedState(QStringLiteral("other"));
    p2.productId = QStringLiteral("p2");
    QVERIFY(journal.saveState(kStore, p2));
    // Another store's entry of the same product is not touched.
    QVERIFY(journal.saveState(QStringLiteral("Other shop"), editedState()));

    QVERIFY2(journal.renameStore(kStore, QStringLiteral("Main shop")),
             qPrintable(journal.lastError()));
    QVERIFY(journal.entries(kStore).isEmpty());
    const QList<Journal::Entry> moved = journal.entries(QStringLiteral("Main shop"));
    QCOMPARE(moved.size(), 2);
    const auto p1 = journal.entry(QStringLiteral("Main shop"), QStringLiteral("p1"));
    QVERIFY(p1);
    QCOMPARE(p1->productTitle, QStringLiteral("Grey sofa"));
    QVERIFY(p1->publishInterrupted);
    QCOMPARE(p1->uncertainRequests, 1);
    QCOMPARE(*journal.loadState(QStringLiteral("Main shop"), QStringLiteral("p1")), editedState());
    const auto record =
        journal.unfinishedPublish(QStringLiteral("Main shop"), QStringLiteral("p1"));
    QVERIFY(record);
    QCOMPARE(record->outcomes.size(), 1);
    QVERIFY(journal.entry(QStringLiteral("Other shop"), QStringLiteral("p1")));
    QVERIFY(journal.recoveryMessage().isEmpty());

    // Read back by another process (vitrinectl, the next start).
    Journal reader(path());
    QVERIFY(reader.open());
    QCOMPARE(reader.entries(QStringLiteral("Main shop")).size(), 2);
    QVERIFY(reader.entries(kStore).isEmpty());
}

void TestJournal::renameOntoAnOlderEntryKeepsItAside() {
    Journal journal(path());
    QVERIFY(journal.open());
    QVERIFY(journal.saveState(kStore, editedState(QStringLiteral("mine"))));
    // Left by an earlier store called "Main shop" (its profile was deleted).
    QVERIFY(journal.saveState(QStringLiteral("Main shop"), editedState(QStringLiteral("older"))));
    QVERIFY(journal.renameStore(kStore, QStringLiteral("Main shop")));
    const auto kept = journal.loadState(QStringLiteral("Main shop"), QStringLiteral("p1"));
    QVERIFY(kept);
    QCOMPARE(kept->staged.rows[0].image.alt, QStringLiteral("mine"));
    QVERIFY2(journal.recoveryMessage().contains(QStringLiteral("saved to")),
             qPrintable(journal.recoveryMessage()));
    // The older state is on disk beside the journal, readable.
    const QDir folder = QFileInfo(path()).dir();
    const QStringList aside = folder.entryList({QStringLiteral("journal.sqlite.unreadable-*")});
    QCOMPARE(aside.size(), 1);
    QFile file(folder.filePath(aside.constFirst()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("older"));
}

void TestJournal::transactions() {
    Journal journal(path());
    QVERIFY(journal.open());
    {
        Journal::Transaction t(journal);
        QVERIFY(journal.saveState(kStore, editedState()));
        // never committed: rolled back
    }
    QVERIFY(!journal.loadState(kStore, QStringLiteral("p1")));
    {
        Journal::Transaction outer(journal);
        QVERIFY(journal.saveState(kStore, editedState()));
        {
            Journal::Transaction inner(journal);
            QVERIFY(journal.addUncertain(kStore, QStringLiteral("p1"), {}));
            QVERIFY(inner.commit());
        }
        // Another connection does not see it before the outer commit.
        QCOMPARE(countRaw(path(), QStringLiteral("SELECT count(*) FROM staged")), 0);
        QVERIFY(outer.commit());
        QCOMPARE(countRaw(path(), QStringLiteral("SELECT count(*) FROM staged")), 1);
    }
    QVERIFY(journal.loadState(kStore, QStringLiteral("p1")));
    QCOMPARE(journal.uncertain(kStore, QStringLiteral("p1")).size(), 1);
    {
        // An inner transaction that is not committed takes the outer one down with it.
        Journal::Transaction outer(journal);
        QVERIFY(journal.dropState(kStore, QStringLiteral("p1")));
        { Journal::Transaction inner(journal); }
        QVERIFY(!outer.commit());
    }
    QVERIFY(journal.loadState(kStore, QStringLiteral("p1")));
}

void TestJournal::notOpen() {
    Journal journal(path());
    QVERIFY(!journal.isOpen());
    QVERIFY(!journal.saveState(kStore, editedState()));
    QVERIFY(!journal.lastError().isEmpty());
    QVERIFY(!journal.loadState(kStore, QStringLiteral("p1")));
    QCOMPARE(journal.beginPublish(kStore, twoOpPlan(), {}), 0);
    QVERIFY(journal.entries().isEmpty());
    Journal::Transaction t(journal);
    QVERIFY(!t.commit());
}

void TestJournal::damagedFile_data() {
    QTest::addColumn<QString>("how");
    QTest::newRow("truncated to 100 bytes (inside the header)") << QStringLiteral("truncate:100");
    QTest::newRow("truncated to one page") << QStringLiteral("truncate:4096");
    QTest::newRow("truncated to half") << QStringLiteral("half");
    QTest::newRow("garbage bytes") << QStringLiteral("garbage");
    QTest::newRow("garbage after a valid header") << QStringLiteral("scribble");
    QTest::newRow("a text file") << QStringLiteral("text");
}

void TestJournal::damagedFile() {
    QFETCH(QString, how);
    {
        Journal journal(path());
        QVERIFY(journal.open());
        // Enough rows for several pages (one transaction: one sync, a fast test).
        Journal::Transaction t(journal);
        for (int i = 0; i < 40; ++i) {
            SessionState s = editedState(QString(200, QChar(u'a' + i % 26)));
            s.productId = QStringLiteral("p%1").arg(i);
            for (StagedImage &row : s.staged.rows)
                row.image.productId = s.productId;
            QVERIFY(journal.saveState(kStore, s));
        }
        QVERIFY(t.commit());
    }
    QVERIFY(!QFile::exists(path() + QLatin1String("-wal")) ||
            QFileInfo(path() + QLatin1String("-wal")).size() == 0);
    QFile file(path());
    const qint64 size = file.size();
    QVERIFY(size > 8192);
    if (how.startsWith(QLatin1String("truncate:"))) {
        QVERIFY(file.resize(how.mid(9).toInt()));
    } else if (how == QLatin1String("half")) {
        QVERIFY(file.resize(size / 2));
    } else if (how == QLatin1String("garbage")) {
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QByteArray bytes(20000, '\0');
        quint32 x = 2463534242u; // xorshift: the same garbage every run
        for (char &c : bytes) {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            c = char(x & 0xff);
        }
        file.write(bytes);
        file.close();
    } else if (how == QLatin1String("scribble")) {
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(100); // keep the 100-byte header, ruin the schema page and the rest
        file.write(QByteArray(int(size) - 100, '\xA5'));
        file.close();
    } else {
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("staged edits, one per line\np1: alt 1 = Grey sofa\n");
        file.close();
    }

    const qint64 damagedSize = QFileInfo(path()).size();
    Journal journal(path());
    QVERIFY2(journal.open(), qPrintable(journal.lastError()));
    const QString message = journal.recoveryMessage();
    QVERIFY2(message.contains(QLatin1String("damaged")), qPrintable(message));
    const QStringList aside = filesBeside(path(), QStringLiteral(".corrupt-*"));
    QCOMPARE(aside.size(), 1);
    QVERIFY2(message.contains(aside.first()), qPrintable(message));
    // The damaged file is kept as it was, for a human.
    QCOMPARE(QFileInfo(QFileInfo(path()).absolutePath() + QLatin1Char('/') + aside.first()).size(),
             damagedSize);
    // The new journal works.
    QVERIFY(journal.entries().isEmpty());
    QVERIFY(journal.saveState(kStore, editedState()));
    QCOMPARE(kept(journal, kStore, QStringLiteral("p1")), editedState());
    // And is not damaged the next time.
    Journal again(path());
    QVERIFY(again.open());
    QVERIFY(again.recoveryMessage().isEmpty());
}

void TestJournal::unreadableStateRow_data() {
    QTest::addColumn<QString>("stateText");
    QTest::newRow("not JSON") << QStringLiteral("{\"format\": 1, \"productId\": \"p1\", \"bas");
    QTest::newRow("binary") << QStringLiteral("\x01\x02\x03");
    QTest::newRow("JSON of another format") << QStringLiteral("{\"format\": 99}");
    QTest::newRow("JSON of another product")
        << QString::fromUtf8(QJsonDocument([] {
                                 SessionState s = editedState();
                                 s.productId = QStringLiteral("p9");
                                 return s.toJson();
                             }())
                                 .toJson(QJsonDocument::Compact));
    QTest::newRow("an array") << QStringLiteral("[1, 2, 3]");
}

void TestJournal::unreadableStateRow() {
    QFETCH(QString, stateText);
    {
        Journal journal(path());
        QVERIFY(journal.open());
        QVERIFY(journal.saveState(kStore, editedState()));
        SessionState p2 = editedState();
        p2.productId = QStringLiteral("p2");
        QVERIFY(journal.saveState(kStore, p2));
    }
    QString quoted = stateText;
    quoted.replace(QLatin1Char('\''), QLatin1String("''"));
    execRaw(path(),
            QStringLiteral("UPDATE staged SET state = '%1' WHERE product = 'p1'").arg(quoted));

    Journal journal(path());
    QVERIFY(journal.open());
    QVERIFY(journal.recoveryMessage().isEmpty()); // the file itself is fine
    QVERIFY(!journal.loadState(kStore, QStringLiteral("p1")));
    const QString message = journal.recoveryMessage();
    QVERIFY2(message.contains(QLatin1String("p1")) && message.contains(QLatin1String("dropped")),
             qPrintable(message));
    QCOMPARE(journal.lastError(), message);
    // The text is kept for a human, the row is gone, the rest of the journal is untouched.
    const QStringList keptText = filesBeside(path(), QStringLiteral(".unreadable-*"));
    QCOMPARE(keptText.size(), 1);
    QVERIFY2(message.contains(keptText.first()), qPrintable(message));
    QFile keptFile(QFileInfo(path()).absolutePath() + QLatin1Char('/') + keptText.first());
    QVERIFY(keptFile.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(keptFile.readAll()), stateText);
    QVERIFY(!journal.entry(kStore, QStringLiteral("p1")));
    QVERIFY(journal.loadState(kStore, QStringLiteral("p2")));
    QVERIFY(journal.saveState(kStore, editedState()));
    QCOMPARE(kept(journal, kStore, QStringLiteral("p1")), editedState());
}

void TestJournal::unreadablePublishRecord() {
    {
        Journal journal(path());
        QVERIFY(journal.open());
        const qint64 id = journal.beginPublish(kStore, twoOpPlan(), {});
        QVERIFY(journal.recordOutcome(id, 0, {}));
    }
    execRaw(path(), QStringLiteral("UPDATE publishes SET plan = '{\"ops\": [tru'"));
    Journal journal(path());
    QVERIFY(journal.open());
    QVERIFY(journal.entry(kStore, QStringLiteral("p1"))->publishInterrupted);
    QVERIFY(!journal.unfinishedPublish(kStore, QStringLiteral("p1")));
    const QString message = journal.recoveryMessage();
    QVERIFY2(message.contains(QLatin1String("could not be read")) &&
                 message.contains(QLatin1String("p1")),
             qPrintable(message));
    QCOMPARE(filesBeside(path(), QStringLiteral(".unreadable-*")).size(), 1);
    // Dropped: it does not block the next publish.
    QVERIFY(!journal.entry(kStore, QStringLiteral("p1")));
    QVERIFY(journal.beginPublish(kStore, twoOpPlan(), {}) > 0);
}

void TestJournal::unreadableUncertainRequest() {
    Journal::UncertainOp update;
    update.kind = WriteOp::Kind::Update;
    update.imageId = QStringLiteral("2");
    {
        Journal journal(path());
        QVERIFY(journal.open());
        QVERIFY(journal.addUncertain(kStore, QStringLiteral("p1"), update));
        QVERIFY(journal.addUncertain(kStore, QStringLiteral("p1"), update));
    }
    execRaw(path(), QStringLiteral("UPDATE uncertain SET op = '{\"kind\": \"teleport\"}' WHERE "
                                   "id = (SELECT min(id) FROM uncertain)"));
    Journal journal(path());
    QVERIFY(journal.open());
    QCOMPARE(journal.uncertain(kStore, QStringLiteral("p1")), QList<Journal::UncertainOp>{update});
    QVERIFY2(journal.recoveryMessage().contains(QLatin1String("could not be read")),
             qPrintable(journal.recoveryMessage()));
    QCOMPARE(filesBeside(path(), QStringLiteral(".unreadable-*")).size(), 1);
    // Dropped, not counted any more.
    QCOMPARE(journal.entry(kStore, QStringLiteral("p1"))->uncertainRequests, 1);
}

void TestJournal::otherSchemaVersionIsSetAside() {
    {
        Journal journal(path());
        QVERIFY(journal.open());
        QVERIFY(journal.saveState(kStore, editedState()));
    }
    execRaw(path(), QStringLiteral("UPDATE meta SET value = '7' WHERE key = 'schema'"));
    Journal journal(path());
    QVERIFY(journal.open());
    QVERIFY2(journal.recoveryMessage().contains(QLatin1String("version 7")),
             qPrintable(journal.recoveryMessage()));
    QCOMPARE(filesBeside(path(), QStringLiteral(".corrupt-*")).size(), 1);
    QVERIFY(journal.entries().isEmpty());
}

void TestJournal::lockedJournalIsNotSetAside() {
    {
        Journal journal(path());
        QVERIFY(journal.open());
        QVERIFY(journal.saveState(kStore, editedState()));
    }
    // Another process holds the write lock longer than the journal waits (5 s).
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("lock"));
    db.setDatabaseName(path());
    QVERIFY(db.open());
    {
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QVERIFY(q.exec(QStringLiteral("UPDATE meta SET value = value")));
    }
    {
        Journal journal(path());
        QVERIFY(!journal.open());
        QVERIFY2(journal.lastError().contains(QDir::toNativeSeparators(path())) &&
                     journal.lastError().contains(QLatin1String("busy")),
                 qPrintable(journal.lastError()));
        QVERIFY(journal.recoveryMessage().isEmpty());
        QVERIFY(filesBeside(path(), QStringLiteral(".corrupt-*")).isEmpty());
    }
    {
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("lock"));
    Journal journal(path());
    QVERIFY(journal.open());
    QCOMPARE(kept(journal, kStore, QStringLiteral("p1")), editedState());
}

void TestJournal::unwritableLocation() {
    // A folder that cannot be created: its parent is a file. (Works whoever runs the test.)
    QFile blocker(m_dir->filePath(QStringLiteral("blocker")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    Journal journal(m_dir->filePath(QStringLiteral("blocker/sub/journal.sqlite")));
    QVERIFY(!journal.open());
    QVERIFY(!journal.isOpen());
    QVERIFY2(journal.lastError().contains(QLatin1String("Cannot create the folder")),
             qPrintable(journal.lastError()));
    QVERIFY(journal.recoveryMessage().isEmpty());
    QVERIFY(!journal.saveState(kStore, editedState()));
}

void TestJournal::readOnlyFile() {
    {
        Journal journal(path());
        QVERIFY(journal.open());
        QVERIFY(journal.saveState(kStore, editedState()));
    }
    const QString folder = QFileInfo(path()).absolutePath();
    QVERIFY(QFile::setPermissions(path(), QFile::ReadOwner));
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    auto restore = qScopeGuard([&] {
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QFile::setPermissions(path(), QFile::ReadOwner | QFile::WriteOwner);
    });
    QFile probe(folder + QLatin1String("/probe"));
    if (probe.open(QIODevice::WriteOnly)) {
        probe.close();
        probe.remove();
        QSKIP("permissions are not enforced for this user (root)");
    }
    Journal journal(path());
    QVERIFY(!journal.open());
    QVERIFY2(journal.lastError().contains(QDir::toNativeSeparators(path())),
             qPrintable(journal.lastError()));
    QVERIFY(journal.recoveryMessage().isEmpty());
    QVERIFY(filesBeside(path(), QStringLiteral(".corrupt-*")).isEmpty());
}

void TestJournal::killedWriterLeavesLastCommittedState_data() {
    QTest::addColumn<int>("killAfter");
    QTest::newRow("after the first write") << 1;
    QTest::newRow("after 25 writes") << 25;
    QTest::newRow("after 200 writes") << 200;
}

void TestJournal::killedWriterLeavesLastCommittedState() {
    QFETCH(int, killAfter);
    QVERIFY(QDir().mkpath(QFileInfo(path()).absolutePath()));
    QProcess writer;
    writer.setProcessChannelMode(QProcess::SeparateChannels);
    writer.start(QCoreApplication::applicationFilePath(),
                 {QStringLiteral("--journal-writer"), path()});
    QVERIFY(writer.waitForStarted());
    int reported = 0;
    QByteArray pending;
    while (reported < killAfter) {
        if (!writer.canReadLine() && !writer.waitForReadyRead(20000))
            QFAIL(qPrintable(QString::fromUtf8(writer.readAllStandardError())));
        while (writer.canReadLine())
            reported = writer.readLine().trimmed().toInt();
    }
    writer.kill(); // SIGKILL: no destructor, no close, no checkpoint
    QVERIFY(writer.waitForFinished(20000));
    QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
    while (writer.canReadLine())
        reported = writer.readLine().trimmed().toInt();

    Journal journal(path());
    QVERIFY2(journal.open(), qPrintable(journal.lastError()));
    QVERIFY2(journal.recoveryMessage().isEmpty(), qPrintable(journal.recoveryMessage()));
    const std::optional<SessionState> kept = journal.loadState(kStore, QStringLiteral("p1"));
    QVERIFY2(kept, qPrintable(journal.lastError()));
    // Every write reported done is there; at most the one in flight when killed is newer.
    const QString alt = kept->staged.rows[0].image.alt;
    QVERIFY(alt.startsWith(QLatin1String("edit ")));
    const int n = alt.mid(5).toInt();
    QVERIFY2(n == reported || n == reported + 1, qPrintable(alt));
    QCOMPARE(*kept, editedState(alt));
}

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--journal-writer") == 0)
        return runWriter(QString::fromLocal8Bit(argv[2]));
    TestJournal test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_journal.moc"
