// SessionJournal: every edit, undo, publish result and rebase is on disk before the next one (read
// back through a second Journal on the same file, as the next start or vitrinectl would); a
// fresh session restores the same staged state; loading a product writes nothing; discard; the
// sentence that offers to continue.
#include "models/editsession.h"
#include "models/gallerymodel.h"
#include "tests/core/stagedfixtures.h"
#include "workflow/sessionjournal.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace vitrine;
using namespace vitrine::test;

namespace {

const QString kStore = QStringLiteral("Simulator");
const QString kProduct = QStringLiteral("p1");

StoreCapabilities caps() {
    StoreCapabilities c;
    c.dialectName = QStringLiteral("generic");
    c.altMaxOnCreate = 255;
    c.altMaxOnUpdate = 255;
    c.hasVariants = true;
    return c;
}

QStringList order(const SessionState &s) {
    QStringList out;
    for (const StagedImage &r : s.staged.rows)
        out << r.key;
    return out;
}

} // namespace

class TestSessionJournal : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void everyChangeIsOnDisk();
    void undoToNothingPendingDropsTheEntry();
    void dropThatPutsEverythingBackDropsTheEntry();
    void restoreDoesNotDropTheKeptStateFirst();
    void loadingWritesNothing();
    void restoreGivesTheSameStagedState();
    void restoreWhenNothingIsKept();
    void discardForgetsEverything();
    void publishResults();
    void rebaseWithEditsLeftIsWritten();
    void productsAreKeptApart();
    void failedWriteIsReported();
    void describe_data();
    void describe();
    void describeCountsAnInterruptedPublish();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("journal.sqlite")); }
    // What a second process reads from the file now.
    std::optional<SessionState> onDisk(const QString &product = kProduct) {
        Journal reader(path());
        if (!reader.open())
            return std::nullopt;
        return reader.loadState(kStore, product);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<EditSession> m_session;
};

void TestSessionJournal::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_journal = std::make_unique<Journal>(path());
    QVERIFY2(m_journal->open(), qPrintable(m_journal->lastError()));
    m_session = std::make_unique<EditSession>();
    m_session->setCapabilities(caps());
}

void TestSessionJournal::cleanup() {
    m_session.reset();
    m_journal.reset();
    m_dir.reset();
}

void TestSessionJournal::everyChangeIsOnDisk() {
    m_session->load(kProduct, makeGallery(5));
    SessionJournal sj(m_journal.get(), kStore, m_session.get());
    sj.setProductTitle(QStringLiteral("Grey sofa"));
    QVERIFY(!onDisk());

    QVERIFY(m_session->setAltText({0}, QStringLiteral("A grey sofa, front")));
    std::optional<SessionState> kept = onDisk();
    QVERIFY(kept);
    QCOMPARE(kept->staged.rows[0].image.alt, QStringLiteral("A grey sofa, front"));
    QCOMPARE(*kept, m_session->state());

    QVERIFY(m_session->moveToFirst({3}));
    kept = onDisk();
    QCOMPARE(order(*kept), keys(QStringLiteral("4,1,2,3,5")));

    QVERIFY(m_session->deleteRows({4}));
    kept = onDisk();
    QCOMPARE(kept->staged.deletedIds, QStringList{QStringLiteral("5")});

    const QString added = m_session->addImage(QStringLiteral("https://cdn.example.com/new.jpg"),
                                              QStringLiteral("new"), 1);
    QVERIFY(!added.isEmpty());
    kept = onDisk();
    QCOMPARE(order(*kept), (QStringList{QStringLiteral("4"), added, QStringLiteral("1"),
                                        QStringLiteral("2"), QStringLiteral("3")}));

    QVERIFY(m_session->setVariants({2}, {QStringLiteral("v9")}));
    QCOMPARE(*onDisk(), m_session->state());

    // Undo and redo are changes too.
    m_session->undoStack()->undo();
    QCOMPARE(*onDisk(), m_session->state());
    QCOMPARE(onDisk()->staged.rows[2].image.variantIds, QStringList{QStringLiteral("v1")});
    m_session->undoStack()->redo();
    QCOMPARE(onDisk()->staged.rows[2].image.variantIds, QStringList{QStringLiteral("v9")});

    Journal reader(path());
    QVERIFY(reader.open());
    const std::optional<Journal::Entry> e = reader.entry(kStore, kProduct);
    QVERIFY(e);
    QCOMPARE(e->pendingCount, m_session->pendingCount());
    QCOMPARE(e->productTitle, QStringLiteral("Grey sofa"));
}

