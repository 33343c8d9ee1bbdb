#include "models/gallerytablemodel.h"

#include "models/gallerymodel.h"

#include <QFont>
#include <QSize>

namespace vitrine {

GalleryTableModel::GalleryTableModel(QObject *parent)
    : QIdentityProxyModel(parent) {}

void GalleryTableModel::setSourceModel(QAbstractItemModel *model) {
    disconnect(m_dataChanged);
    QIdentityProxyModel::setSourceModel(model);
    if (model)
        m_dataChanged = connect(model, &QAbstractItemModel::dataChanged, this,
                                &GalleryTableModel::sourceDataChanged);
}

void GalleryTableModel::sourceDataChanged(const QModelIndex &topLeft,
                                          const QModelIndex &bottomRight) {
    // A source role feeds several columns under other roles (DisplayIndexRole is the # column's
    // DisplayRole), so the whole rows change, for every role.
    Q_EMIT dataChanged(index(topLeft.row(), 0), index(bottomRight.row(), ColumnCount - 1));
}

int GalleryTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

int GalleryTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->rowCount();
}

QModelIndex GalleryTableModel::index(int row, int column, const QModelIndex &parent) const {
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= ColumnCount)
        return {};
    return createIndex(row, column);
}

QModelIndex GalleryTableModel::parent(const QModelIndex &) const {
    return {};
}

QModelIndex GalleryTableModel::sibling(int row, int column, const QModelIndex &) const {
    return index(row, column);
}

QModelIndex GalleryTableModel::mapToSource(const QModelIndex &proxyIndex) const {
    if (!sourceModel() || !proxyIndex.isValid() || proxyIndex.model() != this)
        return {};
    return sourceModel()->index(proxyIndex.row(), 0);
}

QModelIndex GalleryTableModel::mapFromSource(const QModelIndex &sourceIndex) const {
    if (!sourceModel() || !sourceIndex.isValid())
        return {};
    return createIndex(sourceIndex.row(), sourceIndex.column());
}

QString GalleryTableModel::statusText(const QModelIndex &source) const {
    const QString error = source.data(GalleryModel::ErrorRole).toString();
    if (!error.isEmpty())
        return tr("Publishing failed: %1").arg(error);
    if (source.data(GalleryModel::IsNewRole).toBool())
        return tr("New");
    QStringList labels;
    for (const QString &name : source.data(GalleryModel::EditedFieldsRole).toStringList())
        if (const std::optional<ImageField> field = imageFieldFromName(name))
            labels << GalleryModel::fieldLabel(*field);
    return labels.isEmpty() ? QString() : tr("Edited: %1").arg(labels.join(QStringLiteral(", ")));
}

QVariant GalleryTableModel::accessibleText(const QModelIndex &index,
                                           const QModelIndex &source) const {
    // What a screen reader says for one cell: that cell's own content. The row's summary ("Image
    // 3 of 12, alt: …") belongs to the alt text column, the one the grid shows.
    switch (index.column()) {
    case ThumbnailColumn: {
        const QString alt = source.data(GalleryModel::AltTextRole).toString().simplified();
        return alt.isEmpty() ? tr("Picture without alt text") : tr("Picture: %1").arg(alt);
    }
    case PositionColumn:
        return tr("Place %1 of %2")
            .arg(source.data(GalleryModel::DisplayIndexRole).toInt())
            .arg(rowCount());
    case AltTextColumn:
        return source.data(Qt::AccessibleTextRole);
    case SizeColumn: {
        const QSize size = source.data(GalleryModel::SizeRole).toSize();
        return size.isValid() ? tr("%1 × %2 pixels").arg(size.width()).arg(size.height())
                              : tr("Size unknown");
    }
    case UrlColumn:
        return source.data(GalleryModel::SourceUrlRole);
    case StatusColumn: {
        const QString status = statusText(source);
        return status.isEmpty() ? tr("Unchanged") : status;
    }
    default:
        return {};
    }
}

QVariant GalleryTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QModelIndex source = mapToSource(index);
    if (role >= Qt::UserRole || role == Qt::ToolTipRole)
        return source.data(role);
    if (role == Qt::AccessibleTextRole)
        return accessibleText(index, source);
    if (role == Qt::AccessibleDescriptionRole)
        return index.column() == AltTextColumn ? source.data(role) : QVariant();
    switch (index.column()) {
    case PositionColumn:
        if (role == Qt::DisplayRole)
            return source.data(GalleryModel::DisplayIndexRole);
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ThumbnailColumn:
        return {}; // the UI paints the picture
    case AltTextColumn: {
        const QString alt = source.data(GalleryModel::AltTextRole).toString();
        if (role == Qt::EditRole)
            return alt;
        if (role == Qt::DisplayRole)
            return alt.isEmpty() ? tr("No alt text") : alt;
        if (role == Qt::FontRole && alt.isEmpty()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    }
    case SizeColumn: {
        if (role != Qt::DisplayRole)
            return {};
        const QSize size = source.data(GalleryModel::SizeRole).toSize();
        return size.isValid() ? tr("%1 × %2").arg(size.width()).arg(size.height()) : tr("unknown");
    }
    case UrlColumn:
        return role == Qt::DisplayRole ? source.data(GalleryModel::SourceUrlRole) : QVariant();
    case StatusColumn:
        return role == Qt::DisplayRole ? QVariant(statusText(source)) : QVariant();
    default:
        return {};
    }
}

bool GalleryTableModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        index.column() != AltTextColumn ||
        (role != Qt::EditRole && role != GalleryModel::AltTextRole))
        return false;
    return sourceModel()->setData(mapToSource(index), value, GalleryModel::AltTextRole);
}

Qt::ItemFlags GalleryTableModel::flags(const QModelIndex &index) const {
    if (!sourceModel())
        return Qt::NoItemFlags;
    if (!index.isValid())
        return sourceModel()->flags(QModelIndex());
    Qt::ItemFlags f = sourceModel()->flags(mapToSource(index));
    if (index.column() != AltTextColumn)
        f &= ~Qt::ItemIsEditable;
    return f;
}

QVariant GalleryTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Vertical || role != Qt::DisplayRole)
        return QIdentityProxyModel::headerData(section, orientation, role);
    switch (section) {
    case PositionColumn:
        return tr("#");
    case ThumbnailColumn:
        return tr("Image");
    case AltTextColumn:
        return tr("Alt text");
    case SizeColumn:
        return tr("Size");
    case UrlColumn:
        return tr("URL");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace vitrine
