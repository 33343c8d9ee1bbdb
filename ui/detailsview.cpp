#include "ui/detailsview.h"

#include "models/gallerymodel.h"
#include "models/gallerytablemodel.h"
#include "ui/alttextdelegate.h"
#include "ui/sizecelldelegate.h"
#include "ui/thumbnailcache.h"
#include "ui/thumbnailcelldelegate.h"
#include "ui/thumbnailrepainter.h"

#include <QHeaderView>

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
    QTableView::setModel(model);
    layoutColumns();
}

void DetailsView::layoutColumns() {
    if (!model())
        return;
    QHeaderView *header = horizontalHeader();
    // The model keeps the thumbnail in column 0 (stable for generic code); readers expect "#".
    header->moveSection(header->visualIndex(GalleryTableModel::PositionColumn), 0);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(GalleryTableModel::PositionColumn, QHeaderView::ResizeToContents);
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
