#include "ui/thumbnailcelldelegate.h"

#include "models/gallerymodel.h"
#include "ui/icons.h"
#include "ui/theme.h"
#include "ui/thumbnailcache.h"

#include <QApplication>
#include <QPainter>

namespace vitrine {

ThumbnailCellDelegate::ThumbnailCellDelegate(ThumbnailCache *thumbnails, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_thumbnails(thumbnails) {}

QSize ThumbnailCellDelegate::sizeHint(const QStyleOptionViewItem &, const QModelIndex &) const {
    return {kSide + 12, kSide + 8};
}

void ThumbnailCellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const {
    // Selection and hover backgrounds as the style draws them for the other cells of the row.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    background.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const int side = qMin(kSide, qMin(option.rect.width(), option.rect.height()) - 6);
    QRect box(0, 0, side, side);
    box.moveCenter(option.rect.center());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    painter->setPen(Qt::NoPen);
    painter->setBrush(Theme::color(Theme::Role::ThumbnailBackground, option.palette));
    painter->drawRoundedRect(box, 4, 4);
    const QUrl url(index.data(GalleryModel::SourceUrlRole).toString());
    const QPixmap pixmap = m_thumbnails ? m_thumbnails->thumbnail(url) : QPixmap();
    if (!pixmap.isNull()) {
        // The grid's pixmap, shown smaller: a few dozen visible rows, so scaling here is cheap.
        QRect target(QPoint(0, 0), pixmap.deviceIndependentSize().toSize().scaled(
                                       box.size(), Qt::KeepAspectRatio));
        target.moveCenter(box.center());
        painter->drawPixmap(target, pixmap);
    } else if (url.isEmpty() || (m_thumbnails && m_thumbnails->hasFailed(url))) {
        Icons::drawn(Icons::Id::BrokenImage).paint(painter, box.adjusted(8, 8, -8, -8));
    } else {
        painter->setOpacity(0.35);
        Icons::drawn(Icons::Id::AddImage)
            .paint(painter, box.adjusted(10, 10, -10, -10), Qt::AlignCenter, QIcon::Disabled);
    }
    painter->restore();
}

} // namespace vitrine
