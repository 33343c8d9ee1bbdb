#pragma once

#include "core/storecapabilities.h"

#include <QStyledItemDelegate>

namespace vitrine {

// Inline alt text editing for any view over the gallery's roles: a multi-line AltTextEditor with a
// live "n / limit" counter below the text, using the store's limit for this image (create vs
// update). Text over the limit is refused with the reason (editRefused; Enter keeps the editor
// open) and never reaches the model; accepted text goes through the model to the edit session, as
// one undo step.
class AltTextDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit AltTextDelegate(QObject *parent = nullptr);

    void setCapabilities(const StoreCapabilities &capabilities);
    const StoreCapabilities &capabilities() const;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    // The editor's own size (a sentence fits) from the cell's top left, kept inside the view.
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

Q_SIGNALS:
    // An inline edit was not applied; reason says why, in words for the status bar.
    void editRefused(const QString &reason);

protected:
    int altLimitFor(const QModelIndex &index) const;
    // Places editor at its size hint (at least anchor's size) from anchor's top left, moved
    // inside its parent (the view's viewport) where it would stick out.
    static void placeEditor(QWidget *editor, const QRect &anchor);

private:
    StoreCapabilities m_capabilities;
};

} // namespace vitrine
