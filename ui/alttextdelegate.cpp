#include "ui/alttextdelegate.h"

#include "core/validation.h"
#include "models/gallerymodel.h"
#include "ui/alttextlineedit.h"

#include <QKeyEvent>
#include <QToolTip>

namespace vitrine {

AltTextDelegate::AltTextDelegate(QObject *parent)
    : QStyledItemDelegate(parent) {}

void AltTextDelegate::setCapabilities(const StoreCapabilities &capabilities) {
    m_capabilities = capabilities;
}

const StoreCapabilities &AltTextDelegate::capabilities() const {
    return m_capabilities;
}

int AltTextDelegate::altLimitFor(const QModelIndex &index) const {
    // SHOPLINE accepts 255 characters on create but 512 on update: which one applies depends on
    // whether the image exists on the store yet.
    return m_capabilities.altLimit(index.data(GalleryModel::IsNewRole).toBool());
}

QWidget *AltTextDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                       const QModelIndex &index) const {
    auto *editor = new AltTextLineEdit(parent);
    editor->setLimit(altLimitFor(index));
    editor->setFrame(true);
    editor->setAccessibleName(
        tr("Alt text of %1").arg(index.data(Qt::AccessibleTextRole).toString()));
    return editor;
}

void AltTextDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const {
    if (auto *line = qobject_cast<AltTextLineEdit *>(editor)) {
        line->setText(index.data(GalleryModel::AltTextRole).toString());
        line->selectAll();
    }
}

void AltTextDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                   const QModelIndex &index) const {
    auto *line = qobject_cast<AltTextLineEdit *>(editor);
    if (!line)
        return;
    const QString text = normalizedAltText(line->text().trimmed());
    const ValidationResult verdict = validateAltText(text, altLimitFor(index));
    if (!verdict) {
        Q_EMIT const_cast<AltTextDelegate *>(this)->editRefused(
            tr("Alt text not changed: %1").arg(verdict.message));
        return;
    }
    if (text == index.data(GalleryModel::AltTextRole).toString())
        return; // nothing changed: no empty undo step
    // Through the model to the edit session, which makes it an undo step (or refuses and says
    // why through its own refused() signal).
    model->setData(index, text, Qt::EditRole);
}

bool AltTextDelegate::eventFilter(QObject *object, QEvent *event) {
    auto *line = qobject_cast<AltTextLineEdit *>(object);
    if (line && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && !line->isAcceptable()) {
            // Keep the editor open with the text, and say why it cannot be applied.
            QToolTip::showText(line->mapToGlobal(QPoint(0, line->height())), line->refusal(), line);
            Q_EMIT editRefused(line->refusal());
            return true;
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

} // namespace vitrine
