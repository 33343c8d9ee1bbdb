#pragma once

#include "core/productimage.h"

#include <QUndoCommand>

namespace vitrine {

class GalleryModel;

// Points an image at another URL. The size the store reported belongs to the old picture, so it
// is cleared until the store reports the new one.
class ReplaceSourceCommand : public QUndoCommand {
public:
    ReplaceSourceCommand(GalleryModel *model, QString key, QString url,
                         QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    const QString &key() const { return m_key; }
    const QString &url() const { return m_url; }

private:
    GalleryModel *m_model;
    QString m_key;
    QString m_url;
    ProductImage m_previous;
};

} // namespace vitrine
