#pragma once

#include <QList>
#include <QStringList>
#include <QUndoCommand>

namespace vitrine {

class GalleryModel;

// Reorders the gallery. It records the whole order before and after (keys), so undo and redo are
// exact whatever the selection looked like, and the model turns the difference into the fewest
// row moves. Moves made by one drop of a view (QListView calls moveRow once per selected image)
// share a merge batch and become one undo step.
class MoveImagesCommand : public QUndoCommand {
public:
    static constexpr int kId = 0x5601;

    // movedKeys: the images the user moved (they are the ones marked "moved" in the model).
    // mergeBatch >= 0: merges with the previous command of the same batch.
    MoveImagesCommand(GalleryModel *model, QStringList before, QStringList after,
                      QStringList movedKeys, int mergeBatch = -1, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    const QStringList &before() const { return m_before; }
    const QStringList &after() const { return m_after; }
    const QStringList &movedKeys() const { return m_moved; }

    // What an order becomes when the rows (any selection, in any order) move to before
    // destinationRow (an index into order; order.size() is the end). The moved images keep their
    // relative order.
    static QStringList orderAfterMove(const QStringList &order, const QList<int> &rows,
                                      int destinationRow);
    // Keyboard reorder: every selected block moves one place left (right); a block already at
    // the edge stays.
    static QStringList orderAfterStepLeft(const QStringList &order, const QList<int> &rows);
    static QStringList orderAfterStepRight(const QStringList &order, const QList<int> &rows);
    // The selection, in its current relative order, goes to the start (end).
    static QStringList orderAfterMoveToFirst(const QStringList &order, const QList<int> &rows);
    static QStringList orderAfterMoveToLast(const QStringList &order, const QList<int> &rows);

private:
    void updateText();

    GalleryModel *m_model;
    QStringList m_before;
    QStringList m_after;
    QStringList m_moved;
    int m_batch;
};

} // namespace vitrine
