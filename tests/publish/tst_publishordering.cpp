// How a store orders images, over real HTTP against the store simulator (issue 13 items 7 and
// 8): where neither the profile nor the dialect says whether the store keeps the positions it is
// sent (absolute) or renumbers (shift) and its positions cannot tell, the first position write
// is read back and the rest planned by what it showed; the journal keeps it for the store, so
// the next publish plans right from the start. And a store holding images at the same position
// costs extra writes, which the summary explains.
#include "publishtestsupport.h"

#include "core/publishplanner.h"
#include "workflow/journal.h"
#include "workflow/orderingprobe.h"

#include <QTemporaryDir>

using namespace vitrine;
using namespace vitrine::test;

using Status = PublishOutcome::Status;

namespace {

// The edits a row of the test makes, by name.
void stageEdit(EditSession &s, const QString &edit) {
    const int last = s.model()->rowCount() - 1;
    if (edit == QLatin1String("last to first")) {
        QVERIFY(s.moveToFirst({last}));
    } else if (edit == QLatin1String("first to last")) {
        QVERIFY(s.moveRows({0}, last + 1));
    } else if (edit == QLatin1String("two moves")) {
        QVERIFY(s.moveRows({1}, 4));
        QVERIFY(s.moveRows({last}, 0));
    } else if (edit == QLatin1String("move and alt")) {
        QVERIFY(s.moveRows({2}, 0));
        QVERIFY(s.setAltText({last}, QStringLiteral("Edited with a move")));
    } else {
        QFAIL(qPrintable(QStringLiteral("unknown edit %1").arg(edit)));
    }
}

// The requests the staged edits take when the store's ordering is known: the planner's minimum.
int minimumRequests(const PublishRig &rig, OrderingSemantics ordering) {
    StoreCapabilities caps = rig.session->capabilities();
    caps.ordering = ordering;
    return PublishPlanner::plan(rig.productId, rig.session->model()->baseline(),
                                rig.session->targets(), caps)
        .requestCount();
}

int reads(const PublishRig &rig) {
    return int(rig.apiRequests().size()) - rig.writeCount();
}

// A store of this dialect whose ordering is shift (storeShifts) or absolute, whatever the dialect
// guesses, with the rig's product loaded: the store the probe learns from.
bool startStoreThatOrders(PublishRig &rig, SimDialect dialect, bool storeShifts) {
    if (!rig.start(dialect))
        return false;
    rig.sim->setOrdering(dialect,
                         storeShifts ? OrderingSemantics::Shift : OrderingSemantics::Absolute);
    return rig.load();
}

} // namespace

class TestPublishOrdering : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void learnsTheOrderingFromTheFirstPositionWrite_data();
    void learnsTheOrderingFromTheFirstPositionWrite();
    void cancelledAfterTheProbeFinishesNextTime_data();
    void cancelledAfterTheProbeFinishesNextTime();
    void probeWhoseAnswerIsLostEndsRight_data();
    void probeWhoseAnswerIsLostEndsRight();
    void positionsThatTellNeedNoProbe();
    void aProfileThatSaysIsNotProbed();
    void tiedPositionsCostWritesTheSummaryNames_data();
    void tiedPositionsCostWritesTheSummaryNames();
};

void TestPublishOrdering::learnsTheOrderingFromTheFirstPositionWrite_data() {
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<bool>("storeShifts");
    QTest::addColumn<QString>("edit");
    // Shopify's dialect guesses shift, the generic one absolute: each against a store that does
    // what it guesses and one that does the other.
    for (const QString &dialect : {QStringLiteral("shopify"), QStringLiteral("generic")})
        for (const bool shifts : {true, false})
            for (const QString &edit :
                 {QStringLiteral("last to first"), QStringLiteral("first to last"),
                  QStringLiteral("two moves"), QStringLiteral("move and alt")})
                QTest::addRow("%s, store %s, %s", qPrintable(dialect),
                              shifts ? "shifts" : "keeps numbers", qPrintable(edit))
                    << dialect << shifts << edit;
}

