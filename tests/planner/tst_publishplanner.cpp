#include "core/orderplanner.h"
#include "core/publishplanner.h"
#include "simulatedstore.h"

#include <QHash>
#include <QQueue>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <numeric>

using namespace vitrine;
using namespace vitrine::test;

namespace {

ProductImage image(int i, int value) {
    ProductImage im;
    im.id = QString::number(i);
    im.productId = QStringLiteral("p");
    im.src = QStringLiteral("https://cdn.example.com/%1.jpg").arg(i);
    im.alt = QStringLiteral("alt %1").arg(i);
    im.position = value;
    return im;
}

StoreCapabilities absoluteCaps(int first, bool positionOnCreate = true, bool fullReplace = true,
                               bool deleteAll = true) {
    StoreCapabilities c;
    c.dialectName = QStringLiteral("absolute-test");
    c.ordering = OrderingSemantics::Absolute;
    c.firstPosition = first;
    c.positionOnCreate = positionOnCreate;
    c.fullReplaceUpdate = fullReplace;
    c.canDeleteAll = deleteAll;
    return c;
}

StoreCapabilities shiftCaps(bool positionOnCreate, bool fullReplace = false,
                            bool deleteAll = false) {
    StoreCapabilities c;
    c.dialectName = QStringLiteral("shift-test");
    c.ordering = OrderingSemantics::Shift;
    c.firstPosition = 1;
    c.positionOnCreate = positionOnCreate;
    c.fullReplaceUpdate = fullReplace;
    c.canDeleteAll = deleteAll;
    c.hasVariants = true;
    return c;
}

// Shoplazza-like: alt text of existing images goes through the product, every alt change of a
// product in one batched write of 2 requests (GET product, PUT product).
StoreCapabilities batchedAltCaps(StoreCapabilities c) {
    c.dialectName = QStringLiteral("alt-through-product-test");
    c.altTextThroughProduct = true;
    c.altTextBatchRequests = 2;
    c.fullReplaceUpdate = false;
    return c;
}

// Non-alt field changes of an image (what an image request must write on such a store).
bool changesBesidesAlt(const ProductImage &current, const ProductImage &wanted) {
    ImagePatch patch = PublishPlanner::fieldChanges(current, wanted);
    patch.alt.reset();
    return !patch.isEmpty();
}

QString describe(const QList<int> &order) {
    QStringList parts;
    for (const int i : order)
        parts << QString::number(i);
    return parts.join(QLatin1Char(','));
}

// Applies a plan to the simulated store and checks that the result is exactly the targets: order,
// fields, and (absolute) values inside [lowest, max] and strictly increasing.
bool appliesExactly(const Gallery &baseline, const QList<TargetImage> &targets,
                    const StoreCapabilities &caps, const PublishPlan &plan, int maxValue,
                    QString *why) {
    SimulatedStore store(baseline, caps);
    for (const WriteOp &op : plan.ops)
        if (!store.apply(op, why))
            return false;
    const Gallery result = store.gallery();
    if (result.size() != targets.size()) {
        *why =
            QStringLiteral("store has %1 images, wanted %2").arg(result.size()).arg(targets.size());
        return false;
    }
    for (qsizetype i = 0; i < targets.size(); ++i) {
        const TargetImage &t = targets[i];
        const QString id = t.isNew ? store.idOfLocalKey(t.key) : t.key;
        const ProductImage &got = result[i];
        QStringList wantVariants = t.image.variantIds;
        QStringList gotVariants = got.variantIds;
        wantVariants.sort();
        gotVariants.sort();
        if (got.id != id || got.alt != t.image.alt || got.src != t.image.src ||
            gotVariants != wantVariants) {
            *why = QStringLiteral("image %1 is %2 (alt '%3'), wanted %4 (alt '%5')")
                       .arg(i)
                       .arg(got.id, got.alt, id, t.image.alt);
            return false;
        }
        if (store.absolute()) {
            if (got.position < caps.lowestPosition() || got.position > maxValue ||
                (i > 0 && got.position <= result[i - 1].position)) {
                *why = QStringLiteral("value %1 at %2 out of range or not increasing")
                           .arg(got.position)
                           .arg(i);
                return false;
            }
        }
    }
    return true;
}

// --- Oracles -------------------------------------------------------------------------------

// Absolute: the fewest images whose value must change, over every subset of images that keep
// theirs. A subset can stay iff the greedy smallest assignment of the others fits.
struct AbsoluteItem {
    bool exists = true;
    bool free = false; // new, or written anyway
    int value = 0;
};

int absoluteOracle(const QList<AbsoluteItem> &items, int lo, int hi) {
    QList<int> candidates; // existing images not written anyway
    for (int i = 0; i < items.size(); ++i)
        if (items[i].exists && !items[i].free)
            candidates << i;
    int bestKept = -1;
    for (quint32 mask = 0; mask < (1u << candidates.size()); ++mask) {
        quint32 kept = 0; // by item index
        for (int b = 0; b < candidates.size(); ++b)
            if (mask & (1u << b))
                kept |= 1u << candidates[b];
        qint64 cur = qint64(lo) - 1;
        bool ok = true;
        for (int i = 0; i < items.size() && ok; ++i) {
            if (kept & (1u << i)) {
                ok = items[i].value > cur;
                cur = items[i].value;
            } else {
                cur += 1;
            }
        }
        if (ok && cur <= hi)
            bestKept = std::max(bestKept, int(qPopulationCount(kept)));
    }
    return int(candidates.size()) - bestKept;
}

// Shift: breadth-first search over every sequence of requests (move any image anywhere, update a
// field, create a new image where the store allows) from the store's list to the wanted one.
// Items are small integers; fieldItems need one update (which may also move them).
int shiftOracle(const QList<int> &start, const QList<int> &goal, const QSet<int> &fieldItems,
                const QSet<int> &newItems, bool positionOnCreate) {
    struct State {
        QList<int> list;
        quint32 done = 0;
    };
    QList<int> fieldIndex(64, -1);
    int f = 0;
    for (const int x : fieldItems)
        fieldIndex[x] = f++;
    const quint32 allDone = (1u << f) - 1;
    // 7 bits per item (ids < 64, +1 so that 0 ends the list), then the done mask.
    auto encode = [](const State &s) {
        quint64 code = 0;
        for (const int x : s.list)
            code = (code << 7) | quint64(x + 1);
        return (code << 8) | s.done;
    };
    QHash<quint64, int> dist;
    QQueue<State> queue;
    State s0{start, 0};
    dist.insert(encode(s0), 0);
    queue.enqueue(s0);
    while (!queue.isEmpty()) {
        const State s = queue.dequeue();
        const int d = dist.value(encode(s));
        if (s.list == goal && s.done == allDone)
            return d;
        QList<State> next;
        for (int i = 0; i < s.list.size(); ++i) {
            for (int p = 0; p < s.list.size(); ++p) {
                State t = s;
                const int x = t.list.takeAt(i);
                t.list.insert(p, x);
                if (fieldIndex[x] >= 0)
                    t.done |= 1u << fieldIndex[x];
                next << t;
            }
        }
        for (const int y : newItems) {
            if (s.list.contains(y))
                continue;
            const int lo = positionOnCreate ? 0 : int(s.list.size());
            for (int p = lo; p <= s.list.size(); ++p) {
                State t = s;
                t.list.insert(p, y);
                next << t;
            }
        }
        for (const State &t : next) {
            const quint64 key = encode(t);
            if (!dist.contains(key)) {
                dist.insert(key, d + 1);
                queue.enqueue(t);
            }
        }
    }
    return -1;
}

// Distances from the identity to every permutation of n images by single moves (BFS).
QHash<QList<int>, int> shiftDistances(int n) {
    QList<int> identity(n);
    std::iota(identity.begin(), identity.end(), 0);
    QHash<QList<int>, int> dist;
    dist.insert(identity, 0);
    QQueue<QList<int>> queue;
    queue.enqueue(identity);
    while (!queue.isEmpty()) {
        const QList<int> s = queue.dequeue();
        const int d = dist.value(s);
        for (int i = 0; i < n; ++i)
            for (int p = 0; p < n; ++p) {
                if (p == i)
                    continue;
                QList<int> t = s;
                const int x = t.takeAt(i);
                t.insert(p, x);
                if (!dist.contains(t)) {
                    dist.insert(t, d + 1);
                    queue.enqueue(t);
                }
            }
    }
    return dist;
}

} // namespace

