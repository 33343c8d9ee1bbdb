#include "models/worklistmodel.h"

#include "models/gallerymodel.h"
#include "models/worklisteditor.h"

#include <algorithm>

namespace vitrine {

WorklistModel::WorklistModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void WorklistModel::setEditor(WorklistEditor *editor) {
    m_editor = editor;
}

void WorklistModel::setEntries(const QList<WorklistEntry> &entries) {
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

std::pair<int, int> WorklistModel::rangeOf(const QString &productId, int productOrder) const {
    // Rows are in product order: the product's rows start where the orders reach productOrder.
    const auto first =
        std::lower_bound(m_entries.cbegin(), m_entries.cend(), productOrder,
                         [](const WorklistEntry &e, int order) { return e.productOrder < order; });
    auto last = first;
    while (last != m_entries.cend() && last->productId == productId)
        ++last;
    return {int(first - m_entries.cbegin()), int(last - m_entries.cbegin())};
}

void WorklistModel::replaceProduct(const QString &productId, int productOrder,
                                   const QList<WorklistEntry> &entries) {
    const auto [first, last] = rangeOf(productId, productOrder);
    // Rows that stay in place change in place; the rest are removed or inserted at the end of
    // the product's range, so views keep their scroll position and the current row.
    const int common = std::min(last - first, int(entries.size()));
    for (int i = 0; i < common; ++i)
        m_entries[first + i] = entries.at(i);
    if (common > 0)
        Q_EMIT dataChanged(index(first, 0), index(first + common - 1, ColumnCount - 1));
    if (last - first > common) {
        beginRemoveRows({}, first + common, last - 1);
        m_entries.remove(first + common, last - first - common);
        endRemoveRows();
    } else if (entries.size() > common) {
        const int at = first + common;
        beginInsertRows({}, at, at + int(entries.size()) - common - 1);
        for (int i = common; i < entries.size(); ++i)
            m_entries.insert(at + i - common, entries.at(i));
        endInsertRows();
    }
}

const WorklistEntry *WorklistModel::entry(int row) const {
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int WorklistModel::rowOf(const QString &productId, const QString &imageKey) const {
    for (int row = 0; row < m_entries.size(); ++row) {
        const WorklistEntry &e = m_entries.at(row);
        if (e.productId == productId && e.image.key == imageKey)
            return row;
    }
    return -1;
}

int WorklistModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_entries.size());
}

int WorklistModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorklistModel::data(const QModelIndex &index, int role) const {
    const WorklistEntry *e = entry(index.row());
    if (!e || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case ProductIdRole:
        return e->productId;
    case ProblemNamesRole: {
        QStringList names;
        for (const ReviewFinding &f : e->problems)
            names << ReviewFinding::kindName(f.kind);
        return names;
    }
    case GalleryModel::KeyRole:
        return e->image.key;
    case GalleryModel::SourceUrlRole:
        return e->image.src;
    case GalleryModel::AltTextRole:
        return e->image.alt;
    case GalleryModel::IsNewRole:
        return e->image.isNew;
    case GalleryModel::ImageIdRole:
        return e->image.imageId;
    default:
        break;
    }
    const QString title = e->productTitle.isEmpty() ? e->productId : e->productTitle;
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case Product:
            return title;
        case Place:
            return e->image.place;
        case AltText:
            if (role == Qt::DisplayRole && e->image.alt.trimmed().isEmpty())
                return tr("(no alt text)");
            return e->image.alt;
        case Problem: {
            QStringList messages;
            for (const ReviewFinding &f : e->problems)
                messages << f.message;
            return messages.join(QStringLiteral(" · "));
        }
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Problem || index.column() == AltText) {
            QStringList messages;
            for (const ReviewFinding &f : e->problems)
                messages << QStringLiteral("%1: %2").arg(ReviewFinding::kindName(f.kind),
                                                         f.message);
            if (index.column() == AltText && !e->image.alt.isEmpty())
                messages.prepend(e->image.alt);
            return messages.join(QLatin1Char('\n'));
        }
        if (index.column() == Thumbnail)
            return e->image.src;
    }
    if (role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case Thumbnail:
            return tr("Picture %1 of %2").arg(e->image.place).arg(title);
        case Product:
            return title;
        case Place:
            return tr("Place %1").arg(e->image.place);
        case AltText:
            return e->image.alt.isEmpty() ? tr("No alt text") : e->image.alt;
        case Problem:
            return data(index, Qt::ToolTipRole);
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Place)
        return {Qt::AlignRight | Qt::AlignVCenter};
    return {};
}

bool WorklistModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (role != Qt::EditRole || index.column() != AltText || !entry(index.row()))
        return false;
    const WorklistEntry e = m_entries.at(index.row());
    const QString text = value.toString();
    if (text == e.image.alt)
        return true;
    if (m_editor) {
        QString why;
        if (!m_editor->requestAltText(e.productId, e.image.key, text, &why)) {
            Q_EMIT editRefused(why);
            return false;
        }
        // The editor stages it; the product's rows are replaced when it is audited again.
        return true;
    }
    m_entries[index.row()].image.alt = text;
    Q_EMIT dataChanged(index, index);
    return true;
}

Qt::ItemFlags WorklistModel::flags(const QModelIndex &index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == AltText)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant WorklistModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Thumbnail:
        return tr("Picture");
    case Product:
        return tr("Product");
    case Place:
        return tr("Place");
    case AltText:
        return tr("Alt text");
    case Problem:
        return tr("Problem");
    }
    return {};
}

} // namespace vitrine
