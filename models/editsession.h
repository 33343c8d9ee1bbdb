#pragma once

#include "core/productimage.h"
#include "core/publishplan.h"
#include "core/storecapabilities.h"
#include "models/galleryeditor.h"

#include <QHash>
#include <QObject>
#include <QStringList>

class QUndoStack;

namespace vitrine {

class GalleryModel;

// The editing of one product's gallery: the staged model, the undo stack and the rules of the
// store being edited. Every edit — from a menu, a shortcut, a drag, an inline editor or
// vitrinectl — is one QUndoCommand pushed here; the same staged state feeds the publish plan.
//
// Edits are addressed by row (what a selection gives); rows out of range are ignored. An edit
// that cannot be staged is refused: the method returns false, emits refused(reason) and, when
// whyNot is given, stores the reason there. Nothing is ever half-applied.
class EditSession : public QObject, public GalleryEditor {
    Q_OBJECT
public:
    explicit EditSession(QObject *parent = nullptr);
    ~EditSession() override;

    GalleryModel *model() const;
    QUndoStack *undoStack() const;

    // The rules of the store: alt limits, what it can do, how it orders.
    void setCapabilities(const StoreCapabilities &capabilities);
    const StoreCapabilities &capabilities() const;

    // Starts editing a product whose gallery (display order) was just read from the store. Clears
    // the undo history and everything staged.
    void load(const QString &productId, const Gallery &gallery);
    QString productId() const;

    // --- Reorder ---------------------------------------------------------------------------
    // Moves the rows (any selection) to before destinationRow (index in the current order;
    // rowCount() is the end), keeping their relative order. One undo step.
    bool moveRows(const QList<int> &rows, int destinationRow, QString *whyNot = nullptr);
    // Keyboard reorder (WCAG 2.5.7 alternative to dragging).
    bool moveLeft(const QList<int> &rows, QString *whyNot = nullptr);
    bool moveRight(const QList<int> &rows, QString *whyNot = nullptr);
    bool moveToFirst(const QList<int> &rows, QString *whyNot = nullptr);
    bool moveToLast(const QList<int> &rows, QString *whyNot = nullptr);
    // Keys stay with their images across moves; a UI keeps the moved images selected by taking
    // keysOfRows() before a move and rowsOfKeys() (ascending, absent keys skipped) after it.
    QList<int> rowsOfKeys(const QStringList &keys) const;
    QStringList keysOfRows(const QList<int> &rows) const;

    // --- Fields ----------------------------------------------------------------------------
    // One alt text for every row. Validated per image against the store's limit for it: the
    // create limit for new images, the update limit for existing ones (SHOPLINE 255 vs 512).
    bool setAltText(const QList<int> &rows, const QString &text, QString *whyNot = nullptr);
    // The limit that applies to a row's alt text (0: none), for the live "n / limit" counter.
    // For a selection, the smallest limit among its rows (0 only when none has a limit).
    int altLimit(const QList<int> &rows) const;
    // Why text cannot be the alt text of these rows; empty when it can (live feedback).
    QString altTextProblem(const QList<int> &rows, const QString &text) const;

    // Points an image at a new URL (validated). Refused when the store cannot change an existing
    // image's URL (capabilities().whyNot(ReplaceSource)); a new image's URL can always change.
    bool replaceSource(int row, const QString &url, QString *whyNot = nullptr);
    // Why replaceSource(row, ...) is impossible whatever the URL; empty when it is possible.
    QString replaceSourceProblem(int row) const;

    // Links the rows to variants. Refused when the store has no variants.
    bool setVariants(const QList<int> &rows, const QStringList &variantIds,
                     QString *whyNot = nullptr);

    // --- Images ----------------------------------------------------------------------------
    bool deleteRows(const QList<int> &rows, QString *whyNot = nullptr);
    // Adds a new image by URL (validated, trimmed) at row (-1: the end). Returns its local key
    // ("new:N"), empty when refused. Its alt text is validated against the create limit.
    QString addImage(const QString &url, const QString &alt = {}, int row = -1,
                     QString *whyNot = nullptr);

    // --- Pending state ---------------------------------------------------------------------
    // Images with staged differences plus staged deletions.
    int pendingCount() const;
    bool hasPendingChanges() const { return pendingCount() > 0; }
    QList<TargetImage> targets() const; // the wanted gallery, display order
    QStringList deletedIds() const;     // baseline images staged for deletion

    // GalleryEditor (what the model forwards from views)
    bool requestViewMove(const QList<int> &rows, int destinationRow) override;
    bool requestSetAltText(const QList<int> &rows, const QString &text, QString *whyNot) override;

Q_SIGNALS:
    void pendingCountChanged(int count);
    // An edit was refused; reason is a sentence for the status bar.
    void refused(const QString &reason);
    // A product was loaded (or the staged state was replaced wholesale).
    void loaded(const QString &productId);
    void capabilitiesChanged();

private:
    bool refuse(const QString &reason, QString *whyNot);
    bool pushMove(const QStringList &after, const QList<int> &rows, int mergeBatch,
                  QString *whyNot);
    QList<int> validRows(const QList<int> &rows) const;
    int altLimitForRow(int row) const;

    GalleryModel *m_model;
    QUndoStack *m_undoStack;
    StoreCapabilities m_capabilities;
    QString m_productId;
    int m_nextNewKey = 1;
    // Moves a view makes within one event-loop pass belong to one drop: they share a batch and
    // merge into one undo step. The batch number advances when control returns to the loop.
    int m_viewMoveBatch = 0;
    bool m_viewMoveBatchOpen = false;
};

} // namespace vitrine