class TestPublishPlanner : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void heaviestChain_data();
    void heaviestChain();
    void absoluteEveryPermutation_data();
    void absoluteEveryPermutation();
    void shiftEveryPermutation_data();
    void shiftEveryPermutation();
    void mixedEditsMatchTheOracle_data();
    void mixedEditsMatchTheOracle();
    void altEditsThroughTheProductEveryPermutation_data();
    void altEditsThroughTheProductEveryPermutation();
    void altEditsThroughTheProductAreOneBatch();
    void summaryCountsRealMovesAndRequests();
    void newImageMovedAfterItsCreateIsNamed();
    void examples_data();
    void examples();
    void predictGalleryFollowsTheStoreRules();
    void positionBases();
    void tiesAreCounted_data();
    void tiesAreCounted();
};

void TestPublishPlanner::heaviestChain_data() {
    QTest::addColumn<QList<qint64>>("keys");
    QTest::addColumn<QList<qint64>>("weights");
    QTest::addColumn<bool>("strict");
    QTest::addColumn<qint64>("bestWeight");
    QTest::newRow("empty") << QList<qint64>{} << QList<qint64>{} << true << qint64(0);
    QTest::newRow("increasing") << QList<qint64>{1, 2, 3} << QList<qint64>{1, 1, 1} << true
                                << qint64(3);
    QTest::newRow("decreasing") << QList<qint64>{3, 2, 1} << QList<qint64>{1, 1, 1} << true
                                << qint64(1);
    QTest::newRow("equal keys strict")
        << QList<qint64>{2, 2, 2} << QList<qint64>{1, 1, 1} << true << qint64(1);
    QTest::newRow("equal keys non-strict")
        << QList<qint64>{2, 2, 2} << QList<qint64>{1, 1, 1} << false << qint64(3);
    QTest::newRow("weights beat length")
        << QList<qint64>{1, 5, 2, 3} << QList<qint64>{1, 10, 1, 1} << true << qint64(11);
    QTest::newRow("ineligible skipped")
        << QList<qint64>{1, 2, 3} << QList<qint64>{1, -1, 1} << true << qint64(2);
}

