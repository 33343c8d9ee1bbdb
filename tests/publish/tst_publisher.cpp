#include "publishtestsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTimer>

using namespace vitrine;
using namespace vitrine::test;

using Status = PublishOutcome::Status;

class TestPublisher : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void statusNames();
    void publishesEveryKindOfEdit_data();
    void publishesEveryKindOfEdit();
    void deletingEveryImage_data();
    void deletingEveryImage();
    void verifyRepairsAProfileWithTheWrongOrdering_data();
    void verifyRepairsAProfileWithTheWrongOrdering();
    void refusedEditStaysPendingWithTheStoresMessage();
    void unreachableStoreKeepsEverythingStaged();
    void connectionLostWhileSending();
    void refusedTokenKeepsEverythingStaged();
    void cancelAbortsTheRequestInFlight();
    void storeKeepsRefusingForLoadStopsTheRest();
    void refusedCreateIsNotMovedEither();
    void unreadableCreateAnswerDoesNotAddTwice();
    void createWithoutAnswerIsLookedForBeforeSendingAgain();
    void shoplazzaAltEditsAreOneProductUpdate();
    void shoplazzaMovedAltEditedImageCostsItsMove();
    void shoplazzaRefusedAltBatchMarksEachOfItsImages();
    void imageDeletedElsewhereWhilePublishingIsReported();
    void nothingToPublish();
    void secondPublishWhileBusy();
};

void TestPublisher::statusNames() {
    QCOMPARE(PublishOutcome::statusName(Status::Published), QStringLiteral("published"));
    QCOMPARE(PublishOutcome::statusName(Status::PartlyPublished),
             QStringLiteral("partly-published"));
    QCOMPARE(PublishOutcome::statusName(Status::NeedsChoice), QStringLiteral("needs-choice"));
    QSet<QString> names;
    for (const Status s :
         {Status::Published, Status::PartlyPublished, Status::NothingToPublish, Status::NeedsChoice,
          Status::Cancelled, Status::Offline, Status::Unauthorized, Status::Failed, Status::Busy})
        names.insert(PublishOutcome::statusName(s));
    QCOMPARE(names.size(), 9);
    QVERIFY(!names.contains(QString()));
}

void TestPublisher::publishesEveryKindOfEdit_data() {
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<bool>("genericShifts"); // a generic store (and profile) that renumbers
    QTest::newRow("generic (absolute, full-replace PUT)") << QStringLiteral("generic") << false;
    QTest::newRow("generic set to shift (full-replace PUT)") << QStringLiteral("generic") << true;
    QTest::newRow("shopify (shift, variants)") << QStringLiteral("shopify") << false;
    QTest::newRow("shoplazza (shift, alt through the product)")
        << QStringLiteral("shoplazza") << false;
    QTest::newRow("shopline (shift, new images appended, then moved)")
        << QStringLiteral("shopline") << false;
}