void TestPublishOrdering::learnsTheOrderingFromTheFirstPositionWrite() {
    QFETCH(QString, dialect);
    QFETCH(bool, storeShifts);
    QFETCH(QString, edit);
    const OrderingSemantics storeDoes =
        storeShifts ? OrderingSemantics::Shift : OrderingSemantics::Absolute;
    PublishRig rig;
    QVERIFY(startStoreThatOrders(rig, simDialect(dialect), storeShifts));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Journal journal(dir.filePath(QStringLiteral("journal.sqlite")));
    QVERIFY(journal.open());
    const QString store = Journal::storeKey(rig.profile);
    rig.publisher->setJournal(&journal, store);
    const StoreCapabilities caps = rig.client->capabilities();
    const OrderingSemantics guess = caps.ordering;
    // The premise: nothing says how the store orders, and its positions (1..n) cannot tell.
    QVERIFY(!caps.orderingKnown);
    QVERIFY(!OrderingProbe::toldByPositions(rig.loaded, caps));
    QVERIFY(!journal.learnedOrdering(store));

    // First publish: the first position write, read back, shows the rules.
    stageEdit(*rig.session, edit);
    const QStringList intended = describe(rig.session->model()->rows());
    const int minimum = minimumRequests(rig, storeDoes);
    rig.sim->clearRecordedRequests();
    PublishOutcome o = rig.publish();
    VERIFY_STATUS(o, Status::Published);
    QCOMPARE(describe(rig.server()), intended);
    QCOMPARE(rig.session->pendingCount(), 0);
    QVERIFY(o.orderingProbed);
    QCOMPARE(o.repairRounds, 0);
    QCOMPARE(rig.writeCount(), o.requests);
    QVERIFY2(
        rig.writeCount() <= minimum + 1,
        qPrintable(QStringLiteral("%1 writes, minimum %2").arg(rig.writeCount()).arg(minimum)));
    QCOMPARE(reads(rig), 3); // the check, the probe's read, the verify
    QCOMPARE(journal.learnedOrdering(store), std::optional<OrderingSemantics>(storeDoes));
    if (guess == storeDoes) {
        QCOMPARE(rig.writeCount(), minimum);
        QVERIFY(!o.learnedOrdering);
    } else {
        QCOMPARE(o.learnedOrdering, std::optional<OrderingSemantics>(storeDoes));
        QCOMPARE(o.learningWrites, rig.writeCount() - minimum);
        QVERIFY2(o.message.contains(storeShifts ? QStringLiteral("renumbers")
                                                : QStringLiteral("keeps the positions")) &&
                     o.message.contains(QStringLiteral("Later publishes to this store")),
                 qPrintable(o.message));
        if (o.learningWrites > 0)
            QVERIFY2(
                o.message.contains(QStringLiteral("with %1 extra write").arg(o.learningWrites)),
                qPrintable(o.message));
    }
    QVERIFY(!o.observedOrdering); // nothing was left for the verify to find
    qInfo("first publish: %d writes, minimum %d", rig.writeCount(), minimum);

    // Second publish, as the next run of vitrinectl: a new client, session state and publisher
    // over the same journal. The store's rules are known from the start: the minimum, no probe.
    rig.connect(rig.profile, rig.token);
    rig.publisher->setJournal(&journal, store);
    QVERIFY(rig.load());
    stageEdit(*rig.session, edit);
    const QStringList intendedAgain = describe(rig.session->model()->rows());
    const int minimumAgain = minimumRequests(rig, storeDoes);
    QCOMPARE(rig.publisher->plan().requestCount(), minimumAgain); // what the summary shows
    rig.sim->clearRecordedRequests();
    o = rig.publish();
    VERIFY_STATUS(o, Status::Published);
    QCOMPARE(describe(rig.server()), intendedAgain);
    QVERIFY(!o.orderingProbed);
    QVERIFY(!o.learnedOrdering);
    QVERIFY(!o.observedOrdering);
    QCOMPARE(o.repairRounds, 0);
    QCOMPARE(rig.writeCount(), minimumAgain);
    QCOMPARE(reads(rig), 2); // the check and the verify
    qInfo("second publish: %d writes, minimum %d", rig.writeCount(), minimumAgain);
}

void TestPublishOrdering::cancelledAfterTheProbeFinishesNextTime_data() {
    QTest::addColumn<bool>("storeShifts");
    QTest::newRow("store shifts") << true;
    QTest::newRow("store keeps numbers") << false;
}

