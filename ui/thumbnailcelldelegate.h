#pragma once

#include <QPointer>
#include <QStyledItemDelegate>

namespace vitrine {

class ThumbnailCache;

// The picture cell of the details table: the cached thumbnail fitted to the row, or the same
// loading / broken-image marks as the grid. Like the grid, it asks the cache and never the model.
class ThumbnailCellDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit ThumbnailCellDelegate(ThumbnailCache *thumbnails, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static constexpr int kSide = 48;

private:
    QPointer<ThumbnailCache> m_thumbnails;
};

} // namespace vitrine