// Reorders, alt edits, a delete, an add, a new address and (where the store has them) variants:
// the store ends exactly as staged, with the HTTP requests the plan counts (one per op, two for
// Shoplazza's batched alt write) and one write per op.
void TestPublisher::publishesEveryKindOfEdit() {
    QFETCH(QString, dialect);
    QFETCH(bool, genericShifts);
    PublishRig rig;
    if (genericShifts) {
        QVERIFY(rig.start(SimDialect::Generic, OrderingSemantics::Shift));
        rig.sim->setOrdering(SimDialect::Generic, OrderingSemantics::Shift);
        QVERIFY(rig.load());
    } else {
        QVERIFY(rig.start(simDialect(dialect)));
    }
    EditSession &s = *rig.session;
    const OrderingSemantics ordering = rig.client->capabilities().ordering;
    QCOMPARE(ordering, dialect == QLatin1String("generic") && !genericShifts
                           ? OrderingSemantics::Absolute
                           : OrderingSemantics::Shift);

    QVERIFY(s.moveRows({5}, 0));
    QVERIFY(s.moveRows({2}, 5));
    QVERIFY(s.setAltText({1, 4}, QStringLiteral("Grey sofa, edited")));
    QVERIFY(s.deleteRows({3}));
    QVERIFY(!s.addImage(rig.imageUrl(QStringLiteral("table-top.jpg")), QStringLiteral("Added"), 2)
                 .isEmpty());
    if (rig.client->capabilities().canReplaceSource)
        QVERIFY(s.replaceSource(4, rig.imageUrl(QStringLiteral("table-legs.jpg"))));
    if (rig.hasVariants()) {
        const QStringList variants = rig.sim->variantIds(rig.dialect, rig.productId);
        QVERIFY(!variants.isEmpty());
        QVERIFY(s.setVariants({0}, {variants.last()}));
    }
    const QStringList intended = describe(s.model()->rows(), rig.hasVariants());
    const PublishPlan plan = rig.publisher->plan();
    QVERIFY(!plan.isEmpty());
    // Shoplazza: both alt edits in one product update, none in an image update.
    int altBatches = 0;
    for (const WriteOp &op : plan.ops) {
        altBatches += op.kind == WriteOp::Kind::UpdateAltTexts ? 1 : 0;
        if (rig.dialect == SimDialect::Shoplazza)
            QVERIFY2(!op.patch.alt, qPrintable(op.describe()));
    }
    QCOMPARE(altBatches, rig.dialect == SimDialect::Shoplazza ? 1 : 0);
    QCOMPARE(plan.requestCount(), int(plan.ops.size()) + altBatches);

    QSignalSpy started(rig.publisher.get(), &Publisher::started);
    QSignalSpy opFinished(rig.publisher.get(), &Publisher::opFinished);
    QSignalSpy finished(rig.publisher.get(), &Publisher::finished);
    QSignalSpy phases(rig.publisher.get(), &Publisher::phaseChanged);
    rig.sim->clearRecordedRequests();
    const PublishOutcome o = rig.publish();

    VERIFY_STATUS(o, Status::Published);
    QVERIFY(o.ok());
    // Where the profile does not say how the store orders, its positions (1..n) cannot tell: the
    // ops up to the first position write went first and the gallery was read back. The guess
    // was right, so the rest was planned as before (new images by their new ids) at no cost.
    const bool probed = !rig.client->capabilities().orderingKnown;
    QCOMPARE(o.orderingProbed, probed);
    QVERIFY(!o.learnedOrdering);
    QCOMPARE(o.plan.ops.size(), plan.ops.size());
    QCOMPARE(o.requests, plan.requestCount());
    QCOMPARE(o.succeeded, int(plan.ops.size()));
    QCOMPARE(o.failed, 0);
    QCOMPARE(o.notSent, 0);
    QCOMPARE(o.results.size(), plan.ops.size());
    // One round, no repair: also a generic store set to shift, which counts from 1 (its
    // firstPosition) although the generic displayOrder takes values from 0 (minPosition).
    QCOMPARE(o.repairRounds, 0);
    QVERIFY(o.verified);
    QVERIFY(!o.observedOrdering);
    QVERIFY(o.takenFromStore.isEmpty());
    QCOMPARE(o.stillPending, 0);
    QVERIFY2(o.message.contains(QStringLiteral("with %1 requests.").arg(plan.requestCount())),
             qPrintable(o.message));
    // On the server: the order and every field as staged, and the requests the plan counted:
    // all of them besides the check's, the probe's and the verify's reads of the gallery.
    QCOMPARE(describe(rig.server(), rig.hasVariants()), intended);
    QCOMPARE(rig.writeCount(), expectedWrites(plan));
    QCOMPARE(rig.apiRequests().size(), (probed ? 3 : 2) + plan.requestCount());
    QCOMPARE(rig.writeCount("POST"), 1);
    QCOMPARE(rig.writeCount("DELETE"), 1);
    // The session agrees and the new image carries its store id.
    QCOMPARE(s.pendingCount(), 0);
    QCOMPARE(describe(s.model()->rows(), rig.hasVariants()), intended);
    for (const StagedImage &row : s.model()->rows()) {
        QVERIFY(!row.isNew);
        QVERIFY(row.error.isEmpty());
    }
    QCOMPARE(started.count(), 1);
    QCOMPARE(started.first().first().toInt(), int(plan.ops.size()));
    QCOMPARE(opFinished.count(), plan.ops.size());
    QCOMPARE(finished.count(), 1);
    QVERIFY(phases.count() >= 3); // checking, sending, verifying, idle
    QCOMPARE(rig.publisher->phase(), Publisher::Phase::Idle);
    QVERIFY(!rig.publisher->isBusy());
}

void TestPublisher::deletingEveryImage_data() {
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<bool>("deleteAll");
    QTest::newRow("generic: one delete-all request") << QStringLiteral("generic") << true;
    QTest::newRow("shopify: one delete per image") << QStringLiteral("shopify") << false;
}

void TestPublisher::deletingEveryImage() {
    QFETCH(QString, dialect);
    QFETCH(bool, deleteAll);
    PublishRig rig;
    QVERIFY(rig.start(simDialect(dialect)));
    const int n = int(rig.loaded.size());
    QList<int> all;
    for (int i = 0; i < n; ++i)
        all << i;
    QVERIFY(rig.session->deleteRows(all));
    rig.sim->clearRecordedRequests();
    const PublishOutcome o = rig.publish();
    VERIFY_STATUS(o, Status::Published);
    QVERIFY(rig.server().isEmpty());
    QCOMPARE(rig.writeCount(), deleteAll ? 1 : n);
    QCOMPARE(rig.writeCount("DELETE"), deleteAll ? 1 : n);
    QCOMPARE(o.requests, deleteAll ? 1 : n);
    if (deleteAll) {
        QCOMPARE(o.plan.ops.first().kind, WriteOp::Kind::DeleteAll);
        QVERIFY(rig.writes().first().path.endsWith(QStringLiteral("/product/") + rig.productId));
    }
    QCOMPARE(rig.session->pendingCount(), 0);
    QCOMPARE(rig.session->model()->rowCount(), 0);
}

void TestPublisher::verifyRepairsAProfileWithTheWrongOrdering_data() {
    QTest::addColumn<bool>("profileShifts");
    QTest::addColumn<bool>("storeShifts");
    QTest::newRow("profile absolute, store shifts") << false << true;
    QTest::newRow("profile shift, store keeps numbers") << true << false;
}

