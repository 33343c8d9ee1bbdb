#include "models/setvariantscommand.h"

#include "models/commandtext.h"
#include "models/gallerymodel.h"

#include <QCoreApplication>

namespace vitrine {

SetVariantsCommand::SetVariantsCommand(GalleryModel *model, QStringList keys,
                                       QStringList variantIds, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_model(model)
    , m_keys(std::move(keys))
    , m_variantIds(std::move(variantIds)) {
    for (const QString &key : m_keys) {
        const int row = m_model->rowOfKey(key);
        m_previous << (row >= 0 ? m_model->rows()[row].image.variantIds : QStringList());
    }
    const QList<int> places = CommandText::placesOf(m_model, m_keys);
    setText(m_keys.size() == 1
                ? QCoreApplication::translate("SetVariantsCommand", "Set variants of image %1")
                      .arg(places.constFirst())
                : QCoreApplication::translate("SetVariantsCommand",
                                              "Set variants of %n images (places %1)", nullptr,
                                              int(m_keys.size()))
                      .arg(CommandText::places(places)));
}

void SetVariantsCommand::setVariants(const QString &key, const QStringList &variantIds) {
    const int row = m_model->rowOfKey(key);
    if (row < 0)
        return;
    ProductImage image = m_model->rows()[row].image;
    image.variantIds = variantIds;
    m_model->setImage(key, image);
}

void SetVariantsCommand::redo() {
    for (const QString &key : m_keys)
        setVariants(key, m_variantIds);
}

void SetVariantsCommand::undo() {
    for (int i = 0; i < m_keys.size(); ++i)
        setVariants(m_keys[i], m_previous[i]);
}

} // namespace vitrine