void TestPublishPlanner::heaviestChain() {
    QFETCH(QList<qint64>, keys);
    QFETCH(QList<qint64>, weights);
    QFETCH(bool, strict);
    QFETCH(qint64, bestWeight);
    const QList<bool> chosen = OrderPlanner::heaviestChain(keys, weights, strict);
    QCOMPARE(chosen.size(), keys.size());
    qint64 total = 0;
    qint64 last = std::numeric_limits<qint64>::min();
    bool first = true;
    for (int i = 0; i < keys.size(); ++i) {
        if (!chosen[i])
            continue;
        QVERIFY(weights[i] >= 0);
        QVERIFY(first || (strict ? keys[i] > last : keys[i] >= last));
        first = false;
        last = keys[i];
        total += weights[i];
    }
    QCOMPARE(total, bestWeight);
}

void TestPublishPlanner::absoluteEveryPermutation_data() {
    QTest::addColumn<QList<int>>("values");
    QTest::addColumn<int>("first");
    QTest::addColumn<int>("maxValue");
    const int open = std::numeric_limits<int>::max();
    for (int n = 1; n <= 7; ++n) {
        QList<int> consecutive;
        QList<int> fromZero;
        QList<int> gaps;
        for (int i = 0; i < n; ++i) {
            consecutive << i + 1;
            fromZero << i;
            gaps << 10 * (i + 1);
        }
        const QList<int> mixedAll{1, 2, 3, 10, 11, 12, 40};
        const QList<int> tiesAll{5, 5, 6, 6, 7, 20, 20};
        const QList<int> mixed = mixedAll.mid(0, n);
        const QList<int> ties = tiesAll.mid(0, n);
        QTest::addRow("n=%d consecutive from 1, open end", n) << consecutive << 1 << open;
        QTest::addRow("n=%d consecutive from 1, no room at all", n) << consecutive << 1 << n;
        QTest::addRow("n=%d from 0 (generic)", n) << fromZero << 0 << open;
        QTest::addRow("n=%d gaps of 10", n) << gaps << 0 << open;
        QTest::addRow("n=%d mixed gaps, capped", n) << mixed << 1 << mixed.last() + 2;
        QTest::addRow("n=%d ties", n) << ties << 0 << open;
        QTest::addRow("n=%d below first value", n) << fromZero << 1 << open;
    }
}

void TestPublishPlanner::absoluteEveryPermutation() {
    QFETCH(QList<int>, values);
    QFETCH(int, first);
    QFETCH(int, maxValue);
    const int n = int(values.size());
    Gallery baseline;
    for (int i = 0; i < n; ++i)
        baseline << image(i, values[i]);
    const StoreCapabilities caps = absoluteCaps(first);
    PublishPlanner::Options options;
    options.maxPosition = maxValue;

    QList<int> perm(n);
    std::iota(perm.begin(), perm.end(), 0);
    int checked = 0;
    do {
        QList<TargetImage> targets;
        QList<AbsoluteItem> items;
        for (const int i : perm) {
            targets << TargetImage{baseline[i].id, false, baseline[i]};
            items << AbsoluteItem{true, false, values[i]};
        }
        const PublishPlan plan =
            PublishPlanner::plan(QStringLiteral("p"), baseline, targets, caps, options);
        const int oracle = absoluteOracle(items, first, maxValue);
        QVERIFY2(plan.ops.size() == oracle,
                 qPrintable(QStringLiteral("order %1: plan has %2 writes, the minimum is %3")
                                .arg(describe(perm))
                                .arg(plan.ops.size())
                                .arg(oracle)));
        QString why;
        QVERIFY2(appliesExactly(baseline, targets, caps, plan, maxValue, &why),
                 qPrintable(describe(perm) + QStringLiteral(": ") + why));
        ++checked;
    } while (std::next_permutation(perm.begin(), perm.end()));
    QVERIFY(checked >= 1);
}

void TestPublishPlanner::shiftEveryPermutation_data() {
    QTest::addColumn<int>("n");
    QTest::addColumn<bool>("fullReplace");
    for (int n = 1; n <= 7; ++n) {
        QTest::addRow("n=%d", n) << n << false;
        QTest::addRow("n=%d full-replace updates", n) << n << true;
    }
}

