#include "models/setalttextcommand.h"

#include "models/commandtext.h"
#include "models/gallerymodel.h"

#include <QCoreApplication>

namespace vitrine {

SetAltTextCommand::SetAltTextCommand(GalleryModel *model, QStringList keys, QString text,
                                     QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_model(model)
    , m_keys(std::move(keys))
    , m_text(std::move(text)) {
    for (const QString &key : m_keys) {
        const int row = m_model->rowOfKey(key);
        m_previous << (row >= 0 ? m_model->rows()[row].image.alt : QString());
    }
    const QList<int> places = CommandText::placesOf(m_model, m_keys);
    setText(m_keys.size() == 1
                ? QCoreApplication::translate("SetAltTextCommand", "Edit alt text of image %1")
                      .arg(places.constFirst())
                : QCoreApplication::translate("SetAltTextCommand",
                                              "Set alt text of %n images (places %1)", nullptr,
                                              int(m_keys.size()))
                      .arg(CommandText::places(places)));
}

void SetAltTextCommand::setAlt(const QString &key, const QString &alt) {
    const int row = m_model->rowOfKey(key);
    if (row < 0)
        return;
    ProductImage image = m_model->rows()[row].image;
    image.alt = alt;
    m_model->setImage(key, image);
}

void SetAltTextCommand::redo() {
    for (const QString &key : m_keys)
        setAlt(key, m_text);
}

void SetAltTextCommand::undo() {
    for (int i = 0; i < m_keys.size(); ++i)
        setAlt(m_keys[i], m_previous[i]);
}

} // namespace vitrine
