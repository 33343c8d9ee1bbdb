#include "publishtestsupport.h"

#include "core/sessionstate.h"
#include "workflow/journal.h"
#include "workflow/sessionjournal.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

using namespace vitrine;
using namespace vitrine::test;

using Status = PublishOutcome::Status;
using Resolution = Conflict::Resolution;

namespace {

QStringList idsOf(const Gallery &gallery) {
    QStringList ids;
    for (const ProductImage &image : gallery)
        ids << image.id;
    return ids;
}

const Conflict *findConflict(const QList<Conflict> &conflicts, Conflict::Kind kind,
                             const QString &imageId) {
    for (const Conflict &c : conflicts)
        if (c.kind == kind && c.imageId == imageId)
            return &c;
    return nullptr;
}
} // namespace

class TestPublishConflicts : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void changesMadeElsewhere_data();
    void changesMadeElsewhere();
    void changeMadeElsewhereWhilePublishingIsTaken();
    void checkConflictsChangesNothing();
    void journalsThePlanAndEachOutcomeBeforeTheNextRequest();
    void publisherDestroyedWhileSending();
    void resumeFinishesAnInterruptedPublish_data();
    void resumeFinishesAnInterruptedPublish();
};

void TestPublishConflicts::changesMadeElsewhere_data() {
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("mineToo");   // the user changed the same thing differently
    QTest::addColumn<int>("resolution"); // for mineToo: Conflict::Resolution
    for (const QString &dialect : {QStringLiteral("generic"), QStringLiteral("shopify")}) {
        QStringList kinds = {QStringLiteral("alt"), QStringLiteral("src"),
                             QStringLiteral("position"), QStringLiteral("deleted"),
                             QStringLiteral("added")};
        if (dialect == QLatin1String("shopify"))
            kinds << QStringLiteral("variants");
        for (const QString &kind : kinds) {
            const QByteArray base = (dialect + QLatin1Char(' ') + kind).toUtf8();
            QTest::newRow(QByteArray(base + ": only the store, taken").constData())
                << dialect << kind << false << int(Resolution::Unresolved);
            QTest::newRow(QByteArray(base + ": both, keep mine").constData())
                << dialect << kind << true << int(Resolution::KeepMine);
            QTest::newRow(QByteArray(base + ": both, take theirs").constData())
                << dialect << kind << true << int(Resolution::TakeTheirs);
        }
    }
}