// The re-read after publishing shows the store ordering by other rules than its profile says:
// the publisher repairs with the observed rules and says so.
void TestPublisher::verifyRepairsAProfileWithTheWrongOrdering() {
    QFETCH(bool, profileShifts);
    QFETCH(bool, storeShifts);
    const OrderingSemantics profileSays =
        profileShifts ? OrderingSemantics::Shift : OrderingSemantics::Absolute;
    const OrderingSemantics storeDoes =
        storeShifts ? OrderingSemantics::Shift : OrderingSemantics::Absolute;
    PublishRig rig;
    QVERIFY(rig.start(SimDialect::Shopify, profileSays));
    rig.sim->setOrdering(SimDialect::Shopify, storeDoes);
    // Two more images (8), loaded again after the store's ordering was set.
    for (const QString &file : {QStringLiteral("table-top.jpg"), QStringLiteral("lamp-tiny.jpg")}) {
        NewImage extra;
        extra.src = rig.imageUrl(file);
        extra.alt = file;
        QVERIFY(rig.sim->addImage(SimDialect::Shopify, rig.productId, extra).has_value());
    }
    QVERIFY(rig.load());
    QCOMPARE(rig.session->model()->rowCount(), 8);
    EditSession &s = *rig.session;
    if (profileSays == OrderingSemantics::Absolute) {
        // Four deletes leave gaps a numbering store closes; the move's number then points at
        // the wrong place: 1,6,7,8 -> 1,8,6,7 writes 8 as "3", which a shifting store reads as
        // the third place.
        QVERIFY(s.deleteRows({1, 2, 3, 4}));
        QVERIFY(s.moveRows({3}, 1));
    } else {
        // Position 1 for the last image: a store that keeps numbers ties it with the first.
        QVERIFY(s.moveToFirst({7}));
    }
    const QStringList intended = describe(s.model()->rows());
    QSignalSpy repairing(rig.publisher.get(), &Publisher::repairing);
    rig.sim->clearRecordedRequests();
    const PublishOutcome o = rig.publish();

    VERIFY_STATUS(o, Status::Published);
    QCOMPARE(describe(rig.server()), intended);
    QCOMPARE(s.pendingCount(), 0);
    QVERIFY(o.verified);
    QVERIFY(o.observedOrdering.has_value());
    QCOMPARE(*o.observedOrdering, storeDoes);
    QCOMPARE(s.effectiveOrdering(), storeDoes);
    QVERIFY(o.repairRounds >= 1);
    QVERIFY(o.repairRounds <= rig.publisher->maxRepairRounds());
    QVERIFY(o.repairRequests >= 1);
    QCOMPARE(repairing.count(), o.repairRounds);
    QCOMPARE(rig.writeCount(), o.requests + o.repairRequests);
    QVERIFY2(o.message.contains(orderingName(storeDoes)) &&
                 o.message.contains(QStringLiteral("profile")),
             qPrintable(o.message));
    QVERIFY2(o.message.contains(QStringLiteral("repaired")), qPrintable(o.message));
}

void TestPublisher::refusedEditStaysPendingWithTheStoresMessage() {
    PublishRig rig;
    QVERIFY(rig.start(SimDialect::Generic));
    EditSession &s = *rig.session;
    QVERIFY(s.setAltText({0}, QStringLiteral("First, edited")));
    QVERIFY(s.setAltText({1}, QStringLiteral("Second, edited")));
    QVERIFY(s.setAltText({2}, QStringLiteral("Third, edited")));
    const QStringList intended = describe(s.model()->rows());
    const QString refusedId = rig.loaded[1].id;
    rig.sim->addFault(fault(
        "PUT", QStringLiteral("/api/v1/product-images/%1$").arg(refusedId), 422,
        R"({"status":422,"error":"Unprocessable Entity","message":"Alt text rejected by store policy"})"));

    const PublishOutcome o = rig.publish();
    VERIFY_STATUS(o, Status::PartlyPublished);
    QCOMPARE(o.succeeded, 2);
    QCOMPARE(o.failed, 1);
    QCOMPARE(o.repairRounds, 0);
    QVERIFY(o.verified); // the store shows everything but the refused edit
    int refusedOp = -1;
    for (int i = 0; i < o.plan.ops.size(); ++i)
        if (o.plan.ops[i].imageId == refusedId)
            refusedOp = i;
    QVERIFY(refusedOp >= 0);
    QCOMPARE(o.results[refusedOp].state, EditSession::OpResult::State::Failed);
    QVERIFY2(o.results[refusedOp].message.contains(QStringLiteral("rejected by store policy")),
             qPrintable(o.results[refusedOp].message));
    // The others are on the store; the refused one is not, and stays pending with the message.
    const Gallery server = rig.server();
    QCOMPARE(server[0].alt, QStringLiteral("First, edited"));
    QCOMPARE(server[1].alt, rig.loaded[1].alt);
    QCOMPARE(server[2].alt, QStringLiteral("Third, edited"));
    QCOMPARE(s.pendingCount(), 1);
    QCOMPARE(o.stillPending, 1);
    const int row = s.model()->rowOfKey(refusedId);
    QCOMPARE(s.model()->rows()[row].image.alt, QStringLiteral("Second, edited"));
    QVERIFY(s.model()
                ->index(row)
                .data(GalleryModel::ErrorRole)
                .toString()
                .contains(QStringLiteral("rejected by store policy")));

    // Later (the fault was for one request) the rest goes through.
    rig.sim->clearRecordedRequests();
    const PublishOutcome again = rig.publish();
    VERIFY_STATUS(again, Status::Published);
    QCOMPARE(again.requests, 1);
    QCOMPARE(rig.writeCount(), 1);
    QCOMPARE(describe(rig.server()), intended);
    QCOMPARE(s.pendingCount(), 0);
    QVERIFY(s.model()->index(row).data(GalleryModel::ErrorRole).toString().isEmpty());
}

