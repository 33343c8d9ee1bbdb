#include "models/altimportmodel.h"

namespace vitrine {

AltImportModel::AltImportModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void AltImportModel::setCells(const QList<AltImportCell> &cells, bool checked) {
    beginResetModel();
    m_cells = cells;
    m_checked.reset(QList<bool>(cells.size(), checked));
    endResetModel();
    Q_EMIT checkedCountChanged(m_checked.count());
}

QList<AltImportCell> AltImportModel::checkedCells() const {
    return m_checked.picked(m_cells);
}

void AltImportModel::setAllChecked(bool checked) {
    m_checked.reset(QList<bool>(m_cells.size(), checked));
    if (!m_cells.isEmpty())
        Q_EMIT dataChanged(index(0, UseFileColumn), index(rowCount() - 1, UseFileColumn),
                           {Qt::CheckStateRole});
    Q_EMIT checkedCountChanged(m_checked.count());
}

void AltImportModel::setChecked(int row, bool checked) {
    setData(index(row, UseFileColumn), checked ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
}

int AltImportModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_cells.size());
}

int AltImportModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString AltImportModel::shown(const QString &value) {
    // An empty alt text is a value too ("there was none"), not a cell left blank.
    return value.isEmpty() ? tr("(empty)") : value;
}

QVariant AltImportModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AltImportCell &cell = m_cells.at(index.row());
    if (role == Qt::CheckStateRole)
        return index.column() == UseFileColumn
                   ? QVariant(m_checked.isChecked(index.row()) ? Qt::Checked : Qt::Unchecked)
                   : QVariant();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case LineColumn:
        return cell.line;
    case ProductColumn:
        return cell.productTitle.isEmpty() ? cell.productId : cell.productTitle;
    case PlaceColumn:
        return cell.place;
    case FieldColumn:
        return cell.field == AltImportCell::Field::Alt ? tr("alt text") : tr("place");
    case ExportedColumn:
        return cell.hasExported ? shown(cell.exported) : tr("(not in the file)");
    case InFileColumn:
        return shown(cell.inFile);
    case NowColumn:
        return shown(cell.onStore);
    case UseFileColumn:
        if (role == Qt::ToolTipRole)
            return m_checked.isChecked(index.row()) ? tr("The file's value is staged.")
                                                    : tr("The value it has now stays.");
        return {};
    }
    return {};
}

bool AltImportModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        index.column() != UseFileColumn || role != Qt::CheckStateRole)
        return false;
    if (m_checked.set(index.row(), value.toInt() == Qt::Checked)) {
        Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
        Q_EMIT checkedCountChanged(m_checked.count());
    }
    return true;
}

Qt::ItemFlags AltImportModel::flags(const QModelIndex &index) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == UseFileColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant AltImportModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UseFileColumn:
        return tr("Use the file's");
    case LineColumn:
        return tr("Line");
    case ProductColumn:
        return tr("Product");
    case PlaceColumn:
        return tr("Place");
    case FieldColumn:
        return tr("Cell");
    case ExportedColumn:
        return tr("When exported");
    case InFileColumn:
        return tr("In the file");
    case NowColumn:
        return tr("Now");
    }
    return {};
}

} // namespace vitrine
