#pragma once

#include "ui/alttextdelegate.h"

#include <QColor>
#include <QHash>
#include <QPointer>
#include <QStaticText>

namespace vitrine {

class ThumbnailCache;

// Paints one gallery image as a card: the pre-scaled thumbnail (or a loading / broken-image mark),
// its 1-based position, its alt text (or a visible "No alt text" warning), its size, and markers
// for staged, new and failed images. Pixmaps come from the ThumbnailCache, never from the model.
// Alt text is edited inline (AltTextDelegate), in a line edit laid over the card's text.
class GalleryDelegate : public AltTextDelegate {
    Q_OBJECT
public:
    explicit GalleryDelegate(ThumbnailCache *thumbnails, QObject *parent = nullptr);

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

    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

    // "Image 3 of 12, alt: Grey sofa, front" — for tooltips and screen readers.
    static QString accessibleText(const QModelIndex &index);
    // Everything a reviewer may want on hover: position, alt, URL, size, staged changes, errors.
    QString toolTip(const QModelIndex &index) const;
    // The image's pixel size as the store reports it, else as decoded; invalid when unknown.
    QSize imageSize(const QModelIndex &index) const;

private:
    QRect thumbnailRect(const QRect &card) const;
    QRect textRect(const QRect &card) const;
    // One line of text in the painter's font and pen, elided to rect's width, centred
    // vertically; horizontal: Qt::AlignLeft or Qt::AlignHCenter.
    void drawLine(QPainter *painter, const QRect &rect, Qt::Alignment horizontal,
                  const QString &text) const;
    // A rounded label such as "3" or "Edited", drawn on top of the thumbnail; returns where.
    QRect drawPill(QPainter *painter, QPoint anchor, bool alignRight, const QString &text,
                   const QColor &background, const QColor &foreground, const QFont &font) const;
    // text in font, elided to width (not elided when width <= 0), laid out once.
    QStaticText laidOut(const QString &text, const QFont &font, int width) const;

    QPointer<ThumbnailCache> m_thumbnails;
    int m_smallThreshold = 400;
    // Lines laid out by laidOut(), by font, width and text: a few screens of cards.
    static constexpr qsizetype kMaxLaidOutLines = 400;
    mutable QHash<QString, QStaticText> m_lines;
};

} // namespace vitrine
