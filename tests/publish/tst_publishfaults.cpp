// The truth under faults, in every dialect (the four built in and a store described by a custom
// dialect file), over real HTTP against the simulator: a create answered with an error after
// the store did it is adopted, never created twice; a store that is down is not hammered and
// everything stays staged; answers that cannot be read are no false alarm when the verify read
// shows the store as staged; a retried delete that finds its image gone is no failure; a few
// 429s do not leave the rest of a batch crawling. Assertions count requests, never time.
#include "publishtestsupport.h"

using namespace vitrine;
using namespace vitrine::test;

using Status = PublishOutcome::Status;

Q_DECLARE_METATYPE(SimFault::Damage)

namespace {

// Every request of `method` answered by the fault from now on (times: how many).
SimFault onEvery(const QByteArray &method, int times = -1) {
    SimFault f;
    f.method = method;
    f.path = QRegularExpression(QStringLiteral(".*"));
    f.times = times;
    return f;
}

// The failing answers a proxy or a store gives: JSON, or a proxy's HTML page.
SimFault failingAnswer(const QByteArray &method, int status, bool html, int times = 1) {
    SimFault f = onEvery(method, times);
    f.status = status;
    if (html) {
        f.contentType = "text/html";
        f.body = "<html><head><title>502 Bad Gateway</title></head><body><h1>Bad "
                 "Gateway</h1></body></html>";
    } else {
        f.body = "{\"errors\":\"Internal error\"}";
    }
    return f;
}

void addDialectRows(const std::function<void(const QString &dialect)> &rows) {
    for (const QString &dialect : everyDialect())
        rows(dialect);
}

} // namespace

class TestPublishFaults : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void createAnsweredWithAnErrorAfterItWasDoneIsAdopted_data();
    void createAnsweredWithAnErrorAfterItWasDoneIsAdopted();
    void createAnsweredWithAnErrorAndNotDoneIsCreatedOnce_data();
    void createAnsweredWithAnErrorAndNotDoneIsCreatedOnce();
    void aStoreThatIsDownIsNotHammered_data();
    void aStoreThatIsDownIsNotHammered();
    void unreadableAnswersOfWritesThatWereDoneAreNoFalseAlarm_data();
    void unreadableAnswersOfWritesThatWereDoneAreNoFalseAlarm();
    void retriedDeleteFindingTheImageGoneIsNoFailure_data();
    void retriedDeleteFindingTheImageGoneIsNoFailure();
    void aFewRefusalsForLoadDoNotSlowTheRestDown();
};

void TestPublishFaults::createAnsweredWithAnErrorAfterItWasDoneIsAdopted_data() {
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("html");
    addDialectRows([](const QString &d) {
        QTest::addRow("%s: 500", qPrintable(d)) << d << 500 << false;
        QTest::addRow("%s: a proxy's HTML 502 page", qPrintable(d)) << d << 502 << true;
    });
}

// The store added the image, then answered 500 (or its proxy an HTML 502 page): the verify read
// finds the image and adopts it; neither this publish nor the next adds it again.
void TestPublishFaults::createAnsweredWithAnErrorAfterItWasDoneIsAdopted() {
    QFETCH(QString, dialect);
    QFETCH(int, status);
    QFETCH(bool, html);
    PublishRig rig;
    QVERIFY(rig.start(dialect));
    EditSession &s = *rig.session;
    const QString src = rig.imageUrl(QStringLiteral("table-top.jpg"));
    QVERIFY(!s.addImage(src, QStringLiteral("Added"), 1).isEmpty());
    QVERIFY(s.setAltText({3}, QStringLiteral("Edited too")));
    const QStringList intended = describe(s.model()->rows());
    SimFault f = failingAnswer("POST", status, html);
    f.afterApplying = true;
    rig.sim->addFault(f);
    rig.sim->clearRecordedRequests();

    const PublishOutcome o = rig.publish();
    VERIFY_STATUS(o, Status::Published);
    QCOMPARE(o.adoptedCreates, 1);
    QCOMPARE(o.unconfirmed, 1);
    QCOMPARE(rig.writeCount("POST"), 1);
    QCOMPARE(countSource(rig.server(), src), 1);
    QCOMPARE(describe(rig.server()), intended);
    QCOMPARE(s.pendingCount(), 0);
    QVERIFY2(o.message.contains(QStringLiteral("did not say whether the store made the change")),
             qPrintable(o.message));
    for (const StagedImage &row : s.model()->rows()) {
        QVERIFY(!row.isNew);
        QVERIFY2(row.error.isEmpty(), qPrintable(row.error));
    }

    rig.sim->clearRecordedRequests();
    const PublishOutcome again = rig.publish();
    VERIFY_STATUS(again, Status::NothingToPublish);
    QCOMPARE(rig.writeCount(), 0);
    QCOMPARE(countSource(rig.server(), src), 1);
}