// Nothing answers at the store's address: nothing is lost, and publishing later works.
void TestPublisher::unreachableStoreKeepsEverythingStaged() {
    PublishRig rig;
    QVERIFY(rig.start(SimDialect::Generic));
    EditSession &s = *rig.session;
    QVERIFY(s.moveToLast({0}));
    QVERIFY(s.setAltText({2}, QStringLiteral("Edited while offline")));
    QVERIFY(s.deleteRows({4}));
    QVERIFY(!s.addImage(rig.imageUrl(QStringLiteral("table-room.jpg")), QStringLiteral("New"))
                 .isEmpty());
    const QStringList intended = describe(s.model()->rows());
    const int pending = s.pendingCount();
    const PublishPlan plan = rig.publisher->plan();

    StoreProfile offline = storeProfile(*rig.sim, SimDialect::Generic);
    offline.baseUrl = deadStoreUrl();
    rig.connect(offline, QString());
    rig.sim->clearRecordedRequests();
    const PublishOutcome o = rig.publish();
    VERIFY_STATUS(o, Status::Offline);
    QVERIFY(!o.ok());
    QVERIFY(o.error.has_value());
    QCOMPARE(o.error->code, StoreError::Code::Network);
    QCOMPARE(o.requests, 0);
    QCOMPARE(o.stillPending, pending);
    QVERIFY(!o.message.isEmpty());
    QCOMPARE(s.pendingCount(), pending);
    QCOMPARE(describe(s.model()->rows()), intended);
    QCOMPARE(rig.publisher->plan().ops, plan.ops);
    QVERIFY(rig.sim->recordedRequests().isEmpty());
    QCOMPARE(describe(rig.server()), describe(rig.loaded));

    rig.connect(storeProfile(*rig.sim, SimDialect::Generic), QString());
    const PublishOutcome later = rig.publish();
    VERIFY_STATUS(later, Status::Published);
    QCOMPARE(describe(rig.server()), intended);
    QCOMPARE(s.pendingCount(), 0);
}

// The store goes away in the middle of a publish: what went through is kept, the rest stays
// staged, and the next publish finishes without repeating anything.
void TestPublisher::connectionLostWhileSending() {
    PublishRig rig;
    QVERIFY(rig.start(SimDialect::Generic));
    EditSession &s = *rig.session;
    const QString added = rig.imageUrl(QStringLiteral("table-top.jpg"));
    QVERIFY(!s.addImage(added, QStringLiteral("Added"), 0).isEmpty());
    QVERIFY(s.setAltText({2}, QStringLiteral("Second, edited")));
    QVERIFY(s.setAltText({4}, QStringLiteral("Fourth, edited")));
    const QStringList intended = describe(s.model()->rows());
    const PublishPlan plan = rig.publisher->plan();
    QCOMPARE(plan.ops.first().kind, WriteOp::Kind::Create);
    const QString lastUpdated = plan.ops.last().imageId;
    QVERIFY(!lastUpdated.isEmpty());
    SimFault drop;
    drop.method = "PUT";
    drop.path = QRegularExpression(QStringLiteral("/api/v1/product-images/%1$").arg(lastUpdated));
    drop.dropConnection = true;
    drop.times = -1;
    rig.sim->addFault(drop);

    const PublishOutcome o = rig.publish();
    VERIFY_STATUS(o, Status::Offline);
    QVERIFY(o.succeeded >= 1);
    QCOMPARE(o.results.last().state, EditSession::OpResult::State::NotSent);
    QVERIFY(s.pendingCount() >= 1);
    QCOMPARE(o.stillPending, s.pendingCount());
    QCOMPARE(countSource(rig.server(), added), 1);
    QCOMPARE(describe(s.model()->rows()), intended);

    rig.sim->clearFaults();
    rig.sim->clearRecordedRequests();
    const PublishOutcome later = rig.publish();
    VERIFY_STATUS(later, Status::Published);
    QCOMPARE(rig.writeCount("POST"), 0); // the image was added once, by the first publish
    QCOMPARE(rig.writeCount(), 1);
    QCOMPARE(describe(rig.server()), intended);
    QCOMPARE(countSource(rig.server(), added), 1);
    QCOMPARE(s.pendingCount(), 0);
}

