#pragma once

#include "core/productimage.h"

#include <QList>
#include <QString>

namespace vitrine {

// The alt text one image of a batched alt write (WriteOp::Kind::UpdateAltTexts) gets.
struct AltTextEdit {
    QString imageId; // the store's id
    QString alt;
    friend bool operator==(const AltTextEdit &, const AltTextEdit &) = default;
};

// One write of a publish. The planner produces them; the publisher sends them in order. Most are
// one HTTP request; `requests` says how many each really takes.
struct WriteOp {
    enum class Kind {
        Create,
        Update,
        Delete,
        DeleteAll,
        // The alt text of several existing images at once, where the store saves alt text through
        // the product (StoreCapabilities::altTextThroughProduct): every image in altTexts.
        UpdateAltTexts,
    };

    Kind kind = Kind::Update;
    QString productId;
    QString imageId;  // Update, Delete: the store's id (empty for a new image moved after its
                      // create: localKey names it)
    QString localKey; // Create, and Update of a new image: the staged image's local key
    ImagePatch patch; // Update: only the fields that change
    NewImage image;   // Create; Update of a new image: its src, to name it in describe()
    QList<AltTextEdit> altTexts; // UpdateAltTexts, in display order
    // The HTTP requests this write takes (UpdateAltTexts: the store's altTextBatchRequests).
    int requests = 1;
    // Update: the position only restates the place the image has when the update is sent (a
    // full-replace update must send one), so the update moves nothing and is no reorder.
    bool keepsPlace = false;

    // "update 123 (alt, position=4)", "create sofa.jpg", "update new image sofa.jpg
    // (position=1)", "update alt text of 2 images (123, 456)", ... for logs and summaries.
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
    // Images on the store that share a position with another, and the writes the plan needs
    // only because of that (OrderPlanner::AbsolutePlan): the summary says why they are sent.
    int tiedImages = 0;
    int tieWrites = 0;

    // What the user sees before publishing: "2 reorders, 3 alt edits, 1 delete, 1 add → 6
    // requests".
    struct Summary {
        int reorders = 0; // images whose position is written to move them
        int altEdits = 0; // images whose alt text is written (a batched write counts each)
        int sourceEdits = 0;
        int variantEdits = 0;
        int deletes = 0; // images removed (a delete-all counts every image it removes)
        int adds = 0;
        int requests = 0; // HTTP requests (requestCount())
    };
    Summary summary(int imagesRemovedByDeleteAll = 0) const;
    // The HTTP requests the ops take together (each op's `requests`).
    int requestCount() const;
    bool isEmpty() const { return ops.isEmpty(); }
};

QString describeSummary(const PublishPlan::Summary &s);

} // namespace vitrine
