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
    // A store whose product list costs reading every image record: the list is read only when
    // the user asks for it (listRequested()), with a button that says what it costs. Off again
    // once the list is in, or for another store.
    void setListOnRequest(bool onRequest);
    bool isListOnRequest() const;
    // Shows which product is open without asking for it again.
    void setCurrentProduct(const QString &productId);
    QString currentProductId() const;

    QComboBox *comboBox() const;
    QLineEdit *idField() const;
    QToolButton *listButton() const;

Q_SIGNALS:
    void productRequested(const QString &productId);
    void listRequested();

private:
    void openTypedId();
    void updateVisibility();

    QPointer<QAbstractItemModel> m_model;
    QComboBox *m_combo = nullptr;
    QLineEdit *m_idField = nullptr;
    QToolButton *m_open = nullptr;
    QToolButton *m_list = nullptr;
    QLabel *m_label = nullptr;
    bool m_canList = true;
    QString m_current;
};

} // namespace vitrine
