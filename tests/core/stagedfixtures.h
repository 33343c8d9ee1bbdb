#pragma once

#include "core/productimage.h"
#include "core/sessionstate.h"

#include <QDateTime>
#include <QStringList>

namespace vitrine::test {

inline QDateTime loadedTime() {
    return QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
}
inline QDateTime laterTime() {
    return QDateTime(QDate(2026, 3, 1), QTime(10, 30), Qt::UTC);
}

// A gallery of n images with ids "1".."n", positions 10, 20, ..., alt "alt 1".., all updated at
// loadedTime().
inline Gallery makeGallery(int n) {
    Gallery g;
    for (int i = 1; i <= n; ++i) {
        ProductImage image;
        image.id = QString::number(i);
        image.productId = QStringLiteral("p1");
        image.src = QStringLiteral("https://cdn.example.com/img%1.jpg").arg(i);
        image.alt = QStringLiteral("alt %1").arg(i);
        image.position = i * 10;
        image.variantIds = {QStringLiteral("v%1").arg(i)};
        image.width = 800;
        image.height = 600;
        image.updatedAt = loadedTime();
        g.append(image);
    }
    return g;
}

// A state with nothing staged: every baseline image is a row.
inline SessionState unchangedState(const Gallery &baseline) {
    return SessionState{QStringLiteral("p1"), StagedGallery::unchanged(baseline), std::nullopt};
}

// "3,1,2" -> {"3","1","2"}
inline QStringList keys(const QString &commaSeparated) {
    return commaSeparated.split(QLatin1Char(','), Qt::SkipEmptyParts);
}

} // namespace vitrine::test