void TestPublisher::refusedTokenKeepsEverythingStaged() {
    PublishRig rig;
    QVERIFY(rig.start(SimDialect::Shopify));
    EditSession &s = *rig.session;
    QVERIFY(s.moveToFirst({3}));
    QVERIFY(s.setAltText({1}, QStringLiteral("Edited")));
    const QStringList intended = describe(s.model()->rows());
    const int pending = s.pendingCount();

    rig.connect(storeProfile(*rig.sim, SimDialect::Shopify), QStringLiteral("expired-token"));
    rig.sim->clearRecordedRequests();
    const PublishOutcome o = rig.publish();
    VERIFY_STATUS(o, Status::Unauthorized);
    QVERIFY(o.error.has_value());
    QCOMPARE(o.error->code, StoreError::Code::Unauthorized);
    QCOMPARE(o.error->httpStatus, 401);
    QCOMPARE(rig.writeCount(), 0);
    QCOMPARE(s.pendingCount(), pending);
    QCOMPARE(o.stillPending, pending);
    QCOMPARE(describe(s.model()->rows()), intended);
    QCOMPARE(describe(rig.server()), describe(rig.loaded));

    rig.connect(storeProfile(*rig.sim, SimDialect::Shopify), defaultToken(SimDialect::Shopify));
    const PublishOutcome later = rig.publish();
    VERIFY_STATUS(later, Status::Published);
    QCOMPARE(describe(rig.server()), intended);
    QCOMPARE(s.pendingCount(), 0);
}

// cancel() while a request is in flight: it is aborted (the store may have carried it out),
// the rest is not sent, and the next publish checks the store instead of trusting either way.
void TestPublisher::cancelAbortsTheRequestInFlight() {
    PublishRig rig;
    QVERIFY(rig.start(SimDialect::Generic));
    EditSession &s = *rig.session;
    QVERIFY(s.setAltText({0}, QStringLiteral("First, edited")));
    QVERIFY(s.setAltText({1}, QStringLiteral("Second, edited")));
    QVERIFY(s.setAltText({2}, QStringLiteral("Third, edited")));
    const QStringList intended = describe(s.model()->rows());
    // The first goes alone; after its answer the other two go out together. Both are carried
    // out at once and answered much later: cancel comes while both are in flight.
    const QString slowIds = rig.loaded[1].id + QLatin1Char('|') + rig.loaded[2].id;
    SimFault slow;
    slow.method = "PUT";
    slow.path = QRegularExpression(QStringLiteral("/api/v1/product-images/(%1)$").arg(slowIds));
    slow.delayMs = 5000;
    slow.times = 2;
    rig.sim->addFault(slow);
    Publisher *publisher = rig.publisher.get();
    int slowReceived = 0;
    QObject::connect(rig.sim.get(), &StoreSimulator::requestReceived, publisher,
                     [publisher, &slow, &slowReceived](const SimRequest &r) {
                         if (r.method == "PUT" && slow.path.match(r.path).hasMatch() &&
                             ++slowReceived == 2)
                             QTimer::singleShot(0, publisher, [publisher] { publisher->cancel(); });
                     });
    const PublishOutcome o = rig.publish();
    VERIFY_STATUS(o, Status::Cancelled);
    QCOMPARE(o.succeeded, 1);
    QCOMPARE(o.notSent, 2);
    QCOMPARE(s.pendingCount(), 2);
    QCOMPARE(describe(s.model()->rows()), intended);
    QCOMPARE(rig.server()[1].alt, QStringLiteral("Second, edited")); // they did go through
    QCOMPARE(rig.server()[2].alt, QStringLiteral("Third, edited"));

    QObject::disconnect(rig.sim.get(), nullptr, publisher, nullptr);
    rig.sim->clearRecordedRequests();
    const PublishOutcome later = rig.publish();
    // The aborted requests are looked for on the store and found done: nothing is sent again.
    VERIFY_STATUS(later, Status::NothingToPublish);
    QVERIFY(later.takenFromStore.isEmpty()); // our own requests are not changes made elsewhere
    QCOMPARE(rig.writeCount(), 0);
    QCOMPARE(describe(rig.server()), intended);
    QCOMPARE(s.pendingCount(), 0);
}

// The store answers 429 even after the client slowed down and retried: the rest of the plan is
// not hammered at it; it stays staged for later.
void TestPublisher::storeKeepsRefusingForLoadStopsTheRest() {
    PublishRig rig;
    QVERIFY(rig.start(SimDialect::Generic));
    EditSession &s = *rig.session;
    QVERIFY(s.setAltText({0}, QStringLiteral("One")));
    QVERIFY(s.setAltText({2}, QStringLiteral("Two")));
    QVERIFY(s.setAltText({4}, QStringLiteral("Three")));
    const QStringList intended = describe(s.model()->rows());
    // Two requests at once, then one every 100 seconds: the check's read and the first write.
    rig.sim->setRateLimit(SimDialect::Generic, RateLimit{0.01, 2});
    const PublishOutcome o = rig.publish();
    VERIFY_STATUS(o, Status::PartlyPublished);
    QCOMPARE(o.succeeded, 1);
    // The two after the first went out together (one more after each success): both may have
    // met the refusals before the publish stopped; nothing after them was sent.
    QVERIFY(o.failed >= 1);
    QCOMPARE(o.failed + o.notSent, 2);
    QVERIFY(o.error.has_value());
    QCOMPARE(o.error->code, StoreError::Code::RateLimited);
    QCOMPARE(s.pendingCount(), 2);
    QCOMPARE(o.stillPending, 2);

    rig.sim->setRateLimit(SimDialect::Generic, RateLimit{});
    const PublishOutcome later = rig.publish();
    VERIFY_STATUS(later, Status::Published);
    QCOMPARE(later.requests, 2);
    QCOMPARE(describe(rig.server()), intended);
}

