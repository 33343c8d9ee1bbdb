#pragma once

#include <QCoreApplication>
#include <QString>

namespace vitrine {

// How a product is named to the user. Stores whose products have no title (the generic REST API,
// some custom dialects) get "product 101", never a bare id in quotes ("Delete 3 images of
// “101”?").
class ProductName {
    Q_DECLARE_TR_FUNCTIONS(ProductName)
public:
    // In a sentence: “Oak Dining Chair” (quoted), or product 101; empty when both are empty.
    static QString inSentence(const QString &productId, const QString &title);
    // On its own (the window title): Oak Dining Chair, or Product 101.
    static QString standalone(const QString &productId, const QString &title);
};

} // namespace vitrine
