#include "models/deleteimagescommand.h"

#include <QCoreApplication>

namespace vitrine {

DeleteImagesCommand::DeleteImagesCommand(GalleryModel *model, QStringList keys,
                                         QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_model(model)
    , m_keys(std::move(keys)) {
    setText(m_keys.size() == 1
                ? QCoreApplication::translate("DeleteImagesCommand", "Delete image")
                : QCoreApplication::translate("DeleteImagesCommand", "Delete %1 images")
                      .arg(m_keys.size()));
}

void DeleteImagesCommand::redo() {
    m_removed = m_model->removeImages(m_keys);
}

void DeleteImagesCommand::undo() {
    m_model->insertImages(m_removed);
    m_removed.clear();
}

} // namespace vitrine
