#pragma once

#include "core/productimage.h"

#include <QList>
#include <QString>

namespace vitrine {

// One write request of a publish. The planner produces them; the publisher sends them in order.
struct WriteOp {
    enum class Kind { Create, Update, Delete, DeleteAll };

    Kind kind = Kind::Update;
    QString productId;
    QString imageId;  // Update, Delete: the store's id
    QString localKey; // Create: the staged image's local key, so its new id can be recorded
    ImagePatch patch; // Update: only the fields that change
    NewImage image;   // Create

    // "update alt of 123", "move 123 to 4", "create sofa.jpg", ... for logs and summaries.
    QString describe() const;
    friend bool operator==(const WriteOp &, const WriteOp &) = default;
};

// An image as the user wants it after publishing, in the wanted display order.
struct TargetImage {
    QString key; // the store id for an existing image, a local key ("new:1") for a new one
    bool isNew = false;
    ProductImage image; // src, alt, variants as wanted (position is ignored: order is list order)

    friend bool operator==(const TargetImage &, const TargetImage &) = default;
};

struct PublishPlan {
    QString productId;
    QList<WriteOp> ops;

    // What the user sees before publishing: "2 reorders, 3 alt edits, 1 delete, 1 add → 6
    // requests".
    struct Summary {
        int reorders = 0; // images whose position is written
        int altEdits = 0;
        int sourceEdits = 0;
        int variantEdits = 0;
        int deletes = 0; // images removed (a delete-all counts every image it removes)
        int adds = 0;
        int requests = 0;
    };
    Summary summary(int imagesRemovedByDeleteAll = 0) const;
    bool isEmpty() const { return ops.isEmpty(); }
};

QString describeSummary(const PublishPlan::Summary &s);

} // namespace vitrine
