#pragma once

#include "models/gallerymodel.h"

#include <QHash>
#include <QStringList>
#include <QUndoCommand>

namespace vitrine {

// Takes images back out of the staged deletions: each returns to the gallery as the store has it,
// right after the nearest image that came before it on the store (first when none is left), and
// its failed-deletion message goes. Undo stages the deletions again, messages included. This is
// how a deletion the store refused is given up once the Delete command that staged it is no
// longer on the undo stack (publishing, a verify or a restart clear the history).
class KeepImagesCommand : public QUndoCommand {
public:
    // ids: baseline images staged for deletion (others are ignored).
    KeepImagesCommand(GalleryModel *model, QStringList ids, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    const QStringList &ids() const { return m_ids; }

private:
    GalleryModel *m_model;
    QStringList m_ids;
    QStringList m_kept;               // what redo took back (undo stages exactly these again)
    QHash<QString, QString> m_errors; // the deletions' messages, for undo
};

} // namespace vitrine