void TestSessionJournal::dropThatPutsEverythingBackDropsTheEntry() {
    // A multi-image drop is several moves in one event-loop pass that merge into one undo step.
    // When the last move puts everything back, the merged command makes itself obsolete and Qt
    // removes it: the stack is empty, and the first move, already written, must not stay kept.
    m_session->load(kProduct, makeGallery(4));
    SessionJournal sj(m_journal.get(), kStore, m_session.get());
    QVERIFY(m_session->requestViewMove({0}, 3)); // 2,3,1,4
    QVERIFY(onDisk());
    QCOMPARE(onDisk()->pendingCount(), 1);
    QVERIFY(m_session->requestViewMove({2}, 0)); // back to 1,2,3,4, same batch
    QCOMPARE(m_session->pendingCount(), 0);
    QCOMPARE(m_session->undoStack()->count(), 0);
    QVERIFY(!onDisk());
    Journal reader(path());
    QVERIFY(reader.open());
    QVERIFY(reader.entries(kStore).isEmpty());
}

void TestSessionJournal::restoreDoesNotDropTheKeptStateFirst() {
    // restore() of the product that is open: the stack clear it starts with must not be taken
    // for "nothing pending" (the kept row would be gone until the restored state is written).
    m_session->load(kProduct, makeGallery(3));
    {
        SessionJournal first(m_journal.get(), kStore, m_session.get());
        QVERIFY(m_session->setAltText({0}, QStringLiteral("kept")));
    }
    EditSession fresh;
    fresh.setCapabilities(caps());
    fresh.load(kProduct, makeGallery(3));
    SessionJournal sj(m_journal.get(), kStore, &fresh);
    // Anything dropping the row is seen by a reader: record every row count change.
    int drops = 0;
    QObject::connect(fresh.undoStack(), &QUndoStack::indexChanged, this, [&] {
        if (!onDisk())
            ++drops;
    });
    QVERIFY(sj.restore(kProduct));
    QCOMPARE(drops, 0);
    QCOMPARE(fresh.pendingCount(), 1);
    QVERIFY(onDisk());
}

void TestSessionJournal::undoToNothingPendingDropsTheEntry() {
    m_session->load(kProduct, makeGallery(3));
    SessionJournal sj(m_journal.get(), kStore, m_session.get());
    QVERIFY(m_session->setAltText({1}, QStringLiteral("changed")));
    QVERIFY(m_session->moveToLast({0}));
    QVERIFY(onDisk());
    m_session->undoStack()->undo();
    QVERIFY(onDisk());
    m_session->undoStack()->undo();
    QCOMPARE(m_session->pendingCount(), 0);
    QVERIFY(!onDisk());
    QVERIFY(!sj.pending(kProduct));
    m_session->undoStack()->redo();
    QVERIFY(onDisk());
}

void TestSessionJournal::loadingWritesNothing() {
    SessionState earlier = unchangedState(makeGallery(3));
    earlier.staged.rows[0].image.alt = QStringLiteral("kept from yesterday");
    QVERIFY(m_journal->saveState(kStore, earlier, QStringLiteral("Grey sofa")));

    SessionJournal sj(m_journal.get(), kStore, m_session.get());
    // The window opens the product from the store before the user chose Continue or Discard.
    m_session->load(kProduct, makeGallery(3));
    m_session->load(kProduct, makeGallery(3)); // a reload
    QCOMPARE(onDisk(), std::optional<SessionState>(earlier));
    const std::optional<Journal::Entry> e = sj.pending(kProduct);
    QVERIFY(e);
    QCOMPARE(e->pendingCount, 1);
    QVERIFY2(SessionJournal::describe(*e).startsWith(
                 QLatin1String("You have 1 unpublished edit to Grey sofa from ")),
             qPrintable(SessionJournal::describe(*e)));
}

