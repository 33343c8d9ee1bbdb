#include "ui/icons.h"

#include <QApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmapCache>

#include <functional>

namespace vitrine {

namespace {

// Drawings use a 24×24 design grid; strokes are 2 units wide with round caps.
using Drawing = std::function<void(QPainter &, const QColor &)>;

Drawing drawingFor(Icons::Id id);

// Paints a drawing in the palette's colour for the mode. Drawn once per size, resolution and
// colour (QPixmapCache) and copied from then on: a screen of cards and table rows shows dozens of
// the same stand-in drawing, and stroking its paths each time was a good part of painting a first
// screen. A painter that scales or rotates gets the drawing itself, sharp at any scale.
class DrawnIconEngine : public QIconEngine {
public:
    explicit DrawnIconEngine(Icons::Id id)
        : m_id(id)
        , m_drawing(drawingFor(id)) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override {
        const QColor color = colorFor(mode);
        const int side = qMin(rect.width(), rect.height());
        if (side <= 0)
            return;
        if (painter->transform().type() > QTransform::TxTranslate) {
            draw(painter, rect, color);
            return;
        }
        const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        const QString key = QStringLiteral("vitrine/drawn-icon/%1/%2/%3/%4")
                                .arg(int(m_id))
                                .arg(side)
                                .arg(dpr)
                                .arg(color.rgba());
        QPixmap pixmap;
        if (!QPixmapCache::find(key, &pixmap)) {
            pixmap = QPixmap((QSizeF(side, side) * dpr).toSize());
            pixmap.setDevicePixelRatio(dpr);
            pixmap.fill(Qt::transparent);
            QPainter onPixmap(&pixmap);
            draw(&onPixmap, QRect(0, 0, side, side), color);
            onPixmap.end();
            QPixmapCache::insert(key, pixmap);
        }
        painter->drawPixmap(
            QPoint(rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2),
            pixmap);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State) override {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        draw(&painter, QRect(QPoint(0, 0), size), colorFor(mode));
        return pixmap;
    }

    QIconEngine *clone() const override { return new DrawnIconEngine(m_id); }

private:
    static QColor colorFor(QIcon::Mode mode) {
        const QPalette palette = QApplication::palette();
        if (mode == QIcon::Disabled)
            return palette.color(QPalette::Disabled, QPalette::WindowText);
        if (mode == QIcon::Selected)
            return palette.color(QPalette::Active, QPalette::HighlightedText);
        return palette.color(QPalette::Active, QPalette::WindowText);
    }

    // The drawing's 24×24 design grid, centred in rect at its shorter side.
    void draw(QPainter *painter, const QRect &rect, const QColor &color) const {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const qreal side = qMin(rect.width(), rect.height());
        painter->translate(rect.x() + (rect.width() - side) / 2.0,
                           rect.y() + (rect.height() - side) / 2.0);
        painter->scale(side / 24.0, side / 24.0);
        m_drawing(*painter, color);
        painter->restore();
    }

