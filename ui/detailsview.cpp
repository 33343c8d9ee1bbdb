#include "ui/detailsview.h"

#include "models/gallerymodel.h"
#include "models/gallerytablemodel.h"
#include "ui/alttextdelegate.h"
#include "ui/sizecelldelegate.h"
#include "ui/thumbnailcache.h"
#include "ui/thumbnailcelldelegate.h"
#include "ui/thumbnailrepainter.h"

#include <QEvent>
#include <QHeaderView>
#include <QStyle>
#include <QStyleOptionViewItem>

#include <algorithm>

namespace vitrine {

DetailsView::DetailsView(ThumbnailCache *thumbnails, QWidget *parent)
    : QTableView(parent) {
    setObjectName(QStringLiteral("detailsView"));
    setAccessibleName(tr("Product images, details"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setWordWrap(false);
    setTextElideMode(Qt::ElideMiddle); // URLs: the host and the file name matter most
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    // The scroll bar stays: appearing as a gallery grows past the screen, it narrowed the table,
    // moved its last column and repainted every row once more.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(ThumbnailCellDelegate::kSide + 8);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Rows dragged here are forwarded to the gallery model's internal move (one undo step).
    setDragDropMode(QAbstractItemView::InternalMove);
    setDefaultDropAction(Qt::MoveAction);
    setDragDropOverwriteMode(false);
    setDropIndicatorShown(true);

    m_altDelegate = new AltTextDelegate(this);
    setItemDelegateForColumn(GalleryTableModel::AltTextColumn, m_altDelegate);
    setItemDelegateForColumn(GalleryTableModel::ThumbnailColumn,
                             new ThumbnailCellDelegate(thumbnails, this));
    m_sizeDelegate = new SizeCellDelegate(thumbnails, this);
    setItemDelegateForColumn(GalleryTableModel::SizeColumn, m_sizeDelegate);
    if (thumbnails) {
        m_repainter = new ThumbnailRepainter(this, thumbnails, GalleryTableModel::ThumbnailColumn,
                                             GalleryModel::SourceUrlRole);
        // A decoded image tells its size: its size cell says it from then on. Only that cell:
        // repainting the whole table for each thumbnail of an opening gallery was most of the
        // table's work while the grid beside it filled.
        new ThumbnailRepainter(this, thumbnails, GalleryTableModel::SizeColumn,
                               GalleryModel::SourceUrlRole);
    }
}

void DetailsView::setModel(QAbstractItemModel *model) {
    for (const auto &c : std::as_const(m_modelConnections))
        disconnect(c);
    m_modelConnections.clear();
    QTableView::setModel(model);
    layoutColumns();
    if (model) {
        // A new gallery is laid out at once, not at the first paint: laid out there, the table
        // painted every visible row twice as a gallery opened.
        m_modelConnections << connect(model, &QAbstractItemModel::modelReset, this,
                                      [this] { executeDelayedItemsLayout(); })
                           << connect(model, &QAbstractItemModel::modelReset, this,
                                      &DetailsView::fitPositionColumn)
                           << connect(model, &QAbstractItemModel::rowsInserted, this,
                                      &DetailsView::fitPositionColumn)
                           << connect(model, &QAbstractItemModel::rowsRemoved, this,
                                      &DetailsView::fitPositionColumn);
    }
}

void DetailsView::changeEvent(QEvent *event) {
    QTableView::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fitPositionColumn();
}

// The place column is as wide as its largest number ("250"), measured once, instead of sized to
// its contents: that measured every row's cell at each reset, a good part of the table's work as a
// 250-image gallery opened beside the grid.
void DetailsView::fitPositionColumn() {
    if (!model())
        return;
    const int digits = qMax(3, int(QString::number(model()->rowCount()).size()));
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    const int margin = style()->pixelMetric(QStyle::PM_FocusFrameHMargin, &option, this) + 1;
    const int number = option.fontMetrics.horizontalAdvance(QString(digits, QLatin1Char('8')));
    const QString title =
        model()->headerData(GalleryTableModel::PositionColumn, Qt::Horizontal).toString();
    const int heading = horizontalHeader()->fontMetrics().horizontalAdvance(title);
    horizontalHeader()->resizeSection(GalleryTableModel::PositionColumn,
                                      qMax(number, heading) + 2 * margin + 4);
}

void DetailsView::layoutColumns() {
    if (!model())
        return;
    QHeaderView *header = horizontalHeader();
    // The model keeps the thumbnail in column 0 (stable for generic code); readers expect "#".
    header->moveSection(header->visualIndex(GalleryTableModel::PositionColumn), 0);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(GalleryTableModel::PositionColumn, QHeaderView::Fixed);
    fitPositionColumn();
    header->setSectionResizeMode(GalleryTableModel::ThumbnailColumn, QHeaderView::Fixed);
    header->resizeSection(GalleryTableModel::ThumbnailColumn, ThumbnailCellDelegate::kSide + 16);
    // Narrow enough that beside the grid the size and the start of the URL still show; the
    // alt text is elided and complete in its tooltip and the side panel.
    header->resizeSection(GalleryTableModel::AltTextColumn, 200);
    header->resizeSection(GalleryTableModel::SizeColumn, 90);
    header->resizeSection(GalleryTableModel::UrlColumn, 220);
    header->setStretchLastSection(true);
}

AltTextDelegate *DetailsView::altTextDelegate() const {
    return m_altDelegate;
}

SizeCellDelegate *DetailsView::sizeDelegate() const {
    return m_sizeDelegate;
}

ThumbnailRepainter *DetailsView::repainter() const {
    return m_repainter;
}

QList<int> DetailsView::selectedRows() const {
    QList<int> rows;
    if (!selectionModel())
        return rows;
    for (const QModelIndex &index : selectionModel()->selectedIndexes())
        if (!rows.contains(index.row()))
            rows << index.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

bool DetailsView::edit(const QModelIndex &index, EditTrigger trigger, QEvent *event) {
    if (!index.isValid() || !model() || trigger == QAbstractItemView::NoEditTriggers ||
        trigger == QAbstractItemView::CurrentChanged)
        return QTableView::edit(index, trigger, event);
    const QList<int> rows = selectedRows();
    if (trigger == QAbstractItemView::EditKeyPressed && rows.size() > 1) {
        Q_EMIT altTextEditRequested(rows);
        return false;
    }
    const QModelIndex alt = model()->index(index.row(), GalleryTableModel::AltTextColumn);
    if (alt != index && selectionModel())
        selectionModel()->setCurrentIndex(alt, QItemSelectionModel::NoUpdate);
    return QTableView::edit(alt, trigger, event);
}

} // namespace vitrine