void TestSessionJournal::restoreGivesTheSameStagedState() {
    SessionState before;
    int pendingBefore = 0; // as the window counted them, moves the user made included
    {
        EditSession first;
        first.setCapabilities(caps());
        first.load(kProduct, makeGallery(6));
        SessionJournal sj(m_journal.get(), kStore, &first);
        QVERIFY(first.setAltText({0, 2}, QStringLiteral("same alt for two")));
        QVERIFY(first.moveRows({4, 5}, 1));
        QVERIFY(first.deleteRows({3}));
        QVERIFY(!first.addImage(QStringLiteral("https://cdn.example.com/a.jpg")).isEmpty());
        QVERIFY(!first.addImage(QStringLiteral("https://cdn.example.com/b.jpg")).isEmpty());
        first.undoStack()->undo(); // the second add is undone: its key must not come back
        QVERIFY(first.replaceSource(0, QStringLiteral("https://cdn.example.com/replaced.jpg")));
        before = first.state();
        pendingBefore = first.pendingCount();
    } // the app stops

    // The next start: a new journal object on the file, a new session.
    Journal journal(path());
    QVERIFY(journal.open());
    EditSession second;
    second.setCapabilities(caps());
    SessionJournal sj(&journal, kStore, &second);
    QVERIFY(sj.pending(kProduct));
    const QDateTime savedAt = sj.pending(kProduct)->savedAt;
    QSignalSpy loaded(&second, &EditSession::loaded);
    QString error;
    QVERIFY2(sj.restore(kProduct, &error), qPrintable(error));
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(second.state(), before);
    QCOMPARE(second.pendingCount(), pendingBefore);
    QCOMPARE(second.productId(), kProduct);
    // Restoring wrote nothing (the same state).
    QCOMPARE(sj.pending(kProduct)->savedAt, savedAt);
    // Each restored edit is its own step: two alt texts, one address, one deletion, one added
    // image and the moves; undoing them all gives the store's gallery back, redoing the edits.
    QStringList steps;
    for (int i = 0; i < second.undoStack()->count(); ++i)
        steps << second.undoStack()->text(i);
    // Places as the grid showed them at each step.
    QCOMPARE(steps, (QStringList{QStringLiteral("Delete image 2"),
                                 QStringLiteral("Replace the address of image 1"),
                                 QStringLiteral("Edit alt text of image 1"),
                                 QStringLiteral("Edit alt text of image 2"),
                                 QStringLiteral("Add image a.jpg"),
                                 QStringLiteral("Move image 4 to place 2"),
                                 QStringLiteral("Move image 5 to place 3")}));
    while (second.undoStack()->canUndo())
        second.undoStack()->undo();
    QCOMPARE(second.pendingCount(), 0);
    QCOMPARE(second.state().staged.order(),
             StagedGallery::unchanged(before.staged.baseline).order());
    while (second.undoStack()->canRedo())
        second.undoStack()->redo();
    QCOMPARE(second.state().staged.order(), before.staged.order());
    QCOMPARE(second.state().staged.targets(), before.staged.targets());
    QCOMPARE(second.pendingCount(), pendingBefore);
    // New keys continue after the kept ones.
    const QString added = second.addImage(QStringLiteral("https://cdn.example.com/c.jpg"));
    for (const StagedImage &row : before.staged.rows)
        QVERIFY(row.key != added);
    // And editing goes on being journaled.
    QCOMPARE(*onDisk(), second.state());
}

void TestSessionJournal::restoreWhenNothingIsKept() {
    SessionJournal sj(m_journal.get(), kStore, m_session.get());
    QString error;
    QVERIFY(!sj.restore(kProduct, &error));
    QVERIFY2(error.contains(QLatin1String("No unpublished edits")), qPrintable(error));

    // Unreadable: the journal's message comes through, the session is left alone.
    m_session->load(kProduct, makeGallery(2));
    SessionState s = unchangedState(makeGallery(2));
    s.staged.rows[0].image.alt = QStringLiteral("x");
    QVERIFY(m_journal->saveState(kStore, s));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("UPDATE staged SET state = 'garbage'")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    QVERIFY(!sj.restore(kProduct, &error));
    QVERIFY2(error.contains(QLatin1String("could not be read")), qPrintable(error));
    QCOMPARE(m_session->pendingCount(), 0);
    QCOMPARE(m_session->model()->rowCount(), 2);
}

void TestSessionJournal::discardForgetsEverything() {
    m_session->load(kProduct, makeGallery(3));
    SessionJournal sj(m_journal.get(), kStore, m_session.get());
    QVERIFY(m_session->setAltText({1}, QStringLiteral("changed")));
    QVERIFY(m_journal->beginPublish(kStore, m_session->plan(), {}) > 0);
    QVERIFY(m_journal->addUncertain(kStore, kProduct, {}));
    QVERIFY(sj.discard(kProduct));
    QVERIFY(!sj.pending(kProduct));
    QVERIFY(!onDisk());
    QVERIFY(!m_journal->unfinishedPublish(kStore, kProduct));
    QVERIFY(m_journal->uncertain(kStore, kProduct).isEmpty());
    // The session then loads the store's gallery; that writes nothing either.
    m_session->load(kProduct, makeGallery(3));
    QVERIFY(!sj.pending(kProduct));
}

