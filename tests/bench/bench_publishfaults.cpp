// What faults cost a publish, measured against an undisturbed publish of the same edits in the
// same run (real HTTP against the simulator, the pipeline's default retries and backoff): 43 alt
// edits at Shopify's documented pace (2 a second, a bucket of 40), then the same after three 429s,
// then against a store that answers 503 to every write. Prints times as ratios and the requests
// sent; asserts only what must hold whatever the machine (everything published, or everything
// staged), never a time.
#include "tests/publish/publishtestsupport.h"

#include <QElapsedTimer>

#include <cstdio>

using namespace vitrine;
using namespace vitrine::test;

namespace {

constexpr int kEdits = 43;

struct Run {
    PublishOutcome outcome;
    qint64 ms = 0;
    int writes = 0;
};

// A fresh store and product, the pipeline's defaults at Shopify's documented limit, 43 alt
// edits; fault (if any) in place before publishing.
Run publishWith(const std::function<void(StoreSimulator &)> &fault) {
    PublishRig rig;
    if (!rig.startOnNewProduct(SimDialect::Shopify, kEdits))
        qFatal("the simulator did not start");
    StoreProfile documented = rig.profile;
    documented.rateLimit.reset();
    documented.maxRetries = StoreProfile().maxRetries;
    documented.timeoutMs = StoreProfile().timeoutMs;
    rig.publisher.reset();
    rig.client = std::make_unique<StoreClient>(documented, rig.token); // default backoff
    rig.client->pipeline().networkAccessManager()->setProxy(QNetworkProxy::NoProxy);
    rig.publisher = std::make_unique<Publisher>(rig.client.get(), rig.session.get());
    for (int row = 0; row < kEdits; ++row)
        rig.session->setAltText({row}, QStringLiteral("Benchmarked %1").arg(row));
    if (fault)
        fault(*rig.sim);
    rig.sim->clearRecordedRequests();
    QElapsedTimer timer;
    timer.start();
    Run run;
    run.outcome = rig.publish();
    run.ms = timer.elapsed();
    run.writes = rig.writeCount();
    return run;
}

} // namespace

class BenchPublishFaults : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void faultsAgainstAnUndisturbedPublish() {
        const Run undisturbed = publishWith({});
        QCOMPARE(undisturbed.outcome.status, PublishOutcome::Status::Published);

        // Three 429s on the first write, as Shopify answers them (Retry-After: 2.0).
        const Run refused = publishWith([](StoreSimulator &sim) {
            SimFault f;
            f.method = "PUT";
            f.path = QRegularExpression(QStringLiteral(".*"));
            f.status = 429;
            f.body = R"({"errors":"Exceeded 2 calls per second for api client."})";
            f.headers = {{"Retry-After", "2.0"}};
            f.times = 3;
            sim.addFault(f);
        });
        QCOMPARE(refused.outcome.status, PublishOutcome::Status::Published);
        QCOMPARE(refused.writes, kEdits + 3);

        // Every write answered 503, forever.
        const Run down = publishWith([](StoreSimulator &sim) {
            for (const QByteArray method : {"POST", "PUT", "DELETE"}) {
                SimFault f = SimFault::storeDown();
                f.method = method;
                sim.addFault(f);
            }
        });
        QCOMPARE(down.outcome.status, PublishOutcome::Status::Offline);
        QCOMPARE(down.outcome.stillPending, kEdits);

        std::printf("\n%d alt edits, Shopify's documented pace (2/s, bucket of 40), default "
                    "retries and backoff:\n",
                    kEdits);
        std::printf("  undisturbed:                %6lld ms, %3d writes  (1.00)\n",
                    qlonglong(undisturbed.ms), undisturbed.writes);
        std::printf("  after three 429s (2 s each): %6lld ms, %3d writes  (%.2f × undisturbed; "
                    "6 s of it the store's Retry-After)\n",
                    qlonglong(refused.ms), refused.writes,
                    double(refused.ms) / double(std::max<qint64>(1, undisturbed.ms)));
        std::printf("  store down (503 to writes):  %6lld ms, %3d writes  (%.2f × undisturbed; "
                    "%d writes in the batch)\n",
                    qlonglong(down.ms), down.writes,
                    double(down.ms) / double(std::max<qint64>(1, undisturbed.ms)), kEdits);
    }
};

QTEST_MAIN(BenchPublishFaults)
#include "bench_publishfaults.moc"
