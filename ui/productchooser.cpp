#include "ui/productchooser.h"

#include "models/productlistmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace vitrine {

ProductChooser::ProductChooser(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("productChooser"));
    m_label = new QLabel(tr("&Product:"));
    m_combo = new QComboBox;
    m_combo->setObjectName(QStringLiteral("productCombo"));
    m_combo->setMinimumContentsLength(24);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setAccessibleName(tr("Product"));
    m_idField = new QLineEdit;
    m_idField->setObjectName(QStringLiteral("productIdField"));
    m_idField->setPlaceholderText(tr("Product id"));
    m_idField->setClearButtonEnabled(true);
    m_idField->setMaximumWidth(220);
    m_idField->setAccessibleName(tr("Product id"));
    m_open = new QToolButton;
    m_open->setObjectName(QStringLiteral("openProduct"));
    m_open->setText(tr("Open"));
    m_open->setToolTip(tr("Open the product with this id"));
    m_list = new QToolButton;
    m_list->setObjectName(QStringLiteral("listProducts"));
    m_list->setText(tr("List Products"));
    m_list->setToolTip(tr("This store lists its products only through every image record it has: "
                          "reading them all can take a while on a large store."));
    m_list->hide();
    m_label->setBuddy(m_combo);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_combo, 1);
    layout->addWidget(m_idField);
    layout->addWidget(m_open);
    layout->addWidget(m_list);

    connect(m_combo, &QComboBox::activated, this, [this](int row) {
        const QString id = m_combo->itemData(row, ProductListModel::ProductIdRole).toString();
        if (!id.isEmpty() && id != m_current)
            Q_EMIT productRequested(id);
    });
    connect(m_list, &QToolButton::clicked, this, [this] {
        m_list->setEnabled(false); // until the list is in (or failed: setListOnRequest again)
        Q_EMIT listRequested();
    });
    connect(m_idField, &QLineEdit::returnPressed, this, &ProductChooser::openTypedId);
    connect(m_open, &QToolButton::clicked, this, &ProductChooser::openTypedId);
    connect(m_idField, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_open->setEnabled(!text.trimmed().isEmpty()); });
    m_open->setEnabled(false);
    updateVisibility();
}

void ProductChooser::setProductModel(QAbstractItemModel *model) {
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_combo->setModel(model ? model : new ProductListModel(m_combo));
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, [this] {
            setCurrentProduct(m_current);
            updateVisibility();
        });
    }
    setCurrentProduct(m_current);
    updateVisibility();
}

void ProductChooser::setCanListProducts(bool can, const QString &whyNot) {
    m_canList = can;
    m_idField->setToolTip(can ? tr("Or type a product id and press Enter") : whyNot);
    updateVisibility();
}

void ProductChooser::setListOnRequest(bool onRequest) {
    m_list->setVisible(onRequest);
    m_list->setEnabled(true);
}

bool ProductChooser::isListOnRequest() const {
    return !m_list->isHidden();
}

QToolButton *ProductChooser::listButton() const {
    return m_list;
}

void ProductChooser::updateVisibility() {
    const bool haveList = m_canList && m_combo->count() > 0;
    m_combo->setVisible(haveList);
    m_label->setBuddy(haveList ? static_cast<QWidget *>(m_combo) : m_idField);
    m_idField->setPlaceholderText(haveList ? tr("…or a product id") : tr("Product id"));
}

void ProductChooser::setCurrentProduct(const QString &productId) {
    m_current = productId;
    const QSignalBlocker block(m_combo);
    const int row = m_combo->findData(productId, ProductListModel::ProductIdRole);
    m_combo->setCurrentIndex(row);
    if (row < 0 && !productId.isEmpty())
        m_idField->setText(productId);
    else if (row >= 0)
        m_idField->clear();
}

QString ProductChooser::currentProductId() const {
    return m_current;
}

QComboBox *ProductChooser::comboBox() const {
    return m_combo;
}

QLineEdit *ProductChooser::idField() const {
    return m_idField;
}

void ProductChooser::openTypedId() {
    const QString id = m_idField->text().trimmed();
    if (!id.isEmpty())
        Q_EMIT productRequested(id);
}

} // namespace vitrine
