#include "models/addimagecommand.h"

#include <QCoreApplication>
#include <QUrl>

namespace vitrine {

AddImageCommand::AddImageCommand(GalleryModel *model, StagedImage image, int row,
                                 QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_model(model)
    , m_image(std::move(image))
    , m_row(row) {
    const QString name = QUrl(m_image.image.src).fileName();
    setText(name.isEmpty()
                ? QCoreApplication::translate("AddImageCommand", "Add image")
                : QCoreApplication::translate("AddImageCommand", "Add image %1").arg(name));
}

void AddImageCommand::redo() {
    m_model->insertImages({{m_row, m_image}});
}

void AddImageCommand::undo() {
    // Edits made to the new image after it was added are undone before this, so what is removed
    // is exactly what was added.
    m_model->removeImages({m_image.key});
}

} // namespace vitrine