// A colleague changes the gallery on the store after it was loaded. What only they changed is
// taken (never reverted); where the user staged something else for the same thing the publish
// stops with NeedsChoice, sends nothing, and publishes the chosen version once told.
void TestPublishConflicts::changesMadeElsewhere() {
    QFETCH(QString, dialect);
    QFETCH(QString, kind);
    QFETCH(bool, mineToo);
    QFETCH(int, resolution);
    const bool keepMine = mineToo && Resolution(resolution) == Resolution::KeepMine;
    PublishRig rig;
    QVERIFY(rig.start(simDialect(dialect)));
    EditSession &s = *rig.session;
    StoreSimulator &sim = *rig.sim;
    const SimDialect d = rig.dialect;
    const QString pid = rig.productId;
    const Gallery g = rig.loaded;
    QCOMPARE(g.size(), 6);
    const ProductImage &img = g[1];
    Gallery expected = g;
    Conflict::Kind conflictKind = Conflict::Kind::AltChangedElsewhere;
    QString conflictImage = img.id;

    // An edit of another image, so there is always something to publish.
    const bool deletingEverything = kind == QLatin1String("added") && mineToo;
    if (!deletingEverything) {
        QVERIFY(s.setAltText({5}, QStringLiteral("Unrelated edit")));
        expected[5].alt = QStringLiteral("Unrelated edit");
    }

    if (kind == QLatin1String("alt")) {
        ImagePatch theirs;
        theirs.alt = QStringLiteral("Their alt");
        QVERIFY(sim.editImageElsewhere(d, pid, img.id, theirs));
        if (mineToo)
            QVERIFY(s.setAltText({1}, QStringLiteral("My alt")));
        expected[1].alt = keepMine ? QStringLiteral("My alt") : QStringLiteral("Their alt");
    } else if (kind == QLatin1String("src")) {
        conflictKind = Conflict::Kind::SourceChangedElsewhere;
        const QString theirSrc = rig.imageUrl(QStringLiteral("table-room.jpg"));
        const QString mySrc = rig.imageUrl(QStringLiteral("table-legs.jpg"));
        ImagePatch theirs;
        theirs.src = theirSrc;
        QVERIFY(sim.editImageElsewhere(d, pid, img.id, theirs));
        if (mineToo)
            QVERIFY(s.replaceSource(1, mySrc));
        expected[1].src = keepMine ? mySrc : theirSrc;
    } else if (kind == QLatin1String("variants")) {
        conflictKind = Conflict::Kind::VariantsChangedElsewhere;
        const QStringList variants = sim.variantIds(d, pid);
        if (variants.size() < 2)
            QSKIP("the demo product needs two variants");
        const QStringList theirV = {variants.last()};
        const QStringList myV = {variants.first()};
        QVERIFY(img.variantIds != theirV && img.variantIds != myV);
        ImagePatch theirs;
        theirs.variantIds = theirV;
        QVERIFY(sim.editImageElsewhere(d, pid, img.id, theirs));
        if (mineToo)
            QVERIFY(s.setVariants({1}, myV));
        expected[1].variantIds = keepMine ? myV : theirV;
    } else if (kind == QLatin1String("position")) {
        conflictKind = Conflict::Kind::PositionChangedElsewhere;
        // They move it to the end; the user (maybe) two places on (0,2,3,1,4,5: only one
        // reading of which image moved).
        ImagePatch theirs;
        theirs.position = s.capabilities().ordering == OrderingSemantics::Shift
                              ? int(g.size())
                              : g.last().position + 10;
        QVERIFY(sim.editImageElsewhere(d, pid, img.id, theirs));
        if (mineToo)
            QVERIFY(s.moveRows({1}, 4));
        const ProductImage moved = expected.takeAt(1);
        if (keepMine)
            expected.insert(3, moved);
        else
            expected.append(moved);
    } else if (kind == QLatin1String("deleted")) {
        conflictKind = Conflict::Kind::DeletedElsewhere;
        QVERIFY(sim.removeImageElsewhere(d, pid, img.id));
        if (mineToo)
            QVERIFY(s.setAltText({1}, QStringLiteral("My alt")));
        if (keepMine)
            expected[1].alt = QStringLiteral("My alt"); // added again as staged
        else
            expected.removeAt(1);
    } else if (kind == QLatin1String("added")) {
        conflictKind = Conflict::Kind::AddedElsewhere;
        NewImage added;
        added.src = rig.imageUrl(QStringLiteral("lamp-tiny.jpg"));
        added.alt = QStringLiteral("Added elsewhere");
        const std::optional<ProductImage> theirs = sim.addImage(d, pid, added);
        QVERIFY(theirs.has_value());
        conflictImage = theirs->id;
        ProductImage a;
        a.src = added.src;
        a.alt = added.alt;
        if (mineToo)
            QVERIFY(s.deleteRows({0, 1, 2, 3, 4, 5}));
        if (!mineToo)
            expected.append(a);
        else if (keepMine)
            expected.clear();
        else
            expected = {a};
    } else {
        QFAIL("unknown kind");
    }
    const int pendingBefore = s.pendingCount();
    QSignalSpy conflictsFound(rig.publisher.get(), &Publisher::conflictsFound);
    rig.sim->clearRecordedRequests();
    PublishOutcome o = rig.publish();

    if (mineToo) {
        VERIFY_STATUS(o, Status::NeedsChoice);
        QCOMPARE(rig.writeCount(), 0);
        QCOMPARE(s.pendingCount(), pendingBefore);
        QCOMPARE(conflictsFound.count(), 1);
        const Conflict *c = findConflict(o.conflicts, conflictKind, conflictImage);
        QVERIFY2(c, qPrintable(o.message));
        QVERIFY(c->needsChoice());
        QVERIFY(c->mineChanged);
        QVERIFY(!unresolved(o.conflicts).isEmpty());
        QVERIFY(!o.message.isEmpty());
        QList<Conflict> resolved = o.conflicts;
        resolveAll(resolved, Resolution(resolution));
        o = rig.publish(resolved);
    }
    VERIFY_STATUS(o, Status::Published);
    QCOMPARE(describe(rig.server(), rig.hasVariants()), describe(expected, rig.hasVariants()));
    QCOMPARE(s.pendingCount(), 0);
    if (!mineToo || Resolution(resolution) == Resolution::TakeTheirs) {
        // The change made elsewhere was kept, and reported as such.
        const Conflict *taken = findConflict(o.takenFromStore, conflictKind, conflictImage);
        QVERIFY2(taken, qPrintable(o.message));
        QCOMPARE(taken->resolution, Resolution::TakeTheirs);
        QVERIFY2(o.message.contains(QStringLiteral("Kept")), qPrintable(o.message));
    }
}

