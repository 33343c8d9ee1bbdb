#include "catalog/catalogeditor.h"

#include "models/editsession.h"
#include "models/gallerymodel.h"
#include "workflow/journal.h"
#include "workflow/sessionjournal.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>

namespace vitrine {

struct CatalogEditor::Product {
    std::unique_ptr<EditSession> session;
    std::unique_ptr<SessionJournal> journal;
};

// One worklist alt text edit: redo sets the new text, undo the one before, each through the
// product's session (so the journal keeps what is staged after either).
class CatalogAltTextCommand : public QUndoCommand {
public:
    CatalogAltTextCommand(CatalogEditor *editor, QString productId, QString key, QString before,
                          QString after)
        : m_editor(editor)
        , m_productId(std::move(productId))
        , m_key(std::move(key))
        , m_before(std::move(before))
        , m_after(std::move(after)) {
        setText(QCoreApplication::translate("CatalogEditor", "Alt text of an image of %1")
                    .arg(m_productId));
    }
    void redo() override { m_editor->applyAltText(m_productId, m_key, m_after, nullptr); }
    void undo() override { m_editor->applyAltText(m_productId, m_key, m_before, nullptr); }

private:
    CatalogEditor *m_editor;
    QString m_productId;
    QString m_key;
    QString m_before;
    QString m_after;
};

// Many edits of one product as one step: the first redo has been done by applyBatch() (so a
// refused batch never becomes a step); undo stages the texts and the order the product had
// before, redo the batch again — each through the product's session, so the journal keeps it.
class CatalogBatchCommand : public QUndoCommand {
public:
    CatalogBatchCommand(CatalogEditor *editor, QString productId, EditSession::Batch batch,
                        EditSession::Batch inverse)
        : m_editor(editor)
        , m_productId(std::move(productId))
        , m_batch(std::move(batch))
        , m_inverse(std::move(inverse)) {
        setText(QCoreApplication::translate("CatalogEditor", "%1 (product %2)")
                    .arg(m_batch.name, m_productId));
    }
    void redo() override {
        if (m_done) {
            m_done = false;
            return;
        }
        m_editor->applyBatchNow(m_productId, m_batch, nullptr);
    }
    void undo() override { m_editor->applyBatchNow(m_productId, m_inverse, nullptr); }

private:
    CatalogEditor *m_editor;
    QString m_productId;
    EditSession::Batch m_batch;
    EditSession::Batch m_inverse;
    bool m_done = true;
};

// Images of one product staged for deletion: redo deletes them, undo brings them back as the
// store has them with the alt texts they had staged (EditSession::keepImages, then a batch).
class CatalogDeleteCommand : public QUndoCommand {
public:
    CatalogDeleteCommand(CatalogEditor *editor, QString productId, QStringList ids,
                         QHash<QString, QString> altById)
        : m_editor(editor)
        , m_productId(std::move(productId))
        , m_ids(std::move(ids))
        , m_altById(std::move(altById)) {
        setText(QCoreApplication::translate("CatalogEditor", "Delete %n image(s) of %1", nullptr,
                                            int(m_ids.size()))
                    .arg(m_productId));
    }
    void redo() override { m_editor->applyDeleteNow(m_productId, m_ids); }
    void undo() override { m_editor->applyKeepNow(m_productId, m_ids, m_altById); }

private:
    CatalogEditor *m_editor;
    QString m_productId;
    QStringList m_ids;
    QHash<QString, QString> m_altById;
};

CatalogEditor::CatalogEditor(Journal *journal, QString store, StoreCapabilities capabilities,
                             GallerySource source, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_store(std::move(store))
    , m_capabilities(std::move(capabilities))
    , m_source(std::move(source))
    , m_undoStack(new QUndoStack(this)) {}

CatalogEditor::~CatalogEditor() = default;

void CatalogEditor::setOpenSession(EditSession *session) {
    m_openSession = session;
}

EditSession *CatalogEditor::sessionFor(const QString &productId, QString *whyNot) {
    if (m_openSession && m_openSession->productId() == productId)
        return m_openSession;
    if (const auto it = m_products.constFind(productId); it != m_products.cend())
        return (*it)->session.get();
    const std::optional<CatalogProduct> product = m_source ? m_source(productId) : std::nullopt;
    if (!product) {
        if (whyNot)
            *whyNot = tr("Product %1 is not in the catalog (scan again).").arg(productId);
        return nullptr;
    }
    auto entry = std::make_shared<Product>();
    entry->session = std::make_unique<EditSession>();
    entry->session->setCapabilities(m_capabilities);
    std::optional<SessionState> kept;
    if (m_journal && m_journal->isOpen())
        kept = m_journal->loadState(m_store, productId);
    if (kept)
        entry->session->restore(*kept);
    else
        entry->session->load(productId, product->images);
    if (m_journal && m_journal->isOpen()) {
        entry->journal = std::make_unique<SessionJournal>(m_journal, m_store, entry->session.get());
        entry->journal->setProductTitle(product->title);
        connect(entry->journal.get(), &SessionJournal::saveFailed, this,
                &CatalogEditor::saveFailed);
    }
    EditSession *session = entry->session.get();
    m_products.insert(productId, entry);
    return session;
}

bool CatalogEditor::applyAltText(const QString &productId, const QString &imageKey,
                                 const QString &text, QString *whyNot) {
    EditSession *session = sessionFor(productId, whyNot);
    if (!session)
        return false;
    const QList<int> rows = session->rowsOfKeys({imageKey});
    if (rows.isEmpty()) {
        if (whyNot)
            *whyNot = tr("That image is no longer in the gallery of product %1.").arg(productId);
        return false;
    }
    if (!session->setAltText(rows, text, whyNot))
        return false;
    Q_EMIT productChanged(productId);
    return true;
}

bool CatalogEditor::setAltText(const QString &productId, const QString &imageKey,
                               const QString &text, QString *whyNot) {
    QString why;
    EditSession *session = sessionFor(productId, &why);
    QList<int> rows;
    if (session) {
        rows = session->rowsOfKeys({imageKey});
        if (rows.isEmpty())
            why = tr("That image is no longer in the gallery of product %1.").arg(productId);
        else
            why = session->altTextProblem(rows, text);
    }
    if (!why.isEmpty()) {
        if (whyNot)
            *whyNot = why;
        Q_EMIT refused(why);
        return false;
    }
    const QString before = session->targets().at(rows.first()).image.alt;
    if (before == text)
        return true; // nothing changes: no empty undo step
    m_undoStack->push(new CatalogAltTextCommand(this, productId, imageKey, before, text));
    return true;
}

bool CatalogEditor::applyBatchNow(const QString &productId, const EditSession::Batch &batch,
                                  QString *whyNot) {
    EditSession *session = sessionFor(productId, whyNot);
    if (!session || !session->applyBatch(batch, whyNot))
        return false;
    Q_EMIT productChanged(productId);
    return true;
}

bool CatalogEditor::applyBatch(const QString &productId, const EditSession::Batch &batch,
                               QString *whyNot) {
    QString why;
    EditSession *session = sessionFor(productId, &why);
    if (!session) {
        if (whyNot)
            *whyNot = why;
        Q_EMIT refused(why);
        return false;
    }
    // What undo puts back: the texts of the images the batch names, and the order before.
    EditSession::Batch inverse;
    inverse.name = batch.name;
    const QList<StagedImage> before = session->model()->rows();
    for (const StagedImage &row : before)
        if (batch.altByKey.contains(row.key))
            inverse.altByKey.insert(row.key, row.image.alt);
    if (!batch.order.isEmpty()) {
        inverse.order = session->model()->order();
        inverse.movedKeys = batch.movedKeys;
    }
    const int steps = session->undoStack()->count();
    const int index = session->undoStack()->index();
    if (!session->applyBatch(batch, &why)) {
        if (whyNot)
            *whyNot = why;
        Q_EMIT refused(why);
        return false;
    }
    if (session->undoStack()->count() == steps && session->undoStack()->index() == index)
        return true; // nothing changed: no empty step
    Q_EMIT productChanged(productId);
    m_undoStack->push(new CatalogBatchCommand(this, productId, batch, inverse));
    return true;
}

CatalogEditor::StagedTemplate CatalogEditor::stageTemplate(const QList<AltTemplateChange> &changes,
                                                           const QString &stepName) {
    StagedTemplate staged;
    for (qsizetype i = 0; i < changes.size();) {
        EditSession::Batch batch;
        batch.name = stepName;
        const QString productId = changes.at(i).productId;
        for (; i < changes.size() && changes.at(i).productId == productId; ++i)
            if (changes.at(i).stageable())
                batch.altByKey.insert(changes.at(i).key, changes.at(i).after);
        if (batch.altByKey.isEmpty())
            continue;
        QString why;
        if (!applyBatch(productId, batch, &why)) {
            staged.refusals << tr("Product %1: %2").arg(productId, why);
            continue;
        }
        staged.texts += int(batch.altByKey.size());
        ++staged.products;
    }
    return staged;
}

bool CatalogEditor::deleteImages(const QString &productId, const QStringList &imageKeys,
                                 QString *whyNot) {
    QString why;
    EditSession *session = sessionFor(productId, &why);
    QStringList ids;
    QHash<QString, QString> altById;
    if (session) {
        const QList<StagedImage> rows = session->model()->rows();
        for (const QString &key : imageKeys) {
            const auto row = std::find_if(rows.cbegin(), rows.cend(),
                                          [&key](const StagedImage &r) { return r.key == key; });
            if (row == rows.cend()) {
                why = tr("That image is no longer in the gallery of product %1.").arg(productId);
                break;
            }
            if (row->isNew) {
                why = tr("An image not on the store yet is removed in its gallery: open the "
                         "gallery of product %1.")
                          .arg(productId);
                break;
            }
            if (!ids.contains(row->image.id)) {
                ids << row->image.id;
                altById.insert(row->image.id, row->image.alt);
            }
        }
        if (why.isEmpty() && ids.isEmpty())
            why = tr("Select the images to delete first.");
    }
    if (!why.isEmpty()) {
        if (whyNot)
            *whyNot = why;
        Q_EMIT refused(why);
        return false;
    }
    m_undoStack->push(new CatalogDeleteCommand(this, productId, ids, altById));
    return true;
}

bool CatalogEditor::applyDeleteNow(const QString &productId, const QStringList &ids) {
    EditSession *session = sessionFor(productId, nullptr);
    if (!session || !session->deleteRows(session->rowsOfKeys(ids), nullptr))
        return false;
    Q_EMIT productChanged(productId);
    return true;
}

bool CatalogEditor::applyKeepNow(const QString &productId, const QStringList &ids,
                                 const QHash<QString, QString> &altById) {
    EditSession *session = sessionFor(productId, nullptr);
    if (!session || !session->keepImages(ids, nullptr))
        return false;
    // Kept images come back as the store has them: the alt texts staged before go back on.
    EditSession::Batch batch;
    batch.name = QCoreApplication::translate("CatalogEditor", "Keep images");
    batch.altByKey = altById; // store images: the key is the id
    session->applyBatch(batch, nullptr);
    Q_EMIT productChanged(productId);
    return true;
}

QList<StagedImage> CatalogEditor::rows(const QString &productId) {
    EditSession *session = sessionFor(productId, nullptr);
    return session ? session->model()->rows() : QList<StagedImage>();
}

int CatalogEditor::altLimit(const QString &productId, const QString &imageKey) const {
    auto *self = const_cast<CatalogEditor *>(this);
    EditSession *session = self->sessionFor(productId, nullptr);
    if (!session)
        return m_capabilities.altLimit(false);
    return session->altLimit(session->rowsOfKeys({imageKey}));
}

std::optional<SessionState> CatalogEditor::staged(const QString &productId) const {
    EditSession *session = nullptr;
    if (m_openSession && m_openSession->productId() == productId)
        session = m_openSession;
    else if (const auto it = m_products.constFind(productId); it != m_products.cend())
        session = (*it)->session.get();
    if (session)
        return session->hasPendingChanges() ? std::optional(session->state()) : std::nullopt;
    if (m_journal && m_journal->isOpen())
        return m_journal->loadState(m_store, productId);
    return std::nullopt;
}

void CatalogEditor::release(const QString &productId) {
    m_products.remove(productId);
}

} // namespace vitrine
