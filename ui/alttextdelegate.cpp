#include "ui/alttextdelegate.h"

#include "core/validation.h"
#include "models/gallerymodel.h"
#include "ui/alttexteditor.h"

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
    auto *editor = new AltTextEditor(parent);
    editor->setLimit(altLimitFor(index));
    editor->setAccessibleName(
        tr("Alt text of %1").arg(index.data(Qt::AccessibleTextRole).toString()));
    auto *self = const_cast<AltTextDelegate *>(this);
    connect(editor, &AltTextEditor::submitted, self, [self, editor] {
        Q_EMIT self->commitData(editor);
        Q_EMIT self->closeEditor(editor, QAbstractItemDelegate::NoHint);
    });
    connect(editor, &AltTextEditor::refused, self, &AltTextDelegate::editRefused);
    return editor;
}

void AltTextDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const {
    if (auto *alt = qobject_cast<AltTextEditor *>(editor)) {
        alt->setText(index.data(GalleryModel::AltTextRole).toString());
        alt->selectAll();
    }
}

void AltTextDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                   const QModelIndex &index) const {
    auto *alt = qobject_cast<AltTextEditor *>(editor);
    if (!alt)
        return;
    const QString text = normalizedAltText(alt->text().trimmed());
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

void AltTextDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                           const QModelIndex &) const {
    placeEditor(editor, option.rect);
}

void AltTextDelegate::placeEditor(QWidget *editor, const QRect &anchor) {
    QRect geometry(anchor.topLeft(), editor->sizeHint().expandedTo(anchor.size()));
    if (const QWidget *parent = editor->parentWidget()) {
        const QRect room = parent->rect();
        geometry.setWidth(qMin(geometry.width(), room.width()));
        geometry.setHeight(qMin(geometry.height(), room.height()));
        if (geometry.right() > room.right())
            geometry.moveRight(room.right());
        if (geometry.bottom() > room.bottom())
            geometry.moveBottom(room.bottom());
        geometry.moveLeft(qMax(geometry.left(), room.left()));
        geometry.moveTop(qMax(geometry.top(), room.top()));
    }
    editor->setGeometry(geometry);
}

} // namespace vitrine
