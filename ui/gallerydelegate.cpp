#include "ui/gallerydelegate.h"

#include "core/validation.h"
#include "models/gallerymodel.h"
#include "ui/icons.h"
#include "ui/theme.h"
#include "ui/thumbnailcache.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPixmapCache>
#include <QToolTip>
#include <QtMath>

namespace vitrine {

namespace {
constexpr int kCardMargin = 4; // between the card's frame and the grid cell
constexpr int kPadding = 8;    // inside the card, around the thumbnail and the text
constexpr int kTextGap = 6;    // between the thumbnail and the first line of text
constexpr int kBadgeHeight = 20;

QFont smallFont(const QFont &base, bool bold = false) {
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() > 0 ? base.pointSizeF() * 0.85 : 8);
    font.setBold(bold);
    return font;
}

qreal devicePixelRatioOf(const QPainter *painter) {
    return painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
}

// A pixmap made once per key (QPixmapCache) by `draw`, on a transparent pixmap of sizeOf()
// logical pixels at the painter's resolution. Rounded shapes and shaped text were what painting a
// screen of cards spent its time on, and a card shows the same few of them again and again.
template <typename SizeOf, typename Draw>
QPixmap cachedPixmap(const QPainter *painter, const QString &key, SizeOf sizeOf, Draw draw) {
    const qreal dpr = devicePixelRatioOf(painter);
    const QString fullKey = key + QLatin1Char('/') + QString::number(dpr);
    QPixmap pixmap;
    if (!QPixmapCache::find(fullKey, &pixmap)) {
        const QSize size = sizeOf();
        pixmap = QPixmap((QSizeF(size) * dpr).toSize());
        pixmap.setDevicePixelRatio(dpr);
        pixmap.fill(Qt::transparent);
        QPainter onPixmap(&pixmap);
        onPixmap.setRenderHint(QPainter::Antialiasing);
        draw(onPixmap, QRect(QPoint(0, 0), size));
        onPixmap.end();
        QPixmapCache::insert(fullKey, pixmap);
    }
    return pixmap;
}

// The box a thumbnail sits in.
void drawThumbnailBox(QPainter *painter, const QRect &box, const QColor &colour) {
    const QString key = QStringLiteral("vitrine/card-box/%1x%2/%3")
                            .arg(box.width())
                            .arg(box.height())
                            .arg(colour.name(QColor::HexArgb));
    const QPixmap pixmap = cachedPixmap(
        painter, key, [&] { return box.size(); },
        [&](QPainter &p, const QRect &area) {
            p.setPen(Qt::NoPen);
            p.setBrush(colour);
            p.drawRoundedRect(area, 6, 6);
        });
    painter->drawPixmap(box.topLeft(), pixmap);
}

// The stand-in drawings (loading, broken, no alt text), centred in rect (drawn once per size and
// resolution: Icons' engine caches them).
void drawIcon(QPainter *painter, Icons::Id id, const QRect &rect,
              QIcon::Mode mode = QIcon::Normal) {
    Icons::drawn(id).paint(painter, rect, Qt::AlignCenter, mode);
}

} // namespace

GalleryDelegate::GalleryDelegate(ThumbnailCache *thumbnails, QObject *parent)
    : AltTextDelegate(parent)
    , m_thumbnails(thumbnails) {}

void GalleryDelegate::setSmallImageThreshold(int pixels) {
    m_smallThreshold = qMax(0, pixels);
}

int GalleryDelegate::smallImageThreshold() const {
    return m_smallThreshold;
}

QSize GalleryDelegate::cardSize() const {
    const QSize thumb = m_thumbnails ? m_thumbnails->thumbnailSize() : QSize(160, 160);
    const QFontMetrics fm(QApplication::font());
    const QFontMetrics small(smallFont(QApplication::font()));
    const int text = fm.height() + 2 + small.height();
    return {thumb.width() + 2 * (kPadding + kCardMargin),
            thumb.height() + kTextGap + text + 2 * (kPadding + kCardMargin)};
}