void TestPublishPlanner::shiftEveryPermutation() {
    QFETCH(int, n);
    QFETCH(bool, fullReplace);
    Gallery baseline;
    for (int i = 0; i < n; ++i)
        baseline << image(i, i + 1);
    const StoreCapabilities caps = shiftCaps(false, fullReplace);
    const QHash<QList<int>, int> oracle = shiftDistances(n);

    QList<int> perm(n);
    std::iota(perm.begin(), perm.end(), 0);
    do {
        QList<TargetImage> targets;
        for (const int i : perm)
            targets << TargetImage{baseline[i].id, false, baseline[i]};
        const PublishPlan plan = PublishPlanner::plan(QStringLiteral("p"), baseline, targets, caps);
        QVERIFY2(plan.ops.size() == oracle.value(perm),
                 qPrintable(QStringLiteral("order %1: plan has %2 writes, the minimum is %3")
                                .arg(describe(perm))
                                .arg(plan.ops.size())
                                .arg(oracle.value(perm))));
        QString why;
        QVERIFY2(appliesExactly(baseline, targets, caps, plan, 0, &why),
                 qPrintable(describe(perm) + QStringLiteral(": ") + why));
    } while (std::next_permutation(perm.begin(), perm.end()));
}

void TestPublishPlanner::mixedEditsMatchTheOracle_data() {
    QTest::addColumn<QString>("profile");
    QTest::addColumn<quint32>("seed");
    const QStringList profiles{QStringLiteral("generic"),
                               QStringLiteral("absolute-append"),
                               QStringLiteral("shopline"),
                               QStringLiteral("shoplazza"),
                               QStringLiteral("shift-full-replace"),
                               QStringLiteral("shoplazza-alt-batched"),
                               QStringLiteral("absolute-alt-batched")};
    // 60 scenarios per profile; 30 for the alt-through-the-product ones, whose own every-
    // permutation test below covers the ordering side (the suite has to stay fast).
    for (const QString &profile : profiles) {
        const quint32 seeds = profile.endsWith(QLatin1String("alt-batched")) ? 30 : 60;
        for (quint32 seed = 1; seed <= seeds; ++seed)
            QTest::addRow("%s #%u", qPrintable(profile), seed) << profile << seed;
    }
}

void TestPublishPlanner::mixedEditsMatchTheOracle() {
    QFETCH(QString, profile);
    QFETCH(quint32, seed);
    StoreCapabilities caps;
    if (profile == QLatin1String("generic"))
        caps = absoluteCaps(0, true, true, true);
    else if (profile == QLatin1String("absolute-append"))
        caps = absoluteCaps(1, false, false, false);
    else if (profile == QLatin1String("shopline"))
        caps = shiftCaps(false, false, false);
    else if (profile == QLatin1String("shoplazza"))
        caps = shiftCaps(true, false, false);
    else if (profile == QLatin1String("shoplazza-alt-batched"))
        caps = batchedAltCaps(shiftCaps(true, false, false));
    else if (profile == QLatin1String("absolute-alt-batched"))
        caps = batchedAltCaps(absoluteCaps(1, true, false, false));
    else
        caps = shiftCaps(true, true, true);
    const bool absolute = caps.ordering == OrderingSemantics::Absolute;
    const bool batched = caps.altTextThroughProduct;

    // A deterministic random scenario: up to 5 store images (values tight or gapped), some
    // deleted, some with field changes, up to 2 new images, in a random wanted order.
    QRandomGenerator rng(seed);
    const int n = rng.bounded(0, 6);
    Gallery baseline;
    int value = caps.firstPosition + rng.bounded(0, 3);
    for (int i = 0; i < n; ++i) {
        baseline << image(i, value);
        value += rng.bounded(0, 3) == 0 ? 1 : rng.bounded(1, 4);
    }
    QList<TargetImage> targets;
    int deleted = 0;
    for (const ProductImage &b : baseline) {
        if (rng.bounded(0, 5) == 0) {
            ++deleted;
            continue;
        }
        TargetImage t{b.id, false, b};
        if (rng.bounded(0, 4) == 0)
            t.image.alt = QStringLiteral("edited ") + b.id;
        if (!absolute && rng.bounded(0, 6) == 0)
            t.image.variantIds = QStringList{QStringLiteral("v") + b.id};
        // Only where alt text is batched, so the other profiles keep their scenarios.
        if (batched && rng.bounded(0, 6) == 0)
            t.image.src = QStringLiteral("https://cdn.example.com/replaced-%1.jpg").arg(b.id);
        targets << t;
    }
    const int creates = rng.bounded(0, 3);
    for (int k = 0; k < creates; ++k) {
        ProductImage im = image(100 + k, 0);
        im.id.clear();
        targets << TargetImage{QStringLiteral("new:%1").arg(k + 1), true, im};
    }
    std::shuffle(targets.begin(), targets.end(), std::mt19937(seed));

    const PublishPlan plan = PublishPlanner::plan(QStringLiteral("p"), baseline, targets, caps);

    // The oracle's count of HTTP requests. Where alt text goes through the product, every alt
    // change costs the batch (2 requests, once) and no image request: only other field changes
    // make an image "written anyway".
    const bool allGone = deleted == n;
    const int deleteCost = caps.canDeleteAll && allGone && deleted >= 2 ? 1 : deleted;
    int altBatch = 0;
    if (batched)
        for (const TargetImage &t : targets)
            if (!t.isNew && baseline[t.key.toInt()].alt != t.image.alt)
                altBatch = caps.altTextBatchRequests;
    auto writtenAnyway = [&](const ProductImage &b, const ProductImage &wanted) {
        return batched ? changesBesidesAlt(b, wanted)
                       : !PublishPlanner::fieldChanges(b, wanted).isEmpty();
    };
    int minimum = deleteCost + creates + altBatch;
    if (absolute) {
        QList<AbsoluteItem> items;
        int fieldWrites = 0;
        int lastExisting = -1;
        for (int i = 0; i < targets.size(); ++i) {
            const TargetImage &t = targets[i];
            if (t.isNew) {
                items << AbsoluteItem{false, true, 0};
                continue;
            }
            lastExisting = i;
            const ProductImage &b = baseline[t.key.toInt()];
            const bool written = writtenAnyway(b, t.image);
            fieldWrites += written ? 1 : 0;
            items << AbsoluteItem{true, written, b.position};
        }
        minimum += fieldWrites +
                   absoluteOracle(items, caps.firstPosition, std::numeric_limits<int>::max());
        if (!caps.positionOnCreate) {
            // Appended with a value the store picks (greater than all): every new image that an
            // existing image must follow needs a position write of its own.
            for (int i = 0; i < lastExisting; ++i)
                minimum += targets[i].isNew ? 1 : 0;
        }
    } else {
        // Small integers for the BFS: existing images by baseline index, new ones from 50.
        QList<int> start;
        for (const ProductImage &b : baseline)
            if (std::any_of(targets.cbegin(), targets.cend(),
                            [&b](const TargetImage &t) { return t.key == b.id; }))
                start << b.id.toInt();
        QList<int> goal;
        QSet<int> fieldItems;
        QSet<int> newItems;
        for (const TargetImage &t : targets) {
            if (t.isNew) {
                const int x = 50 + t.key.mid(4).toInt();
                goal << x;
                newItems.insert(x);
            } else {
                const int x = t.key.toInt();
                goal << x;
                if (writtenAnyway(baseline[x], t.image))
                    fieldItems.insert(x);
            }
        }
        minimum = deleteCost + altBatch +
                  shiftOracle(start, goal, fieldItems, newItems, caps.positionOnCreate);
    }
    QCOMPARE(plan.requestCount(), minimum);
    QCOMPARE(plan.summary().requests, minimum);
    // At most one batched alt write, and only where the store has it.
    const auto batches = std::count_if(plan.ops.cbegin(), plan.ops.cend(), [](const WriteOp &op) {
        return op.kind == WriteOp::Kind::UpdateAltTexts;
    });
    QCOMPARE(batches, altBatch > 0 ? 1 : 0);

    // Deletes first, then creates, then updates.
    int phase = 0;
    for (const WriteOp &op : plan.ops) {
        const int p = op.kind == WriteOp::Kind::Delete || op.kind == WriteOp::Kind::DeleteAll ? 0
                      : op.kind == WriteOp::Kind::Create                                      ? 1
                                                                                              : 2;
        if (!(absolute && !caps.positionOnCreate)) // there updates of existing images go first
            QVERIFY2(p >= phase, qPrintable(op.describe()));
        phase = std::max(phase, p);
    }
    QString why;
    QVERIFY2(appliesExactly(baseline, targets, caps, plan, std::numeric_limits<int>::max(), &why),
             qPrintable(why));
}