// The publish is cancelled as the probe's write is answered: the rest is not sent and stays
// staged; the next publish (a new publisher over the same journal, as the next vitrinectl run)
// plans it by what the probe showed, and the store ends as staged within one write over the
// minimum for both publishes together.
void TestPublishOrdering::cancelledAfterTheProbeFinishesNextTime() {
    QFETCH(bool, storeShifts);
    const OrderingSemantics storeDoes =
        storeShifts ? OrderingSemantics::Shift : OrderingSemantics::Absolute;
    PublishRig rig;
    QVERIFY(startStoreThatOrders(rig, SimDialect::Shopify, storeShifts));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Journal journal(dir.filePath(QStringLiteral("journal.sqlite")));
    QVERIFY(journal.open());
    const QString store = Journal::storeKey(rig.profile);
    rig.publisher->setJournal(&journal, store);
    stageEdit(*rig.session, QStringLiteral("two moves"));
    const QStringList intended = describe(rig.session->model()->rows());
    const int minimum = minimumRequests(rig, storeDoes);
    Publisher *publisher = rig.publisher.get();
    QObject::connect(publisher, &Publisher::opFinished, publisher, [publisher](int index) {
        if (index == 0)
            publisher->cancel();
    });
    rig.sim->clearRecordedRequests();
    PublishOutcome o = rig.publish();
    VERIFY_STATUS(o, Status::Cancelled);
    QVERIFY(o.orderingProbed);
    QVERIFY(rig.session->pendingCount() > 0);
    const int firstWrites = rig.writeCount();
    QCOMPARE(firstWrites, 1);
    QCOMPARE(journal.learnedOrdering(store), std::optional<OrderingSemantics>(storeDoes));

    rig.connect(rig.profile, rig.token);
    rig.publisher->setJournal(&journal, store);
    SessionState kept = rig.session->state();
    QVERIFY(rig.load());
    rig.session->restore(kept);
    rig.sim->clearRecordedRequests();
    o = rig.publish();
    VERIFY_STATUS(o, Status::Published);
    QVERIFY(!o.orderingProbed);
    QCOMPARE(describe(rig.server()), intended);
    QVERIFY2(firstWrites + rig.writeCount() <= minimum + 1,
             qPrintable(QStringLiteral("%1 + %2 writes, minimum %3")
                            .arg(firstWrites)
                            .arg(rig.writeCount())
                            .arg(minimum)));
}

void TestPublishOrdering::probeWhoseAnswerIsLostEndsRight_data() {
    QTest::addColumn<bool>("storeShifts");
    QTest::newRow("store shifts") << true;
    QTest::newRow("store keeps numbers") << false;
}

// The store does the probe's write but its answer cannot be read: the read back cannot
// tell what was done from what was sent, so nothing is learned from it; the publish plans on by
// the guess and the verify (with its repair) still leaves the store as staged.
void TestPublishOrdering::probeWhoseAnswerIsLostEndsRight() {
    QFETCH(bool, storeShifts);
    PublishRig rig;
    QVERIFY(startStoreThatOrders(rig, SimDialect::Shopify, storeShifts));
    stageEdit(*rig.session, QStringLiteral("two moves"));
    const QStringList intended = describe(rig.session->model()->rows());
    SimFault lost = fault("PUT", QStringLiteral("."), 0);
    lost.damage = SimFault::Damage::Cut; // done, but the answer cannot be read
    rig.sim->addFault(lost);
    const PublishOutcome o = rig.publish();
    QVERIFY(o.orderingProbed);
    QCOMPARE(o.unconfirmed, 1);
    QCOMPARE(describe(rig.server()), intended);
    QCOMPARE(rig.session->pendingCount(), 0);
    QVERIFY2(o.verified, qPrintable(o.message));
}

