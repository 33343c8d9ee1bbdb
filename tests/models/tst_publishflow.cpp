#include "core/publishplanner.h"
#include "galleryfixtures.h"
#include "models/editsession.h"
#include "models/gallerymodel.h"
#include "tests/core/stagedprinting.h"
#include "tests/planner/simulatedstore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace vitrine;
using namespace vitrine::test;

namespace {
StoreCapabilities genericCaps() {
    StoreCapabilities c;
    c.dialectName = QStringLiteral("generic");
    c.ordering = OrderingSemantics::Absolute;
    c.minPosition = 0;   // displayOrder from 0
    c.firstPosition = 1; // a generic store set to shift counts from 1
    c.positionOnCreate = true;
    c.fullReplaceUpdate = true;
    c.canDeleteAll = true;
    return c;
}

// Shoplazza saves alt text through the product: one write for the alt text of several images.
StoreCapabilities shoplazzaCaps() {
    StoreCapabilities c;
    c.dialectName = QStringLiteral("Shoplazza");
    c.ordering = OrderingSemantics::Absolute;
    c.firstPosition = 1;
    c.positionOnCreate = true;
    c.altTextThroughProduct = true;
    c.altTextBatchRequests = 2;
    return c;
}

StoreCapabilities shoplineCaps() {
    StoreCapabilities c;
    c.dialectName = QStringLiteral("SHOPLINE");
    c.ordering = OrderingSemantics::Shift;
    c.firstPosition = 1;
    c.positionOnCreate = false;
    c.altMaxOnCreate = 255;
    c.altMaxOnUpdate = 512;
    c.canReplaceSource = false;
    c.hasVariants = true;
    return c;
}

// Sends a plan to the simulated store the way the publisher does: op by op; the ops listed in
// failing are refused by the store, and sending stops before stopAt (a cancel).
QList<EditSession::OpResult> send(SimulatedStore &store, const PublishPlan &plan,
                                  const QSet<int> &failing = {}, int stopAt = -1) {
    QList<EditSession::OpResult> results;
    for (int i = 0; i < plan.ops.size(); ++i) {
        EditSession::OpResult r;
        if (stopAt >= 0 && i >= stopAt) {
            results << r; // not sent
            continue;
        }
        if (failing.contains(i)) {
            r.state = EditSession::OpResult::State::Failed;
            r.message = QStringLiteral("Server said no to op %1").arg(i);
            results << r;
            continue;
        }
        QString why;
        if (!store.apply(plan.ops[i], &why)) {
            r.state = EditSession::OpResult::State::Failed;
            r.message = why;
            results << r;
            continue;
        }
        r.state = EditSession::OpResult::State::Succeeded;
        if (plan.ops[i].kind == WriteOp::Kind::Create) {
            const QString id = store.idOfLocalKey(plan.ops[i].localKey);
            for (const ProductImage &image : store.gallery())
                if (image.id == id)
                    r.image = image;
        }
        results << r;
    }
    return results;
}

// The intended gallery: ids (created images by src) and alt texts in order.
QStringList describe(const QList<StagedImage> &rows) {
    QStringList out;
    for (const StagedImage &r : rows)
        out << r.image.src + QLatin1Char('|') + r.image.alt;
    return out;
}
QStringList describe(const Gallery &g) {
    QStringList out;
    for (const ProductImage &image : g)
        out << image.src + QLatin1Char('|') + image.alt;
    return out;
}

// A typical editing session: a move, two alt edits, a delete and an add.
void edit(EditSession &s) {
    QVERIFY(s.moveRows({4}, 0));
    QVERIFY(s.setAltText({1, 2}, QStringLiteral("Sofa in the living room")));
    QVERIFY(s.deleteRows({3}));
    QVERIFY(!s.addImage(QStringLiteral("https://cdn.example.com/new.jpg"), QStringLiteral("New"), 2)
                 .isEmpty());
}
} // namespace

