#include "ui/deleteconfirmation.h"

#include "ui/icons.h"

#include <QMessageBox>
#include <QPushButton>

namespace vitrine {

QString DeleteConfirmation::question(int count, int total, const QString &productName) {
    const QString product = productName.isEmpty() ? tr("this product") : productName;
    if (count == total && total > 1)
        return tr("Delete all %n images of %1?", nullptr, total).arg(product);
    return tr("Delete %n image(s) of %1?", nullptr, count).arg(product);
}

QString DeleteConfirmation::explanation(int count, int total, bool storeCanDeleteAll) {
    QString text = tr("They are removed from this gallery now and from the store when you publish. "
                      "Until then Undo brings them back. This cannot be undone after publishing.",
                      nullptr, count);
    if (count == total && total > 1 && storeCanDeleteAll)
        text += QLatin1Char(' ') + tr("Publishing removes them all with one request.");
    else if (count == total && total > 0)
        text += QLatin1Char(' ') + tr("The product will have no images left.");
    return text;
}

bool DeleteConfirmation::ask(QWidget *parent, int count, int total, const QString &productName,
                             bool storeCanDeleteAll) {
    QMessageBox box(parent);
    box.setObjectName(QStringLiteral("deleteConfirmation"));
    box.setWindowTitle(tr("Delete images"));
    box.setIcon(QMessageBox::Warning);
    box.setText(question(count, total, productName));
    box.setInformativeText(explanation(count, total, storeCanDeleteAll));
    // A mnemonic (Alt+D) is the keyboard's way to Delete; Enter stays with the safe answer.
    QPushButton *remove = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("deleteButton"));
    remove->setIcon(Icons::get(Icons::Id::Delete));
    remove->setAutoDefault(false);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == remove;
}

} // namespace vitrine
