#include "models/picturehash.h"

#include "core/differencehash.h"

#include <QImage>
#include <QPainter>

namespace vitrine {

std::optional<quint64> pictureHashOf(const QImage &image) {
    if (image.isNull())
        return std::nullopt;
    QImage gray;
    if (image.hasAlphaChannel()) {
        QImage onWhite(image.size(), QImage::Format_RGB32);
        onWhite.fill(Qt::white);
        QPainter painter(&onWhite);
        painter.drawImage(0, 0, image);
        painter.end();
        gray = onWhite.convertToFormat(QImage::Format_Grayscale8);
    } else {
        gray = image.convertToFormat(QImage::Format_Grayscale8);
    }
    return DifferenceHash::of(gray.constBits(), gray.width(), gray.height(), gray.bytesPerLine());
}

} // namespace vitrine
