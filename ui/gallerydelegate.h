#pragma once

#include "core/storecapabilities.h"

#include <QPointer>
#include <QStyledItemDelegate>

namespace vitrine {

class ThumbnailCache;

// Paints one gallery image as a card: the pre-scaled thumbnail (or a loading / broken-image mark),
// its 1-based position, its alt text (or a visible "No alt text" warning), its size, and markers
// for staged, new and failed images. Pixmaps come from the ThumbnailCache, never from the model.
// Alt text is edited inline in a line edit with a live "n / limit" counter; text over the store's
// limit is refused with the reason (editRefused) and never reaches the model.
class GalleryDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit GalleryDelegate(ThumbnailCache *thumbnails, QObject *parent = nullptr);

    void setCapabilities(const StoreCapabilities &capabilities);
    const StoreCapabilities &capabilities() const;
    // Images narrower or lower than this are flagged "small" for QA (0 turns the flag off).
    void setSmallImageThreshold(int pixels);
    int smallImageThreshold() const;

    // The fixed card size; the view's grid is this plus spacing.
    QSize cardSize() const;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

    // "Image 3 of 12, alt: Grey sofa, front" — for tooltips and screen readers.
    static QString accessibleText(const QModelIndex &index);
    // Everything a reviewer may want on hover: position, alt, URL, size, staged changes, errors.
    QString toolTip(const QModelIndex &index) const;
    // The image's pixel size as the store reports it, else as decoded; invalid when unknown.
    QSize imageSize(const QModelIndex &index) const;

Q_SIGNALS:
    // An inline edit was not applied; reason says why, in words for the status bar.
    void editRefused(const QString &reason);

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    QRect thumbnailRect(const QRect &card) const;
    QRect textRect(const QRect &card) const;
    int altLimitFor(const QModelIndex &index) const;

    QPointer<ThumbnailCache> m_thumbnails;
    StoreCapabilities m_capabilities;
    int m_smallThreshold = 400;
};

} // namespace vitrine
