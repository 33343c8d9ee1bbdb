#include "core/conflictdetector.h"

#include "core/corelogging.h"

#include <QHash>

#include <algorithm>
#include <array>

namespace vitrine {

namespace {

// Preferences among equally long readings of a reorder, in priority order: each set's ids count
// for a reading when they are kept (keep) or when they are moved (!keep).
struct Preference {
    QSet<QString> ids;
    bool keep = true;
};

// For each image of to, its index in from (-1 when from does not have it).
QList<int> placesIn(const QStringList &from, const QStringList &to) {
    QHash<QString, int> indexInFrom;
    for (int i = 0; i < from.size(); ++i)
        indexInFrom.insert(from[i], i);
    QList<int> places(to.size());
    for (int i = 0; i < to.size(); ++i)
        places[i] = indexInFrom.value(to[i], -1);
    return places;
}

// The ids of `to` outside a longest common subsequence of `from` and `to` (both hold the same
// ids). Among equally long subsequences the preferences decide, first one first, so an ambiguous
// swap is explained by moving the image that has a reason to have moved. O(n²) on a gallery (a
// store allows a few hundred images at most).
QSet<QString> movedIds(const QStringList &from, const QStringList &to,
                       const QList<Preference> &preferences) {
    const QList<int> seq = placesIn(from, to);
    const int n = int(seq.size());
    // score = (length, preference counts...), compared in that order; best chain ending at i.
    using Score = std::array<int, 4>;
    Q_ASSERT(preferences.size() < int(std::tuple_size_v<Score>));
    QList<Score> own(n, Score{});
    for (int i = 0; i < n; ++i) {
        own[i][0] = 1;
        for (int k = 0; k < preferences.size(); ++k)
            own[i][k + 1] = preferences[k].ids.contains(to[i]) == preferences[k].keep ? 1 : 0;
    }
    QList<Score> best(n);
    QList<int> previous(n, -1);
    int bestEnd = -1;
    for (int i = 0; i < n; ++i) {
        best[i] = own[i];
        for (int j = 0; j < i; ++j) {
            if (seq[j] >= seq[i])
                continue;
            Score candidate = best[j];
            for (size_t k = 0; k < candidate.size(); ++k)
                candidate[k] += own[i][k];
            if (candidate > best[i]) {
                best[i] = candidate;
                previous[i] = j;
            }
        }
        if (bestEnd < 0 || best[i] > best[bestEnd])
            bestEnd = i;
    }
    QSet<QString> kept;
    for (int i = bestEnd; i >= 0; i = previous[i])
        kept.insert(to[i]);
    QSet<QString> moved;
    for (const QString &id : to)
        if (!kept.contains(id))
            moved.insert(id);
    return moved;
}

// The ids of `to` that some longest common subsequence of `from` and `to` leaves out: every image
// one reading of the reorder takes for moved.
QSet<QString> movedInSomeReading(const QStringList &from, const QStringList &to) {
    const QList<int> seq = placesIn(from, to);
    const int n = int(seq.size());
    QList<int> ending(n, 1), starting(n, 1); // longest increasing run ending / starting at i
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < i; ++j)
            if (seq[j] < seq[i])
                ending[i] = std::max(ending[i], ending[j] + 1);
    for (int i = n - 1; i >= 0; --i)
        for (int j = i + 1; j < n; ++j)
            if (seq[j] > seq[i])
                starting[i] = std::max(starting[i], starting[j] + 1);
    int longest = 0;
    for (int i = 0; i < n; ++i)
        longest = std::max(longest, ending[i]);
    // An element is in every longest subsequence iff it lies on one and is the only such element
    // at its depth.
    QHash<int, int> onLongestAtDepth;
    for (int i = 0; i < n; ++i)
        if (ending[i] + starting[i] - 1 == longest)
            ++onLongestAtDepth[ending[i]];
    QSet<QString> moved;
    for (int i = 0; i < n; ++i)
        if (ending[i] + starting[i] - 1 != longest || onLongestAtDepth.value(ending[i]) > 1)
            moved.insert(to[i]);
    return moved;
}

// The order of the common images after a merge that takes the store's place for the images in
// taken and keeps the staged one for the rest: like merge(), each taken image goes right after
// its nearest store predecessor that is already placed.
QStringList mergedOrder(const QStringList &mine, const QStringList &theirs,
                        const QSet<QString> &taken) {
    QStringList out;
    for (const QString &id : mine)
        if (!taken.contains(id))
            out << id;
    for (int i = 0; i < theirs.size(); ++i) {
        if (!taken.contains(theirs[i]))
            continue;
        int at = 0;
        for (int j = i - 1; j >= 0; --j) {
            const qsizetype found = out.indexOf(theirs[j]);
            if (found >= 0) {
                at = int(found) + 1;
                break;
            }
        }
        out.insert(at, theirs[i]);
    }
    return out;
}

// The pairs of images whose relative order in merged nobody asked for: a pair the user reordered
// must stay as staged, one only the store reordered as the store has it, any other as loaded.
// An image in asked (a choice is needed for its place) stays where it is staged until the choice
// is made, so its pairs are only held to the user's reorders. Returns the images of such pairs.
QSet<QString> unwantedPairs(const QStringList &loaded, const QStringList &mine,
                            const QStringList &theirs, const QStringList &merged,
                            const QSet<QString> &asked) {
    QHash<QString, int> l, m, t;
    for (int i = 0; i < loaded.size(); ++i)
        l.insert(loaded[i], i);
    for (int i = 0; i < mine.size(); ++i)
        m.insert(mine[i], i);
    for (int i = 0; i < theirs.size(); ++i)
        t.insert(theirs[i], i);
    QSet<QString> out;
    for (int i = 0; i < merged.size(); ++i) {
        const QString &p = merged[i];
        for (int j = i + 1; j < merged.size(); ++j) {
            const QString &q = merged[j];
            const bool loadedBefore = l[p] < l[q];
            const bool mineBefore = m[p] < m[q];
            const bool theirsBefore = t[p] < t[q];
            if ((asked.contains(p) || asked.contains(q)) && mineBefore == loadedBefore)
                continue;
            const bool wanted = mineBefore != loadedBefore     ? mineBefore
                                : theirsBefore != loadedBefore ? theirsBefore
                                                               : loadedBefore;
            if (!wanted) {
                out.insert(p);
                out.insert(q);
            }
        }
    }
    return out;
}

// The store's update time says the image was not touched: only then are value differences
// explained away (a dialect normalising a value on reading, a CDN address that varies per read).
bool untouchedByTime(const ProductImage &base, const ProductImage &theirs, bool useTimestamps) {
    return useTimestamps && base.updatedAt.isValid() && theirs.updatedAt.isValid() &&
           base.updatedAt == theirs.updatedAt;
}

struct Field {
    Conflict::Kind kind;
    bool (*differs)(const ProductImage &, const ProductImage &);
};

const std::array<Field, 3> kFields{{
    {Conflict::Kind::AltChangedElsewhere,
     [](const ProductImage &a, const ProductImage &b) { return a.alt != b.alt; }},
    {Conflict::Kind::SourceChangedElsewhere,
     [](const ProductImage &a, const ProductImage &b) { return a.src != b.src; }},
    {Conflict::Kind::VariantsChangedElsewhere,
     [](const ProductImage &a, const ProductImage &b) {
         return !sameVariantSet(a.variantIds, b.variantIds);
     }},
}};

void copyField(Conflict::Kind kind, const ProductImage &from, ProductImage *to) {
    switch (kind) {
    case Conflict::Kind::AltChangedElsewhere:
        to->alt = from.alt;
        break;
    case Conflict::Kind::SourceChangedElsewhere:
        to->src = from.src;
        break;
    case Conflict::Kind::VariantsChangedElsewhere:
        to->variantIds = from.variantIds;
        break;
    default:
        break;
    }
}

// The views of one comparison, shared by detect and merge.
struct Views {
    QHash<QString, ProductImage> base;  // id -> as loaded
    QHash<QString, ProductImage> fresh; // id -> as the store has it now
    QHash<QString, int> rowOf;          // staged key -> index in state.staged.rows
    QSet<QString> deleted;              // staged deletions
    Gallery freshOrder;                 // display order

