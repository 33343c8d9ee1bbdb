#include "core/orderplanner.h"

#include <QHash>

#include <algorithm>
#include <utility>

namespace vitrine {

namespace {
// Fenwick tree of prefix maxima of (weight, -index); index -1 means "nothing".
class PrefixMax {
public:
    explicit PrefixMax(qsizetype n)
        : m_tree(n + 1, {-1, -1}) {}

    // Best (weight, element) among ranks [0, rank].
    std::pair<qint64, qsizetype> query(qsizetype rank) const {
        std::pair<qint64, qsizetype> best{-1, -1};
        for (qsizetype i = rank + 1; i > 0; i -= i & -i)
            if (better(m_tree[i], best))
                best = m_tree[i];
        return best;
    }
    void update(qsizetype rank, std::pair<qint64, qsizetype> value) {
        for (qsizetype i = rank + 1; i < m_tree.size(); i += i & -i)
            if (better(value, m_tree[i]))
                m_tree[i] = value;
    }

private:
    // Higher weight wins; on equal weight the earlier element, so results are deterministic.
    static bool better(const std::pair<qint64, qsizetype> &a,
                       const std::pair<qint64, qsizetype> &b) {
        if (a.second < 0)
            return false;
        if (b.second < 0)
            return true;
        return a.first > b.first || (a.first == b.first && a.second < b.second);
    }
    QList<std::pair<qint64, qsizetype>> m_tree;
};
// Fenwick tree of counts: how many items sit at indices <= i.
class Counter {
public:
    explicit Counter(qsizetype n)
        : m_tree(n + 1, 0) {}
    void add(qsizetype i, int delta) {
        for (++i; i < m_tree.size(); i += i & -i)
            m_tree[i] += delta;
    }
    int prefix(qsizetype i) const { // items at indices [0, i]; 0 when i < 0
        int sum = 0;
        for (++i; i > 0; i -= i & -i)
            sum += m_tree[i];
        return sum;
    }

private:
    QList<int> m_tree;
};

// Values for k images between two kept values (exclusive), spread evenly so that later moves
// find free numbers on both sides. Requires high - low >= k + 1.
void spreadBetween(QList<int> &values, qsizetype from, qsizetype k, qint64 low, qint64 high) {
    const qint64 distance = high - low;
    for (qsizetype t = 0; t < k; ++t)
        values[from + t] = int(low + (qint64(t) + 1) * distance / (qint64(k) + 1));
}

// The existing slots in the store's order: by value, then by the store's index.
QList<qsizetype> inStoreOrder(const QList<OrderSlot> &target) {
    QList<qsizetype> order;
    for (qsizetype i = 0; i < target.size(); ++i)
        if (target[i].exists)
            order << i;
    auto storeIndex = [&target](qsizetype i) {
        return target[i].storeIndex >= 0 ? qsizetype(target[i].storeIndex) : i;
    };
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return target[a].value != target[b].value ? target[a].value < target[b].value
                                                  : storeIndex(a) < storeIndex(b);
    });
    return order;
}

// How many existing images share their value with another.
int countTied(const QList<OrderSlot> &target, const QList<qsizetype> &storeOrder) {
    int tied = 0;
    for (qsizetype k = 0; k < storeOrder.size(); ++k) {
        const int value = target[storeOrder[k]].value;
        const bool sameAsPrevious = k > 0 && target[storeOrder[k - 1]].value == value;
        const bool sameAsNext =
            k + 1 < storeOrder.size() && target[storeOrder[k + 1]].value == value;
        if (sameAsPrevious || sameAsNext)
            ++tied;
    }
    return tied;
}

// The target as it would be had the store numbered its images apart: in store order, each
// value at least one past the one before.
QList<OrderSlot> untied(QList<OrderSlot> target, const QList<qsizetype> &storeOrder,
                        qint64 maxValue) {
    qint64 previous = std::numeric_limits<qint64>::min();
    for (const qsizetype i : storeOrder) {
        const qint64 value = std::min(std::max<qint64>(target[i].value, previous + 1), maxValue);
        target[i].value = int(value);
        previous = value;
    }
    return target;
}
} // namespace