QSize GalleryDelegate::sizeHint(const QStyleOptionViewItem &, const QModelIndex &) const {
    // Constant on purpose: uniform item sizes let QListView lay out thousands of cards quickly.
    return cardSize();
}

QRect GalleryDelegate::thumbnailRect(const QRect &cellRect) const {
    const QSize thumb = m_thumbnails ? m_thumbnails->thumbnailSize() : QSize(160, 160);
    const QRect card = cellRect.adjusted(kCardMargin, kCardMargin, -kCardMargin, -kCardMargin);
    return {card.left() + (card.width() - thumb.width()) / 2, card.top() + kPadding, thumb.width(),
            thumb.height()};
}

QRect GalleryDelegate::textRect(const QRect &cellRect) const {
    const QRect thumb = thumbnailRect(cellRect);
    const QRect card = cellRect.adjusted(kCardMargin, kCardMargin, -kCardMargin, -kCardMargin);
    return {QPoint(card.left() + kPadding, thumb.bottom() + 1 + kTextGap),
            QPoint(card.right() - kPadding, card.bottom() - kPadding)};
}

QSize GalleryDelegate::imageSize(const QModelIndex &index) const {
    const QSize reported = index.data(GalleryModel::SizeRole).toSize();
    if (reported.isValid() && !reported.isEmpty())
        return reported;
    if (m_thumbnails)
        return m_thumbnails->naturalSize(QUrl(index.data(GalleryModel::SourceUrlRole).toString()));
    return {};
}

void GalleryDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const {
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    // Everything a card draws is a pixmap made for this resolution, drawn 1:1. A widget's painter
    // comes with smooth pixmap transformation on, and with it Qt 6.4's raster engine draws every
    // pixmap through its general path, split into bands handed to a thread pool and waited for,
    // instead of blending it directly (a profile of a first screen found those hand-offs under
    // every card's box).
    painter->setRenderHint(QPainter::SmoothPixmapTransform, false);
    const QPalette &palette = option.palette;
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const bool hovered = option.state.testFlag(QStyle::State_MouseOver);
    const bool focused = option.state.testFlag(QStyle::State_HasFocus);
    const QRect card = option.rect.adjusted(kCardMargin, kCardMargin, -kCardMargin, -kCardMargin);

    // Card frame: selection and hover are tints of the palette's highlight, so the thumbnail
    // stays recognisable under the selection.
    const QColor highlight = palette.color(QPalette::Highlight);
    if (selected) {
        QColor fill = highlight;
        fill.setAlpha(55);
        painter->setBrush(fill);
        painter->setPen(QPen(highlight, 2));
    } else if (hovered) {
        QColor fill = highlight;
        fill.setAlpha(20);
        painter->setBrush(fill);
        painter->setPen(Qt::NoPen);
    }
    if (selected || hovered) // otherwise the card has no frame: nothing to draw
        painter->drawRoundedRect(QRectF(card).adjusted(1, 1, -1, -1), 8, 8);
    if (focused && !selected) {
        QPen dashed(palette.color(QPalette::Text), 1, Qt::DashLine);
        painter->setPen(dashed);
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(card).adjusted(1.5, 1.5, -1.5, -1.5), 8, 8);
    }

    // Thumbnail, or what stands in for it.
    const QRect thumbBox = thumbnailRect(option.rect);
    const QUrl url(index.data(GalleryModel::SourceUrlRole).toString());
    const QPixmap pixmap = m_thumbnails ? m_thumbnails->thumbnail(url) : QPixmap();
    // An opaque thumbnail as large as the box hides it (a square product shot): not drawn then.
    if (pixmap.isNull() || pixmap.hasAlphaChannel() ||
        pixmap.deviceIndependentSize().toSize() != thumbBox.size())
        drawThumbnailBox(painter, thumbBox,
                         Theme::color(Theme::Role::ThumbnailBackground, palette));
    const bool broken =
        url.isEmpty() || !url.isValid() || (m_thumbnails && m_thumbnails->hasFailed(url));
    if (!pixmap.isNull()) {
        // Pre-scaled by the cache: drawn 1:1, no scaling while painting. Only a thumbnail decoded
        // for another screen's resolution (the window just moved) is scaled, smoothly, until the
        // cache has decoded it again.
        const QSize logical = pixmap.deviceIndependentSize().toSize();
        const QPoint topLeft(thumbBox.left() + (thumbBox.width() - logical.width()) / 2,
                             thumbBox.top() + (thumbBox.height() - logical.height()) / 2);
        painter->setRenderHint(
            QPainter::SmoothPixmapTransform,
            !qFuzzyCompare(pixmap.devicePixelRatio(), devicePixelRatioOf(painter)));
        painter->drawPixmap(topLeft, pixmap);
        painter->setRenderHint(QPainter::SmoothPixmapTransform, false);
    } else {
        const int side = qMin(48, thumbBox.height() / 2);
        const QRect iconRect(thumbBox.center().x() - side / 2, thumbBox.center().y() - side / 2 - 8,
                             side, side);
        const QFont font = smallFont(option.font);
        painter->setFont(font);
        QRect caption(thumbBox.left(), iconRect.bottom() + 6, thumbBox.width(),
                      QFontMetrics(font).height());
        if (broken) {
            drawIcon(painter, Icons::Id::BrokenImage, iconRect);
            painter->setPen(Theme::color(Theme::Role::Failed, palette));
            drawLine(painter, caption, Qt::AlignHCenter, tr("Broken image"));
        } else {
            painter->setOpacity(0.35);
            drawIcon(painter, Icons::Id::AddImage, iconRect, QIcon::Disabled);
            painter->setOpacity(1.0);
            painter->setPen(palette.color(QPalette::Disabled, QPalette::Text));
            drawLine(painter, caption, Qt::AlignHCenter, tr("Loading…"));
        }
    }

    // Position badge, top left.
    const int position = index.data(GalleryModel::DisplayIndexRole).isValid()
                             ? index.data(GalleryModel::DisplayIndexRole).toInt()
                             : index.row() + 1;
    const QFont badgeFont = smallFont(option.font, true);
    drawPill(painter, thumbBox.topLeft() + QPoint(6, 6), false, QString::number(position),
             Theme::color(Theme::Role::BadgeBackground, palette),
             Theme::color(Theme::Role::BadgeText, palette), badgeFont);

    // State markers, top right, stacked downwards: failed, new, edited.
    QPoint markerAnchor = QPoint(thumbBox.right() - 5, thumbBox.top() + 6);
    auto marker = [&](const QString &text, Theme::Role role) {
        const QRect pill = drawPill(painter, markerAnchor, true, text, Theme::color(role, palette),
                                    QColor(Qt::white), badgeFont);
        markerAnchor.setY(pill.bottom() + 4);
    };
    if (!index.data(GalleryModel::ErrorRole).toString().isEmpty())
        marker(tr("Failed"), Theme::Role::Failed);
    if (index.data(GalleryModel::IsNewRole).toBool())
        marker(tr("New"), Theme::Role::New);
    else if (index.data(GalleryModel::IsEditedRole).toBool())
        marker(tr("Edited"), Theme::Role::Edited);

    // Alt text line, or the warning that it is missing.
    const QRect text = textRect(option.rect);
    const QFontMetrics fm(option.font);
    QRect altLine(text.left(), text.top(), text.width(), fm.height());
    const QString alt = index.data(GalleryModel::AltTextRole).toString().simplified();
    painter->setFont(option.font);
    if (alt.isEmpty()) {
        const int iconSide = fm.height();
        QFont italic = option.font;
        italic.setItalic(true);
        const QString label = tr("No alt text");
        const int width = iconSide + 4 + QFontMetrics(italic).horizontalAdvance(label);
        const int left = altLine.left() + qMax(0, (altLine.width() - width) / 2);
        drawIcon(painter, Icons::Id::Warning, QRect(left, altLine.top() + 1, iconSide, iconSide));
        painter->setFont(italic);
        painter->setPen(Theme::color(Theme::Role::Warning, palette));
        drawLine(painter, QRect(left + iconSide + 4, altLine.top(), width, altLine.height()),
                 Qt::AlignLeft, label);
    } else if (const int limit = altLimitFor(index);
               limit > 0 &&
               altTextLength(index.data(GalleryModel::AltTextRole).toString()) > limit) {
        // Over the store's limit (an alt text that came from the store so): publishing any edit
        // of this image would be refused until it is shortened.
        const int iconSide = fm.height();
        Icons::drawn(Icons::Id::Warning)
            .paint(painter, QRect(altLine.left(), altLine.top() + 1, iconSide, iconSide));
        painter->setPen(Theme::color(Theme::Role::Failed, palette));
        const QRect rest = altLine.adjusted(iconSide + 4, 0, 0, 0);
        drawLine(painter, rest, Qt::AlignLeft, alt);
    } else {
        painter->setPen(palette.color(QPalette::Text));
        drawLine(painter, altLine, Qt::AlignHCenter, alt);
    }

    // Secondary line: size (flagged when small), variants.
    const QFont small = smallFont(option.font);
    const QFontMetrics smallFm(small);
    QRect infoLine(text.left(), altLine.bottom() + 3, text.width(), smallFm.height());
    painter->setFont(small);
    QStringList info;
    const QSize size = imageSize(index);
    const bool isSmall = size.isValid() && m_smallThreshold > 0 &&
                         (size.width() < m_smallThreshold || size.height() < m_smallThreshold);
    if (size.isValid())
        info << tr("%1 × %2 px").arg(size.width()).arg(size.height());
    const qsizetype variants = index.data(GalleryModel::VariantIdsRole).toStringList().size();
    if (variants > 0)
        info << (variants == 1 ? tr("1 variant") : tr("%1 variants").arg(variants));
    if (isSmall)
        info << tr("small");
    painter->setPen(isSmall ? Theme::color(Theme::Role::Warning, palette)
                            : palette.color(QPalette::Disabled, QPalette::Text));
    drawLine(painter, infoLine, Qt::AlignHCenter, info.join(QStringLiteral(" · ")));
    painter->restore();
}

