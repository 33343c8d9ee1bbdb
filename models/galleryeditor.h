#pragma once

#include <QList>
#include <QString>

namespace vitrine {

// Where the GalleryModel sends the edits a view makes through the item model API (moveRows from
// drag and drop, setData from an inline editor), so that they become undo commands like every
// other edit. EditSession implements it; the model holds a non-owning pointer.
class GalleryEditor {
public:
    virtual ~GalleryEditor() = default;

    // A view moved rows (already sorted, distinct) to before destinationRow (Qt's convention:
    // an index in the order before the move; rowCount() means the end). Moves a view makes in one
    // go (QListView calls moveRow once per selected item of a drop) may be merged into one undo
    // step. Returns whether the order changed.
    virtual bool requestViewMove(const QList<int> &rows, int destinationRow) = 0;

    // A view edited an image's alt text. Returns false, with the reason in *whyNot, when refused.
    virtual bool requestSetAltText(const QList<int> &rows, const QString &text,
                                   QString *whyNot) = 0;
};

} // namespace vitrine
