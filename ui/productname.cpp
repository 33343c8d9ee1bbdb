#include "ui/productname.h"

namespace vitrine {

QString ProductName::inSentence(const QString &productId, const QString &title) {
    if (!title.trimmed().isEmpty())
        return tr("“%1”", "a product's title in a sentence").arg(title.trimmed());
    return productId.isEmpty() ? QString() : tr("product %1").arg(productId);
}

QString ProductName::standalone(const QString &productId, const QString &title) {
    if (!title.trimmed().isEmpty())
        return title.trimmed();
    return productId.isEmpty() ? QString() : tr("Product %1").arg(productId);
}

} // namespace vitrine
