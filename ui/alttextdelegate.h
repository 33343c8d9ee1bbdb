#pragma once

#include "core/storecapabilities.h"

#include <QStyledItemDelegate>

namespace vitrine {

// Inline alt text editing for any view over the gallery's roles: a line edit with a live
// "n / limit" counter, using the store's limit for this image (create vs update). Text over the
// limit is refused with the reason (editRefused; Enter keeps the editor open) and never reaches
// the model; accepted text goes through the model to the edit session, as one undo step.
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

Q_SIGNALS:
    // An inline edit was not applied; reason says why, in words for the status bar.
    void editRefused(const QString &reason);

protected:
    bool eventFilter(QObject *object, QEvent *event) override;
    int altLimitFor(const QModelIndex &index) const;

private:
    StoreCapabilities m_capabilities;
};

} // namespace vitrine