// SHOPLINE appends new images and the plan moves them afterwards: when the store refuses the
// create, the move is not sent either, and the image stays pending with the store's message.
void TestPublisher::refusedCreateIsNotMovedEither() {
    PublishRig rig;
    QVERIFY(rig.start(SimDialect::Shopline));
    EditSession &s = *rig.session;
    const QString key =
        s.addImage(rig.imageUrl(QStringLiteral("table-top.jpg")), QStringLiteral("New"), 0);
    QVERIFY(!key.isEmpty());
    QVERIFY(s.setAltText({3}, QStringLiteral("Edited")));
    const PublishPlan plan = rig.publisher->plan();
    int moves = 0;
    for (const WriteOp &op : plan.ops)
        if (op.kind == WriteOp::Kind::Update && op.imageId.isEmpty() && op.localKey == key)
            ++moves;
    QCOMPARE(moves, 1);
    rig.sim->addFault(fault("POST", QStringLiteral("/images\\.json$"), 422,
                            R"({"errors":"src could not be downloaded"})"));
    rig.sim->clearRecordedRequests();
    const PublishOutcome o = rig.publish();
    VERIFY_STATUS(o, Status::PartlyPublished);
    QCOMPARE(o.failed, 2); // the create, and the move that needed its id
    QCOMPARE(o.succeeded, int(plan.ops.size()) - 2);
    QCOMPARE(rig.writeCount(), int(plan.ops.size()) - 1); // the move was never sent
    QCOMPARE(rig.server().size(), rig.loaded.size());
    QCOMPARE(rig.server()[2].alt, QStringLiteral("Edited")); // row 3 behind the new image
    const int row = s.model()->rowOfKey(key);
    QCOMPARE(row, 0);
    QVERIFY(s.model()->rows()[row].isNew);
    QVERIFY2(s.model()->rows()[row].error.contains(QStringLiteral("could not be downloaded")),
             qPrintable(s.model()->rows()[row].error));
    QCOMPARE(s.pendingCount(), 1);
}

// The store added the image but its answer cannot be read: the verify finds the image, and
// neither this publish nor the next adds it again.
void TestPublisher::unreadableCreateAnswerDoesNotAddTwice() {
    PublishRig rig;
    QVERIFY(rig.start(SimDialect::Generic));
    EditSession &s = *rig.session;
    const QString src = rig.imageUrl(QStringLiteral("table-top.jpg"));
    QVERIFY(!s.addImage(src, QStringLiteral("Added"), 2).isEmpty());
    QVERIFY(s.setAltText({0}, QStringLiteral("Edited")));
    const QStringList intended = describe(s.model()->rows());
    SimFault cut;
    cut.method = "POST";
    cut.path = QRegularExpression(QStringLiteral("/api/v1/product-images/?$"));
    cut.damage = SimFault::Damage::Cut;
    cut.times = 1;
    rig.sim->addFault(cut);

    const PublishOutcome o = rig.publish();
    VERIFY_STATUS(o, Status::Published);
    QCOMPARE(o.adoptedCreates, 1);
    QCOMPARE(countSource(rig.server(), src), 1);
    QCOMPARE(describe(rig.server()), intended);
    QCOMPARE(s.pendingCount(), 0);
    for (const StagedImage &row : s.model()->rows())
        QVERIFY(!row.isNew);

    rig.sim->clearRecordedRequests();
    const PublishOutcome again = rig.publish();
    VERIFY_STATUS(again, Status::NothingToPublish);
    QCOMPARE(rig.writeCount(), 0);
    QCOMPARE(countSource(rig.server(), src), 1);
}

// A create the store carried out but did not answer in time: the publish stops (the store is
// not answering), and the next one finds the image instead of adding it again.
void TestPublisher::createWithoutAnswerIsLookedForBeforeSendingAgain() {
    PublishRig rig;
    QVERIFY(rig.start(SimDialect::Generic));
    StoreProfile impatient = storeProfile(*rig.sim, SimDialect::Generic);
    impatient.timeoutMs = 1000;
    rig.connect(impatient, QString());
    EditSession &s = *rig.session;
    const QString src = rig.imageUrl(QStringLiteral("table-room.jpg"));
    QVERIFY(!s.addImage(src, QStringLiteral("Added"), 1).isEmpty());
    QVERIFY(s.setAltText({3}, QStringLiteral("Edited")));
    const QStringList intended = describe(s.model()->rows());
    SimFault late; // carried out at once, answered long after the client gave up
    late.method = "POST";
    late.path = QRegularExpression(QStringLiteral("/api/v1/product-images/?$"));
    late.delayMs = 6000;
    late.times = 1;
    rig.sim->addFault(late);

    const PublishOutcome o = rig.publish();
    VERIFY_STATUS(o, Status::Offline);
    QVERIFY(o.error.has_value());
    QCOMPARE(o.error->code, StoreError::Code::Timeout);
    QCOMPARE(o.succeeded, 0);
    QCOMPARE(countSource(rig.server(), src), 1); // the store did add it
    QCOMPARE(describe(s.model()->rows()), intended);

    rig.sim->clearRecordedRequests();
    const PublishOutcome later = rig.publish();
    VERIFY_STATUS(later, Status::Published);
    QCOMPARE(later.adoptedCreates, 1);
    QVERIFY(later.takenFromStore.isEmpty());
    QCOMPARE(rig.writeCount("POST"), 0);
    QCOMPARE(countSource(rig.server(), src), 1);
    QCOMPARE(describe(rig.server()), intended);
    QCOMPARE(s.pendingCount(), 0);
}

