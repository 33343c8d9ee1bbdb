#pragma once

#include <QPointer>
#include <QWidget>

class QAbstractItemModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace vitrine {

// Picks the product whose gallery is edited: from the store's product list when the store can
// list products, or by typing its id (some store APIs cannot list products; the field then says
// why). It only asks (productRequested); loading is the controller's job.
class ProductChooser : public QWidget {
    Q_OBJECT
public:
    explicit ProductChooser(QWidget *parent = nullptr);

    // The store's products (a ProductListModel); null or empty shows the id field alone.
    void setProductModel(QAbstractItemModel *model);
    // Whether the store can list products, and if not why (StoreCapabilities::whyNot).
    void setCanListProducts(bool can, const QString &whyNot = {});
    // Shows which product is open without asking for it again.
    void setCurrentProduct(const QString &productId);
    QString currentProductId() const;

    QComboBox *comboBox() const;
    QLineEdit *idField() const;

Q_SIGNALS:
    void productRequested(const QString &productId);

private:
    void openTypedId();
    void updateVisibility();

    QPointer<QAbstractItemModel> m_model;
    QComboBox *m_combo = nullptr;
    QLineEdit *m_idField = nullptr;
    QToolButton *m_open = nullptr;
    QLabel *m_label = nullptr;
    bool m_canList = true;
    QString m_current;
};

} // namespace vitrine
