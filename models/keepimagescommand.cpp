#include "models/keepimagescommand.h"

#include <QCoreApplication>

#include <algorithm>

namespace vitrine {

KeepImagesCommand::KeepImagesCommand(GalleryModel *model, QStringList ids, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_model(model)
    , m_ids(std::move(ids)) {
    setText(m_ids.size() == 1 ? QCoreApplication::translate("KeepImagesCommand", "Keep image")
                              : QCoreApplication::translate("KeepImagesCommand", "Keep %n images",
                                                            nullptr, int(m_ids.size())));
}

void KeepImagesCommand::redo() {
    const QStringList deleted = m_model->deletedIds();
    const QHash<QString, QString> errors = m_model->deleteErrors();
    const Gallery &baseline = m_model->baseline();
    // Where each kept image goes, worked out on a copy of the order: after its nearest store
    // predecessor still in the gallery (kept ones included, so neighbours return together).
    QStringList order = m_model->order();
    QHash<QString, StagedImage> images;
    m_kept.clear();
    m_errors.clear();
    for (int i = 0; i < baseline.size(); ++i) {
        const QString &id = baseline[i].id;
        if (!m_ids.contains(id) || !deleted.contains(id))
            continue;
        int at = 0;
        for (int j = i - 1; j >= 0; --j)
            if (const int r = int(order.indexOf(baseline[j].id)); r >= 0) {
                at = r + 1;
                break;
            }
        order.insert(at, id);
        m_kept << id;
        images.insert(id, StagedImage{id, false, baseline[i], {}});
        if (const QString e = errors.value(id); !e.isEmpty())
            m_errors.insert(id, e);
    }
    // Inserted in ascending order of their final rows, each lands exactly there.
    QList<std::pair<int, StagedImage>> rows;
    for (int r = 0; r < order.size(); ++r)
        if (const auto it = images.constFind(order[r]); it != images.constEnd())
            rows.append({r, *it});
    m_model->insertImages(rows);
}

void KeepImagesCommand::undo() {
    m_model->removeImages(m_kept);
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it)
        m_model->setDeleteError(it.key(), it.value());
}

} // namespace vitrine