void TestPublishFaults::createAnsweredWithAnErrorAndNotDoneIsCreatedOnce_data() {
    QTest::addColumn<QString>("dialect");
    addDialectRows([](const QString &d) { QTest::newRow(qPrintable(d)) << d; });
}

// The store did not add the image and answered 503: the create is never sent again blindly.
// The verify read does not find it, so it stays staged (looked for again, not repaired); the
// next publish does not find it either and creates it, once.
void TestPublishFaults::createAnsweredWithAnErrorAndNotDoneIsCreatedOnce() {
    QFETCH(QString, dialect);
    PublishRig rig;
    QVERIFY(rig.start(dialect));
    EditSession &s = *rig.session;
    const QString src = rig.imageUrl(QStringLiteral("table-legs.jpg"));
    QVERIFY(!s.addImage(src, QStringLiteral("Added"), 2).isEmpty());
    QVERIFY(s.setAltText({0}, QStringLiteral("Edited")));
    const QStringList intended = describe(s.model()->rows());
    rig.sim->addFault(failingAnswer("POST", 503, false));
    rig.sim->clearRecordedRequests();

    const PublishOutcome o = rig.publish();
    VERIFY_STATUS(o, Status::PartlyPublished);
    QCOMPARE(rig.writeCount("POST"), 1);
    QCOMPARE(o.repairRounds, 0);
    QCOMPARE(o.failed, 0);
    QCOMPARE(countSource(rig.server(), src), 0);
    QCOMPARE(describe(s.model()->rows()), intended);
    QVERIFY(s.pendingCount() >= 1);
    QVERIFY2(o.message.contains(QStringLiteral("looked for on the store")), qPrintable(o.message));

    rig.sim->clearRecordedRequests();
    const PublishOutcome later = rig.publish();
    VERIFY_STATUS(later, Status::Published);
    QCOMPARE(later.adoptedCreates, 0);
    QCOMPARE(rig.writeCount("POST"), 1);
    QCOMPARE(countSource(rig.server(), src), 1);
    QCOMPARE(describe(rig.server()), intended);
    QCOMPARE(s.pendingCount(), 0);
}

void TestPublishFaults::aStoreThatIsDownIsNotHammered_data() {
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<bool>("manyEdits");
    QTest::addColumn<bool>("readsFailToo");
    addDialectRows([](const QString &d) {
        QTest::addRow("%s: one edit, writes answered 503", qPrintable(d)) << d << false << false;
        QTest::addRow("%s: many edits, writes answered 503", qPrintable(d)) << d << true << false;
        QTest::addRow("%s: many edits, everything answered 503", qPrintable(d))
            << d << true << true;
    });
}

