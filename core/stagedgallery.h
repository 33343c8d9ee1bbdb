#pragma once

#include "core/imagefield.h"
#include "core/productimage.h"
#include "core/publishplan.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace vitrine {

// One row of the gallery as staged by the user: the image as it will be, plus what is pending.
struct StagedImage {
    QString key; // the store id, or a local key ("new:1") for an image not yet created
    bool isNew = false;
    ProductImage image; // current staged values; position is the row's store order value
    QString error;      // the store's message when publishing this image's edit failed

    friend bool operator==(const StagedImage &, const StagedImage &) = default;
};

// The row of rows with key; -1 when absent.
int rowOfKey(const QList<StagedImage> &rows, const QString &key);

// A product's gallery as the user staged it, relative to the store's gallery it was loaded from.
// A plain value: GalleryModel holds the one being edited, the journal keeps copies (SessionState),
// a conflict merge (ConflictDetector) rewrites one.
struct StagedGallery {
    Gallery baseline;                     // the store's gallery the edits are relative to
    QList<StagedImage> rows;              // the wanted gallery, display order
    QStringList deletedIds;               // baseline images staged for deletion, baseline order
    QHash<QString, QString> deleteErrors; // store messages of deletions that failed, by id

    // Nothing staged: every baseline image is a row as the store has it.
    static StagedGallery unchanged(const Gallery &baseline);

    // The keys of the rows, display order.
    QStringList order() const;
    // What publishing should produce, in display order.
    QList<TargetImage> targets() const;
    int rowOfKey(const QString &key) const; // -1 when absent

    // The rows whose place counts as edited: the baseline images outside the largest set still in
    // their baseline relative order (renumbering or being shifted by other moves is no edit).
    // Among equally large sets, the one keeping most images not in movedExplicitly: after
    // swapping A and B by moving A, A is the moved one, not B.
    QSet<QString> movedKeys(const QSet<QString> &movedExplicitly = {}) const;
    // What differs from base (the row's baseline image; nullptr for a new image) for one row:
    // New alone, or any of Position (when moved), Alt, Source, Variants.
    static ImageFields editedFields(const StagedImage &row, const ProductImage *base, bool moved);
    // editedFields() of every row, index-aligned with rows (the moved ones by movedKeys()).
    QList<ImageFields> editedFieldsOfRows() const;
    // Images with staged differences plus staged deletions.
    int pendingCount() const;

    friend bool operator==(const StagedGallery &, const StagedGallery &) = default;
};

} // namespace vitrine