    Views(const SessionState &state, const Gallery &freshGallery) {
        for (const ProductImage &image : state.staged.baseline)
            base.insert(image.id, image);
        freshOrder = sortedByPosition(freshGallery);
        for (const ProductImage &image : freshOrder)
            fresh.insert(image.id, image);
        for (int i = 0; i < state.staged.rows.size(); ++i)
            rowOf.insert(state.staged.rows[i].key, i);
        for (const QString &id : state.staged.deletedIds)
            deleted.insert(id);
    }
};

// namedMoved: images a caller's earlier check took for moved on the store (merge()), preferred
// as the store's reading so the merge follows the conflicts the caller was shown.
QList<Conflict> detectImpl(const SessionState &state, const Gallery &freshGallery,
                           const ConflictDetector::Options &options,
                           const QSet<QString> &namedMoved) {
    const Views v(state, freshGallery);
    const QList<StagedImage> &rows = state.staged.rows;

    // --- Positions, among the images both sides still have: loaded (L), staged (M), fresh (F).
    auto common = [&](const QString &id) {
        return v.base.contains(id) && v.fresh.contains(id) && v.rowOf.contains(id) &&
               !options.ignore.contains(id);
    };
    QStringList loadedOrder, mineOrder, theirsOrder;
    for (const ProductImage &image : state.staged.baseline)
        if (common(image.id))
            loadedOrder << image.id;
    for (const StagedImage &row : rows)
        if (!row.isNew && common(row.key))
            mineOrder << row.key;
    for (const ProductImage &image : v.freshOrder)
        if (common(image.id))
            theirsOrder << image.id;
    // With timestamps, an image whose update time did not move is the better explanation of an
    // ambiguous reorder as "not moved".
    QSet<QString> untouched;
    if (options.useTimestamps)
        for (const QString &id : theirsOrder)
            if (untouchedByTime(v.base[id], v.fresh[id], true))
                untouched.insert(id);
    // Both sides' reorders may read several ways (an adjacent swap moved either image). A reading
    // is acceptable when the merge it leads to (the store's place taken for the images only the
    // store moved, the staged one kept for the rest) puts no pair of images in an order nobody
    // asked for: the user's reordered pairs as staged, the store's as the store has them, the
    // others as loaded. First tried: the store's reading that leaves the user's moved images
    // alone (a move only one side made is not taken for both); then the one that takes them for
    // moved on both sides, so the choice is asked about the image both moved.
    const QSet<QString> mineMaybeMoved = movedInSomeReading(loadedOrder, mineOrder);
    auto place = [](const QStringList &order, const QString &id) {
        return int(order.indexOf(id)) + 1;
    };
    struct Reading {
        QSet<QString> theirsMoved;
        QSet<QString> asked; // store-moved images the user placed elsewhere: a choice is needed
        QSet<QString> unwanted;
    };
    auto read = [&](bool overlap) {
        Reading r;
        r.theirsMoved =
            movedIds(loadedOrder, theirsOrder,
                     {{untouched, true}, {namedMoved, false}, {mineMaybeMoved, !overlap}});
        // Prefer explaining the user's reorder without the images the store moved; the pair check
        // below catches a staged move that explanation would drop.
        const QSet<QString> mineMoved = movedIds(loadedOrder, mineOrder, {{r.theirsMoved, true}});
        for (const QString &id : r.theirsMoved)
            if (mineMoved.contains(id) && place(mineOrder, id) != place(theirsOrder, id))
                r.asked.insert(id);
        r.unwanted =
            unwantedPairs(loadedOrder, mineOrder, theirsOrder,
                          mergedOrder(mineOrder, theirsOrder, r.theirsMoved - r.asked), r.asked);
        return r;
    };
    Reading reading = read(false);
    if (!reading.unwanted.isEmpty()) {
        Reading overlapping = read(true);
        if (overlapping.theirsMoved != reading.theirsMoved)
            reading = overlapping;
    }
    // No reading is clean: the store's place of an image it moved would reorder images the user
    // or the store did not mean to (a staged move dropped, or an order nobody made). Taking it is
    // not done silently: each such image needs a choice.
    for (;;) {
        const QSet<QString> taken = reading.theirsMoved - reading.asked;
        const QSet<QString> flagged = taken & reading.unwanted;
        if (flagged.isEmpty())
            break;
        reading.asked |= flagged;
        reading.unwanted =
            unwantedPairs(loadedOrder, mineOrder, theirsOrder,
                          mergedOrder(mineOrder, theirsOrder, taken - flagged), reading.asked);
    }
    const QSet<QString> &theirsMoved = reading.theirsMoved;
    // Among all kept baseline images (for an image deleted elsewhere that the user moved).
    QStringList loadedKept, mineKept;
    for (const ProductImage &image : state.staged.baseline)
        if (v.rowOf.contains(image.id))
            loadedKept << image.id;
    for (const StagedImage &row : rows)
        if (!row.isNew && v.base.contains(row.key))
            mineKept << row.key;
    const QSet<QString> mineMovedAtAll = movedIds(loadedKept, mineKept, {});

    QList<Conflict> out;
    auto finish = [&out](Conflict c) {
        c.resolution =
            c.mineChanged ? Conflict::Resolution::Unresolved : Conflict::Resolution::TakeTheirs;
        out.append(c);
    };

    // The user is deleting every image the store had: an image added meanwhile would go too
    // (a store's delete-all endpoint), so that needs a choice.
    bool deletingEverything = !state.staged.baseline.isEmpty();
    for (const ProductImage &image : state.staged.baseline)
        deletingEverything = deletingEverything && v.deleted.contains(image.id);

    for (const ProductImage &theirs : v.freshOrder) {
        if (options.ignore.contains(theirs.id))
            continue;
        const auto baseIt = v.base.constFind(theirs.id);
        if (baseIt == v.base.constEnd()) {
            Conflict c;
            c.imageId = theirs.id;
            c.kind = Conflict::Kind::AddedElsewhere;
            c.theirs = theirs;
            c.mineChanged = deletingEverything;
            finish(c);
            continue;
        }
        const ProductImage &base = *baseIt;
        const auto rowIt = v.rowOf.constFind(theirs.id);
        const bool mineDeleted = rowIt == v.rowOf.constEnd();
        const ProductImage mine = mineDeleted ? ProductImage{} : rows[*rowIt].image;
        if (!untouchedByTime(base, theirs, options.useTimestamps)) {
            for (const Field &f : kFields) {
                if (!f.differs(base, theirs))
                    continue;
                Conflict c;
                c.imageId = theirs.id;
                c.kind = f.kind;
                c.base = base;
                c.mine = mine;
                c.theirs = theirs;
                c.mineDeleted = mineDeleted;
                // The same change on both sides needs no choice.
                c.mineChanged = mineDeleted || (f.differs(base, mine) && f.differs(mine, theirs));
                finish(c);
            }
        }
        if (theirsMoved.contains(theirs.id)) {
            Conflict c;
            c.imageId = theirs.id;
            c.kind = Conflict::Kind::PositionChangedElsewhere;
            c.base = base;
            c.mine = mine;
            c.theirs = theirs;
            c.minePlace = int(mineOrder.indexOf(theirs.id)) + 1;
            c.theirsPlace = int(theirsOrder.indexOf(theirs.id)) + 1;
            c.mineChanged = reading.asked.contains(theirs.id);
            finish(c);
        }
    }

    // Images gone from the store, in the order they were loaded.
    for (const ProductImage &base : state.staged.baseline) {
        if (v.fresh.contains(base.id) || options.ignore.contains(base.id))
            continue;
        Conflict c;
        c.imageId = base.id;
        c.kind = Conflict::Kind::DeletedElsewhere;
        c.base = base;
        const auto rowIt = v.rowOf.constFind(base.id);
        c.mineDeleted = rowIt == v.rowOf.constEnd();
        if (!c.mineDeleted) {
            c.mine = rows[*rowIt].image;
            bool edited = mineMovedAtAll.contains(base.id);
            for (const Field &f : kFields)
                edited = edited || f.differs(base, c.mine);
            c.mineChanged = edited;
        }
        finish(c);
    }
    if (!out.isEmpty())
        qCDebug(lcCore) << "product" << state.productId << ":" << out.size()
                        << "changes made elsewhere," << unresolved(out).size() << "need a choice";
    return out;
}

} // namespace

