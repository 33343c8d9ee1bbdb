#include "models/setvariantscommand.h"

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
    setText(m_keys.size() == 1
                ? QCoreApplication::translate("SetVariantsCommand", "Set variants")
                : QCoreApplication::translate("SetVariantsCommand", "Set variants of %1 images")
                      .arg(m_keys.size()));
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