// Positions a renumbering store never shows (a gap) tell the store keeps numbers: nothing is
// probed, and the learned rules are kept for the store all the same.
void TestPublishOrdering::positionsThatTellNeedNoProbe() {
    PublishRig rig;
    QVERIFY(rig.start(SimDialect::Shopify));
    rig.sim->setOrdering(SimDialect::Shopify, OrderingSemantics::Absolute);
    ImagePatch gap;
    gap.position = 40;
    QVERIFY(
        rig.sim->editImageElsewhere(SimDialect::Shopify, rig.productId, rig.loaded.last().id, gap));
    QVERIFY(rig.load());
    QCOMPARE(OrderingProbe::toldByPositions(rig.loaded, rig.client->capabilities()),
             std::optional<OrderingSemantics>(OrderingSemantics::Absolute));
    QVERIFY(rig.session->moveToFirst({rig.session->model()->rowCount() - 1}));
    const QStringList intended = describe(rig.session->model()->rows());
    const int minimum = minimumRequests(rig, OrderingSemantics::Absolute);
    rig.sim->clearRecordedRequests();
    const PublishOutcome o = rig.publish();
    VERIFY_STATUS(o, Status::Published);
    QCOMPARE(describe(rig.server()), intended);
    QVERIFY(!o.orderingProbed);
    QCOMPARE(rig.writeCount(), minimum);
    QCOMPARE(reads(rig), 2);
}

// A profile that says how the store orders is taken at its word: no probe (a wrong one is
// repaired by the verify, tst_publisher).
void TestPublishOrdering::aProfileThatSaysIsNotProbed() {
    PublishRig rig;
    QVERIFY(rig.start(SimDialect::Shopify, OrderingSemantics::Shift));
    QVERIFY(rig.client->capabilities().orderingKnown);
    QVERIFY(rig.session->moveToFirst({rig.session->model()->rowCount() - 1}));
    rig.sim->clearRecordedRequests();
    const PublishOutcome o = rig.publish();
    VERIFY_STATUS(o, Status::Published);
    QVERIFY(!o.orderingProbed);
    QCOMPARE(rig.writeCount(), 1);
    QCOMPARE(reads(rig), 2);
}

void TestPublishOrdering::tiedPositionsCostWritesTheSummaryNames_data() {
    QTest::addColumn<int>("tied");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("no ties") << 0 << QString();
    QTest::newRow("two images tied")
        << 2
        << QStringLiteral("1 extra write was needed because 2 images had the same position on "
                          "the store.");
    QTest::newRow("three images tied")
        << 3
        << QStringLiteral("2 extra writes were needed because 3 images had the same position on "
                          "the store.");
}

// A store that keeps numbers holds images at the same position: only one of them can keep it,
// so even an alt edit alone costs a write per other tied image, and the summary says why.
void TestPublishOrdering::tiedPositionsCostWritesTheSummaryNames() {
    QFETCH(int, tied);
    QFETCH(QString, sentence);
    PublishRig rig;
    QVERIFY(rig.start(SimDialect::Generic, OrderingSemantics::Absolute));
    for (int i = 1; i < tied; ++i) {
        ImagePatch same;
        same.position = rig.loaded[0].position;
        QVERIFY(rig.sim->editImageElsewhere(SimDialect::Generic, rig.productId, rig.loaded[i].id,
                                            same));
    }
    QVERIFY(rig.load());
    EditSession &s = *rig.session;
    QVERIFY(s.setAltText({s.model()->rowCount() - 1}, QStringLiteral("Only the alt text")));
    const QStringList intended = describe(s.model()->rows());
    const int extra = std::max(0, tied - 1);
    rig.sim->clearRecordedRequests();
    const PublishOutcome o = rig.publish();
    VERIFY_STATUS(o, Status::Published);
    QCOMPARE(describe(rig.server()), intended);
    QCOMPARE(o.plan.tiedImages, tied);
    QCOMPARE(o.plan.tieWrites, extra);
    QCOMPARE(rig.writeCount(), 1 + extra);
    QCOMPARE(o.requests, 1 + extra);
    if (tied > 0)
        QVERIFY2(o.message.contains(sentence), qPrintable(o.message));
    else
        QVERIFY2(!o.message.contains(QStringLiteral("same position")), qPrintable(o.message));
    // Told apart now: the next publish has no ties to pay for.
    QVERIFY(s.setAltText({0}, QStringLiteral("Once more")));
    const PublishOutcome again = rig.publish();
    VERIFY_STATUS(again, Status::Published);
    QCOMPARE(again.plan.tiedImages, 0);
    QCOMPARE(again.plan.tieWrites, 0);
    QCOMPARE(again.requests, 1);
}

QTEST_GUILESS_MAIN(TestPublishOrdering)
#include "tst_publishordering.moc"
