#pragma once

#include "models/gallerymodel.h"

#include <QStringList>
#include <QUndoCommand>

namespace vitrine {

// Removes images from the staged gallery (bulk). Undo puts every image back at its exact row.
// Store images become staged deletions; new, unpublished images simply disappear.
class DeleteImagesCommand : public QUndoCommand {
public:
    DeleteImagesCommand(GalleryModel *model, QStringList keys, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    const QStringList &keys() const { return m_keys; }

private:
    GalleryModel *m_model;
    QStringList m_keys;
    QList<std::pair<int, StagedImage>> m_removed;
};

} // namespace vitrine