// Every permutation of n = 1..6 on a store that saves alt text through the product, with the alt
// text of every other image edited: the alt changes are one batch (2 requests) and the moves are
// exactly the fewest single moves (BFS) — an alt edit does not make moving that image free, as
// the move is an image request of its own. Shift and absolute ordering.
void TestPublishPlanner::altEditsThroughTheProductEveryPermutation_data() {
    QTest::addColumn<int>("n");
    QTest::addColumn<bool>("shift");
    for (int n = 1; n <= 6; ++n) {
        QTest::addRow("n=%d shift", n) << n << true;
        QTest::addRow("n=%d absolute, consecutive", n) << n << false;
    }
}

void TestPublishPlanner::altEditsThroughTheProductEveryPermutation() {
    QFETCH(int, n);
    QFETCH(bool, shift);
    Gallery baseline;
    for (int i = 0; i < n; ++i)
        baseline << image(i, i + 1);
    const StoreCapabilities caps =
        batchedAltCaps(shift ? shiftCaps(true) : absoluteCaps(1, true, false, false));
    const QHash<QList<int>, int> moves = shiftDistances(n);
    const int hi = std::numeric_limits<int>::max();

    QList<int> perm(n);
    std::iota(perm.begin(), perm.end(), 0);
    do {
        QList<TargetImage> targets;
        QList<AbsoluteItem> items;
        QStringList altEdited;
        for (const int i : perm) {
            TargetImage t{baseline[i].id, false, baseline[i]};
            if (i % 2 == 0) {
                t.image.alt = QStringLiteral("new alt %1").arg(i);
                altEdited << t.key;
            }
            targets << t;
            items << AbsoluteItem{true, false, baseline[i].position};
        }
        const PublishPlan plan = PublishPlanner::plan(QStringLiteral("p"), baseline, targets, caps);
        const int positionWrites = shift ? moves.value(perm) : absoluteOracle(items, 1, hi);
        QVERIFY2(plan.requestCount() == positionWrites + 2,
                 qPrintable(QStringLiteral("order %1: plan takes %2 requests, the minimum is %3")
                                .arg(describe(perm))
                                .arg(plan.requestCount())
                                .arg(positionWrites + 2)));
        QCOMPARE(plan.ops.size(), positionWrites + 1);
        const WriteOp &batch = plan.ops.last();
        QCOMPARE(batch.kind, WriteOp::Kind::UpdateAltTexts);
        QCOMPARE(batch.requests, 2);
        QStringList batchIds;
        for (const AltTextEdit &e : batch.altTexts)
            batchIds << e.imageId;
        QCOMPARE(batchIds, altEdited); // display order
        for (qsizetype k = 0; k + 1 < plan.ops.size(); ++k) {
            QCOMPARE(plan.ops[k].kind, WriteOp::Kind::Update);
            QVERIFY(!plan.ops[k].patch.alt);
        }
        QString why;
        QVERIFY2(appliesExactly(baseline, targets, caps, plan, hi, &why),
                 qPrintable(describe(perm) + QStringLiteral(": ") + why));
    } while (std::next_permutation(perm.begin(), perm.end()));
}

