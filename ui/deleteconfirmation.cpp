#include "ui/deleteconfirmation.h"

#include "ui/icons.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace vitrine {

namespace {
QString tr(const char *text, int n = -1) {
    return QCoreApplication::translate("DeleteConfirmation", text, nullptr, n);
}
QString quotedTitle(const QString &productTitle) {
    return productTitle.isEmpty() ? tr("this product") : QStringLiteral("“%1”").arg(productTitle);
}
} // namespace

QString DeleteConfirmation::question(int count, int total, const QString &productTitle) {
    if (count == total && total > 1)
        return tr("Delete all %n images of %1?", total).arg(quotedTitle(productTitle));
    return count == 1 ? tr("Delete 1 image of %1?").arg(quotedTitle(productTitle))
                      : tr("Delete %1 images of %2?").arg(count).arg(quotedTitle(productTitle));
}

QString DeleteConfirmation::explanation(int count, int total, bool storeCanDeleteAll) {
    QString text = count == 1
                       ? tr("It is removed from this gallery now and from the store when you "
                            "publish. Until then Undo brings it back. This cannot be undone after "
                            "publishing.")
                       : tr("They are removed from this gallery now and from the store when you "
                            "publish. Until then Undo brings them back. This cannot be undone "
                            "after publishing.");
    if (count == total && total > 1 && storeCanDeleteAll)
        text += QLatin1Char(' ') + tr("Publishing removes them all with one request.");
    else if (count == total && total > 0)
        text += QLatin1Char(' ') + tr("The product will have no images left.");
    return text;
}

bool DeleteConfirmation::ask(QWidget *parent, int count, int total, const QString &productTitle,
                             bool storeCanDeleteAll) {
    QMessageBox box(parent);
    box.setObjectName(QStringLiteral("deleteConfirmation"));
    box.setWindowTitle(tr("Delete images"));
    box.setIcon(QMessageBox::Warning);
    box.setText(question(count, total, productTitle));
    box.setInformativeText(explanation(count, total, storeCanDeleteAll));
    QPushButton *remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("deleteButton"));
    remove->setIcon(Icons::get(Icons::Id::Delete));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    // Enter must not destroy: the safe answer is the default.
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == remove;
}

} // namespace vitrine
