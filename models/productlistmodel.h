#pragma once

#include "core/productimage.h"

#include <QAbstractListModel>

namespace vitrine {

// The products a store lists, for the product chooser. Filled by a controller from
// StoreClient::listProducts(); never touches the network itself.
class ProductListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        ProductIdRole = Qt::UserRole + 1, // QString
        TitleRole,                        // QString (may be empty)
        ImageCountRole,                   // int; -1 when the listing does not say
    };
    Q_ENUM(Role)

    explicit ProductListModel(QObject *parent = nullptr);

    // Replaces the list (a model reset), in the store's order.
    void setProducts(const QList<ProductSummary> &products);
    const QList<ProductSummary> &products() const;
    // The product of a row; an empty summary for a row out of range.
    ProductSummary product(int row) const;
    int rowOfId(const QString &productId) const; // -1 when absent
    // Keeps the chooser's count right after a publish added or deleted images.
    void setImageCount(const QString &productId, int count);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QString label(const ProductSummary &p) const;

    QList<ProductSummary> m_products;
};

} // namespace vitrine