// The audit's case: the last image goes first and the three others get new alt text. Moving the
// one image costs 1 request and the alt texts 2; moving the three alt-edited images "for free"
// would cost 3 image requests besides the alt texts.
void TestPublishPlanner::altEditsThroughTheProductAreOneBatch() {
    Gallery baseline;
    for (int i = 0; i < 4; ++i)
        baseline << image(i, i + 1);
    QList<TargetImage> targets;
    for (const int i : {3, 0, 1, 2}) {
        TargetImage t{baseline[i].id, false, baseline[i]};
        if (i != 3)
            t.image.alt = QStringLiteral("better alt %1").arg(i);
        targets << t;
    }
    const StoreCapabilities caps = batchedAltCaps(shiftCaps(true));
    const PublishPlan plan = PublishPlanner::plan(QStringLiteral("p"), baseline, targets, caps);
    QStringList described;
    for (const WriteOp &op : plan.ops)
        described << op.describe();
    QCOMPARE(described, (QStringList{QStringLiteral("update 3 (position=1)"),
                                     QStringLiteral("update alt text of 3 images (0, 1, 2)")}));
    QCOMPARE(plan.requestCount(), 3);
    QCOMPARE(describeSummary(plan.summary()),
             QStringLiteral("1 reorder, 3 alt text edits → 3 requests"));
    QString why;
    QVERIFY2(appliesExactly(baseline, targets, caps, plan, 0, &why), qPrintable(why));

    // Five alt edits and nothing else: one batch, 2 requests.
    Gallery five;
    for (int i = 0; i < 5; ++i)
        five << image(i, i + 1);
    QList<TargetImage> altOnly;
    for (const ProductImage &b : five) {
        TargetImage t{b.id, false, b};
        t.image.alt = b.alt + QStringLiteral(" (edited)");
        altOnly << t;
    }
    const PublishPlan batch = PublishPlanner::plan(QStringLiteral("p"), five, altOnly, caps);
    QCOMPARE(batch.ops.size(), 1);
    QCOMPARE(batch.requestCount(), 2);
    QCOMPARE(describeSummary(batch.summary()), QStringLiteral("5 alt text edits → 2 requests"));
    // A store without the capability takes alt text in each image's update.
    const PublishPlan perImage =
        PublishPlanner::plan(QStringLiteral("p"), five, altOnly, shiftCaps(true));
    QCOMPARE(perImage.ops.size(), 5);
    QCOMPARE(perImage.requestCount(), 5);
}

// "n reorders" counts images that really move. A shift store with full-replace updates gets a
// position in every update, also in a field-only one, where it restates the image's place.
void TestPublishPlanner::summaryCountsRealMovesAndRequests() {
    Gallery baseline;
    for (int i = 0; i < 4; ++i)
        baseline << image(i, i + 1);
    const StoreCapabilities caps = shiftCaps(false, true);
    QList<TargetImage> altOnly;
    for (const ProductImage &b : baseline)
        altOnly << TargetImage{b.id, false, b};
    altOnly[1].image.alt = QStringLiteral("edited");
    PublishPlan plan = PublishPlanner::plan(QStringLiteral("p"), baseline, altOnly, caps);
    QCOMPARE(plan.ops.size(), 1);
    QCOMPARE(plan.ops[0].patch.position, std::optional<int>(2)); // full replace: sent anyway
    PublishPlan::Summary s = plan.summary();
    QCOMPARE(s.reorders, 0);
    QCOMPARE(s.altEdits, 1);
    QCOMPARE(s.requests, 1);
    QCOMPARE(describeSummary(s), QStringLiteral("1 alt text edit → 1 request"));

    // The last image first, plus the alt edit of another: one reorder, one alt edit.
    QList<TargetImage> moved{altOnly[3], altOnly[0], altOnly[1], altOnly[2]};
    plan = PublishPlanner::plan(QStringLiteral("p"), baseline, moved, caps);
    s = plan.summary();
    QCOMPARE(s.reorders, 1);
    QCOMPARE(s.altEdits, 1);
    QCOMPARE(s.requests, 2);
    QString why;
    QVERIFY2(appliesExactly(baseline, moved, caps, plan, 0, &why), qPrintable(why));
}

