#pragma once

#include "core/alttemplatepreview.h"
#include "core/catalogproduct.h"
#include "core/sessionstate.h"
#include "core/storecapabilities.h"
#include "models/editsession.h"
#include "models/worklisteditor.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QUndoStack;

namespace vitrine {

class Journal;
class SessionJournal;

// Stages edits of any product of the catalog (the worklist's alt texts) exactly as the gallery
// does: through one EditSession per product edited — its baseline the journal's kept state when
// there is one, else the product's gallery as the last scan read it — whose SessionJournal writes
// the product's staged state to the journal after every change. So a worklist edit is a gallery
// edit: the gallery window offers it back ("You have 1 unpublished edit…"), the audit sees it, a
// publish sends it. Every edit is one step of the editor's own undo stack, across products.
//
// The product open in the gallery window is edited through the window's session
// (setOpenSession): one session per product, never two writing the same journal entry.
class CatalogEditor : public QObject, public WorklistEditor {
    Q_OBJECT
public:
    using GallerySource = std::function<std::optional<CatalogProduct>(const QString &productId)>;

    // The journal must outlive the editor (may be null: nothing kept on disk). store: the
    // journal's key for the store.
    CatalogEditor(Journal *journal, QString store, StoreCapabilities capabilities,
                  GallerySource source, QObject *parent = nullptr);
    ~CatalogEditor() override;

    QString store() const { return m_store; }
    const StoreCapabilities &capabilities() const { return m_capabilities; }
    QUndoStack *undoStack() const { return m_undoStack; }

    // The session the gallery window edits (may be null); its product is edited through it.
    void setOpenSession(EditSession *session);

    // Sets the alt text of one image (its staged key) of a product: validated against the
    // store's limit for it (create or update), staged in the journal, one undo step. False (and
    // *whyNot, refused()) when refused: an unknown product or image, text over the limit.
    bool setAltText(const QString &productId, const QString &imageKey, const QString &text,
                    QString *whyNot = nullptr);
    // WorklistEditor: the worklist's inline edits.
    bool requestAltText(const QString &productId, const QString &imageKey, const QString &text,
                        QString *whyNot) override {
        return setAltText(productId, imageKey, text, whyNot);
    }
    // Stages many edits of one product (a template's texts, a spreadsheet's cells) as one step
    // of the editor's undo stack, validated as EditSession::applyBatch validates them: one text
    // the store would refuse refuses the whole batch and nothing is staged. Nothing to change:
    // true, no step. False (and *whyNot, refused()) when refused.
    bool applyBatch(const QString &productId, const EditSession::Batch &batch,
                    QString *whyNot = nullptr);
    // A template's changes (AltTemplatePreview, products in order): the stageable ones staged
    // with applyBatch, one step named stepName per product. What was staged, and the products
    // refused ("Product 7: …").
    struct StagedTemplate {
        int texts = 0;
        int products = 0;
        QStringList refusals;
    };
    StagedTemplate stageTemplate(const QList<AltTemplateChange> &changes, const QString &stepName);

    // Stages the deletion of images of one product (their staged keys; images on the store only:
    // one not created yet is removed in its gallery), one undo step, whose undo brings them back
    // with the alt text they had staged. False (and *whyNot, refused()) when refused.
    bool deleteImages(const QString &productId, const QStringList &imageKeys,
                      QString *whyNot = nullptr);

    // The product's staged gallery now, display order (empty when it is not in the catalog).
    QList<StagedImage> rows(const QString &productId);

    // The limit for that image's alt text (0: none), for the "n / limit" counter.
    int altLimit(const QString &productId, const QString &imageKey) const;

    // What is staged for productId now (nullopt: nothing), as the audit judges it.
    std::optional<SessionState> staged(const QString &productId) const;
    // Drops the editor's session of productId (the gallery window opened the product, or a
    // publish changed what is kept): the next edit starts from the journal again.
    void release(const QString &productId);

Q_SIGNALS:
    // productId's staged state changed (an edit, an undo).
    void productChanged(const QString &productId);
    void refused(const QString &reason);
    // The journal could not be written: the message says the edits are not safe on disk.
    void saveFailed(const QString &message);

private:
    friend class CatalogAltTextCommand;
    friend class CatalogBatchCommand;
    friend class CatalogDeleteCommand;
    struct Product;
    // The session editing productId: the window's, an earlier one, or a new one. Null (and
    // *whyNot) when the product is not in the catalog.
    EditSession *sessionFor(const QString &productId, QString *whyNot);
    // Applies a batch without a step of the editor's own stack (its commands do).
    bool applyBatchNow(const QString &productId, const EditSession::Batch &batch, QString *whyNot);
    // Deletes, or brings back with their staged alt texts, without a step of the editor's own
    // stack (its commands do).
    bool applyDeleteNow(const QString &productId, const QStringList &ids);
    bool applyKeepNow(const QString &productId, const QStringList &ids,
                      const QHash<QString, QString> &altById);
    // Applies text to the image without a step of the editor's own stack (its commands do).
    bool applyAltText(const QString &productId, const QString &imageKey, const QString &text,
                      QString *whyNot);

    Journal *m_journal;
    QString m_store;
    StoreCapabilities m_capabilities;
    GallerySource m_source;
    QUndoStack *m_undoStack;
    QPointer<EditSession> m_openSession;
    QHash<QString, std::shared_ptr<Product>> m_products;
};

} // namespace vitrine