void TestSessionJournal::publishResults() {
    m_session->load(kProduct, makeGallery(3));
    SessionJournal sj(m_journal.get(), kStore, m_session.get());
    QVERIFY(m_session->setAltText({0}, QStringLiteral("first")));
    QVERIFY(m_session->setAltText({1}, QStringLiteral("second")));
    const PublishPlan plan = m_session->plan();
    QCOMPARE(plan.ops.size(), 2);

    // One op refused: that edit stays pending, on disk with the store's message.
    using State = EditSession::OpResult::State;
    QList<EditSession::OpResult> results(2);
    results[0].state = State::Succeeded;
    results[1].state = State::Failed;
    results[1].message = QStringLiteral("The store refused the alt text.");
    m_session->applyPublishResults(plan, results);
    QCOMPARE(m_session->pendingCount(), 1);
    std::optional<SessionState> kept = onDisk();
    QVERIFY(kept);
    QCOMPARE(*kept, m_session->state());
    const int failedRow = int(plan.ops[1].imageId.toInt()) - 1;
    QCOMPARE(kept->staged.rows[failedRow].error, QStringLiteral("The store refused the alt text."));

    // The retry succeeds: nothing pending, the entry goes.
    const PublishPlan retry = m_session->plan();
    QCOMPARE(retry.ops.size(), 1);
    QList<EditSession::OpResult> ok(1);
    ok[0].state = State::Succeeded;
    m_session->applyPublishResults(retry, ok);
    QCOMPARE(m_session->pendingCount(), 0);
    QVERIFY(!onDisk());
    QVERIFY(!sj.pending(kProduct));
}

void TestSessionJournal::rebaseWithEditsLeftIsWritten() {
    m_session->load(kProduct, makeGallery(3));
    SessionJournal sj(m_journal.get(), kStore, m_session.get());
    QVERIFY(m_session->setAltText({0}, QStringLiteral("mine")));
    // The store changed image 2 meanwhile; the verify read becomes the baseline.
    Gallery fresh = makeGallery(3);
    fresh[1].alt = QStringLiteral("changed elsewhere");
    m_session->rebase(fresh);
    const std::optional<SessionState> kept = onDisk();
    QVERIFY(kept);
    QCOMPARE(kept->staged.baseline, fresh);
    QCOMPARE(*kept, m_session->state());
    // A rebase that leaves nothing pending is dropped by an explicit save (the publisher's).
    // (The staged gallery is what the user wants: alt 1 mine, alt 2 as loaded.)
    Gallery published = makeGallery(3);
    published[0].alt = QStringLiteral("mine");
    m_session->rebase(published);
    QCOMPARE(m_session->pendingCount(), 0);
    QVERIFY(sj.save());
    QVERIFY(!onDisk());
}

void TestSessionJournal::productsAreKeptApart() {
    SessionJournal sj(m_journal.get(), kStore, m_session.get());
    m_session->load(kProduct, makeGallery(2));
    QVERIFY(m_session->setAltText({0}, QStringLiteral("p1 edit")));
    Gallery other = makeGallery(2);
    for (ProductImage &image : other) {
        image.productId = QStringLiteral("p2");
        image.id += QLatin1String("0");
    }
    m_session->load(QStringLiteral("p2"), other);
    QVERIFY(m_session->setAltText({1}, QStringLiteral("p2 edit")));
    QCOMPARE(onDisk(kProduct)->staged.rows[0].image.alt, QStringLiteral("p1 edit"));
    QCOMPARE(onDisk(QStringLiteral("p2"))->staged.rows[1].image.alt, QStringLiteral("p2 edit"));
    Journal reader(path());
    QVERIFY(reader.open());
    QCOMPARE(reader.entries(kStore).size(), 2);
}