// A new image the store appends and the planner then moves has no store id in the plan: it is
// named by its URL's file name.
void TestPublishPlanner::newImageMovedAfterItsCreateIsNamed() {
    const Gallery baseline{image(0, 10), image(1, 20)}; // absolute: room below the first
    ProductImage sofa;
    sofa.src = QStringLiteral("https://cdn.example.com/images/sofa.jpg?v=2");
    sofa.alt = QStringLiteral("Sofa");
    const QList<TargetImage> targets{TargetImage{QStringLiteral("new:1"), true, sofa},
                                     TargetImage{baseline[0].id, false, baseline[0]},
                                     TargetImage{baseline[1].id, false, baseline[1]}};
    // Shift, appended on create (SHOPLINE-like) and absolute, appended (a custom dialect).
    for (const StoreCapabilities &caps : {shiftCaps(false), absoluteCaps(1, false, false, false)}) {
        const PublishPlan plan = PublishPlanner::plan(QStringLiteral("p"), baseline, targets, caps);
        QCOMPARE(plan.ops.size(), 2);
        QCOMPARE(plan.ops[0].describe(),
                 QStringLiteral("create https://cdn.example.com/images/sofa.jpg?v=2"));
        QVERIFY2(plan.ops[1].describe().startsWith(QLatin1String("update new image sofa.jpg (")),
                 qPrintable(plan.ops[1].describe()));
        QString why;
        QVERIFY2(
            appliesExactly(baseline, targets, caps, plan, std::numeric_limits<int>::max(), &why),
            qPrintable(why));
    }
    // Without a file name, the local key.
    WriteOp op;
    op.localKey = QStringLiteral("new:7");
    op.patch.position = 1;
    QCOMPARE(op.describe(), QStringLiteral("update new image new:7 (position=1)"));
}

void TestPublishPlanner::examples_data() {
    QTest::addColumn<QList<int>>("values");
    QTest::addColumn<QList<int>>("order");
    QTest::addColumn<bool>("shift");
    QTest::addColumn<QStringList>("expectedOps");
    // Absolute: a move with room between its new neighbours is one write, with a value in the
    // middle of the gap.
    QTest::newRow("absolute: room in the gap")
        << QList<int>{10, 20, 30, 40} << QList<int>{0, 3, 1, 2} << false
        << QStringList{QStringLiteral("update 3 (position=15)")};
    QTest::newRow("absolute: to the front below the first value")
        << QList<int>{10, 20, 30} << QList<int>{2, 0, 1} << false
        << QStringList{QStringLiteral("update 2 (position=4)")};
    QTest::newRow("absolute: to the end") << QList<int>{1, 2, 3} << QList<int>{1, 2, 0} << false
                                          << QStringList{QStringLiteral("update 0 (position=13)")};
    QTest::newRow("absolute: no room, shift the fewest")
        << QList<int>{1, 2, 3, 4} << QList<int>{0, 3, 1, 2} << false
        << QStringList{QStringLiteral("update 1 (position=14)"),
                       QStringLiteral("update 2 (position=24)")};
    // Shift: the image outside the longest common subsequence moves, once.
    QTest::newRow("shift: last to front")
        << QList<int>{1, 2, 3, 4} << QList<int>{3, 0, 1, 2} << true
        << QStringList{QStringLiteral("update 3 (position=1)")};
    QTest::newRow("shift: two moves land in sequence")
        << QList<int>{1, 2, 3, 4, 5} << QList<int>{4, 1, 2, 3, 0} << true
        << QStringList{QStringLiteral("update 4 (position=1)"),
                       QStringLiteral("update 0 (position=5)")};
}

void TestPublishPlanner::examples() {
    QFETCH(QList<int>, values);
    QFETCH(QList<int>, order);
    QFETCH(bool, shift);
    QFETCH(QStringList, expectedOps);
    Gallery baseline;
    for (int i = 0; i < values.size(); ++i)
        baseline << image(i, values[i]);
    QList<TargetImage> targets;
    for (const int i : order)
        targets << TargetImage{baseline[i].id, false, baseline[i]};
    const StoreCapabilities caps = shift ? shiftCaps(false) : absoluteCaps(0);
    const PublishPlan plan = PublishPlanner::plan(QStringLiteral("p"), baseline, targets, caps);
    QStringList described;
    for (const WriteOp &op : plan.ops)
        described << op.describe();
    QCOMPARE(described, expectedOps);
}

