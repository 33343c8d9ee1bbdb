#include "ui/icons.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QTest>

using namespace vitrine;

// Vitrine's own drawn icons: painted from a pixmap drawn once per size, resolution and colour,
// they look exactly like the drawing; a painter that scales gets the drawing itself, and a new
// palette colour is used at once.
class TstIcons : public QObject {
    Q_OBJECT

    // The icon painted with QIcon::paint on a transparent image of side logical pixels at dpr,
    // through a painter scaled by `scale`.
    static QImage painted(const QIcon &icon, int side, qreal dpr, QIcon::Mode mode,
                          qreal scale = 1.0) {
        const int pixels = qRound(side * dpr * scale);
        QImage image(pixels, pixels, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(dpr);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.scale(scale, scale);
        icon.paint(&painter, QRect(0, 0, side, side), Qt::AlignCenter, mode);
        return image;
    }

private Q_SLOTS:
    void paintedLikeItsDrawing_data() {
        QTest::addColumn<int>("id");
        QTest::addColumn<qreal>("dpr");
        QTest::addColumn<int>("mode");
        for (const auto id : {Icons::Id::AddImage, Icons::Id::BrokenImage, Icons::Id::Warning})
            for (const qreal dpr : {1.0, 2.0})
                for (const auto mode : {QIcon::Normal, QIcon::Disabled})
                    QTest::addRow("icon %d at %gx, mode %d", int(id), dpr, int(mode))
                        << int(id) << dpr << int(mode);
    }
    void paintedLikeItsDrawing() {
        QFETCH(int, id);
        QFETCH(qreal, dpr);
        QFETCH(int, mode);
        const QIcon icon = Icons::drawn(Icons::Id(id));
        const auto iconMode = QIcon::Mode(mode);
        const QImage first = painted(icon, 24, dpr, iconMode);
        const QImage again = painted(icon, 24, dpr, iconMode); // from the pixmap drawn first
        QImage drawing = icon.pixmap(QSize(24, 24), dpr, iconMode)
                             .toImage()
                             .convertToFormat(QImage::Format_ARGB32_Premultiplied);
        drawing.setDevicePixelRatio(dpr);
        QCOMPARE(first, drawing);
        QCOMPARE(again, drawing);
        QVERIFY(first != QImage(first.size(), first.format())); // something was painted
    }

    // Scaled by the painter (a zoomed print, say), the icon is drawn at the scaled size: as sharp
    // as the icon painted that large, not a small pixmap stretched.
    void aScalingPainterGetsASharpIcon() {
        const QIcon icon = Icons::drawn(Icons::Id::AddImage);
        const QImage scaled = painted(icon, 16, 1.0, QIcon::Normal, 3.0);
        const QImage large = painted(icon, 48, 1.0, QIcon::Normal);
        QCOMPARE(scaled, large);
    }

    // A palette change (a dark theme) paints the icon in the new colour at once.
    void aNewPaletteColourIsUsedAtOnce() {
        const QPalette before = QApplication::palette();
        const QIcon icon = Icons::drawn(Icons::Id::AddImage);
        QPalette red = before;
        red.setColor(QPalette::Active, QPalette::WindowText, Qt::red);
        QApplication::setPalette(red);
        const QImage inRed = painted(icon, 24, 1.0, QIcon::Normal);
        QPalette blue = before;
        blue.setColor(QPalette::Active, QPalette::WindowText, Qt::blue);
        QApplication::setPalette(blue);
        const QImage inBlue = painted(icon, 24, 1.0, QIcon::Normal);
        QApplication::setPalette(before);
        // The most opaque pixel of each shows its colour.
        const auto strongest = [](const QImage &image) {
            QColor best(Qt::transparent);
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    if (const QColor c = image.pixelColor(x, y); c.alpha() > best.alpha())
                        best = c;
            return best;
        };
        QCOMPARE(strongest(inRed).rgb(), QColor(Qt::red).rgb());
        QCOMPARE(strongest(inBlue).rgb(), QColor(Qt::blue).rgb());
    }
};

QTEST_MAIN(TstIcons)
#include "tst_icons.moc"
