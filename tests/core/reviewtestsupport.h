#pragma once

#include "core/galleryreview.h"

#include <QStringList>

namespace vitrine::test {

// "2:missing-alt" per finding, in order: a review's result in one value, easy to read in a data
// table.
inline QStringList describeFindings(const QList<ReviewFinding> &findings) {
    QStringList out;
    for (const ReviewFinding &f : findings)
        out << QStringLiteral("%1:%2").arg(f.place).arg(ReviewFinding::kindName(f.kind));
    return out;
}

} // namespace vitrine::test
