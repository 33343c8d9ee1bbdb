// The publish log's contract, the same for both implementations: the journal (what survives a
// crash) and memory (a publisher without a journal). The publisher's steps never ask which one
// they have, so both must keep requests of unknown outcome alike.
#include "models/editsession.h"
#include "tests/core/stagedfixtures.h"
#include "workflow/journal.h"
#include "workflow/journalpublishlog.h"
#include "workflow/memorypublishlog.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace vitrine;
using namespace vitrine::test;

namespace {

const QString kStore = QStringLiteral("Log test");
const QString kProduct = QStringLiteral("p1");

// One log of either kind, with what it needs kept alive.
struct LogRig {
    QTemporaryDir dir;
    std::unique_ptr<Journal> journal;
    std::unique_ptr<PublishLog> log;

    bool start(bool journaled) {
        if (!journaled) {
            log = std::make_unique<MemoryPublishLog>();
            return true;
        }
        journal = std::make_unique<Journal>(dir.filePath(QStringLiteral("journal.sqlite")));
        if (!journal->open())
            return false;
        log = std::make_unique<JournalPublishLog>(journal.get(), kStore);
        return true;
    }
};

WriteOp altBatch() {
    WriteOp op;
    op.kind = WriteOp::Kind::UpdateAltTexts;
    op.productId = kProduct;
    op.altTexts = {AltTextEdit{QStringLiteral("1"), QStringLiteral("one")},
                   AltTextEdit{QStringLiteral("2"), QStringLiteral("two")}};
    return op;
}

WriteOp create() {
    WriteOp op;
    op.kind = WriteOp::Kind::Create;
    op.productId = kProduct;
    op.localKey = QStringLiteral("new:1");
    op.image.src = QStringLiteral("https://cdn.example.com/new.jpg");
    op.image.alt = QStringLiteral("New");
    return op;
}

} // namespace

class TestPublishLog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void kinds_data() {
        QTest::addColumn<bool>("journaled");
        QTest::newRow("journal") << true;
        QTest::newRow("memory") << false;
    }

    void uncertainWritesAreKeptPerImage_data() { kinds_data(); }
    // A batched alt write is an alt update of each image as far as the next check is concerned;
    // a create is recognised by its address, alt text and the ids that existed before it.
    void uncertainWritesAreKeptPerImage() {
        QFETCH(bool, journaled);
        LogRig rig;
        QVERIFY(rig.start(journaled));
        PublishLog &log = *rig.log;
        QVERIFY(log.uncertain(kProduct).isEmpty());
        QVERIFY(log.addUncertainWrite(kProduct, altBatch(), {}));
        QVERIFY(
            log.addUncertainWrite(kProduct, create(), {QStringLiteral("1"), QStringLiteral("2")}));

        Journal::UncertainOp one;
        one.kind = WriteOp::Kind::Update;
        one.imageId = QStringLiteral("1");
        one.alt = QStringLiteral("one");
        Journal::UncertainOp two = one;
        two.imageId = QStringLiteral("2");
        two.alt = QStringLiteral("two");
        Journal::UncertainOp added;
        added.kind = WriteOp::Kind::Create;
        added.localKey = QStringLiteral("new:1");
        added.src = QStringLiteral("https://cdn.example.com/new.jpg");
        added.alt = QStringLiteral("New");
        added.knownIds = {QStringLiteral("1"), QStringLiteral("2")};
        QCOMPARE(log.uncertain(kProduct), (QList<Journal::UncertainOp>{one, two, added}));
        QVERIFY(log.uncertain(QStringLiteral("p2")).isEmpty());

        log.clearUncertain(kProduct);
        QVERIFY(log.uncertain(kProduct).isEmpty());
    }

    void aRecordOutlivesThePublisherOnlyInTheJournal_data() { kinds_data(); }
    // Begun, never finished (a crash): the journal hands it to the next publish; memory cannot,
    // as nothing outlives the process there.
    void aRecordOutlivesThePublisherOnlyInTheJournal() {
        QFETCH(bool, journaled);
        LogRig rig;
        QVERIFY(rig.start(journaled));
        EditSession session;
        session.load(kProduct, makeGallery(3));
        QVERIFY(session.setAltText({0}, QStringLiteral("Edited")));
        const PublishPlan plan = session.plan();
        QCOMPARE(plan.ops.size(), 1);
        const qint64 id = rig.log->beginPublish(session, plan, keys(QStringLiteral("1,2,3")));
        QVERIFY(id != 0);
        EditSession::OpResult done;
        done.state = EditSession::OpResult::State::Succeeded;
        QVERIFY(rig.log->recordOutcome(id, 0, done));

        const std::optional<Journal::PublishRecord> record = rig.log->unfinishedPublish(kProduct);
        QCOMPARE(record.has_value(), journaled);
        if (journaled) {
            QCOMPARE(record->plan.ops, plan.ops);
            QCOMPARE(record->outcomes.size(), 1);
            // The state the plan was made from was recorded with it.
            QVERIFY(rig.journal->loadState(kStore, kProduct).has_value());
        }
        QVERIFY(rig.log->finishPublish(id));
        QVERIFY(!rig.log->unfinishedPublish(kProduct).has_value());
    }

    void transactionsCommit_data() { kinds_data(); }
    void transactionsCommit() {
        QFETCH(bool, journaled);
        LogRig rig;
        QVERIFY(rig.start(journaled));
        {
            const std::unique_ptr<PublishLog::Transaction> t = rig.log->transaction();
            QVERIFY(rig.log->addUncertainWrite(kProduct, create(), {}));
            QVERIFY(t->commit());
        }
        QCOMPARE(rig.log->uncertain(kProduct).size(), 1);
        QVERIFY(rig.log->lastError().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPublishLog)
#include "tst_publishlog.moc"