QList<Conflict> ConflictDetector::detect(const SessionState &state, const Gallery &fresh) {
    return detect(state, fresh, Options{});
}

QList<Conflict> ConflictDetector::detect(const SessionState &state, const Gallery &fresh,
                                         const Options &options) {
    return detectImpl(state, fresh, options, {});
}

SessionState ConflictDetector::merge(const SessionState &state, const Gallery &freshGallery,
                                     const QList<Conflict> &resolved) {
    const Views v(state, freshGallery);

    // Every difference, found again without options, with the caller's choices applied. A
    // difference the caller's list does not name (its check used timestamps or an ignore set)
    // keeps the preset: follow the store where the user did not touch the thing, keep the
    // user's edit where they did. So nothing made elsewhere is reverted unasked and nothing
    // staged is dropped unasked.
    QSet<QString> namedMoved;
    for (const Conflict &r : resolved)
        if (r.kind == Conflict::Kind::PositionChangedElsewhere)
            namedMoved.insert(r.imageId);
    QList<Conflict> conflicts = detectImpl(state, freshGallery, Options{}, namedMoved);
    for (Conflict &c : conflicts) {
        for (const Conflict &r : resolved) {
            if (r.imageId == c.imageId && r.kind == c.kind) {
                c.resolution = r.resolution;
                break;
            }
        }
    }
    // A position change the caller's check attributed to another image of an ambiguous reorder.
    for (const Conflict &r : resolved) {
        if (r.kind != Conflict::Kind::PositionChangedElsewhere)
            continue;
        const bool known = std::any_of(conflicts.cbegin(), conflicts.cend(), [&r](const auto &c) {
            return c.imageId == r.imageId && c.kind == r.kind;
        });
        if (!known && v.fresh.contains(r.imageId))
            conflicts.append(r);
    }
    auto takeTheirs = [&conflicts](const QString &id, Conflict::Kind kind) -> std::optional<bool> {
        for (const Conflict &c : conflicts)
            if (c.imageId == id && c.kind == kind)
                return c.resolution == Conflict::Resolution::TakeTheirs;
        return std::nullopt;
    };

    int nextNewKey = 1;
    const QString newPrefix = QStringLiteral("new:");
    for (const StagedImage &row : state.staged.rows) {
        if (!row.key.startsWith(newPrefix))
            continue;
        bool ok = false;
        const int n = row.key.mid(newPrefix.size()).toInt(&ok);
        if (ok && n >= nextNewKey)
            nextNewKey = n + 1;
    }

    SessionState out;
    out.productId = state.productId;
    out.staged.baseline = v.freshOrder;
    out.observedOrdering = state.observedOrdering;

    for (StagedImage row : state.staged.rows) {
        if (row.isNew) {
            out.staged.rows.append(row);
            continue;
        }
        const auto freshIt = v.fresh.constFind(row.key);
        if (freshIt == v.fresh.constEnd()) {
            // Deleted elsewhere: kept only as an image to add again.
            if (takeTheirs(row.key, Conflict::Kind::DeletedElsewhere).value_or(true))
                continue;
            StagedImage again;
            again.key = newPrefix + QString::number(nextNewKey++);
            again.isNew = true;
            again.image = row.image;
            again.image.id.clear();
            again.image.updatedAt = {};
            out.staged.rows.append(again);
            continue;
        }
        const ProductImage &theirs = *freshIt;
        for (const Field &f : kFields)
            if (takeTheirs(row.key, f.kind).value_or(false))
                copyField(f.kind, theirs, &row.image);
        // The store's own facts come from the fresh read; what the user wants stays staged.
        row.image.position = theirs.position;
        row.image.width = theirs.width;
        row.image.height = theirs.height;
        row.image.updatedAt = theirs.updatedAt;
        out.staged.rows.append(row);
    }

    QSet<QString> placed; // store ids among out.staged.rows
    for (const StagedImage &row : out.staged.rows)
        if (!row.isNew)
            placed.insert(row.key);

    for (const QString &id : state.staged.deletedIds) {
        const auto freshIt = v.fresh.constFind(id);
        if (freshIt == v.fresh.constEnd())
            continue; // gone: the deletion is done, whoever did it
        bool undelete = false;
        for (const Field &f : kFields)
            undelete = undelete || takeTheirs(id, f.kind).value_or(false);
        if (undelete)
            continue; // placed below with the store's values, like an image added elsewhere
        out.staged.deletedIds << id;
        placed.insert(id);
        if (const QString e = state.staged.deleteErrors.value(id); !e.isEmpty())
            out.staged.deleteErrors.insert(id, e);
    }
    // Images added elsewhere the user keeps from being deleted-all stay deleted.
    for (const ProductImage &theirs : v.freshOrder) {
        if (v.base.contains(theirs.id))
            continue;
        if (!takeTheirs(theirs.id, Conflict::Kind::AddedElsewhere).value_or(true)) {
            out.staged.deletedIds << theirs.id;
            placed.insert(theirs.id);
        }
    }

    // Images to place where the store has them: moves taken from the store, images added
    // elsewhere, deletions given up. Each goes right after its nearest predecessor in the store's
    // order that is placed (or first), walking the store's order so a run of them keeps its order.
    QSet<QString> toPlace;
    for (const ProductImage &theirs : v.freshOrder) {
        if (!placed.contains(theirs.id) ||
            (takeTheirs(theirs.id, Conflict::Kind::PositionChangedElsewhere).value_or(false) &&
             !out.staged.deletedIds.contains(theirs.id)))
            toPlace.insert(theirs.id);
    }
    for (int i = 0; i < v.freshOrder.size(); ++i) {
        const ProductImage &theirs = v.freshOrder[i];
        if (!toPlace.contains(theirs.id))
            continue;
        StagedImage row{theirs.id, false, theirs, {}};
        const auto existing =
            std::find_if(out.staged.rows.cbegin(), out.staged.rows.cend(),
                         [&theirs](const StagedImage &r) { return r.key == theirs.id; });
        if (existing != out.staged.rows.cend()) {
            row = *existing;
            out.staged.rows.erase(existing);
        }
        int at = 0;
        for (int j = i - 1; j >= 0; --j) {
            const QString &previous = v.freshOrder[j].id;
            const auto found =
                std::find_if(out.staged.rows.cbegin(), out.staged.rows.cend(),
                             [&previous](const StagedImage &r) { return r.key == previous; });
            if (found != out.staged.rows.cend()) {
                at = int(found - out.staged.rows.cbegin()) + 1;
                break;
            }
        }
        out.staged.rows.insert(at, row);
    }
    return out;
}

} // namespace vitrine
