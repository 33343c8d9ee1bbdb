#pragma once

#include <QList>
#include <QString>

#include <limits>

namespace vitrine {

// One image of the wanted display order, as the order planners see it.
struct OrderSlot {
    QString key;
    bool exists = true;         // false: the image is created by this publish
    int value = 0;              // absolute ordering: its current store value (existing images)
    bool writtenAnyway = false; // it is updated for another field, so a position in that same
                                // update costs no request
    int storeIndex = -1; // existing images: its index in the store's list (which of two images
                         // with the same value the store shows first); -1: its target index
    friend bool operator==(const OrderSlot &, const OrderSlot &) = default;
};

// Plans how to reach a wanted display order with the fewest position writes, for both ordering
// semantics. Pure functions over plain values; the algorithms and the proofs that their write
// counts are minimal are in docs/planner.md.
class OrderPlanner {
public:
    // --- The shared building block ----------------------------------------------------------

    // The heaviest chain of a sequence: a subsequence whose keys are non-decreasing (strictly
    // increasing when strict) with the largest total weight. Elements with a negative weight
    // cannot be chosen. O(n log n) (a Fenwick tree of prefix maxima over the ranked keys); ties
    // are broken deterministically. Returns one flag per element.
    static QList<bool> heaviestChain(const QList<qint64> &keys, const QList<qint64> &weights,
                                     bool strict);

    // --- Absolute ordering (each image keeps its number; the list sorts by it) ---------------

    struct AbsoluteOptions {
        int firstValue = 0;                             // smallest value a store accepts
        int maxValue = std::numeric_limits<int>::max(); // largest value
        int spacing = 10; // distance between values given where the room is open-ended, so a
                          // later move finds a free number between two neighbours
    };
    struct AbsolutePlan {
        QList<int> values;    // per slot: the value it ends with (strictly increasing)
        QList<bool> kept;     // per slot: an existing image whose value stays as it is
        int extraWrites = 0;  // existing images not written anyway whose value must change
        bool feasible = true; // false only when [firstValue, maxValue] has too few integers
        // Existing images that share their value with another (a store that keeps numbers may
        // hold ties), and the extra writes those ties cost: extraWrites less those of the same
        // target where the store had numbered the tied images apart, in its own order (each
        // tied value moved just past the one before). Only one image of a tie can keep the
        // value, so a tie costs writes even where nothing moves.
        int tiedImages = 0;
        int tieWrites = 0;
    };
    // Keeps the largest set of existing values that can stay: images i < j can both keep their
    // values iff value_j - value_i >= j - i (room for the images between them), the first kept
    // image needs value_i - firstValue >= i and the last maxValue - value_i >= n-1-i. With
    // b_i = value_i - i that is a non-decreasing chain of b within [firstValue, maxValue-n+1]:
    // a heaviest-chain problem, O(n log n). Images written anyway weigh less than the others
    // (keeping them only saves sending an unchanged number); new images cannot be kept. The
    // others get values spread evenly between their kept neighbours. Ties among the current
    // values are counted (tiedImages, tieWrites).
    static AbsolutePlan planAbsolute(const QList<OrderSlot> &target,
                                     const AbsoluteOptions &options);

    // --- Shift ordering (writing position p moves the image to p; the server renumbers) -------

    struct ShiftStep {
        int slot = -1;     // index into the target slots
        int position = -1; // the position to send (firstPosition-based); -1: none (appended)
        friend bool operator==(const ShiftStep &, const ShiftStep &) = default;
    };
    struct ShiftPlan {
        QList<ShiftStep> creates;  // in sending order, before the moves
        QList<ShiftStep> moves;    // position writes, in sending order, after the creates
        QList<bool> kept;          // per slot: never written a position
        QList<int> finalPositions; // per slot: its position once everything is sent
        int extraWrites = 0;       // position writes that are not part of an update needed anyway
    };
    // current: the store's order of the existing images after the deletions (keys; each must
    // appear in target). The images that keep their relative order are a heaviest common
    // subsequence of current and target (every other image is written exactly once, which is
    // the minimum: a write moves one image). Creates come first, each inserted right after its
    // nearest wanted predecessor (positionOnCreate) or appended in wanted order; then every
    // other image is written, in wanted order, right after its wanted predecessor. Positions are
    // those of the simulated store list at the moment of each write, computed in O(log n) each
    // from the structure of that list (see docs/planner.md), so every write lands right.
    static ShiftPlan planShift(const QStringList &current, const QList<OrderSlot> &target,
                               bool positionOnCreate, int firstPosition);
};

} // namespace vitrine
