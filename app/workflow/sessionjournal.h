#pragma once

#include "app/workflow/journal.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace vitrine {

class EditSession;

// Keeps one EditSession's staged edits in the journal as they are made: after every undo-stack
// change, every publish result and every rebase, the session's state is written (one small
// transaction, on disk before the next edit). When nothing is pending any more the product's
// entry is dropped.
//
// Loading a product (EditSession::load) writes nothing: edits journaled earlier survive until
// the user decides. The contract for callers opening a product: first ask pending(productId);
// if there is an entry, offer "You have 7 unpublished edits to Grey sofa from 10:42. Continue /
// Discard", then restore() or discard() — before staging anything new.
class SessionJournal : public QObject {
    Q_OBJECT
public:
    SessionJournal(Journal *journal, QString store, EditSession *session,
                   QObject *parent = nullptr);

    Journal *journal() const { return m_journal; }
    QString store() const { return m_store; }
    // Saved with the state, so listings can name the product.
    void setProductTitle(const QString &title);

    // What is kept for productId (nullopt: nothing).
    std::optional<Journal::Entry> pending(const QString &productId) const;
    // "You have 7 unpublished edits to Grey sofa from 10:42." for entry.
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
    void onChanged();

    Journal *m_journal;
    QString m_store;
    QPointer<EditSession> m_session;
    QString m_productTitle;
};

} // namespace vitrine
