#pragma once

#include "core/productimage.h"

#include <QStringList>

namespace vitrine::test {

// A gallery of n images with ids "1".."n", positions 10, 20, ... and alt "alt 1".. .
inline Gallery makeGallery(int n, int step = 10) {
    Gallery g;
    for (int i = 1; i <= n; ++i) {
        ProductImage image;
        image.id = QString::number(i);
        image.productId = QStringLiteral("p1");
        image.src = QStringLiteral("https://cdn.example.com/img%1.jpg").arg(i);
        image.alt = QStringLiteral("alt %1").arg(i);
        image.position = i * step;
        image.width = 800;
        image.height = 600;
        g.append(image);
    }
    return g;
}

// "3,1,2" -> {"3","1","2"}
inline QStringList keys(const char *commaSeparated) {
    return QString::fromLatin1(commaSeparated).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

} // namespace vitrine::test
