#pragma once

#include <QTableView>

namespace vitrine {

class AltTextDelegate;
class SizeCellDelegate;
class ThumbnailCache;
class ThumbnailRepainter;

// The gallery as a list for reviewing: position, thumbnail, alt text, size, URL and status per
// row, over the GalleryTableModel. It shares the grid's selection model, so both always show the
// same selection; alt text is editable in its column with the same counter and limits as the grid.
class DetailsView : public QTableView {
    Q_OBJECT
public:
    explicit DetailsView(ThumbnailCache *thumbnails, QWidget *parent = nullptr);

    // The model must be a GalleryTableModel (its columns are laid out here).
    void setModel(QAbstractItemModel *model) override;
    AltTextDelegate *altTextDelegate() const;
    SizeCellDelegate *sizeDelegate() const;
    ThumbnailRepainter *repainter() const;
    // Selected rows, ascending.
    QList<int> selectedRows() const;

Q_SIGNALS:
    // F2 with several rows selected: one alt text for all of them goes through the side panel.
    void altTextEditRequested(const QList<int> &rows);

protected:
    // Editing a row always edits its alt text, whichever cell is current.
    bool edit(const QModelIndex &index, EditTrigger trigger, QEvent *event) override;

    void changeEvent(QEvent *event) override;

private:
    void layoutColumns();
    void fitPositionColumn();

    AltTextDelegate *m_altDelegate = nullptr;
    SizeCellDelegate *m_sizeDelegate = nullptr;
    ThumbnailRepainter *m_repainter = nullptr;
    QList<QMetaObject::Connection> m_modelConnections;
};

} // namespace vitrine
