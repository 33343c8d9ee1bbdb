#pragma once

#include <QList>
#include <QStringList>
#include <QUndoCommand>

namespace vitrine {

class GalleryModel;

// Links one or many images to a set of variants (SHOPLINE sku_id, Shopify variant_ids).
class SetVariantsCommand : public QUndoCommand {
public:
    SetVariantsCommand(GalleryModel *model, QStringList keys, QStringList variantIds,
                       QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    const QStringList &keys() const { return m_keys; }
    const QStringList &variantIds() const { return m_variantIds; }

private:
    void setVariants(const QString &key, const QStringList &variantIds);

    GalleryModel *m_model;
    QStringList m_keys;
    QStringList m_variantIds;
    QList<QStringList> m_previous; // per key
};

} // namespace vitrine
