#pragma once

#include "core/galleryreview.h"

#include <QList>

namespace vitrine {

// The review's alt text quality rules (docs/review.md), offline and explainable: alt-is-title,
// alt-redundant-opening, alt-same-on-most, alt-misses-variant and alt-spelling. Each finding
// says why it matters and how to fix it. Part of GalleryReview::run; pure (the spelling goes
// through the SpellChecker the options name, if any).
class AltQualityRules {
public:
    static QList<ReviewFinding> run(const QList<ReviewImage> &images, const ReviewOptions &options);
};

// The review's duplicate-picture rule: images whose pictures are the same by their pixels
// (DifferenceHash within kSamePictureDistance) though their addresses differ. The finding is on
// the later copy, with the earlier one as its related image. Part of GalleryReview::run.
class DuplicatePictureRule {
public:
    static QList<ReviewFinding> run(const QList<ReviewImage> &images);
};

} // namespace vitrine