// A store answering 503 to every write (or to everything), forever: the first request that runs
// out of its retries stops the publish — whatever the batch size, at most 1 + maxRetries writes
// and never more than twice the requests an undisturbed publish sends. Everything stays staged
// and the outcome says so; once the store is back, the same edits publish.
void TestPublishFaults::aStoreThatIsDownIsNotHammered() {
    QFETCH(QString, dialect);
    QFETCH(bool, manyEdits);
    QFETCH(bool, readsFailToo);
    PublishRig rig;
    QVERIFY(rig.start(dialect, manyEdits ? 30 : 6));
    StoreProfile patient = rig.profile;
    patient.maxRetries = StoreProfile().maxRetries; // the default, not the rig's one retry
    QVERIFY(patient.maxRetries >= 2);
    rig.connect(patient, rig.token);
    EditSession &s = *rig.session;
    const int rows = s.model()->rowCount();
    if (manyEdits) {
        for (int row = 0; row < rows; ++row)
            QVERIFY(s.setAltText({row}, QStringLiteral("Edited %1").arg(row)));
        QVERIFY(s.deleteRows({rows - 1}));
    } else {
        QVERIFY(s.setAltText({1}, QStringLiteral("Edited")));
    }
    const QStringList intended = describe(s.model()->rows());
    const int pending = s.pendingCount();
    const PublishPlan plan = rig.publisher->plan();
    if (readsFailToo) {
        rig.sim->addFault(SimFault::storeDown());
    } else {
        for (const QByteArray method : {"POST", "PUT", "DELETE"}) {
            SimFault down = SimFault::storeDown();
            down.method = method;
            rig.sim->addFault(down);
        }
    }
    rig.sim->clearRecordedRequests();

    const PublishOutcome o = rig.publish();
    VERIFY_STATUS(o, Status::Offline);
    QVERIFY(o.error.has_value());
    QCOMPARE(o.error->code, StoreError::Code::Server);
    QCOMPARE(o.error->httpStatus, 503);
    // One request tried 1 + maxRetries times, nothing after it: the batch's size does not count.
    QCOMPARE(rig.writeCount(), readsFailToo ? 0 : 1 + patient.maxRetries);
    const int undisturbed = plan.requestCount() + 2; // with the check's and the verify's reads
    QVERIFY2(rig.apiRequests().size() <= 2 * qsizetype(undisturbed),
             qPrintable(QStringLiteral("%1 requests where an undisturbed publish sends %2")
                            .arg(rig.apiRequests().size())
                            .arg(undisturbed)));
    // Nothing lost, nothing half-done, and the outcome says so.
    QCOMPARE(o.stillPending, pending);
    QCOMPARE(s.pendingCount(), pending);
    QCOMPARE(describe(s.model()->rows()), intended);
    QCOMPARE(describe(rig.server()), describe(rig.loaded));
    QVERIFY2(o.message.contains(QStringLiteral("stay staged")) ||
                 o.message.contains(QStringLiteral("stays staged")),
             qPrintable(o.message));
    QVERIFY2(readsFailToo || o.message.contains(QStringLiteral("Publishing stopped")),
             qPrintable(o.message));

    rig.sim->clearFaults();
    const PublishOutcome later = rig.publish();
    VERIFY_STATUS(later, Status::Published);
    QCOMPARE(describe(rig.server()), intended);
    QCOMPARE(s.pendingCount(), 0);
}

void TestPublishFaults::unreadableAnswersOfWritesThatWereDoneAreNoFalseAlarm_data() {
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<SimFault::Damage>("damage");
    addDialectRows([](const QString &d) {
        QTest::addRow("%s: cut", qPrintable(d)) << d << SimFault::Damage::Cut;
        QTest::addRow("%s: not UTF-8", qPrintable(d)) << d << SimFault::Damage::NotUtf8;
        QTest::addRow("%s: mistyped fields", qPrintable(d)) << d << SimFault::Damage::Mistyped;
    });
}

// Every update the store carries out is answered with something unreadable: the publish does not
// take that for failures. The verify read shows the store as staged, so it is published, with a
// note about the answers.
void TestPublishFaults::unreadableAnswersOfWritesThatWereDoneAreNoFalseAlarm() {
    QFETCH(QString, dialect);
    QFETCH(SimFault::Damage, damage);
    PublishRig rig;
    QVERIFY(rig.start(dialect));
    EditSession &s = *rig.session;
    QVERIFY(s.setAltText({0, 2}, QStringLiteral("Edited, answered unreadably")));
    QVERIFY(s.moveToLast({1}));
    const QStringList intended = describe(s.model()->rows());
    SimFault unreadable = onEvery("PUT");
    unreadable.damage = damage;
    rig.sim->addFault(unreadable);
    rig.sim->clearRecordedRequests();

    const PublishOutcome o = rig.publish();
    VERIFY_STATUS(o, Status::Published);
    QVERIFY(o.verified);
    QCOMPARE(o.failed, 0);
    // Every answer the dialect reads was unreadable; Shoplazza's batched alt write only needs
    // its status (its body is never read), so it went through as done.
    const int readAnswers = rig.writeCount("PUT") - (dialect == QLatin1String("shoplazza") ? 1 : 0);
    QCOMPARE(o.unconfirmed, readAnswers);
    QVERIFY(o.unconfirmed >= 1);
    QCOMPARE(o.stillPending, 0);
    QCOMPARE(describe(rig.server()), intended);
    QVERIFY2(o.message.contains(QStringLiteral("reading the gallery back shows the store as "
                                               "staged")),
             qPrintable(o.message));
    for (const StagedImage &row : s.model()->rows())
        QVERIFY2(row.error.isEmpty(), qPrintable(row.error));
}