// Five alt edits on a Shoplazza product: one GET of the product (its title) and one PUT of the
// product with all five {id, alt}; the store has all five, the other images are untouched.
void TestPublisher::shoplazzaAltEditsAreOneProductUpdate() {
    PublishRig rig;
    QVERIFY(rig.start(SimDialect::Shoplazza, std::nullopt, 6));
    EditSession &s = *rig.session;
    const int n = int(rig.loaded.size());
    QVERIFY(n >= 6);
    for (int row = 0; row < 5; ++row)
        QVERIFY(s.setAltText({row}, QStringLiteral("Alt %1, written by the batch").arg(row)));
    const PublishPlan plan = rig.publisher->plan();
    QCOMPARE(plan.ops.size(), 1);
    QCOMPARE(plan.ops[0].kind, WriteOp::Kind::UpdateAltTexts);
    QCOMPARE(plan.requestCount(), 2);
    QCOMPARE(describeSummary(plan.summary()), QStringLiteral("5 alt text edits → 2 requests"));

    rig.sim->clearRecordedRequests();
    const PublishOutcome o = rig.publish();
    VERIFY_STATUS(o, Status::Published);
    QCOMPARE(o.requests, 2);
    QCOMPARE(o.succeeded, 1);
    QVERIFY(o.verified);
    QCOMPARE(o.repairRounds, 0);
    QVERIFY2(o.message.startsWith(QStringLiteral("Published 5 changes with 2 requests.")),
             qPrintable(o.message));
    // The check's read, the two requests, the verify's read.
    const QList<SimRequest> api = rig.apiRequests();
    QStringList seen;
    for (const SimRequest &r : api)
        seen << QString::fromLatin1(r.method) + QLatin1Char(' ') + r.path;
    const QString product = StoreSimulator::pathPrefix(SimDialect::Shoplazza) +
                            QStringLiteral("/products/") + rig.productId;
    QCOMPARE(seen, (QStringList{QStringLiteral("GET ") + product + QStringLiteral("/images"),
                                QStringLiteral("GET ") + product, QStringLiteral("PUT ") + product,
                                QStringLiteral("GET ") + product + QStringLiteral("/images")}));
    const QJsonObject body = QJsonDocument::fromJson(api[2].body).object();
    QCOMPARE(body.value(QStringLiteral("product"))
                 .toObject()
                 .value(QStringLiteral("images"))
                 .toArray()
                 .size(),
             5);
    // On the server: the five alt texts, and the others exactly as they were.
    const Gallery server = rig.server();
    QCOMPARE(server.size(), rig.loaded.size());
    for (int i = 0; i < n; ++i) {
        QCOMPARE(server[i].id, rig.loaded[i].id);
        QCOMPARE(server[i].src, rig.loaded[i].src);
        QCOMPARE(server[i].position, rig.loaded[i].position);
        QCOMPARE(server[i].alt,
                 i < 5 ? QStringLiteral("Alt %1, written by the batch").arg(i) : rig.loaded[i].alt);
        if (i >= 5)
            QCOMPARE(server[i].updatedAt, rig.loaded[i].updatedAt);
    }
    QCOMPARE(s.pendingCount(), 0);
}

// An alt-edited image that also moves: its move is an image request of its own (1), the alt text
// goes with the others in the batch (2).
void TestPublisher::shoplazzaMovedAltEditedImageCostsItsMove() {
    PublishRig rig;
    QVERIFY(rig.start(SimDialect::Shoplazza));
    EditSession &s = *rig.session;
    QVERIFY(s.moveRows({3}, 0));
    QVERIFY(s.setAltText({0, 1, 2}, QStringLiteral("Moved or not, one batch")));
    const QStringList intended = describe(s.model()->rows());
    const PublishPlan plan = rig.publisher->plan();
    QStringList described;
    for (const WriteOp &op : plan.ops)
        described << op.describe();
    QCOMPARE(described,
             (QStringList{QStringLiteral("update %1 (position=1)").arg(rig.loaded[3].id),
                          QStringLiteral("update alt text of 3 images (%1, %2, %3)")
                              .arg(rig.loaded[3].id, rig.loaded[0].id, rig.loaded[1].id)}));
    QCOMPARE(plan.requestCount(), 3);
    rig.sim->clearRecordedRequests();
    const PublishOutcome o = rig.publish();
    VERIFY_STATUS(o, Status::Published);
    QCOMPARE(o.requests, 3);
    QVERIFY(o.orderingProbed); // the move alone first, read back: one more read
    QCOMPARE(rig.apiRequests().size(), 3 + 3);
    QCOMPARE(rig.writeCount("PUT"), 2);
    QCOMPARE(describe(rig.server()), intended);
}