QStaticText GalleryDelegate::laidOut(const QString &text, const QFont &font, int width) const {
    // Laid out (elided and shaped) once per text, font and width, then only drawn: shaping the
    // same alt texts and sizes on every paint was most of what painting a screen of cards cost.
    QString key = font.key();
    key += QLatin1Char('/') + QString::number(width) + QLatin1Char('/') + text;
    auto line = m_lines.constFind(key);
    if (line == m_lines.cend()) {
        if (m_lines.size() >= kMaxLaidOutLines)
            m_lines.clear(); // a few screens' worth; laying out again is cheap enough
        QStaticText laidOut(width > 0 ? QFontMetrics(font).elidedText(text, Qt::ElideRight, width)
                                      : text);
        laidOut.setTextFormat(Qt::PlainText);
        laidOut.prepare(QTransform(), font);
        line = m_lines.insert(key, laidOut);
    }
    return *line;
}

void GalleryDelegate::drawLine(QPainter *painter, const QRect &rect, Qt::Alignment horizontal,
                               const QString &text) const {
    const QStaticText line = laidOut(text, painter->font(), rect.width());
    const QSizeF size = line.size();
    const qreal left = horizontal.testFlag(Qt::AlignHCenter)
                           ? rect.left() + (rect.width() - size.width()) / 2
                           : rect.left();
    painter->drawStaticText(QPointF(left, rect.top() + (rect.height() - size.height()) / 2), line);
}

