#pragma once

#include "core/altimportcomparison.h"
#include "models/checkedrows.h"

#include <QAbstractTableModel>
#include <QList>

namespace vitrine {

// Cells of an imported alt text sheet as a table, side by side: when exported, in the file, now
// — with a check box per cell choosing the file's value. The import dialog shows two: the
// changes (checked: to be staged) and the conflicts (unchecked: the store's value stays unless
// the user takes the file's, cell by cell).
class AltImportModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        UseFileColumn, // check box
        LineColumn,
        ProductColumn,
        PlaceColumn,
        FieldColumn, // "alt text" / "place"
        ExportedColumn,
        InFileColumn,
        NowColumn,
        ColumnCount
    };

    explicit AltImportModel(QObject *parent = nullptr);

    // The cells, each checked or not to start with.
    void setCells(const QList<AltImportCell> &cells, bool checked);
    const QList<AltImportCell> &cells() const { return m_cells; }
    QList<AltImportCell> checkedCells() const;
    int checkedCount() const { return m_checked.count(); }
    void setAllChecked(bool checked);
    void setChecked(int row, bool checked);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void checkedCountChanged(int count);

private:
    static QString shown(const QString &value);

    QList<AltImportCell> m_cells;
    CheckedRows m_checked;
};

} // namespace vitrine
