#pragma once

#include "core/productimage.h"
#include "core/publishplan.h"
#include "core/sessionstate.h"
#include "core/storecapabilities.h"
#include "models/galleryeditor.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <optional>

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

    // --- Batches ---------------------------------------------------------------------------
    // Many edits as one undo step (a template applied, a spreadsheet imported): alt texts by
    // image key, then, when given, a new display order (a permutation of the current keys;
    // movedKeys are the images it moves on purpose, marked moved). Every text is validated
    // against its image's limit first: one the store would refuse refuses the whole batch, and
    // nothing is staged. Keys not in the gallery are ignored; texts the images already have are
    // left out. Nothing to change: true, no undo step.
    struct Batch {
        QString name; // the undo step's name ("Apply template")
        QHash<QString, QString> altByKey;
        QStringList order;
        QStringList movedKeys;
    };
    bool applyBatch(const Batch &batch, QString *whyNot = nullptr);

    // --- Images ----------------------------------------------------------------------------
    bool deleteRows(const QList<int> &rows, QString *whyNot = nullptr);
    // Adds a new image by URL (validated, trimmed) at row (-1: the end). Returns its local key
    // ("new:N"), empty when refused. Its alt text is validated against the create limit.
    QString addImage(const QString &url, const QString &alt = {}, int row = -1,
                     QString *whyNot = nullptr);
    // Gives up staged deletions (ids from deletedIds()): the images come back as the store has
    // them, after their nearest store predecessor, and a failed deletion's message goes. One undo
    // step, whose undo stages the deletions again (messages included). This is the way back for
    // a deletion whose Delete step is no longer on the undo stack — after a publish in which the
    // store refused it, a verify, or a restart. Refused when none of ids is staged for deletion.
    bool keepImages(const QStringList &ids, QString *whyNot = nullptr);

    // --- Pending state ---------------------------------------------------------------------
    // Images with staged differences plus staged deletions.
    int pendingCount() const;
    bool hasPendingChanges() const { return pendingCount() > 0; }
    QList<TargetImage> targets() const; // the wanted gallery, display order
    QStringList deletedIds() const;     // baseline images staged for deletion

    // Everything staged, as a value (what the journal keeps): the product, the staged gallery and
    // the ordering a verify observed.
    SessionState state() const;
    // Replaces the whole staged state with one kept earlier (the journal restoring edits after a
    // restart, or a merge with changes made elsewhere): the baseline the edits are relative to,
    // the staged rows, the staged deletions with their errors, and the ordering a verify
    // observed. New local keys continue after the highest "new:N" among the rows, so a later add
    // never reuses one. Clears the undo history (the commands that made the state are not kept).
    void restore(const SessionState &state);
    // The same state, reached as the undo steps a user would have taken from the store's gallery
    // (the journal's edits continued after a restart): each deletion, added image, changed
    // address, alt text or variants, and each move is its own step in the History, so they can
    // be undone one by one back to the store's gallery. Publish errors kept with the state are
    // put back as they were.
    void restoreAsSteps(const SessionState &state);
    // The ordering a verify observed since load() (see rebase); nullopt: the profile's holds.
    std::optional<OrderingSemantics> observedOrdering() const { return m_observedOrdering; }
    // How the store orders images as a publish learned it (its first position write read back,
    // or an earlier publish to the store): plans use it from now on, as after a verify that
    // observed it. Undone by load() and setCapabilities() like an observed ordering.
    void adoptOrdering(OrderingSemantics ordering);

    // --- Publishing --------------------------------------------------------------------------
    // The fewest requests that turn the store's gallery into the staged one (PublishPlanner).
    PublishPlan plan() const;

    // What became of one op of a plan, as the publisher reports it.
    struct OpResult {
        enum class State { Succeeded, Failed, NotSent };
        State state = State::NotSent;
        QString message;    // Failed: the store's message, in words for the user
        ProductImage image; // Succeeded Create: the image as the store answered (its new id)
    };
    struct PublishReport {
        int succeeded = 0;
        int failed = 0;
        int notSent = 0;
    };
    // Takes the outcome of publishing plan (results index-aligned with plan.ops; missing entries
    // count as not sent). The baseline moves forward by exactly the ops that succeeded, by the
    // store's ordering rules, so their edits leave the pending set; created images take their
    // store ids. Edits whose ops failed or were not sent stay pending, their images marked with
    // the store's message (ErrorRole; deleteErrors() for deletions). Nothing staged is dropped.
    // The undo history is cleared: what was published cannot be un-published by Ctrl+Z.
    PublishReport applyPublishResults(const PublishPlan &plan, const QList<OpResult> &results);

    struct RebaseReport {
        QStringList vanished; // staged images the store no longer has (their edits are dropped)
        QStringList appeared; // store images that were not in the staged gallery (now added)
        // Set when the re-read after a publish shows the store ordering images by other rules
        // than the profile says; plans use the observed rules from then on (effectiveOrdering).
        std::optional<OrderingSemantics> observedOrdering;
    };
    // Verify step: the gallery was read again from the store. It becomes the baseline; the staged
    // gallery stays what the user wants (order and fields), so whatever the store does not show
    // yet — a failed edit, or a store that ordered differently than its profile says — is pending
    // again and the next plan repairs it. Images that vanished from the store leave the staged
    // gallery (and the deleted set); images that appeared are inserted after their store
    // predecessor. The undo history is cleared.
    RebaseReport rebase(const Gallery &fresh);
    // The ordering rules plans use: the profile's, unless a verify observed otherwise.
    OrderingSemantics effectiveOrdering() const;

    // Store messages of staged deletions that failed, by image id.
    QHash<QString, QString> deleteErrors() const;

    // GalleryEditor (what the model forwards from views)
    bool requestViewMove(const QList<int> &rows, int destinationRow) override;
    bool requestSetAltText(const QList<int> &rows, const QString &text, QString *whyNot) override;

Q_SIGNALS:
    void pendingCountChanged(int count);
    // The staged deletions or their store messages changed (deletedIds(), deleteErrors()).
    void deletionsChanged();
    // An edit was refused; reason is a sentence for the status bar.
    void refused(const QString &reason);
    // A product was loaded (or the staged state was replaced wholesale).
    void loaded(const QString &productId);
    void capabilitiesChanged();
    // Results of a publish were applied (see applyPublishResults).
    void publishApplied(const vitrine::EditSession::PublishReport &report);

private:
    // restore() without the signal: the session on staged, its keys going on after state's.
    void resetTo(const SessionState &state, const StagedGallery &staged);
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
    std::optional<OrderingSemantics> m_observedOrdering; // since load(), from verify reads
    bool m_publishedSinceRebase = false;
    // Moves a view makes within one event-loop pass belong to one drop: they share a batch and
    // merge into one undo step. The batch number advances when control returns to the loop.
    int m_viewMoveBatch = 0;
    bool m_viewMoveBatchOpen = false;
};

} // namespace vitrine