class TestPublishFlow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everythingSucceeds_data();
    void everythingSucceeds();
    void failedOpsStayPendingWithTheStoresMessage_data();
    void failedOpsStayPendingWithTheStoresMessage();
    void cancelledOpsStayPending();
    void failedAltBatchMarksEachOfItsImages_data();
    void failedAltBatchMarksEachOfItsImages();
    void failedDeleteStaysStaged();
    void failedDeleteCanBeKeptOrRetried();
    void deleteAllIsOneRequest();
    void rebaseKeepsWhatIsPending();
    void verifyRepairsAStoreThatOrdersDifferently_data();
    void verifyRepairsAStoreThatOrdersDifferently();
};

void TestPublishFlow::everythingSucceeds_data() {
    QTest::addColumn<bool>("shift");
    QTest::addColumn<QStringList>("expectedOps");
    // Generic, values 10..60 from 0: 5 goes first below 10 (4, the middle of [0, 10)), the new
    // image between 10 and 20 (15); the alt edits of 1 and 2 are their own updates; 1, 2, 4 and
    // 6 keep their values. 5 requests.
    QTest::newRow("generic (absolute)")
        << false
        << QStringList{QStringLiteral("delete 3"),
                       QStringLiteral("create https://cdn.example.com/new.jpg"),
                       QStringLiteral("update 5 (position=4)"), QStringLiteral("update 1 (alt)"),
                       QStringLiteral("update 2 (alt)")};
    // SHOPLINE appends creates: 5 and the new image move (1, 2, 4, 6 keep their relative
    // order), the alt edits are updates of their own. 6 requests.
    QTest::newRow("SHOPLINE (shift)")
        << true
        << QStringList{QStringLiteral("delete 3"),
                       QStringLiteral("create https://cdn.example.com/new.jpg"),
                       QStringLiteral("update 5 (position=1)"),
                       QStringLiteral("update new image new.jpg (position=3)"),
                       QStringLiteral("update 1 (alt)"),
                       QStringLiteral("update 2 (alt)")};
}

