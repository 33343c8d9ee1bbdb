#pragma once

#include <QPointer>
#include <QStyledItemDelegate>

namespace vitrine {

class ThumbnailCache;

// The size cell of the details table. Many stores do not say an image's pixel size; once its
// thumbnail has been decoded the cache knows it, so the cell shows that (as the grid's cards do)
// instead of "unknown".
class SizeCellDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit SizeCellDelegate(ThumbnailCache *thumbnails, QObject *parent = nullptr);

    // What the cell says for index: the store's size, else the decoded one, else the model's
    // text ("unknown").
    QString textFor(const QModelIndex &index) const;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QPointer<ThumbnailCache> m_thumbnails;
};

} // namespace vitrine