// The store refuses the product update that carries two alt texts: both images keep their alt
// text, each shows the store's message, and nothing else is lost.
void TestPublisher::shoplazzaRefusedAltBatchMarksEachOfItsImages() {
    PublishRig rig;
    QVERIFY(rig.start(SimDialect::Shoplazza));
    EditSession &s = *rig.session;
    QVERIFY(s.setAltText({0, 2}, QStringLiteral("Grey sofa")));
    const QString product = QStringLiteral("/products/") + rig.productId + QLatin1Char('$');
    rig.sim->addFault(fault("PUT", product, 422, R"({"errors":["Alt text is locked"]})"));

    const PublishOutcome o = rig.publish();
    QCOMPARE(o.failed, 1);
    QCOMPARE(o.succeeded, 0);
    QCOMPARE(describe(rig.server()), describe(rig.loaded));
    QCOMPARE(s.pendingCount(), 2);
    for (const int row : {0, 2}) {
        const QModelIndex index = s.model()->index(row);
        QCOMPARE(index.data(GalleryModel::AltTextRole).toString(), QStringLiteral("Grey sofa"));
        QVERIFY2(index.data(GalleryModel::ErrorRole)
                     .toString()
                     .contains(QStringLiteral("Alt text is locked")),
                 qPrintable(index.data(GalleryModel::ErrorRole).toString()));
    }
    QCOMPARE(s.model()->index(1).data(GalleryModel::ErrorRole).toString(), QString());

    // The store takes it later: published, and the messages go.
    const PublishOutcome again = rig.publish();
    VERIFY_STATUS(again, Status::Published);
    QCOMPARE(s.pendingCount(), 0);
    for (const int row : {0, 2})
        QCOMPARE(s.model()->index(row).data(GalleryModel::ErrorRole).toString(), QString());
}

// An image deleted on the store after the check, before its edit was sent: the store refuses
// the edit (not found), the verify read no longer shows the image, and the outcome says that its
// staged edit was dropped — never silently.
void TestPublisher::imageDeletedElsewhereWhilePublishingIsReported() {
    PublishRig rig;
    QVERIFY(rig.start(SimDialect::Generic));
    EditSession &s = *rig.session;
    QVERIFY(s.setAltText({1}, QStringLiteral("Edited, then deleted elsewhere")));
    QVERIFY(s.setAltText({2}, QStringLiteral("Edited and kept")));
    const QString goneId = rig.loaded[1].id;
    const QString goneName = QUrl(rig.loaded[1].src).fileName();
    QVERIFY(!goneName.isEmpty());
    bool removed = false;
    QObject::connect(
        rig.sim.get(), &StoreSimulator::requestReceived, rig.sim.get(), [&](const SimRequest &r) {
            if (!removed && isWrite(r))
                removed = rig.sim->removeImageElsewhere(rig.dialect, rig.productId, goneId);
        });
    const PublishOutcome o = rig.publish();
    QVERIFY(removed);
    VERIFY_STATUS(o, Status::PartlyPublished);
    QCOMPARE(o.succeeded, 1);
    QCOMPARE(o.failed, 1);
    QCOMPARE(o.droppedEdits, QStringList{goneName});
    QCOMPARE(o.vanishedImages, 0);
    QCOMPARE(o.stillPending, 0);
    QVERIFY2(o.message.contains(
                 QStringLiteral("%1 was deleted on the store; its staged edit was dropped.")
                     .arg(goneName)),
             qPrintable(o.message));
    QVERIFY2(!o.message.contains(QStringLiteral("stay pending")), qPrintable(o.message));
    QCOMPARE(rig.server()[1].alt, QStringLiteral("Edited and kept"));
    QCOMPARE(s.model()->rowOfKey(goneId), -1);
}

void TestPublisher::nothingToPublish() {
    PublishRig rig;
    QVERIFY(rig.start(SimDialect::Generic));
    QSignalSpy started(rig.publisher.get(), &Publisher::started);
    rig.sim->clearRecordedRequests();
    const PublishOutcome o = rig.publish();
    VERIFY_STATUS(o, Status::NothingToPublish);
    QVERIFY(o.ok());
    QCOMPARE(rig.writeCount(), 0);
    QCOMPARE(started.count(), 0);
}

void TestPublisher::secondPublishWhileBusy() {
    PublishRig rig;
    QVERIFY(rig.start(SimDialect::Generic));
    QVERIFY(rig.session->setAltText({0}, QStringLiteral("Edited")));
    QCoro::Task<PublishOutcome> first = rig.publisher->publish();
    QVERIFY(rig.publisher->isBusy());
    const PublishOutcome second = rig.publish();
    VERIFY_STATUS(second, Status::Busy);
    const PublishOutcome o = await(std::move(first));
    VERIFY_STATUS(o, Status::Published);
    QCOMPARE(rig.server()[0].alt, QStringLiteral("Edited"));
}

QTEST_MAIN(TestPublisher)
#include "tst_publisher.moc"
