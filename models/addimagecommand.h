#pragma once

#include "models/gallerymodel.h"

#include <QUndoCommand>

namespace vitrine {

// Adds a new image (by URL) at a row. The image has a local key ("new:3") until it is created on
// the store; the key is chosen by the EditSession and kept across undo/redo.
class AddImageCommand : public QUndoCommand {
public:
    AddImageCommand(GalleryModel *model, StagedImage image, int row,
                    QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    const StagedImage &image() const { return m_image; }
    int row() const { return m_row; }

private:
    GalleryModel *m_model;
    StagedImage m_image;
    int m_row;
};

} // namespace vitrine