QRect GalleryDelegate::drawPill(QPainter *painter, QPoint anchor, bool alignRight,
                                const QString &text, const QColor &background,
                                const QColor &foreground, const QFont &font) const {
    // The rounded shape is kept once per width and colour, the label with the other lines: a
    // pixmap per position number would fill the pixmap cache while paging through a long gallery.
    const QStaticText label = laidOut(text, font, 0);
    const int width = qMax(kBadgeHeight, qCeil(label.size().width()) + 12);
    QRect pill(anchor, QSize(width, kBadgeHeight));
    if (alignRight)
        pill.moveRight(anchor.x());
    const QString key =
        QStringLiteral("vitrine/card-pill/%1/%2").arg(width).arg(background.name(QColor::HexArgb));
    const QPixmap shape = cachedPixmap(
        painter, key, [&] { return pill.size(); },
        [&](QPainter &p, const QRect &area) {
            p.setPen(Qt::NoPen);
            p.setBrush(background);
            p.drawRoundedRect(area, kBadgeHeight / 2.0, kBadgeHeight / 2.0);
        });
    painter->drawPixmap(pill.topLeft(), shape);
    painter->setPen(foreground);
    painter->setFont(font);
    const QSizeF size = label.size();
    painter->drawStaticText(QPointF(pill.left() + (pill.width() - size.width()) / 2,
                                    pill.top() + (pill.height() - size.height()) / 2),
                            label);
    return pill;
}

QString GalleryDelegate::accessibleText(const QModelIndex &index) {
    if (!index.isValid())
        return {};
    // The model words it ("Image 3 of 12, alt: …"); this is the fallback for other models.
    QString fromModel = index.data(Qt::AccessibleTextRole).toString();
    if (!fromModel.isEmpty())
        return fromModel;
    const int total = index.model()->rowCount(index.parent());
    const QVariant displayIndex = index.data(GalleryModel::DisplayIndexRole);
    const int position = displayIndex.isValid() ? displayIndex.toInt() : index.row() + 1;
    const QString alt = index.data(GalleryModel::AltTextRole).toString().simplified();
    return alt.isEmpty() ? tr("Image %1 of %2, no alt text").arg(position).arg(total)
                         : tr("Image %1 of %2, alt: %3").arg(position).arg(total).arg(alt);
}

QString GalleryDelegate::toolTip(const QModelIndex &index) const {
    QStringList lines;
    const QString fromModel = index.data(Qt::ToolTipRole).toString();
    lines << (fromModel.isEmpty() ? accessibleText(index) : fromModel);
    // What only the thumbnail cache knows: the downloaded size and whether the picture is broken.
    const QUrl url(index.data(GalleryModel::SourceUrlRole).toString());
    if (m_thumbnails) {
        const QSize natural = m_thumbnails->naturalSize(url);
        if (!index.data(GalleryModel::SizeRole).toSize().isValid() && natural.isValid())
            lines
                << tr("%1 × %2 pixels (as downloaded)").arg(natural.width()).arg(natural.height());
        if (m_thumbnails->hasFailed(url))
            lines << tr("Broken image: %1").arg(m_thumbnails->failureReason(url));
    }
    const int altLength = altTextLength(index.data(GalleryModel::AltTextRole).toString());
    if (const int limit = altLimitFor(index); limit > 0 && altLength > limit)
        lines << tr("Alt text too long: %1 characters, the store accepts at most %2.")
                     .arg(altLength)
                     .arg(limit);
    const QSize size = imageSize(index);
    if (size.isValid() && m_smallThreshold > 0 &&
        (size.width() < m_smallThreshold || size.height() < m_smallThreshold))
        lines
            << tr("Small image: under %1 pixels on one side; it may look blurry on product pages.")
                   .arg(m_smallThreshold);
    return lines.join(QLatin1Char('\n'));
}

bool GalleryDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                const QStyleOptionViewItem &option, const QModelIndex &index) {
    if (event->type() == QEvent::ToolTip && index.isValid()) {
        QToolTip::showText(event->globalPos(), toolTip(index), view->viewport(), option.rect);
        return true;
    }
    return AltTextDelegate::helpEvent(event, view, option, index);
}

void GalleryDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                           const QModelIndex &) const {
    // From the card's alt text line, as big as a sentence needs (wider and taller than the card
    // where the view has room), inside the view.
    const QRect text = textRect(option.rect);
    placeEditor(editor, QRect(option.rect.left() + kCardMargin, text.top() - 4,
                              option.rect.width() - 2 * kCardMargin, text.height() + 4));
}

} // namespace vitrine
