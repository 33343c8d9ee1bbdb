// Independent writes go out concurrently (issue 17): in every dialect, over real HTTP against the
// simulator, which answers writes after a latency and reports the most requests it held at once.
// Deletes and per-image alt edits overlap up to the connection limit; moves whose effect depends
// on the order (shift semantics) go one at a time and land in the staged order; under a rate
// limit, concurrent writes cause no 429 of the client's making. Assertions count requests and
// overlaps, never time.
#include "publishtestsupport.h"

#include "workflow/publishround.h"

using namespace vitrine;
using namespace vitrine::test;

namespace {

// Long enough that every write sent at once is at the store together, even on a loaded machine.
constexpr int kWriteLatencyMs = 150;

// Every write answered after kWriteLatencyMs (applied normally).
void slowWrites(StoreSimulator &sim) {
    for (const QByteArray method : {"POST", "PUT", "PATCH", "DELETE"}) {
        SimFault f;
        f.method = method;
        f.path = QRegularExpression(QStringLiteral(".*"));
        f.delayMs = kWriteLatencyMs;
        f.times = -1;
        sim.addFault(f);
    }
}

enum class Edit { Deletes, AltTexts, Moves };

// Stages the edit on every image of the rig's product but two (a delete keeps two).
bool stage(PublishRig &rig, Edit edit) {
    const int n = rig.session->model()->rowCount();
    switch (edit) {
    case Edit::Deletes: {
        QList<int> rows;
        for (int row = 2; row < n; ++row)
            rows << row;
        return rig.session->deleteRows(rows);
    }
    case Edit::AltTexts:
        for (int row = 0; row < n; ++row)
            if (!rig.session->setAltText({row}, QStringLiteral("Concurrent alt %1").arg(row)))
                return false;
        return true;
    case Edit::Moves:
        // The order reversed: the last image first, and so on.
        for (int row = 0; row < n - 1; ++row)
            if (!rig.session->moveRows({n - 1}, row))
                return false;
        return true;
    }
    return false;
}

} // namespace

Q_DECLARE_METATYPE(Edit)

class TestPublishConcurrency : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void writesGoConcurrentlyWhereTheOrderDoesNotMatter_data() {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<Edit>("edit");
        for (const QString &d : everyDialect()) {
            QTest::addRow("%s: deletes", qPrintable(d)) << d << Edit::Deletes;
            QTest::addRow("%s: alt texts", qPrintable(d)) << d << Edit::AltTexts;
            QTest::addRow("%s: moves", qPrintable(d)) << d << Edit::Moves;
        }
    }
    void writesGoConcurrentlyWhereTheOrderDoesNotMatter() {
        QFETCH(QString, dialect);
        QFETCH(Edit, edit);
        PublishRig rig;
        QVERIFY(rig.start(dialect, 10));
        QVERIFY(stage(rig, edit));
        const PublishPlan plan = rig.session->plan();
        const QList<StagedImage> staged = rig.session->model()->rows();
        const StoreCapabilities caps = rig.client->capabilities();
        // Whether the plan holds two ops that may overlap (the round's own rule, and the
        // planner's ops: a batched alt write through the product is one op, a shift move goes
        // alone).
        int independent = 0;
        for (const WriteOp &op : plan.ops)
            if (!PublishRound::dependsOnOrder(op, caps))
                ++independent;
        const bool concurrent = independent >= 2;
        if (edit == Edit::Deletes)
            QVERIFY(concurrent); // in every dialect
        if (edit == Edit::Moves && caps.ordering == OrderingSemantics::Shift)
            QVERIFY(!concurrent);
        if (edit == Edit::AltTexts)
            QCOMPARE(concurrent, !caps.altTextThroughProduct);

        slowWrites(*rig.sim);
        rig.sim->clearRecordedRequests();
        const PublishOutcome outcome = rig.publish();
        VERIFY_STATUS(outcome, PublishOutcome::Status::Published);
        // The store ends as staged: what overlapped did not disturb the order.
        QCOMPARE(describe(rig.server(), rig.hasVariants()), describe(staged, rig.hasVariants()));
        // Each write once, none retried.
        QCOMPARE(rig.writeCount(), expectedWrites(plan));
        const int overlap = rig.sim->maxRequestsInFlight();
        if (concurrent) {
            QVERIFY2(overlap >= 2, qPrintable(QString::number(overlap)));
            QVERIFY2(overlap <= kMaxWritesInFlight, qPrintable(QString::number(overlap)));
        } else {
            QCOMPARE(overlap, 1);
        }
    }

    // Under the store's rate limit, writes sent concurrently still never meet a 429 of the
    // client's making: each write reaches the store once.
    void concurrentWritesKeepToTheRateLimit_data() {
        QTest::addColumn<QString>("dialect");
        for (const QString &d : {QStringLiteral("generic"), QStringLiteral("shopify")})
            QTest::newRow(qPrintable(d)) << d;
    }
    void concurrentWritesKeepToTheRateLimit() {
        QFETCH(QString, dialect);
        PublishRig rig;
        QVERIFY(rig.start(dialect, 24));
        const RateLimit limit{20, 4};
        rig.sim->setRateLimit(rig.dialect, limit);
        StoreProfile limited = rig.profile;
        limited.rateLimit = limit;
        rig.connect(limited, rig.token);
        QVERIFY(stage(rig, Edit::Deletes));
        const int deletes = expectedWrites(rig.session->plan());
        QVERIFY(deletes >= 20);
        slowWrites(*rig.sim);
        rig.sim->clearRecordedRequests();
        const PublishOutcome outcome = rig.publish();
        VERIFY_STATUS(outcome, PublishOutcome::Status::Published);
        QCOMPARE(rig.writeCount(), deletes); // a 429 would have been retried
        QCOMPARE(rig.server().size(), 2);
        QVERIFY(rig.sim->maxRequestsInFlight() >= 2);
    }
};

QTEST_MAIN(TestPublishConcurrency)
#include "tst_publishconcurrency.moc"
