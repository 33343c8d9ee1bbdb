#include "core/orderplanner.h"

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

} // namespace vitrine
