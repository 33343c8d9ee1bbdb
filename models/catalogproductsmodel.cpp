#include "models/catalogproductsmodel.h"

#include <QLocale>

namespace vitrine {

CatalogProductsModel::CatalogProductsModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void CatalogProductsModel::setAudit(const QList<ProductAudit> &products) {
    beginResetModel();
    m_products = products;
    m_rowOf.clear();
    for (int row = 0; row < m_products.size(); ++row)
        m_rowOf.insert(m_products.at(row).productId, row);
    endResetModel();
}

void CatalogProductsModel::updateProduct(const ProductAudit &product) {
    const int row = rowOfProduct(product.productId);
    if (row < 0)
        return;
    m_products[row] = product;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

const ProductAudit *CatalogProductsModel::product(int row) const {
    return row >= 0 && row < m_products.size() ? &m_products.at(row) : nullptr;
}

int CatalogProductsModel::rowOfProduct(const QString &productId) const {
    return m_rowOf.value(productId, -1);
}

int CatalogProductsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_products.size());
}

int CatalogProductsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CatalogProductsModel::data(const QModelIndex &index, int role) const {
    const ProductAudit *p = product(index.row());
    if (!p || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    if (role == ProductIdRole)
        return p->productId;
    const QLocale locale;
    if (role == Qt::DisplayRole || role == SortRole || role == Qt::AccessibleTextRole) {
        const bool sort = role == SortRole;
        switch (index.column()) {
        case Title:
            return p->title.isEmpty() ? p->productId : p->title;
        case Images:
            return sort ? QVariant(p->images) : QVariant(locale.toString(p->images));
        case AltCoverage:
            return sort ? QVariant(p->altCoverage())
                        : QVariant(tr("%1 %").arg(locale.toString(p->altCoverage(), 'f', 1)));
        case Errors:
            return sort ? QVariant(p->errors) : QVariant(locale.toString(p->errors));
        case Warnings:
            return sort ? QVariant(p->warnings) : QVariant(locale.toString(p->warnings));
        case Staged:
            if (sort)
                return p->pendingEdits;
            return p->pendingEdits > 0 ? QVariant(locale.toString(p->pendingEdits)) : QVariant();
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != Title)
        return {Qt::AlignRight | Qt::AlignVCenter};
    if (role == Qt::ToolTipRole && index.column() == AltCoverage)
        return tr("%1 of %n image(s) have alt text.", nullptr, p->images).arg(p->imagesWithAlt);
    if (role == Qt::ToolTipRole && index.column() == Title)
        return tr("Product %1").arg(p->productId);
    return {};
}

QVariant CatalogProductsModel::headerData(int section, Qt::Orientation orientation,
                                          int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title:
        return tr("Product");
    case Images:
        return tr("Images");
    case AltCoverage:
        return tr("Alt text");
    case Errors:
        return tr("Errors");
    case Warnings:
        return tr("Warnings");
    case Staged:
        return tr("Staged edits");
    }
    return {};
}

} // namespace vitrine
