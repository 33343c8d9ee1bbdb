#include "ui/sizecelldelegate.h"

#include "models/gallerymodel.h"
#include "ui/thumbnailcache.h"

#include <QUrl>

namespace vitrine {

SizeCellDelegate::SizeCellDelegate(ThumbnailCache *thumbnails, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_thumbnails(thumbnails) {}

QString SizeCellDelegate::textFor(const QModelIndex &index) const {
    QString text = index.data(Qt::DisplayRole).toString();
    if (index.data(GalleryModel::SizeRole).toSize().isValid() || !m_thumbnails)
        return text;
    const QSize natural =
        m_thumbnails->naturalSize(QUrl(index.data(GalleryModel::SourceUrlRole).toString()));
    return natural.isValid() ? tr("%1 × %2").arg(natural.width()).arg(natural.height()) : text;
}

void SizeCellDelegate::initStyleOption(QStyleOptionViewItem *option,
                                       const QModelIndex &index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    option->text = textFor(index);
}

} // namespace vitrine