// A colleague edits another image while the publish is sending: the verify read shows it, and
// it is taken (reported), not reverted by a repair.
void TestPublishConflicts::changeMadeElsewhereWhilePublishingIsTaken() {
    PublishRig rig;
    QVERIFY(rig.start(SimDialect::Generic));
    EditSession &s = *rig.session;
    QVERIFY(s.setAltText({0}, QStringLiteral("Mine one")));
    QVERIFY(s.setAltText({2}, QStringLiteral("Mine two")));
    const ProductImage other = rig.loaded[4];
    bool edited = false;
    QObject::connect(rig.sim.get(), &StoreSimulator::requestReceived, rig.sim.get(),
                     [&rig, &edited, other](const SimRequest &r) {
                         if (r.method != "PUT" || edited)
                             return;
                         edited = true;
                         QTimer::singleShot(0, rig.sim.get(), [&rig, other] {
                             ImagePatch theirs;
                             theirs.alt = QStringLiteral("Theirs meanwhile");
                             rig.sim->editImageElsewhere(rig.dialect, rig.productId, other.id,
                                                         theirs);
                         });
                     });
    const PublishOutcome o = rig.publish();
    VERIFY_STATUS(o, Status::Published);
    QVERIFY(edited);
    QCOMPARE(o.repairRounds, 0);
    const Gallery server = rig.server();
    QCOMPARE(server[0].alt, QStringLiteral("Mine one"));
    QCOMPARE(server[2].alt, QStringLiteral("Mine two"));
    QCOMPARE(server[4].alt, QStringLiteral("Theirs meanwhile"));
    QVERIFY(findConflict(o.takenFromStore, Conflict::Kind::AltChangedElsewhere, other.id));
    QCOMPARE(s.pendingCount(), 0);
    QCOMPARE(s.model()->rows()[4].image.alt, QStringLiteral("Theirs meanwhile"));
}

void TestPublishConflicts::checkConflictsChangesNothing() {
    PublishRig rig;
    QVERIFY(rig.start(SimDialect::Shopify));
    EditSession &s = *rig.session;
    const ProductImage img = rig.loaded[2];
    ImagePatch theirs;
    theirs.alt = QStringLiteral("Their alt");
    QVERIFY(rig.sim->editImageElsewhere(rig.dialect, rig.productId, img.id, theirs));
    QVERIFY(s.setAltText({2}, QStringLiteral("My alt")));
    QVERIFY(s.setAltText({0}, QStringLiteral("Unrelated edit")));
    const SessionState before = s.state();
    rig.sim->clearRecordedRequests();
    const Result<QList<Conflict>> conflicts = await(rig.publisher->checkConflicts());
    QVERIFY(conflicts.ok());
    QCOMPARE(conflicts->size(), 1);
    QCOMPARE(conflicts->first().kind, Conflict::Kind::AltChangedElsewhere);
    QCOMPARE(conflicts->first().imageId, img.id);
    QCOMPARE(conflicts->first().theirs.alt, QStringLiteral("Their alt"));
    QCOMPARE(conflicts->first().mine.alt, QStringLiteral("My alt"));
    QVERIFY(conflicts->first().needsChoice());
    QCOMPARE(rig.writeCount(), 0);
    QVERIFY(s.state() == before);

    // An unreachable store comes back as the error.
    StoreProfile offline = storeProfile(*rig.sim, rig.dialect);
    offline.baseUrl = deadStoreUrl();
    rig.connect(offline, defaultToken(rig.dialect));
    const Result<QList<Conflict>> failed = await(rig.publisher->checkConflicts());
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().code, StoreError::Code::Network);
}