    Icons::Id m_id;
    Drawing m_drawing;
};

QPen strokePen(const QColor &color, qreal width = 2.0) {
    return {color, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin};
}

void arrow(QPainter &p, const QColor &c, bool left, bool withBar) {
    p.setPen(strokePen(c));
    const qreal tipX = left ? 6 : 18;
    const qreal tailX = left ? 19 : 5;
    const qreal wing = left ? 6 : -6;
    p.drawLine(QPointF(tailX, 12), QPointF(tipX, 12));
    p.drawLine(QPointF(tipX, 12), QPointF(tipX + wing, 6));
    p.drawLine(QPointF(tipX, 12), QPointF(tipX + wing, 18));
    if (withBar) {
        const qreal barX = left ? 3 : 21;
        p.drawLine(QPointF(barX, 5), QPointF(barX, 19));
    }
}

void picture(QPainter &p, const QColor &c, const QRectF &frame) {
    p.setPen(strokePen(c, 1.8));
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(frame, 2, 2);
    QPainterPath hills;
    hills.moveTo(frame.left() + 2, frame.bottom() - 2);
    hills.lineTo(frame.left() + frame.width() * 0.38, frame.top() + frame.height() * 0.45);
    hills.lineTo(frame.left() + frame.width() * 0.6, frame.bottom() - frame.height() * 0.3);
    hills.lineTo(frame.left() + frame.width() * 0.72, frame.top() + frame.height() * 0.6);
    hills.lineTo(frame.right() - 2, frame.bottom() - 2);
    p.drawPath(hills);
    p.setBrush(c);
    p.setPen(Qt::NoPen);
    p.drawEllipse(
        QPointF(frame.right() - frame.width() * 0.25, frame.top() + frame.height() * 0.28), 1.6,
        1.6);
    p.setBrush(Qt::NoBrush);
}

void plus(QPainter &p, const QColor &c, QPointF centre, qreal half) {
    p.setPen(strokePen(c, 2.2));
    p.drawLine(centre - QPointF(half, 0), centre + QPointF(half, 0));
    p.drawLine(centre - QPointF(0, half), centre + QPointF(0, half));
}

void curvedArrow(QPainter &p, const QColor &c, bool undo) {
    p.setPen(strokePen(c));
    QPainterPath path;
    if (undo) {
        path.moveTo(19, 18);
        path.cubicTo(19, 10, 14, 8, 6, 9);
        p.drawPath(path);
        p.drawLine(QPointF(6, 9), QPointF(10, 5));
        p.drawLine(QPointF(6, 9), QPointF(10, 13));
    } else {
        path.moveTo(5, 18);
        path.cubicTo(5, 10, 10, 8, 18, 9);
        p.drawPath(path);
        p.drawLine(QPointF(18, 9), QPointF(14, 5));
        p.drawLine(QPointF(18, 9), QPointF(14, 13));
    }
}

Drawing drawingFor(Icons::Id id) {
    using Id = Icons::Id;
    switch (id) {
    case Id::MoveLeft:
        return [](QPainter &p, const QColor &c) { arrow(p, c, true, false); };
    case Id::MoveRight:
        return [](QPainter &p, const QColor &c) { arrow(p, c, false, false); };
    case Id::MoveFirst:
        return [](QPainter &p, const QColor &c) { arrow(p, c, true, true); };
    case Id::MoveLast:
        return [](QPainter &p, const QColor &c) { arrow(p, c, false, true); };
    case Id::AltText:
        return [](QPainter &p, const QColor &c) {
            p.setPen(strokePen(c, 1.8));
            p.drawRoundedRect(QRectF(3, 4, 18, 13), 2.5, 2.5);
            QPainterPath tail;
            tail.moveTo(8, 17);
            tail.lineTo(7, 21);
            tail.lineTo(12, 17);
            p.drawPath(tail);
            p.setPen(strokePen(c, 1.6));
            p.drawLine(QPointF(7, 8.5), QPointF(17, 8.5));
            p.drawLine(QPointF(7, 12.5), QPointF(14, 12.5));
        };
    case Id::AddImage:
        return [](QPainter &p, const QColor &c) {
            picture(p, c, QRectF(2, 4, 15, 13));
            plus(p, c, QPointF(18.5, 18.5), 3.5);
        };
    case Id::ReplaceUrl:
        return [](QPainter &p, const QColor &c) {
            // Two links of a chain with a swap arrow: "point this image somewhere else".
            p.setPen(strokePen(c, 1.8));
            p.drawRoundedRect(QRectF(2.5, 9, 9, 6), 3, 3);
            p.drawRoundedRect(QRectF(12.5, 9, 9, 6), 3, 3);
            p.drawLine(QPointF(8, 12), QPointF(16, 12));
            p.setPen(strokePen(c, 1.5));
            QPainterPath swap;
            swap.moveTo(7, 6);
            swap.cubicTo(9, 3, 15, 3, 17, 6);
            p.drawPath(swap);
            p.drawLine(QPointF(17, 6), QPointF(14.5, 5.5));
            p.drawLine(QPointF(17, 6), QPointF(17.5, 3.5));
        };
    case Id::Variant:
        return [](QPainter &p, const QColor &c) {
            p.setPen(strokePen(c, 1.6));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(QPointF(7, 8), 4, 4);
            p.drawEllipse(QPointF(17, 8), 4, 4);
            p.setBrush(c);
            p.drawEllipse(QPointF(12, 16.5), 4, 4);
        };
    case Id::Publish:
        return [](QPainter &p, const QColor &c) {
            p.setPen(strokePen(c));
            QPainterPath cloud;
            cloud.moveTo(7, 18);
            cloud.cubicTo(2, 18, 2, 11, 7, 11);
            cloud.cubicTo(7, 5, 16, 4, 17, 10);
            cloud.cubicTo(22, 10, 22, 18, 17, 18);
            p.drawPath(cloud);
            p.drawLine(QPointF(12, 21), QPointF(12, 12));
            p.drawLine(QPointF(12, 12), QPointF(9, 15));
            p.drawLine(QPointF(12, 12), QPointF(15, 15));
        };
    case Id::Delete:
        return [](QPainter &p, const QColor &c) {
            p.setPen(strokePen(c, 1.8));
            p.drawLine(QPointF(4, 6.5), QPointF(20, 6.5));
            p.drawLine(QPointF(9.5, 6.5), QPointF(10, 3.5));
            p.drawLine(QPointF(10, 3.5), QPointF(14, 3.5));
            p.drawLine(QPointF(14, 3.5), QPointF(14.5, 6.5));
            QPainterPath can;
            can.moveTo(6, 6.5);
            can.lineTo(7.2, 20.5);
            can.lineTo(16.8, 20.5);
            can.lineTo(18, 6.5);
            p.drawPath(can);
            p.drawLine(QPointF(10, 10), QPointF(10.3, 17));
            p.drawLine(QPointF(14, 10), QPointF(13.7, 17));
        };
    case Id::Undo:
        return [](QPainter &p, const QColor &c) { curvedArrow(p, c, true); };
    case Id::Redo:
        return [](QPainter &p, const QColor &c) { curvedArrow(p, c, false); };
    case Id::Reload:
        return [](QPainter &p, const QColor &c) {
            p.setPen(strokePen(c));
            p.drawArc(QRectF(4, 4, 16, 16), 60 * 16, 290 * 16);
            p.drawLine(QPointF(16, 5), QPointF(16.5, 9.5));
            p.drawLine(QPointF(16, 5), QPointF(11.5, 5.5));
        };
    case Id::GridView:
        return [](QPainter &p, const QColor &c) {
            p.setPen(strokePen(c, 1.6));
            for (qreal x : {3.5, 13.5})
                for (qreal y : {3.5, 13.5})
                    p.drawRoundedRect(QRectF(x, y, 7, 7), 1.5, 1.5);
        };
    case Id::DetailsView:
        return [](QPainter &p, const QColor &c) {
            p.setPen(strokePen(c, 1.6));
            for (qreal y : {5.0, 12.0, 19.0}) {
                p.drawRect(QRectF(3, y - 2, 4, 4));
                p.drawLine(QPointF(10, y), QPointF(21, y));
            }
        };
    case Id::BrokenImage:
        return [](QPainter &p, const QColor &c) {
            picture(p, c, QRectF(3, 4, 18, 16));
            QPen crack = strokePen(QColor(0xc6, 0x28, 0x28), 2.2);
            p.setPen(crack);
            p.drawLine(QPointF(14, 2), QPointF(11, 9));
            p.drawLine(QPointF(11, 9), QPointF(15, 13));
            p.drawLine(QPointF(15, 13), QPointF(11, 22));
        };
    case Id::Warning:
        return [](QPainter &p, const QColor &) {
            QPainterPath triangle;
            triangle.moveTo(12, 2.5);
            triangle.lineTo(22, 20.5);
            triangle.lineTo(2, 20.5);
            triangle.closeSubpath();
            p.setPen(strokePen(QColor(0x8a, 0x57, 0x00), 1.2));
            p.setBrush(QColor(0xf2, 0xb1, 0x34));
            p.drawPath(triangle);
            p.setPen(strokePen(QColor(0x2b, 0x1d, 0x00), 2.2));
            p.drawLine(QPointF(12, 8.5), QPointF(12, 13.5));
            p.drawPoint(QPointF(12, 17));
        };
    case Id::Store:
        return [](QPainter &p, const QColor &c) {
            p.setPen(strokePen(c, 1.7));
            QPainterPath awning;
            awning.moveTo(3, 9);
            awning.lineTo(5, 4);
            awning.lineTo(19, 4);
            awning.lineTo(21, 9);
            awning.closeSubpath();
            p.drawPath(awning);
            p.drawRect(QRectF(4.5, 9, 15, 11));
            p.drawRect(QRectF(9.5, 13, 5, 7));
        };
    case Id::SelectAll:
        return [](QPainter &p, const QColor &c) {
            QPen dashed = strokePen(c, 1.5);
            dashed.setDashPattern({2, 2});
            p.setPen(dashed);
            p.drawRect(QRectF(3, 3, 18, 18));
            p.setPen(strokePen(c));
            p.drawLine(QPointF(7.5, 12), QPointF(10.5, 15));
            p.drawLine(QPointF(10.5, 15), QPointF(16.5, 9));
        };
    }
    return {};
}

QString themeName(Icons::Id id) {
    using Id = Icons::Id;
    switch (id) {
    case Id::MoveFirst:
        return QStringLiteral("go-first");
    case Id::MoveLast:
        return QStringLiteral("go-last");
    case Id::MoveLeft:
        return QStringLiteral("go-previous");
    case Id::MoveRight:
        return QStringLiteral("go-next");
    case Id::Delete:
        return QStringLiteral("edit-delete");
    case Id::Undo:
        return QStringLiteral("edit-undo");
    case Id::Redo:
        return QStringLiteral("edit-redo");
    case Id::Reload:
        return QStringLiteral("view-refresh");
    case Id::SelectAll:
        return QStringLiteral("edit-select-all");
    case Id::Warning:
        return QStringLiteral("dialog-warning");
    default:
        return {};
    }
}

} // namespace

QIcon Icons::drawn(Id id) {
    return QIcon(new DrawnIconEngine(id));
}

QIcon Icons::get(Id id) {
    const QString name = themeName(id);
    return name.isEmpty() ? drawn(id) : QIcon::fromTheme(name, drawn(id));
}

} // namespace vitrine
