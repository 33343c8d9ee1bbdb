#pragma once

#include "core/imagefield.h"
#include "core/productimage.h"
#include "core/publishplan.h"
#include "core/stagedgallery.h"

#include <QAbstractListModel>
#include <QHash>
#include <QSet>

namespace vitrine {

class GalleryEditor;

// The product's gallery in display order, as staged: an item model over the one StagedGallery value
// it owns (staged()). Rows are images; the row order is the display order. It never touches the
// network: a controller fills it (setBaseline) and reads it back (targets()); edits arrive through
// the EditSession's undo commands, which call the mutators here.
//
// Edits a view makes through the item model API (moveRows from drag and drop, setData on the alt
// text) are not applied here directly: they go to the GalleryEditor (the EditSession), which turns
// them into undo commands whose redo() calls the mutators below. Without an editor the model
// applies them itself (useful for a read-mostly view; the application always sets one).
//
// Drag and drop follows the internal-move protocol of QListView (see qt-notes §4): moveRows()
// does the work; the mime path (mimeData/dropMimeData) is the fallback and never returns true
// after moving, so the view never removes the source rows; removeRows() is not implemented.
class GalleryModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        KeyRole = Qt::UserRole + 1, // QString: StagedImage::key
        ImageIdRole,                // QString: store id, empty for new images
        SourceUrlRole,              // QString
        AltTextRole,                // QString (Qt::EditRole edits it too, through the session)
        DisplayIndexRole,           // int: 1-based place in the gallery
        StoreOrderRole,             // int: the store's position/displayOrder as loaded
        SizeRole,                   // QSize (invalid when unknown)
        VariantIdsRole,             // QStringList
        IsNewRole,                  // bool
        IsEditedRole,               // bool: differs from the baseline (moved, alt, src, variant)
        EditedFieldsRole,           // QStringList: imageFieldNames(editedFields(row))
        ErrorRole,                  // QString: last publish error for this image
    };
    Q_ENUM(Role)

    // The mime type of the internal drag: the keys of the dragged rows and this model's identity.
    static QString keysMimeType();

    explicit GalleryModel(QObject *parent = nullptr);
    ~GalleryModel() override;

    // Where view edits go (not owned; may be null). The EditSession sets itself.
    void setEditor(GalleryEditor *editor);
    GalleryEditor *editor() const;

    // The gallery as the store has it; clears all staged state (a model reset).
    void setBaseline(const Gallery &gallery);
    // Everything staged, as one value.
    const StagedGallery &staged() const { return m_staged; }
    const Gallery &baseline() const { return m_staged.baseline; }
    // The baseline image of a store id; nullptr when the id is not in the baseline.
    const ProductImage *baselineImage(const QString &id) const;

    // Staged rows, display order.
    const QList<StagedImage> &rows() const { return m_staged.rows; }
    // The keys of the rows, display order.
    QStringList order() const { return m_staged.order(); }
    // What publishing should produce, in display order.
    QList<TargetImage> targets() const { return m_staged.targets(); }
    int rowOfKey(const QString &key) const { return m_staged.rowOfKey(key); } // -1 when absent
    // Images of the baseline that are staged for deletion (baseline order).
    const QStringList &deletedIds() const { return m_staged.deletedIds; }
    // Store messages of deletions that failed to publish, by id.
    const QHash<QString, QString> &deleteErrors() const { return m_staged.deleteErrors; }

    // What differs from the baseline for one row (StagedGallery::editedFields). Position means
    // the image was moved relative to the others (it is outside the largest set of images that
    // kept their relative order), not merely shifted by other moves.
    ImageFields editedFields(int row) const;
    // Images with staged differences plus staged deletions.
    int pendingCount() const;
    // A field's name in a sentence for the user: "alt text", "image URL", ...
    static QString fieldLabel(ImageField field);

    // --- Mutators for the undo commands (and the EditSession). Each emits the precise model
    // signals (rows moved/inserted/removed, dataChanged), so views and persistent indexes follow.

    // Reorders the rows into keys (a permutation of order()), with one beginMoveRows per image
    // that leaves the longest run of images already in relative order.
    void applyOrder(const QStringList &keys);
    // Inserts rows; each pair is (row it must have afterwards, image), ascending by row. A
    // baseline image staged for deletion leaves the deleted set.
    void insertImages(const QList<std::pair<int, StagedImage>> &rowsAscending);
    // Removes the rows of keys; baseline images join the deleted set, new images simply vanish.
    // Returns what was removed as (row, image), ascending, so insertImages() restores it exactly.
    QList<std::pair<int, StagedImage>> removeImages(const QStringList &keys);
    // Sets the staged alt/src/variant/size values of a row (position is not touched).
    void setImage(const QString &key, const ProductImage &image);
    void setError(const QString &key, const QString &message);
    // Sets (empty: clears) the store's message for a staged deletion.
    void setDeleteError(const QString &id, const QString &message);
    // Replaces the staged state after a publish: the same images in the same rows (created images
    // renamed to their store ids), so it is dataChanged on every row, not a reset — selections and
    // persistent indexes stay. With another number of rows it is resetStaged().
    void updateStaged(const StagedGallery &staged);
    // Replaces the staged state wholesale (a rebase that adds or drops images): a model reset.
    void resetStaged(const StagedGallery &staged);
    // Images the user moved explicitly (a move command counts them in and out as it is done and
    // undone). Among equally short explanations of a reorder, these are the ones marked moved:
    // after swapping A and B by moving A, A is marked, not B.
    void addMoveHints(const QStringList &keys, int delta);

    // QAbstractItemModel
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override;

Q_SIGNALS:
    void pendingCountChanged(int count);
    // The staged deletions or their messages changed (deletedIds(), deleteErrors()). Deleted
    // images have no row, so views of them follow this rather than the row signals.
    void deletionsChanged();

private:
    // The rows a drag's mime data names, when it comes from this model; empty otherwise.
    QList<int> rowsFromMime(const QMimeData *data) const;
    // Applies a view move without an editor.
    bool moveRowsDirectly(const QList<int> &rows, int destinationRow);
    bool isEdited(int row) const;
    void recomputeMoved();
    void emitDerivedChanged(int first, int last);
    // Makes staged the state and derives the index, the moved images (no hints any more).
    void takeStaged(const StagedGallery &staged);
    void notifyDeletions(const QStringList &deletedBefore,
                         const QHash<QString, QString> &errorsBefore);
    void updatePending();
    QString accessibleText(int row) const;
    QString toolTip(int row) const;

    GalleryEditor *m_editor = nullptr;
    StagedGallery m_staged;
    // Derived from m_staged, kept for the views' many data() calls:
    QHash<QString, int> m_baselineIndex; // id -> index in m_staged.baseline
    QSet<QString> m_moved;               // keys whose position counts as edited
    int m_pending = 0;
    // Not staged state: how many done move commands name each key (addMoveHints).
    QHash<QString, int> m_moveHints;
};

} // namespace vitrine