void TestPublishFlow::everythingSucceeds() {
    QFETCH(bool, shift);
    QFETCH(QStringList, expectedOps);
    const StoreCapabilities caps = shift ? shoplineCaps() : genericCaps();
    EditSession session;
    QAbstractItemModelTester tester(session.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    session.setCapabilities(caps);
    const Gallery initial = makeGallery(6, shift ? 1 : 10);
    session.load(QStringLiteral("p1"), initial);
    edit(session);
    const QStringList intended = describe(session.model()->rows());
    const PublishPlan plan = session.plan();
    QStringList described;
    for (const WriteOp &op : plan.ops)
        described << op.describe();
    QCOMPARE(described, expectedOps);
    QCOMPARE(plan.requestCount(), int(expectedOps.size()));

    SimulatedStore store(initial, caps);
    QSignalSpy applied(&session, &EditSession::publishApplied);
    const EditSession::PublishReport report = session.applyPublishResults(plan, send(store, plan));
    QCOMPARE(report.failed, 0);
    QCOMPARE(report.succeeded, plan.ops.size());
    QCOMPARE(applied.count(), 1);
    QCOMPARE(describe(store.gallery()), intended);
    QCOMPARE(session.pendingCount(), 0);
    QVERIFY(session.plan().isEmpty());
    QCOMPARE(session.undoStack()->count(), 0);
    // The created image now has its store id.
    for (const StagedImage &row : session.model()->rows()) {
        QVERIFY(!row.isNew);
        QVERIFY(!row.key.startsWith(QLatin1String("new:")));
        QVERIFY(row.error.isEmpty());
    }
    // The verify read agrees: nothing to repair.
    const EditSession::RebaseReport rebased = session.rebase(store.gallery());
    QVERIFY(rebased.appeared.isEmpty());
    QVERIFY(rebased.vanished.isEmpty());
    QVERIFY(!rebased.observedOrdering);
    QCOMPARE(session.pendingCount(), 0);
}

void TestPublishFlow::failedOpsStayPendingWithTheStoresMessage_data() {
    QTest::addColumn<bool>("shift");
    QTest::newRow("generic (absolute)") << false;
    QTest::newRow("SHOPLINE (shift)") << true;
}

void TestPublishFlow::failedOpsStayPendingWithTheStoresMessage() {
    QFETCH(bool, shift);
    const StoreCapabilities caps = shift ? shoplineCaps() : genericCaps();
    EditSession session;
    session.setCapabilities(caps);
    const Gallery initial = makeGallery(6, shift ? 1 : 10);
    session.load(QStringLiteral("p1"), initial);
    edit(session);
    const QStringList intended = describe(session.model()->rows());
    const PublishPlan plan = session.plan();
    // Fail the first update that changes an alt text.
    int failing = -1;
    for (int i = 0; i < plan.ops.size() && failing < 0; ++i)
        if (plan.ops[i].kind == WriteOp::Kind::Update && plan.ops[i].patch.alt)
            failing = i;
    QVERIFY(failing >= 0);
    const QString failedId = plan.ops[failing].imageId;
    SimulatedStore store(initial, caps);
    const auto report = session.applyPublishResults(plan, send(store, plan, {failing}));
    QCOMPARE(report.failed, 1);
    const int row = session.model()->rowOfKey(failedId);
    QVERIFY(row >= 0);
    QCOMPARE(session.model()->index(row).data(GalleryModel::ErrorRole).toString(),
             QStringLiteral("Server said no to op %1").arg(failing));
    QVERIFY(session.model()->index(row).data(GalleryModel::IsEditedRole).toBool());
    QVERIFY(session.model()
                ->index(row)
                .data(GalleryModel::EditedFieldsRole)
                .toStringList()
                .contains(QStringLiteral("alt")));
    QVERIFY(session.pendingCount() >= 1);
    // The rest left the pending set: publishing again is a short plan that finishes the job.
    const PublishPlan retry = session.plan();
    QVERIFY(retry.ops.size() < plan.ops.size());
    session.applyPublishResults(retry, send(store, retry));
    QCOMPARE(describe(store.gallery()), intended);
    QCOMPARE(session.pendingCount(), 0);
    QCOMPARE(session.model()->index(row).data(GalleryModel::ErrorRole).toString(), QString());
}

void TestPublishFlow::failedAltBatchMarksEachOfItsImages_data() {
    QTest::addColumn<bool>("sent");
    QTest::newRow("refused by the store") << true;
    QTest::newRow("not sent") << false;
}

void TestPublishFlow::failedAltBatchMarksEachOfItsImages() {
    QFETCH(bool, sent);
    EditSession session;
    QAbstractItemModelTester tester(session.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    session.setCapabilities(shoplazzaCaps());
    session.load(QStringLiteral("p1"), makeGallery(4, 1));
    QVERIFY(session.setAltText({0, 2}, QStringLiteral("Grey sofa")));
    QVERIFY(session.moveRows({3}, 1));
    const PublishPlan plan = session.plan();
    const auto batch = std::find_if(plan.ops.cbegin(), plan.ops.cend(), [](const WriteOp &op) {
        return op.kind == WriteOp::Kind::UpdateAltTexts;
    });
    QVERIFY(batch != plan.ops.cend());
    QCOMPARE(batch->altTexts.size(), 2);
    const QSet<int> failing{int(batch - plan.ops.cbegin())};

    // Every op goes through but the batch, which the store refuses or which is never sent.
    SimulatedStore store(makeGallery(4, 1), shoplazzaCaps());
    QList<EditSession::OpResult> results = send(store, plan, failing);
    QString message = QStringLiteral("Server said no to op %1").arg(*failing.begin());
    if (!sent) {
        results[*failing.begin()] = EditSession::OpResult{};
        message = QStringLiteral("Not published: publishing stopped before this change was sent.");
    }
    StagedGallery expected = session.model()->staged();
    const EditSession::PublishReport report = session.applyPublishResults(plan, results);
    QCOMPARE(report.failed + report.notSent, 1);

    // Both images keep their alt text and show why it is not on the store; the move is done.
    expected.baseline = session.model()->baseline();
    QCOMPARE(describe(expected.baseline), describe(store.gallery()));
    for (StagedImage &row : expected.rows) {
        for (const ProductImage &image : std::as_const(expected.baseline))
            if (image.id == row.key)
                row.image.position = image.position;
        if (row.key == QLatin1String("1") || row.key == QLatin1String("3"))
            row.error = message;
    }
    QCOMPARE(session.model()->staged(), expected);
    for (const QString &key : {QStringLiteral("1"), QStringLiteral("3")}) {
        const QModelIndex index = session.model()->index(session.model()->rowOfKey(key));
        QCOMPARE(index.data(GalleryModel::ErrorRole).toString(), message);
        QCOMPARE(index.data(GalleryModel::EditedFieldsRole).toStringList(),
                 QStringList{QStringLiteral("alt")});
    }
    QCOMPARE(session.pendingCount(), 2);
    // Publishing again sends just the batch.
    const PublishPlan retry = session.plan();
    QCOMPARE(retry.ops.size(), 1);
    QCOMPARE(retry.ops[0].kind, WriteOp::Kind::UpdateAltTexts);
}

void TestPublishFlow::cancelledOpsStayPending() {
    EditSession session;
    session.setCapabilities(shoplineCaps());
    const Gallery initial = makeGallery(5, 1);
    session.load(QStringLiteral("p1"), initial);
    QVERIFY(session.moveToFirst({3, 4}));
    QVERIFY(session.setAltText({0}, QStringLiteral("x")));
    const QStringList intended = describe(session.model()->rows());
    const PublishPlan plan = session.plan();
    QCOMPARE(plan.ops.size(), 2); // two moves, the first carrying the alt text
    SimulatedStore store(initial, shoplineCaps());
    const auto report = session.applyPublishResults(plan, send(store, plan, {}, 1));
    QCOMPARE(report.succeeded, 1);
    QCOMPARE(report.notSent, 1);
    QVERIFY(session.pendingCount() >= 1);
    bool marked = false;
    for (const StagedImage &row : session.model()->rows())
        marked = marked || row.error.startsWith(QStringLiteral("Not published"));
    QVERIFY(marked);
    const PublishPlan rest = session.plan();
    session.applyPublishResults(rest, send(store, rest));
    QCOMPARE(describe(store.gallery()), intended);
    QCOMPARE(session.pendingCount(), 0);
}

void TestPublishFlow::failedDeleteStaysStaged() {
    EditSession session;
    session.setCapabilities(genericCaps());
    const Gallery initial = makeGallery(4);
    session.load(QStringLiteral("p1"), initial);
    QVERIFY(session.deleteRows({1, 2}));
    const PublishPlan plan = session.plan();
    QCOMPARE(plan.ops.size(), 2);
    SimulatedStore store(initial, genericCaps());
    session.applyPublishResults(plan, send(store, plan, {0}));
    QCOMPARE(session.deletedIds(), QStringList{QStringLiteral("2")});
    QCOMPARE(session.deleteErrors().value(QStringLiteral("2")),
             QStringLiteral("Server said no to op 0"));
    QCOMPARE(session.pendingCount(), 1);
    QCOMPARE(session.plan().ops.size(), 1);
}

void TestPublishFlow::failedDeleteCanBeKeptOrRetried() {
    EditSession session;
    QAbstractItemModelTester tester(session.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    session.setCapabilities(genericCaps());
    const Gallery initial = makeGallery(4);
    session.load(QStringLiteral("p1"), initial);
    QVERIFY(session.deleteRows({1, 2}));
    const PublishPlan plan = session.plan();
    SimulatedStore store(initial, genericCaps());
    QSignalSpy deletions(&session, &EditSession::deletionsChanged);
    session.applyPublishResults(plan, send(store, plan, {0}));
    QCOMPARE(deletions.count(), 1); // the published deletion left, the failed one got its message
    // Publishing cleared the history: the failed deletion cannot be undone, it must be kept.
    QCOMPARE(session.undoStack()->count(), 0);
    QCOMPARE(session.model()->order(), keys("1,4"));

    QVERIFY(session.keepImages({QStringLiteral("2")}));
    QCOMPARE(session.model()->order(), keys("1,2,4"));
    QCOMPARE(session.deletedIds(), QStringList());
    QCOMPARE(session.deleteErrors(), (QHash<QString, QString>()));
    QCOMPARE(session.pendingCount(), 0);
    QVERIFY(session.plan().ops.isEmpty());

    // Undoing the keep stages the deletion again, with the store's message.
    session.undoStack()->undo();
    QCOMPARE(session.model()->order(), keys("1,4"));
    QCOMPARE(session.deletedIds(), QStringList{QStringLiteral("2")});
    QCOMPARE(session.deleteErrors().value(QStringLiteral("2")),
             QStringLiteral("Server said no to op 0"));
    QCOMPARE(session.pendingCount(), 1);

    // Or publish again: this time the store takes it.
    const PublishPlan retry = session.plan();
    QCOMPARE(retry.ops.size(), 1);
    session.applyPublishResults(retry, send(store, retry));
    QStringList storeIds;
    for (const ProductImage &image : store.gallery())
        storeIds << image.id;
    QCOMPARE(storeIds, keys("1,4"));
    QCOMPARE(session.deletedIds(), QStringList());
    QCOMPARE(session.deleteErrors(), (QHash<QString, QString>()));
    QCOMPARE(session.pendingCount(), 0);
}

void TestPublishFlow::deleteAllIsOneRequest() {
    for (const bool canDeleteAll : {true, false}) {
        StoreCapabilities caps = genericCaps();
        caps.canDeleteAll = canDeleteAll;
        EditSession session;
        session.setCapabilities(caps);
        const Gallery initial = makeGallery(5);
        session.load(QStringLiteral("p1"), initial);
        QVERIFY(session.deleteRows({0, 1, 2, 3, 4}));
        QVERIFY(!session.addImage(QStringLiteral("https://cdn.example.com/only.jpg")).isEmpty());
        const PublishPlan plan = session.plan();
        QCOMPARE(plan.ops.size(), canDeleteAll ? 2 : 6);
        QCOMPARE(plan.ops.first().kind,
                 canDeleteAll ? WriteOp::Kind::DeleteAll : WriteOp::Kind::Delete);
        QCOMPARE(plan.ops.last().kind, WriteOp::Kind::Create);
        QCOMPARE(plan.summary(5).deletes, 5);
        SimulatedStore store(initial, caps);
        session.applyPublishResults(plan, send(store, plan));
        QCOMPARE(store.gallery().size(), 1);
        QCOMPARE(session.pendingCount(), 0);
        QCOMPARE(session.deletedIds(), QStringList());
    }
}

void TestPublishFlow::rebaseKeepsWhatIsPending() {
    EditSession session;
    QAbstractItemModelTester tester(session.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    session.setCapabilities(genericCaps());
    session.load(QStringLiteral("p1"), makeGallery(5));
    QVERIFY(session.setAltText({0}, QStringLiteral("mine")));
    QVERIFY(session.deleteRows({4}));
    QVERIFY(!session.addImage(QStringLiteral("https://cdn.example.com/n.jpg")).isEmpty());
    // Meanwhile on the store: image 3 was deleted and image 9 added after image 2.
    Gallery fresh = makeGallery(5);
    fresh.removeAt(2);
    ProductImage nine = makeGallery(9).last();
    nine.position = 25;
    fresh.insert(2, nine);
    const EditSession::RebaseReport report = session.rebase(fresh);
    QCOMPARE(report.vanished, QStringList{QStringLiteral("3")});
    QCOMPARE(report.appeared, QStringList{QStringLiteral("9")});
    // The store's gallery is the baseline; what the user wants stays staged on top of it.
    StagedGallery expected = StagedGallery::unchanged(fresh); // 1, 2, 9, 4, 5
    expected.rows[0].image.alt = QStringLiteral("mine");
    expected.rows.removeLast();
    expected.deletedIds = {QStringLiteral("5")};
    StagedImage added{QStringLiteral("new:1"), true, {}, {}};
    added.image.productId = QStringLiteral("p1");
    added.image.src = QStringLiteral("https://cdn.example.com/n.jpg");
    expected.rows << added;
    QCOMPARE(session.model()->staged(), expected);
    QCOMPARE(session.pendingCount(), 3); // alt of 1, delete of 5, the new image
    QCOMPARE(session.model()->index(2).data(GalleryModel::IsEditedRole).toBool(), false);
}

void TestPublishFlow::verifyRepairsAStoreThatOrdersDifferently_data() {
    QTest::addColumn<bool>("profileSaysShift");
    QTest::addColumn<bool>("storeShifts");
    QTest::addColumn<int>("expectedRounds"); // publishes until nothing is pending
    QTest::newRow("profile absolute, store absolute") << false << false << 1;
    QTest::newRow("profile shift, store shift") << true << true << 1;
    QTest::newRow("profile shift, store absolute") << true << false << 2;
    // The absolute plan's writes happen to land right on a renumbering store too (since the
    // planner moves only images that leave their place); the verify still notices the shift.
    QTest::newRow("profile absolute, store shift") << false << true << 1;
}

void TestPublishFlow::verifyRepairsAStoreThatOrdersDifferently() {
    QFETCH(bool, profileSaysShift);
    QFETCH(bool, storeShifts);
    QFETCH(int, expectedRounds);
    StoreCapabilities profile = genericCaps();
    profile.ordering = profileSaysShift ? OrderingSemantics::Shift : OrderingSemantics::Absolute;
    StoreCapabilities actual = profile;
    actual.ordering = storeShifts ? OrderingSemantics::Shift : OrderingSemantics::Absolute;
    const Gallery initial = makeGallery(8, 1);
    SimulatedStore store(initial, actual);
    EditSession session;
    session.setCapabilities(profile);
    session.load(QStringLiteral("p1"), initial);
    QVERIFY(session.moveRows({7}, 0));
    QVERIFY(session.moveRows({2, 5}, 8));
    QVERIFY(session.moveLeft({4}));
    const QStringList intended = describe(session.model()->rows());
    // Publish, verify (re-read), repair: a few rounds at most.
    int rounds = 0;
    std::optional<OrderingSemantics> observed;
    while (session.pendingCount() > 0 && rounds < 4) {
        const PublishPlan plan = session.plan();
        session.applyPublishResults(plan, send(store, plan));
        const EditSession::RebaseReport report = session.rebase(store.gallery());
        if (report.observedOrdering)
            observed = report.observedOrdering;
        ++rounds;
    }
    QCOMPARE(describe(store.gallery()), intended);
    QCOMPARE(session.pendingCount(), 0);
    QCOMPARE(rounds, expectedRounds);
    if (profileSaysShift == storeShifts) {
        QVERIFY(!observed);
        QCOMPARE(session.effectiveOrdering(), profile.ordering);
    } else {
        // The first publish left a difference, and the verify said why: the repair followed the
        // store's rules.
        QVERIFY(observed);
        QCOMPARE(*observed, actual.ordering);
        QCOMPARE(session.effectiveOrdering(), actual.ordering);
    }
}

QTEST_MAIN(TestPublishFlow)
#include "tst_publishflow.moc"