// The plan is on disk before the first request, each request is marked before it is sent, and
// each outcome is recorded before any later request: the first write goes alone, the two after
// its answer together (one more at once after each success), with the first's outcome recorded.
void TestPublishConflicts::journalsThePlanAndEachOutcomeBeforeTheNextRequest() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Journal journal(dir.filePath(QStringLiteral("journal.sqlite")));
    QVERIFY(journal.open());
    const QString store = QStringLiteral("simulator");
    PublishRig rig;
    QVERIFY(rig.start(SimDialect::Generic));
    rig.publisher->setJournal(&journal, store);
    EditSession &s = *rig.session;
    // As in the app: the staged edits are journaled as they are made.
    SessionJournal kept(&journal, store, &s);
    QVERIFY(s.setAltText({0}, QStringLiteral("One")));
    QVERIFY(s.setAltText({2}, QStringLiteral("Two")));
    QVERIFY(s.setAltText({4}, QStringLiteral("Three")));
    QVERIFY(journal.entry(store, rig.productId).has_value());
    QCOMPARE(journal.entry(store, rig.productId)->pendingCount, 3);
    QList<int> recordedWhenSent;
    QList<int> markedWhenSent;
    QList<int> planSizeWhenSent;
    QObject::connect(rig.sim.get(), &StoreSimulator::requestReceived, rig.sim.get(),
                     [&](const SimRequest &r) {
                         if (!isWrite(r))
                             return;
                         const auto record = journal.unfinishedPublish(store, rig.productId);
                         recordedWhenSent << (record ? int(record->outcomes.size()) : -1);
                         markedWhenSent << (record ? int(record->sending.size()) : -1);
                         planSizeWhenSent << (record ? int(record->plan.ops.size()) : -1);
                     });
    const PublishOutcome o = rig.publish();
    VERIFY_STATUS(o, Status::Published);
    QCOMPARE(recordedWhenSent, (QList<int>{0, 1, 1}));
    QCOMPARE(markedWhenSent, (QList<int>{1, 2, 2}));
    QCOMPARE(planSizeWhenSent, (QList<int>{3, 3, 3}));
    // Finished: nothing is left to resume, nothing pending is kept.
    QVERIFY(!journal.unfinishedPublish(store, rig.productId));
    QVERIFY(journal.uncertain(store, rig.productId).isEmpty());
    QVERIFY(!journal.entry(store, rig.productId));
}

// The window closes while requests are in flight (the two after the first go out together): they
// are aborted as by cancel(), the publish ends without touching the dead publisher, the journal
// knows their outcome is unknown, and a new publisher checks the store and finds them done.
void TestPublishConflicts::publisherDestroyedWhileSending() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Journal journal(dir.filePath(QStringLiteral("journal.sqlite")));
    QVERIFY(journal.open());
    const QString store = QStringLiteral("simulator");
    PublishRig rig;
    QVERIFY(rig.start(SimDialect::Generic));
    rig.publisher->setJournal(&journal, store);
    EditSession &s = *rig.session;
    QVERIFY(s.setAltText({0}, QStringLiteral("One")));
    QVERIFY(s.setAltText({2}, QStringLiteral("Two")));
    QVERIFY(s.setAltText({4}, QStringLiteral("Three")));
    const QStringList intended = describe(s.model()->rows());
    const QStringList slowIds{rig.loaded[2].id, rig.loaded[4].id};
    SimFault slow; // carried out at once, answered later
    slow.method = "PUT";
    slow.path = QRegularExpression(
        QStringLiteral("/api/v1/product-images/(%1)$").arg(slowIds.join(QLatin1Char('|'))));
    slow.delayMs = 5000;
    slow.times = 2;
    rig.sim->addFault(slow);
    int slowReceived = 0;
    QObject::connect(
        rig.sim.get(), &StoreSimulator::requestReceived, rig.sim.get(),
        [&rig, &slow, &slowReceived](const SimRequest &r) {
            if (r.method == "PUT" && slow.path.match(r.path).hasMatch() && ++slowReceived == 2)
                QTimer::singleShot(0, rig.sim.get(), [&rig] { rig.publisher.reset(); });
        });
    QCoro::Task<PublishOutcome> running = rig.publisher->publish();
    const PublishOutcome o = await(std::move(running));
    QVERIFY(!rig.publisher);
    VERIFY_STATUS(o, Status::Cancelled);
    QVERIFY(!journal.unfinishedPublish(store, rig.productId));
    const QList<Journal::UncertainOp> unknown = journal.uncertain(store, rig.productId);
    QCOMPARE(unknown.size(), 2);
    QStringList unknownIds{unknown.at(0).imageId, unknown.at(1).imageId};
    unknownIds.sort();
    QStringList expectedIds = slowIds;
    expectedIds.sort();
    QCOMPARE(unknownIds, expectedIds);
    QCOMPARE(s.pendingCount(), 2);

    QObject::disconnect(rig.sim.get(), &StoreSimulator::requestReceived, rig.sim.get(), nullptr);
    Publisher again(rig.client.get(), &s);
    again.setJournal(&journal, store);
    rig.sim->clearRecordedRequests();
    const PublishOutcome finished = await(again.publish());
    VERIFY_STATUS(finished, Status::NothingToPublish); // both had gone through
    QVERIFY(finished.takenFromStore.isEmpty());        // our own aborted requests went through
    QCOMPARE(rig.writeCount(), 0);
    QCOMPARE(describe(rig.server()), intended);
    QCOMPARE(s.pendingCount(), 0);
    QVERIFY(journal.uncertain(store, rig.productId).isEmpty());
}

