#pragma once

#include "core/catalogaudit.h"

#include <QAbstractTableModel>
#include <QHash>

namespace vitrine {

// The catalog's products as a table: title, images, alt text coverage, errors, warnings and edits
// staged, one row per product in the store's listing order. Sorting and filtering go through a
// QSortFilterProxyModel: SortRole gives numbers as numbers, ProductIdRole the product.
class CatalogProductsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Title, Images, AltCoverage, Errors, Warnings, Staged, ColumnCount };
    enum Role {
        ProductIdRole = Qt::UserRole + 1, // QString
        SortRole,                         // the cell's value for sorting (numbers as numbers)
    };

    explicit CatalogProductsModel(QObject *parent = nullptr);

    void setAudit(const QList<ProductAudit> &products);
    // One product audited again (an edit, a picture check); unknown products are ignored.
    void updateProduct(const ProductAudit &product);
    const ProductAudit *product(int row) const;
    int rowOfProduct(const QString &productId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ProductAudit> m_products;
    QHash<QString, int> m_rowOf;
};

} // namespace vitrine