QList<bool> OrderPlanner::heaviestChain(const QList<qint64> &keys, const QList<qint64> &weights,
                                        bool strict) {
    const qsizetype n = keys.size();
    QList<bool> chosen(n, false);
    if (n == 0)
        return chosen;

    QList<qint64> sorted = keys;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    PrefixMax tree(sorted.size());

    QList<qint64> best(n, -1);
    QList<qsizetype> previous(n, -1);
    qsizetype last = -1;
    for (qsizetype i = 0; i < n; ++i) {
        if (weights[i] < 0)
            continue;
        const qsizetype rank =
            std::lower_bound(sorted.begin(), sorted.end(), keys[i]) - sorted.begin();
        // Chains ending at a key <= ours (non-decreasing) or < ours (strict) can be extended.
        const auto [w, j] = tree.query(strict ? rank - 1 : rank);
        best[i] = weights[i] + (j >= 0 ? w : 0);
        previous[i] = j;
        tree.update(rank, {best[i], i});
        if (last < 0 || best[i] > best[last])
            last = i;
    }
    for (qsizetype i = last; i >= 0; i = previous[i])
        chosen[i] = true;
    return chosen;
}

OrderPlanner::AbsolutePlan OrderPlanner::planAbsolute(const QList<OrderSlot> &target,
                                                      const AbsoluteOptions &options) {
    const qsizetype n = target.size();
    AbsolutePlan plan;
    plan.values.resize(n);
    plan.kept.resize(n);
    if (n == 0)
        return plan;
    const qint64 lo = options.firstValue;
    const qint64 hi = options.maxValue;
    const qint64 spacing = std::max(1, options.spacing);
    if (hi - lo + 1 < n) {
        // Not enough integers for n distinct values: nothing can be right. Number them from lo
        // and say so; the store will refuse what does not fit.
        plan.feasible = false;
        for (qsizetype i = 0; i < n; ++i)
            plan.values[i] = int(std::min<qint64>(lo + i, std::numeric_limits<int>::max()));
    } else {
        // An image written only for its position costs a request; one written anyway only saves
        // sending an unchanged number. Weight W > n makes the count of the first kind decide.
        const qint64 w = qint64(n) + 1;
        QList<qint64> keys(n);
        QList<qint64> weights(n);
        for (qsizetype i = 0; i < n; ++i) {
            const OrderSlot &slot = target[i];
            keys[i] = qint64(slot.value) - i;
            const bool roomBefore = keys[i] >= lo;          // value - lo >= i
            const bool roomAfter = keys[i] <= hi - (n - 1); // hi - value >= n - 1 - i
            weights[i] = !slot.exists || !roomBefore || !roomAfter ? -1
                         : slot.writtenAnyway                      ? 1
                                                                   : w;
        }
        plan.kept = heaviestChain(keys, weights, false);

        qsizetype previous = -1; // index of the previous kept image
        for (qsizetype q = 0; q <= n; ++q) {
            if (q < n && !plan.kept[q])
                continue;
            const qsizetype k = q - previous - 1; // images between previous and q
            if (q < n)
                plan.values[q] = target[q].value;
            if (k > 0) {
                if (previous < 0 && q == n) {
                    const qint64 step =
                        k > 1 ? std::clamp<qint64>((hi - lo) / (k - 1), 1, spacing) : spacing;
                    for (qsizetype t = 0; t < k; ++t)
                        plan.values[t] = int(lo + t * step);
                } else if (previous < 0) {
                    spreadBetween(plan.values, 0, k, lo - 1, target[q].value);
                } else if (q == n) {
                    const qint64 base = target[previous].value;
                    const qint64 step = std::clamp<qint64>((hi - base) / k, 1, spacing);
                    for (qsizetype t = 0; t < k; ++t)
                        plan.values[previous + 1 + t] = int(base + (t + 1) * step);
                } else {
                    spreadBetween(plan.values, previous + 1, k, target[previous].value,
                                  target[q].value);
                }
            }
            previous = q;
        }
    }
    for (qsizetype i = 0; i < n; ++i)
        if (target[i].exists && !target[i].writtenAnyway && plan.values[i] != target[i].value)
            ++plan.extraWrites;
    const QList<qsizetype> storeOrder = inStoreOrder(target);
    plan.tiedImages = countTied(target, storeOrder);
    if (plan.tiedImages > 0) {
        // One level deep: the untied target has no ties (unless they are pressed against
        // maxValue, where nothing can be told apart anyway).
        const QList<OrderSlot> apartTarget = untied(target, storeOrder, hi);
        if (countTied(apartTarget, inStoreOrder(apartTarget)) == 0) {
            const AbsolutePlan apart = planAbsolute(apartTarget, options);
            plan.tieWrites = std::max(0, plan.extraWrites - apart.extraWrites);
        }
    }
    return plan;
}

