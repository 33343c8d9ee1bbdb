#pragma once

#include <QObject>
#include <QPointer>
#include <QUrl>

class QAction;
class QWidget;

namespace vitrine {

class EditSession;
class GalleryView;

// The edits that need a dialog — add by URL, replace URL, set variants, delete (confirmed) — as
// actions whose enabled state and tooltip follow the selection and what the store can do: an
// action the store cannot do is disabled and its tooltip says why (StoreCapabilities::whyNot).
// The grid's own actions (reorder, delete key, F2) live in GalleryView; this runs the dialogs.
class GalleryEditActions : public QObject {
    Q_OBJECT
public:
    GalleryEditActions(EditSession *session, GalleryView *grid, QWidget *dialogParent);

    QAction *addImageAction() const;
    QAction *replaceUrlAction() const;
    QAction *setVariantsAction() const;
    QAction *selectAllAction() const;

    // Names the product in the delete question ("Delete 3 images of “Grey sofa”?"): the product
    // as a sentence names it (ProductName::inSentence).
    void setProductName(const QString &name);

public Q_SLOTS:
    // Asks (DeleteConfirmation) and stages the deletion of rows as one undo step.
    void confirmAndDelete(const QList<int> &rows);
    void addImage();
    void replaceUrl();
    void setVariants();
    // Adds dropped image addresses before row, as one undo step.
    void addDroppedUrls(const QList<QUrl> &urls, int row);
    void updateStates();

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    QList<int> selectedRows() const;
    static void setAvailability(QAction *action, bool enabled, const QString &why,
                                const QString &normalTip);

    QPointer<EditSession> m_session;
    QPointer<GalleryView> m_grid;
    QPointer<QWidget> m_dialogParent;
    QString m_productName;
    QAction *m_addImage = nullptr;
    QAction *m_replaceUrl = nullptr;
    QAction *m_setVariants = nullptr;
    QAction *m_selectAll = nullptr;
};

} // namespace vitrine
