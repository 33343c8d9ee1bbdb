#include "models/alttemplatepreviewmodel.h"

#include <QBrush>
#include <QColor>

namespace vitrine {

using Flag = AltTemplateChange::Flag;

AltTemplatePreviewModel::AltTemplatePreviewModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void AltTemplatePreviewModel::setPreview(const AltTemplatePreview &preview) {
    beginResetModel();
    m_preview = preview;
    QList<bool> stageable;
    stageable.reserve(preview.changes().size());
    for (const AltTemplateChange &change : preview.changes())
        stageable << change.stageable();
    m_checked.reset(stageable);
    endResetModel();
    Q_EMIT checkedCountChanged(m_checked.count());
}

QList<AltTemplateChange> AltTemplatePreviewModel::checkedChanges() const {
    return m_checked.picked(m_preview.changes());
}

void AltTemplatePreviewModel::setAllChecked(bool checked) {
    for (qsizetype i = 0; i < m_checked.size(); ++i)
        m_checked.set(i, checked && m_preview.changes().at(i).stageable());
    if (m_checked.size() > 0)
        Q_EMIT dataChanged(index(0, StageColumn), index(rowCount() - 1, StageColumn),
                           {Qt::CheckStateRole});
    Q_EMIT checkedCountChanged(m_checked.count());
}

QString AltTemplatePreviewModel::describeFlags(const AltTemplateChange &change) {
    QStringList parts;
    if (change.flags.testFlag(Flag::OverLimit))
        parts << tr("over the store's limit (%1 / %2): not staged")
                     .arg(change.length)
                     .arg(change.limit);
    if (change.flags.testFlag(Flag::DuplicateInGallery))
        parts << tr("the same text as image %1").arg(change.duplicateOfPlace);
    if (change.flags.testFlag(Flag::PlaceholderLike))
        parts << tr("looks like a file name or a placeholder");
    if (!change.emptyPlaceholders.isEmpty())
        parts << tr("empty here, left out: %1")
                     .arg(change.emptyPlaceholders.join(QStringLiteral(", ")));
    return parts.join(QStringLiteral("; "));
}

int AltTemplatePreviewModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_preview.changes().size());
}

int AltTemplatePreviewModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AltTemplatePreviewModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AltTemplateChange &change = m_preview.changes().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ProductColumn:
            return change.productTitle.isEmpty() ? change.productId : change.productTitle;
        case PlaceColumn:
            return change.place;
        case BeforeColumn:
            return change.before;
        case AfterColumn:
            return change.after;
        case LengthColumn:
            return change.limit > 0 ? tr("%1 / %2").arg(change.length).arg(change.limit)
                                    : QString::number(change.length);
        case FlagsColumn:
            return describeFlags(change);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == BeforeColumn || index.column() == AfterColumn)
            return index.column() == BeforeColumn ? change.before : change.after;
        if (index.column() == StageColumn && !change.stageable())
            return tr("Over the store's limit: this text cannot be staged.");
        return describeFlags(change);
    case Qt::CheckStateRole:
        if (index.column() == StageColumn)
            return m_checked.isChecked(index.row()) ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ForegroundRole:
        if (change.flags.testFlag(Flag::OverLimit) &&
            (index.column() == LengthColumn || index.column() == FlagsColumn))
            return QBrush(QColor(0xb0, 0x00, 0x20));
        return {};
    case FlagsRole:
        return int(change.flags.toInt());
    case KeyRole:
        return change.key;
    case ProductIdRole:
        return change.productId;
    }
    return {};
}

bool AltTemplatePreviewModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        index.column() != StageColumn || role != Qt::CheckStateRole)
        return false;
    const bool checked = value.toInt() == Qt::Checked;
    if (checked && !m_preview.changes().at(index.row()).stageable())
        return false;
    if (m_checked.set(index.row(), checked)) {
        Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
        Q_EMIT checkedCountChanged(m_checked.count());
    }
    return true;
}

Qt::ItemFlags AltTemplatePreviewModel::flags(const QModelIndex &index) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == StageColumn && m_preview.changes().at(index.row()).stageable())
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant AltTemplatePreviewModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StageColumn:
        return tr("Stage");
    case ProductColumn:
        return tr("Product");
    case PlaceColumn:
        return tr("Place");
    case BeforeColumn:
        return tr("Alt text now");
    case AfterColumn:
        return tr("New alt text");
    case LengthColumn:
        return tr("Length");
    case FlagsColumn:
        return tr("Check");
    }
    return {};
}

} // namespace vitrine