// A generic store: displayOrder takes values from 0 (minPosition), while a generic store set to
// shift counts from 1 (firstPosition), like the simulator. Each ordering uses its own base.
void TestPublishPlanner::positionBases() {
    StoreCapabilities caps = absoluteCaps(1);
    caps.minPosition = 0;
    Gallery baseline;
    for (int i = 0; i < 3; ++i)
        baseline << image(i, i + 1);
    QList<TargetImage> targets;
    for (const int i : {2, 0, 1})
        targets << TargetImage{baseline[i].id, false, baseline[i]};
    QString why;
    // Absolute: 0 is free below the first value, so one write.
    const PublishPlan absolute = PublishPlanner::plan(QStringLiteral("p"), baseline, targets, caps);
    QCOMPARE(absolute.ops.size(), 1);
    QCOMPARE(absolute.ops.first().describe(), QStringLiteral("update 2 (position=0)"));
    QVERIFY2(
        appliesExactly(baseline, targets, caps, absolute, std::numeric_limits<int>::max(), &why),
        qPrintable(why));
    // Shift: the first place is 1, whatever the lowest value an absolute store would take.
    caps.ordering = OrderingSemantics::Shift;
    caps.fullReplaceUpdate = false;
    const PublishPlan shift = PublishPlanner::plan(QStringLiteral("p"), baseline, targets, caps);
    QCOMPARE(shift.ops.size(), 1);
    QCOMPARE(shift.ops.first().describe(), QStringLiteral("update 2 (position=1)"));
    QVERIFY2(appliesExactly(baseline, targets, caps, shift, std::numeric_limits<int>::max(), &why),
             qPrintable(why));
}

void TestPublishPlanner::predictGalleryFollowsTheStoreRules() {
    Gallery baseline{image(1, 1), image(2, 2), image(3, 3)};
    // Shift: position 1 for image 3 renumbers the others; the failed op (left out) changes
    // nothing.
    WriteOp move;
    move.kind = WriteOp::Kind::Update;
    move.imageId = QStringLiteral("3");
    move.patch.position = 1;
    move.patch.alt = QStringLiteral("front");
    Gallery g = PublishPlanner::predictGallery(baseline, {move}, shiftCaps(false), {});
    QCOMPARE(g.size(), 3);
    QCOMPARE(g[0].id, QStringLiteral("3"));
    QCOMPARE(g[0].alt, QStringLiteral("front"));
    QCOMPARE(g[1].id, QStringLiteral("1"));
    QCOMPARE(g[1].position, 2);
    // Absolute: values are set, then sorted; a create takes the id the store returned.
    WriteOp create;
    create.kind = WriteOp::Kind::Create;
    create.localKey = QStringLiteral("new:1");
    create.image.src = QStringLiteral("https://x.example/n.jpg");
    create.image.position = 5;
    ProductImage returned = image(9, 0);
    move.patch.position = 0;
    g = PublishPlanner::predictGallery(baseline, {create, move}, absoluteCaps(0),
                                       {{QStringLiteral("new:1"), returned}});
    QCOMPARE(g.size(), 4);
    QCOMPARE(g[0].id, QStringLiteral("3"));
    QCOMPARE(g[0].position, 0);
    QCOMPARE(g[1].id, QStringLiteral("1"));
    QCOMPARE(g[3].id, QStringLiteral("9"));
    QCOMPARE(g[3].position, 5);
}

// With an application object: the plural forms of the summaries are a translation (English).
void TestPublishPlanner::tiesAreCounted_data() {
    QTest::addColumn<QList<int>>("values"); // the store's images in its order
    QTest::addColumn<QList<int>>("wanted"); // indexes into values, in wanted order
    QTest::addColumn<int>("extraWrites");
    QTest::addColumn<int>("tiedImages");
    QTest::addColumn<int>("tieWrites");
    QTest::newRow("no ties") << QList<int>{0, 10, 20} << QList<int>{0, 1, 2} << 0 << 0 << 0;
    QTest::newRow("two tied, nothing moves")
        << QList<int>{1, 1, 2, 3} << QList<int>{0, 1, 2, 3} << 1 << 2 << 1;
    QTest::newRow("three tied, nothing moves")
        << QList<int>{5, 5, 5} << QList<int>{0, 1, 2} << 2 << 3 << 2;
    // The user swapped the tied pair: the write is the move's, apart or not.
    QTest::newRow("tied pair swapped") << QList<int>{1, 1, 5} << QList<int>{1, 0, 2} << 1 << 2 << 0;
    // A move elsewhere and a tie: only the tie's write is the tie's.
    QTest::newRow("tie and a move")
        << QList<int>{10, 10, 20, 30, 40} << QList<int>{0, 1, 2, 4, 3} << 2 << 2 << 1;
}

// A store that keeps numbers may hold ties; the plan counts them and the writes they cost over
// the same target on a store that had numbered them apart.
void TestPublishPlanner::tiesAreCounted() {
    QFETCH(QList<int>, values);
    QFETCH(QList<int>, wanted);
    QFETCH(int, extraWrites);
    QFETCH(int, tiedImages);
    QFETCH(int, tieWrites);
    QList<OrderSlot> slots;
    for (const int i : wanted) {
        OrderSlot slot;
        slot.key = QString::number(i);
        slot.value = values[i];
        slot.storeIndex = i;
        slots << slot;
    }
    const OrderPlanner::AbsolutePlan plan = OrderPlanner::planAbsolute(slots, {});
    QCOMPARE(plan.extraWrites, extraWrites);
    QCOMPARE(plan.tiedImages, tiedImages);
    QCOMPARE(plan.tieWrites, tieWrites);
    for (int i = 1; i < plan.values.size(); ++i)
        QVERIFY(plan.values[i - 1] < plan.values[i]);
}

QTEST_GUILESS_MAIN(TestPublishPlanner)
#include "tst_publishplanner.moc"
