#pragma once

#include "workflow/journal.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <optional>

namespace vitrine {

class EditSession;

// Keeps one EditSession's staged edits in the journal as they are made: after every edit, undo
// and redo (one write per undo step: a merged drag of many rows is one step), every publish
// result and every rebase or restore that leaves edits pending, the session's whole state is
// written (one small transaction, on disk before the next edit). When an edit, an undo or a
// publish result leaves nothing pending, the product's entry is dropped. A rebase or restore
// (EditSession::loaded) with nothing pending writes nothing, because it cannot be told apart from
// load(): whoever rebases (the publisher) calls save() afterwards to drop the entry.
//
// Loading a product (EditSession::load) writes nothing: edits journaled earlier survive until
// the user decides. The contract for callers opening a product: first ask pending(productId);
// if there is an entry, offer "You have 7 unpublished edits to Grey sofa from 10:42. Continue /
// Discard", then restore() or discard() — before staging anything new (an edit writes the
// session's state over the kept one).
//
// A failed write (disk full, the journal locked by another process for more than 5 s) emits
// saveFailed; the next change writes the whole state again, so nothing is lost once the journal
// can be written.
class SessionJournal : public QObject {
    Q_OBJECT
public:
    SessionJournal(Journal *journal, QString store, EditSession *session,
                   QObject *parent = nullptr);

    Journal *journal() const { return m_journal; }
    QString store() const { return m_store; }
    // The store's profile was renamed (Journal::renameStore moved its entries): later writes go
    // under the new key.
    void setStore(const QString &store);
    // Saved with the state, so listings can name the product.
    void setProductTitle(const QString &title);

    // What is kept for productId (nullopt: nothing).
    std::optional<Journal::Entry> pending(const QString &productId) const;
    // "You have 7 unpublished edits to Grey sofa from 10:42." for entry, plus a sentence when a
    // publish was interrupted or requests must be checked.
    static QString describe(const Journal::Entry &entry);
    // Continue: the session takes the kept state (its capabilities must be set). False when
    // nothing is kept or it cannot be read (*error).
    bool restore(const QString &productId, QString *error = nullptr);
    // Discard: the kept state, interrupted publish and uncertain requests are forgotten.
    bool discard(const QString &productId);

    // Writes the session's state now (it is also written after every change). Inside an open
    // Journal::Transaction the write joins it.
    bool save();

Q_SIGNALS:
    // A write failed (disk full, permissions): the message says the edits are not safe on disk.
    void saveFailed(const QString &message);

private:
    void onEdited();
    void onLoaded();

    Journal *m_journal;
    QString m_store;
    QPointer<EditSession> m_session;
    QString m_productTitle;
    // The state last written per product, so signals that change nothing write nothing.
    QHash<QString, SessionState> m_lastSaved;
    bool m_restoring = false; // restore() is replacing the session's state
};

} // namespace vitrine
