#include "models/replacesourcecommand.h"

#include "models/gallerymodel.h"

#include <QCoreApplication>

namespace vitrine {

ReplaceSourceCommand::ReplaceSourceCommand(GalleryModel *model, QString key, QString url,
                                           QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_model(model)
    , m_key(std::move(key))
    , m_url(std::move(url)) {
    const int row = m_model->rowOfKey(m_key);
    if (row >= 0)
        m_previous = m_model->rows()[row].image;
    setText(QCoreApplication::translate("ReplaceSourceCommand", "Replace the address of image %1")
                .arg(row + 1));
}

void ReplaceSourceCommand::redo() {
    ProductImage image = m_previous;
    image.src = m_url;
    image.width = 0;
    image.height = 0;
    m_model->setImage(m_key, image);
}

void ReplaceSourceCommand::undo() {
    m_model->setImage(m_key, m_previous);
}

} // namespace vitrine
