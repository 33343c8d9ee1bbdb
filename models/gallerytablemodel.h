#pragma once

#include <QIdentityProxyModel>

namespace vitrine {

class GalleryModel;

// The GalleryModel as a table for the details view: one row per image, same rows in the same
// order (rows moved, inserted and removed in the gallery move, insert and remove here, so
// selections and persistent indexes follow), with columns:
//   Thumbnail  no DisplayRole; the UI's delegate paints the picture of SourceUrlRole
//   #          DisplayRole: 1-based place
//   Alt text   DisplayRole: the alt text (or a "no alt text" mark), EditRole: editable; the edit
//              goes through the gallery model to the EditSession (validated, undoable)
//   Size       "800 × 600", or "unknown"
//   URL        the image URL
//   Status     "New", "Edited: alt text, position", or the publish error
// Each cell's Qt::AccessibleTextRole is its own content in words ("Place 3 of 12", "800 × 600
// pixels", the URL, ...); the row's summary ("Image 3 of 12, alt: …") is the alt text column's,
// the column the grid shows. Every GalleryModel role (Qt::UserRole and above) is available in every
// column, so delegates can read what they need from any cell. Drag and drop is forwarded to the
// gallery model (the same internal-move protocol, so a row dragged in the table is one undoable
// move).
class GalleryTableModel : public QIdentityProxyModel {
    Q_OBJECT
public:
    // The thumbnail comes first because column 0 is what identifies a row to generic code
    // (QAbstractItemModelTester, keyboard search): its data must not change when other rows are
    // inserted or removed, which the "#" column's does. A view that wants "#" first moves the
    // header section (QHeaderView::moveSection) without touching the model.
    enum Column {
        ThumbnailColumn,
        PositionColumn,
        AltTextColumn,
        SizeColumn,
        UrlColumn,
        StatusColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit GalleryTableModel(QObject *parent = nullptr);

    // The source must be a GalleryModel (or a model with its roles).
    void setSourceModel(QAbstractItemModel *sourceModel) override;

    int columnCount(const QModelIndex &parent = {}) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString statusText(const QModelIndex &source) const;
    QVariant accessibleText(const QModelIndex &index, const QModelIndex &source) const;
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);

    QMetaObject::Connection m_dataChanged;
};

} // namespace vitrine
