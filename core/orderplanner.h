#pragma once

#include <QList>
#include <QString>

#include <limits>

namespace vitrine {

// Plans how to reach a wanted display order with the fewest position writes, for both ordering
// semantics. Pure functions, no Qt beyond containers; the algorithms and the proofs that their
// write counts are minimal are in docs/planner.md.
class OrderPlanner {
public:
    // --- The shared building block ----------------------------------------------------------

    // The heaviest chain of a sequence: a subsequence whose keys are non-decreasing (strictly
    // increasing when strict) with the largest total weight. Elements with a negative weight
    // cannot be chosen. O(n log n) (a Fenwick tree of prefix maxima over the ranked keys); ties
    // are broken deterministically (the earliest element wins). Returns one flag per element.
    static QList<bool> heaviestChain(const QList<qint64> &keys, const QList<qint64> &weights,
                                     bool strict);
};

} // namespace vitrine
