#include "core/publishplanner.h"
#include "tests/planner/simulatedstore.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <array>
#include <cstdio>
#include <random>

using namespace vitrine;

// Prints how many requests the planner needs for random reorders, next to the naive count (one
// write per image), and how long planning 10,000 images takes. Nothing here is asserted on
// timing; the plans of the small galleries are checked against the simulated store so the
// numbers printed are numbers of plans that work.
namespace {
struct Scenario {
    const char *name;
    OrderingSemantics ordering;
    int step; // absolute: distance between the baseline values (1: no gaps)
};

const std::array<Scenario, 3> kScenarios{{
    {"absolute, values 10 apart", OrderingSemantics::Absolute, 10},
    {"absolute, consecutive values", OrderingSemantics::Absolute, 1},
    {"shift (server renumbers)", OrderingSemantics::Shift, 1},
}};

StoreCapabilities capsFor(const Scenario &s) {
    StoreCapabilities c;
    c.ordering = s.ordering;
    c.firstPosition = 1;
    c.positionOnCreate = true;
    c.fullReplaceUpdate = s.ordering == OrderingSemantics::Absolute;
    return c;
}

Gallery gallery(int n, int step) {
    Gallery g;
    g.reserve(n);
    for (int i = 0; i < n; ++i) {
        ProductImage im;
        im.id = QString::number(i + 1);
        im.src = QStringLiteral("https://cdn.example.com/%1.jpg").arg(i + 1);
        im.position = 1 + i * step;
        g.append(im);
    }
    return g;
}

// kind 0: one image moved; 1: 5% of the images moved; 2: shuffled.
QList<TargetImage> reorder(const Gallery &g, int kind, std::mt19937 &rng) {
    QList<TargetImage> t;
    for (const ProductImage &im : g)
        t.append(TargetImage{im.id, false, im});
    const int n = int(t.size());
    if (kind == 2) {
        std::shuffle(t.begin(), t.end(), rng);
        return t;
    }
    const int moves = kind == 0 ? 1 : std::max(1, n / 20);
    for (int m = 0; m < moves; ++m) {
        std::uniform_int_distribution<int> pick(0, n - 1);
        const int from = pick(rng);
        const int to = pick(rng);
        t.move(from, to);
    }
    return t;
}

bool applies(const Gallery &baseline, const QList<TargetImage> &targets,
             const StoreCapabilities &caps, const PublishPlan &plan) {
    test::SimulatedStore store(baseline, caps);
    for (const WriteOp &op : plan.ops)
        if (!store.apply(op, nullptr))
            return false;
    const Gallery result = store.gallery();
    for (qsizetype i = 0; i < targets.size(); ++i)
        if (result[i].id != targets[i].key)
            return false;
    return true;
}
} // namespace

class BenchPlanner : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void requestCounts();
    void planTenThousandImages();
};

void BenchPlanner::requestCounts() {
    const std::array<const char *, 3> kinds{"one image moved", "5% of images moved", "shuffled"};
    const int runs = 20;
    std::printf("\nRequests to publish a reorder (average of %d random reorders; naive = one write "
                "per image)\n",
                runs);
    std::printf("%-32s %-20s %6s %10s %8s\n", "ordering", "reorder", "images", "planned", "naive");
    for (const Scenario &s : kScenarios) {
        const StoreCapabilities caps = capsFor(s);
        for (int kind = 0; kind < 3; ++kind) {
            for (const int n : {10, 100, 250}) {
                std::mt19937 rng(quint32(n * 31 + kind));
                const Gallery g = gallery(n, s.step);
                double total = 0;
                for (int r = 0; r < runs; ++r) {
                    const QList<TargetImage> targets = reorder(g, kind, rng);
                    const PublishPlan plan =
                        PublishPlanner::plan(QStringLiteral("p"), g, targets, caps);
                    QVERIFY(applies(g, targets, caps, plan));
                    total += plan.requestCount();
                }
                std::printf("%-32s %-20s %6d %10.1f %8d\n", s.name, kinds[kind], n, total / runs,
                            n);
            }
        }
    }
    std::fflush(stdout);
}

void BenchPlanner::planTenThousandImages() {
    const int n = 10000;
    std::printf("\nTime to plan a shuffled gallery of %d images\n", n);
    for (const Scenario &s : kScenarios) {
        std::mt19937 rng(7);
        const Gallery g = gallery(n, s.step);
        const QList<TargetImage> targets = reorder(g, 2, rng);
        QElapsedTimer timer;
        timer.start();
        const PublishPlan plan = PublishPlanner::plan(QStringLiteral("p"), g, targets, capsFor(s));
        const qint64 ms = timer.elapsed();
        QVERIFY(!plan.isEmpty());
        QVERIFY(plan.requestCount() <= n);
        std::printf("%-32s %6lld ms  (%lld requests)\n", s.name, static_cast<long long>(ms),
                    static_cast<long long>(plan.requestCount()));
    }
    std::fflush(stdout);
}

QTEST_APPLESS_MAIN(BenchPlanner)
#include "bench_planner.moc"