void TestSessionJournal::failedWriteIsReported() {
    m_session->load(kProduct, makeGallery(2));
    SessionJournal sj(m_journal.get(), kStore, m_session.get());
    QSignalSpy failed(&sj, &SessionJournal::saveFailed);
    // vitrinectl (another connection) holds the write lock longer than the journal waits.
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("lock"));
    db.setDatabaseName(path());
    QVERIFY(db.open());
    {
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
    }
    QVERIFY(m_session->setAltText({0}, QStringLiteral("not yet safe")));
    QCOMPARE(failed.count(), 1);
    QVERIFY2(failed.first().first().toString().contains(QLatin1String("could not be saved")),
             qPrintable(failed.first().first().toString()));
    {
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("lock"));
    // The next change writes the whole state, the earlier edit included.
    QVERIFY(m_session->setAltText({1}, QStringLiteral("now safe")));
    QCOMPARE(failed.count(), 1);
    const std::optional<SessionState> kept = onDisk();
    QVERIFY(kept);
    QCOMPARE(kept->staged.rows[0].image.alt, QStringLiteral("not yet safe"));
    QCOMPARE(kept->staged.rows[1].image.alt, QStringLiteral("now safe"));
}

void TestSessionJournal::describe_data() {
    QTest::addColumn<QString>("title");
    QTest::addColumn<int>("pending");
    QTest::addColumn<bool>("interrupted");
    QTest::addColumn<int>("uncertain");
    QTest::addColumn<QStringList>("expected"); // fragments, in order

    const QString at = QLocale().toString(laterTime().toLocalTime(), QLocale::ShortFormat);
    QTest::newRow("several") << QStringLiteral("Grey sofa") << 7 << false << 0
                             << QStringList{QStringLiteral("You have 7 unpublished edits to Grey "
                                                           "sofa from %1.")
                                                .arg(at)};
    QTest::newRow("one") << QStringLiteral("Grey sofa") << 1 << false << 0
                         << QStringList{
                                QStringLiteral("You have 1 unpublished edit to Grey sofa from")};
    QTest::newRow("no title") << QString() << 2 << false << 0
                              << QStringList{QStringLiteral("2 unpublished edits to product p1")};
    QTest::newRow("interrupted publish")
        << QStringLiteral("Grey sofa") << 3 << true << 1
        << QStringList{QStringLiteral("You have 3 unpublished edits"),
                       QStringLiteral("A publish of Grey sofa was interrupted"),
                       QStringLiteral("without repeating what was sent")};
    QTest::newRow("interrupted, nothing staged")
        << QStringLiteral("Grey sofa") << 0 << true << 0
        << QStringList{QStringLiteral("A publish of Grey sofa was interrupted")};
    QTest::newRow("requests to check")
        << QStringLiteral("Grey sofa") << 0 << false << 2
        << QStringList{QStringLiteral("2 requests to Grey sofa may or may not have reached")};
}

void TestSessionJournal::describe() {
    QFETCH(QString, title);
    QFETCH(int, pending);
    QFETCH(bool, interrupted);
    QFETCH(int, uncertain);
    QFETCH(QStringList, expected);
    Journal::Entry e;
    e.store = kStore;
    e.productId = kProduct;
    e.productTitle = title;
    e.pendingCount = pending;
    e.savedAt = laterTime();
    e.publishInterrupted = interrupted;
    e.uncertainRequests = uncertain;
    const QString text = SessionJournal::describe(e);
    qsizetype from = 0;
    for (const QString &fragment : expected) {
        const qsizetype at = text.indexOf(fragment, from);
        QVERIFY2(at >= 0, qPrintable(QStringLiteral("\"%1\" not in \"%2\"").arg(fragment, text)));
        from = at + fragment.size();
    }
    QVERIFY(!text.contains(QLatin1String("0 unpublished")));
}

// After a kill mid-publish the prompt does not call every edit unpublished: it says what the
// store confirmed and what is uncertain.
void TestSessionJournal::describeCountsAnInterruptedPublish() {
    Journal::Entry e;
    e.store = kStore;
    e.productId = kProduct;
    e.productTitle = QStringLiteral("Grey sofa");
    e.savedAt = laterTime();
    e.publishInterrupted = true;
    e.pendingCount = 2;
    e.confirmedSent = 41;
    e.uncertainEdits = 1;
    const QString text = SessionJournal::describe(e);
    for (const QString &fragment : {QStringLiteral("You have 2 unpublished edits to Grey sofa"),
                                    QStringLiteral("A publish of Grey sofa was interrupted"),
                                    QStringLiteral("It had sent 41 edits the store confirmed"),
                                    QStringLiteral("1 edit may or may not have reached the store")})
        QVERIFY2(text.contains(fragment),
                 qPrintable(QStringLiteral("\"%1\" not in \"%2\"").arg(fragment, text)));
    QVERIFY(!text.contains(QLatin1String("43")));
}

QTEST_GUILESS_MAIN(TestSessionJournal)
#include "tst_sessionjournal.moc"