void TestPublishFaults::retriedDeleteFindingTheImageGoneIsNoFailure_data() {
    QTest::addColumn<QString>("dialect");
    addDialectRows([](const QString &d) { QTest::newRow(qPrintable(d)) << d; });
}

// The store deleted the image but its answer was a 503; the pipeline sent the delete again and
// the store said the image does not exist: that is what was staged, not a failure.
void TestPublishFaults::retriedDeleteFindingTheImageGoneIsNoFailure() {
    QFETCH(QString, dialect);
    PublishRig rig;
    QVERIFY(rig.start(dialect));
    EditSession &s = *rig.session;
    QVERIFY(s.deleteRows({2}));
    QVERIFY(s.setAltText({0}, QStringLiteral("Edited")));
    const QStringList intended = describe(s.model()->rows());
    SimFault lost = failingAnswer("DELETE", 503, false);
    lost.afterApplying = true;
    rig.sim->addFault(lost);
    rig.sim->clearRecordedRequests();

    const PublishOutcome o = rig.publish();
    VERIFY_STATUS(o, Status::Published);
    QCOMPARE(rig.writeCount("DELETE"), 2); // the first attempt and the pipeline's retry
    QCOMPARE(o.failed, 0);
    QCOMPARE(o.unconfirmed, 1);
    QCOMPARE(describe(rig.server()), intended);
    QCOMPARE(s.pendingCount(), 0);
    QVERIFY(s.deleteErrors().isEmpty());
    QVERIFY2(o.message.contains(QStringLiteral("did not say whether the store made the change")),
             qPrintable(o.message));
}

// Three 429s at the start of a 30-edit publish at Shopify's documented pace (2 a second, a
// bucket of 40): the rate and the burst come back as soon as the store accepts requests again,
// with no further refusal (bench_publishfaults measures what it costs).
void TestPublishFaults::aFewRefusalsForLoadDoNotSlowTheRestDown() {
    constexpr int kEdits = 30; // with the reads, within the store's bucket: no waits of its own
    PublishRig rig;
    QVERIFY(rig.startOnNewProduct(SimDialect::Shopify, kEdits));
    StoreProfile documented = rig.profile;
    documented.rateLimit.reset();                      // Shopify's own: {2, 40}
    documented.maxRetries = StoreProfile().maxRetries; // three 429s, then the fourth try
    rig.connect(documented, rig.token);
    QCOMPARE(rig.client->capabilities().rateLimit, (RateLimit{2, 40}));
    QVERIFY(rig.load());
    for (int row = 0; row < kEdits; ++row)
        QVERIFY(rig.session->setAltText({row}, QStringLiteral("Published after 429s %1").arg(row)));
    const QStringList intended = describe(rig.session->model()->rows());
    SimFault refused = onEvery("PUT", 3);
    refused.status = 429;
    refused.body = "{\"errors\":\"Exceeded 2 calls per second for api client.\"}";
    rig.sim->addFault(refused);
    rig.sim->clearRecordedRequests();

    const PublishOutcome o = rig.publish();
    VERIFY_STATUS(o, Status::Published);
    QCOMPARE(o.requests, kEdits);
    QCOMPARE(rig.writeCount("PUT"), kEdits + 3); // the three refusals, no more
    QCOMPARE(describe(rig.server()), intended);
    const Throttle &throttle = rig.client->pipeline().throttle();
    QCOMPARE(throttle.effectiveRate(), 2.0);
    QVERIFY(!throttle.recovering());
    QCOMPARE(throttle.probeAfter(), 4); // the burst came back and was never refused
}

QTEST_MAIN(TestPublishFaults)
#include "tst_publishfaults.moc"
