#pragma once

#include <QString>

class QWidget;

namespace vitrine {

// Asks before staging a delete, naming how many images of which product go. Deleting is staged
// like every edit (undoable until published), which the question says, so users are not scared
// away from a safe action nor surprised after publishing.
class DeleteConfirmation {
public:
    // "Delete 3 images of “Grey sofa”?" / "Delete all 6 images of “Grey sofa”?"
    static QString question(int count, int total, const QString &productTitle);
    // What happens next, including whether one request removes them all.
    static QString explanation(int count, int total, bool storeCanDeleteAll);
    // Shows the question modally; true when the user chose Delete.
    static bool ask(QWidget *parent, int count, int total, const QString &productTitle,
                    bool storeCanDeleteAll);
};

} // namespace vitrine