void TestPublishConflicts::resumeFinishesAnInterruptedPublish_data() {
    QTest::addColumn<bool>("createLanded");
    QTest::newRow("the create in flight had added the image") << true;
    QTest::newRow("the create in flight never reached the store") << false;
}

// The app was killed during a publish: a delete had gone through (recorded), a create was in
// flight (not recorded). After the restart, publishing finishes the rest without repeating the
// delete and without adding an image twice.
void TestPublishConflicts::resumeFinishesAnInterruptedPublish() {
    QFETCH(bool, createLanded);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Journal journal(dir.filePath(QStringLiteral("journal.sqlite")));
    QVERIFY(journal.open());
    const QString store = QStringLiteral("simulator");
    PublishRig rig;
    QVERIFY(rig.start(SimDialect::Generic));
    EditSession &s = *rig.session;
    const QString srcA = rig.imageUrl(QStringLiteral("table-top.jpg"));
    const QString srcB = rig.imageUrl(QStringLiteral("table-legs.jpg"));
    QVERIFY(s.deleteRows({5}));
    QVERIFY(!s.addImage(srcA, QStringLiteral("Added A"), 1).isEmpty());
    QVERIFY(!s.addImage(srcB, QStringLiteral("Added B")).isEmpty());
    QVERIFY(s.setAltText({3}, QStringLiteral("Edited")));
    QVERIFY(s.moveToFirst({4}));
    const QStringList intended = describe(s.model()->rows());

    // The first session: state and plan journaled, the delete sent and recorded, the create of
    // A sent but the app killed before its answer was recorded.
    QVERIFY(journal.saveState(store, s.state()));
    const PublishPlan plan = s.plan();
    int k = -1;
    for (int i = 0; i < plan.ops.size() && k < 0; ++i)
        if (plan.ops[i].kind == WriteOp::Kind::Create)
            k = i;
    QVERIFY(k >= 1);
    QCOMPARE(plan.ops[k].image.src, srcA);
    const qint64 record = journal.beginPublish(store, plan, idsOf(s.model()->baseline()));
    QVERIFY(record > 0);
    for (int i = 0; i < k; ++i) {
        QCOMPARE(plan.ops[i].kind, WriteOp::Kind::Delete);
        QVERIFY(journal.markSending(record, {i}));
        QVERIFY(await(rig.client->deleteImage(rig.productId, plan.ops[i].imageId)).ok());
        EditSession::OpResult done;
        done.state = EditSession::OpResult::State::Succeeded;
        QVERIFY(journal.recordOutcome(record, i, done));
    }
    // Marked as being sent before it leaves, as the publisher does.
    QVERIFY(journal.markSending(record, {k}));
    if (createLanded)
        QVERIFY(await(rig.client->createImage(rig.productId, plan.ops[k].image)).ok());

    // The restart: a new session takes the journaled state.
    EditSession restarted;
    restarted.setCapabilities(rig.client->capabilities());
    const std::optional<SessionState> kept = journal.loadState(store, rig.productId);
    QVERIFY(kept.has_value());
    restarted.restore(*kept);
    QCOMPARE(describe(restarted.model()->rows()), intended);
    Publisher publisher(rig.client.get(), &restarted);
    publisher.setJournal(&journal, store);
    rig.sim->clearRecordedRequests();
    const PublishOutcome o = await(publisher.publish());

    VERIFY_STATUS(o, Status::Published);
    QVERIFY(o.resumed);
    QCOMPARE(o.resumedRequests, k);
    QCOMPARE(o.adoptedCreates, createLanded ? 1 : 0);
    QVERIFY(o.takenFromStore.isEmpty()); // our own requests are not changes made elsewhere
    QCOMPARE(describe(rig.server()), intended);
    QCOMPARE(countSource(rig.server(), srcA), 1);
    QCOMPARE(countSource(rig.server(), srcB), 1);
    QCOMPARE(rig.writeCount("DELETE"), 0);
    QCOMPARE(rig.writeCount("POST"), createLanded ? 1 : 2);
    QCOMPARE(rig.writeCount(), o.requests + o.repairRequests);
    QVERIFY(rig.writeCount() <= int(plan.ops.size()) - k - (createLanded ? 1 : 0));
    QCOMPARE(restarted.pendingCount(), 0);
    QVERIFY(o.message.contains(QStringLiteral("interrupted")));
    QVERIFY(!journal.unfinishedPublish(store, rig.productId));
    QVERIFY(journal.uncertain(store, rig.productId).isEmpty());
    QVERIFY(!journal.entry(store, rig.productId));
}

QTEST_MAIN(TestPublishConflicts)
#include "tst_publishconflicts.moc"
