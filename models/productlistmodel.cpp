#include "models/productlistmodel.h"

namespace vitrine {

ProductListModel::ProductListModel(QObject *parent)
    : QAbstractListModel(parent) {}

void ProductListModel::setProducts(const QList<ProductSummary> &products) {
    beginResetModel();
    m_products = products;
    endResetModel();
}

const QList<ProductSummary> &ProductListModel::products() const {
    return m_products;
}

ProductSummary ProductListModel::product(int row) const {
    return row >= 0 && row < m_products.size() ? m_products[row] : ProductSummary{};
}

int ProductListModel::rowOfId(const QString &productId) const {
    for (int i = 0; i < m_products.size(); ++i)
        if (m_products[i].id == productId)
            return i;
    return -1;
}

void ProductListModel::setImageCount(const QString &productId, int count) {
    const int row = rowOfId(productId);
    if (row < 0 || m_products[row].imageCount == count)
        return;
    m_products[row].imageCount = count;
    Q_EMIT dataChanged(index(row), index(row),
                       {ImageCountRole, Qt::ToolTipRole, Qt::AccessibleTextRole});
}

int ProductListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_products.size());
}

QString ProductListModel::label(const ProductSummary &p) const {
    return p.title.trimmed().isEmpty() ? tr("Product %1").arg(p.id) : p.title;
}

QVariant ProductListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProductSummary &p = m_products[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return label(p);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        QString text = tr("%1, id %2").arg(label(p), p.id);
        if (p.imageCount >= 0)
            text += p.imageCount == 1 ? tr(", 1 image") : tr(", %1 images").arg(p.imageCount);
        return text;
    }
    case ProductIdRole:
        return p.id;
    case TitleRole:
        return p.title;
    case ImageCountRole:
        return p.imageCount;
    default:
        return {};
    }
}

Qt::ItemFlags ProductListModel::flags(const QModelIndex &index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> ProductListModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(ProductIdRole, "productId");
    names.insert(TitleRole, "title");
    names.insert(ImageCountRole, "imageCount");
    return names;
}

} // namespace vitrine
