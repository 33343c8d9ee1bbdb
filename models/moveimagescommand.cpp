#include "models/moveimagescommand.h"

#include "models/commandtext.h"
#include "models/gallerymodel.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace vitrine {

namespace {
QSet<int> validRows(const QStringList &order, const QList<int> &rows) {
    QSet<int> set;
    for (const int r : rows)
        if (r >= 0 && r < order.size())
            set.insert(r);
    return set;
}
} // namespace

MoveImagesCommand::MoveImagesCommand(GalleryModel *model, QStringList before, QStringList after,
                                     QStringList movedKeys, int mergeBatch, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_model(model)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_moved(std::move(movedKeys))
    , m_batch(mergeBatch) {
    updateText();
}

void MoveImagesCommand::updateText() {
    // Which images went where: places as the grid shows them before and after this step.
    QSet<QString> distinct(m_moved.cbegin(), m_moved.cend());
    if (distinct.size() == 1) {
        const QString key = *distinct.cbegin();
        setText(QCoreApplication::translate("MoveImagesCommand", "Move image %1 to place %2")
                    .arg(m_before.indexOf(key) + 1)
                    .arg(m_after.indexOf(key) + 1));
        return;
    }
    QList<int> places;
    for (const QString &key : distinct)
        places << int(m_after.indexOf(key)) + 1;
    setText(QCoreApplication::translate("MoveImagesCommand", "Move %n images to places %1", nullptr,
                                        int(distinct.size()))
                .arg(CommandText::places(places)));
}

void MoveImagesCommand::redo() {
    m_model->applyOrder(m_after);
    m_model->addMoveHints(m_moved, +1);
}

void MoveImagesCommand::undo() {
    m_model->applyOrder(m_before);
    m_model->addMoveHints(m_moved, -1);
}

int MoveImagesCommand::id() const {
    return m_batch >= 0 ? kId : -1;
}

bool MoveImagesCommand::mergeWith(const QUndoCommand *other) {
    const auto *move = dynamic_cast<const MoveImagesCommand *>(other);
    if (!move || move->m_batch != m_batch || move->m_before != m_after)
        return false;
    m_after = move->m_after;
    m_moved += move->m_moved;
    updateText();
    if (m_after == m_before) {
        // The drop put everything back. QUndoStack drops an obsolete command without undoing it,
        // so take back the hints its redo() added here.
        m_model->addMoveHints(m_moved, -1);
        m_moved.clear();
        setObsolete(true);
    }
    return true;
}

QStringList MoveImagesCommand::orderAfterMove(const QStringList &order, const QList<int> &rows,
                                              int destinationRow) {
    const QSet<int> selected = validRows(order, rows);
    if (selected.isEmpty())
        return order;
    const int destination = std::clamp(destinationRow, 0, int(order.size()));
    QStringList moving;
    QStringList rest;
    int insertAt = 0; // unselected rows before the destination
    for (int r = 0; r < order.size(); ++r) {
        if (selected.contains(r)) {
            moving << order[r];
        } else {
            rest << order[r];
            if (r < destination)
                ++insertAt;
        }
    }
    QStringList out = rest.mid(0, insertAt);
    out += moving;
    out += rest.mid(insertAt);
    return out;
}

QStringList MoveImagesCommand::orderAfterStepLeft(const QStringList &order,
                                                  const QList<int> &rows) {
    const QSet<int> selected = validRows(order, rows);
    QStringList out = order;
    QList<bool> isSelected(order.size(), false);
    for (const int r : selected)
        isSelected[r] = true;
    // Each selected image swaps with an unselected left neighbour; a selected block thereby moves
    // one place as a whole, and a block touching the start stays.
    for (int r = 1; r < out.size(); ++r) {
        if (isSelected[r] && !isSelected[r - 1]) {
            out.swapItemsAt(r, r - 1);
            std::swap(isSelected[r], isSelected[r - 1]);
        }
    }
    return out;
}

QStringList MoveImagesCommand::orderAfterStepRight(const QStringList &order,
                                                   const QList<int> &rows) {
    const QSet<int> selected = validRows(order, rows);
    QStringList out = order;
    QList<bool> isSelected(order.size(), false);
    for (const int r : selected)
        isSelected[r] = true;
    for (int r = int(out.size()) - 2; r >= 0; --r) {
        if (isSelected[r] && !isSelected[r + 1]) {
            out.swapItemsAt(r, r + 1);
            std::swap(isSelected[r], isSelected[r + 1]);
        }
    }
    return out;
}

QStringList MoveImagesCommand::orderAfterMoveToFirst(const QStringList &order,
                                                     const QList<int> &rows) {
    return orderAfterMove(order, rows, 0);
}

QStringList MoveImagesCommand::orderAfterMoveToLast(const QStringList &order,
                                                    const QList<int> &rows) {
    return orderAfterMove(order, rows, int(order.size()));
}

} // namespace vitrine
