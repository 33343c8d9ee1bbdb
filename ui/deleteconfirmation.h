#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace vitrine {

// Asks before staging a delete, naming how many images of which product go. Deleting is staged
// like every edit (undoable until published), which the question says, so users are not scared
// away from a safe action nor surprised after publishing.
class DeleteConfirmation {
    Q_DECLARE_TR_FUNCTIONS(DeleteConfirmation)
public:
    // "Delete 3 images of “Grey sofa”?" / "Delete all 6 images of product 101?". productName is
    // the product as a sentence names it (ProductName::inSentence); empty: "this product".
    static QString question(int count, int total, const QString &productName);
    // What happens next, including whether one request removes them all.
    static QString explanation(int count, int total, bool storeCanDeleteAll);
    // Shows the question modally; true when the user chose Delete (Alt+D, or a click). Enter and
    // Escape cancel.
    static bool ask(QWidget *parent, int count, int total, const QString &productName,
                    bool storeCanDeleteAll);
};

} // namespace vitrine