OrderPlanner::ShiftPlan OrderPlanner::planShift(const QStringList &current,
                                                const QList<OrderSlot> &target,
                                                bool positionOnCreate, int firstPosition) {
    const qsizetype m = target.size();
    ShiftPlan plan;
    plan.kept.fill(false, m);
    plan.finalPositions.resize(m);
    for (qsizetype s = 0; s < m; ++s)
        plan.finalPositions[s] = firstPosition + int(s);
    if (m == 0)
        return plan;

    QHash<QString, qsizetype> slotOf;
    slotOf.reserve(m);
    for (qsizetype s = 0; s < m; ++s)
        slotOf.insert(target[s].key, s);

    // The store's list once the creates are done, as slots: the existing images in their
    // current order, followed (when the store appends every create) by the new ones in wanted
    // order. Existing images the target does not name cannot be planned and are skipped.
    QList<qsizetype> sequence;
    sequence.reserve(m);
    for (const QString &key : current)
        if (const auto it = slotOf.constFind(key); it != slotOf.constEnd() && target[*it].exists)
            sequence.append(*it);
    if (!positionOnCreate)
        for (qsizetype s = 0; s < m; ++s)
            if (!target[s].exists)
                sequence.append(s);

    const qint64 w = qint64(m) + 1;
    QList<qint64> keys(sequence.size());
    QList<qint64> weights(sequence.size());
    for (qsizetype i = 0; i < sequence.size(); ++i) {
        const OrderSlot &slot = target[sequence[i]];
        keys[i] = sequence[i];
        weights[i] = slot.exists && slot.writtenAnyway ? 1 : w;
    }
    const QList<bool> chain = heaviestChain(keys, weights, true);

    // Regions: region r holds what lies after the r-th kept image (region 0: before the first).
    // At any moment the list is, region by region: the kept image, then the images already
    // settled in that region in wanted order, then the region's unplaced images in their old
    // order (every insertion goes right after a settled image). So an image settled at wanted
    // index x lands at index (settled images wanted before x) + (unplaced images of the regions
    // before x's region).
    QList<int> regionInList(sequence.size());
    int keptSoFar = 0;
    for (qsizetype i = 0; i < sequence.size(); ++i) {
        if (chain[i]) {
            ++keptSoFar;
            plan.kept[sequence[i]] = true;
        }
        regionInList[i] = keptSoFar; // a kept image opens its own region
    }
    QList<int> regionOfSlot(m); // kept images wanted before the slot
    keptSoFar = 0;
    for (qsizetype s = 0; s < m; ++s) {
        regionOfSlot[s] = keptSoFar;
        if (plan.kept[s])
            ++keptSoFar;
    }

    Counter settled(m);              // by wanted index
    Counter unplaced(keptSoFar + 1); // by region
    QList<int> regionOfMover(m, -1);
    auto settledIndex = [&](qsizetype s) {
        return settled.prefix(s - 1) + unplaced.prefix(regionOfSlot[s] - 1);
    };

    if (positionOnCreate) {
        for (qsizetype i = 0; i < sequence.size(); ++i) {
            if (chain[i]) {
                settled.add(sequence[i], 1);
            } else {
                unplaced.add(regionInList[i], 1);
                regionOfMover[sequence[i]] = regionInList[i];
            }
        }
        for (qsizetype s = 0; s < m; ++s) {
            if (target[s].exists)
                continue;
            plan.creates.append({int(s), firstPosition + settledIndex(s)});
            settled.add(s, 1);
        }
    } else {
        for (qsizetype s = 0; s < m; ++s)
            if (!target[s].exists)
                plan.creates.append({int(s), -1});
        for (qsizetype i = 0; i < sequence.size(); ++i) {
            if (chain[i]) {
                settled.add(sequence[i], 1);
            } else {
                unplaced.add(regionInList[i], 1);
                regionOfMover[sequence[i]] = regionInList[i];
            }
        }
    }

    for (qsizetype s = 0; s < m; ++s) {
        if (regionOfMover[s] < 0)
            continue; // kept, or created in place
        unplaced.add(regionOfMover[s], -1);
        plan.moves.append({int(s), firstPosition + settledIndex(s)});
        settled.add(s, 1);
        if (!target[s].exists || !target[s].writtenAnyway)
            ++plan.extraWrites;
    }
    return plan;
}

} // namespace vitrine
