#include "models/deleteimagescommand.h"

#include "models/commandtext.h"

#include <QCoreApplication>

namespace vitrine {

DeleteImagesCommand::DeleteImagesCommand(GalleryModel *model, QStringList keys,
                                         QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_model(model)
    , m_keys(std::move(keys)) {
    const QList<int> places = CommandText::placesOf(m_model, m_keys);
    setText(m_keys.size() == 1
                ? QCoreApplication::translate("DeleteImagesCommand", "Delete image %1")
                      .arg(places.constFirst())
                : QCoreApplication::translate("DeleteImagesCommand", "Delete %n images (places %1)",
                                              nullptr, int(m_keys.size()))
                      .arg(CommandText::places(places)));
}

void DeleteImagesCommand::redo() {
    m_removed = m_model->removeImages(m_keys);
}

void DeleteImagesCommand::undo() {
    m_model->insertImages(m_removed);
    m_removed.clear();
}

} // namespace vitrine
