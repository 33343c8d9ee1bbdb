#include "workflow/sessionjournal.h"

#include "models/editsession.h"
#include "workflow/workflowlogging.h"

#include <QCoreApplication>
#include <QLocale>
#include <QUndoStack>

namespace vitrine {

SessionJournal::SessionJournal(Journal *journal, QString store, EditSession *session,
                               QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_store(std::move(store))
    , m_session(session) {
    if (!session)
        return;
    // One write per undo step (a merged drag of many rows is one step), per publish result and
    // per rebase or restore. The model's own signals are too fine-grained: a reorder emits one
    // move per image.
    connect(session->undoStack(), &QUndoStack::indexChanged, this, &SessionJournal::onEdited);
    connect(session, &EditSession::publishApplied, this, [this] { save(); });
    connect(session, &EditSession::loaded, this, &SessionJournal::onLoaded);
}

void SessionJournal::setStore(const QString &store) {
    m_store = store;
}

void SessionJournal::setProductTitle(const QString &title) {
    m_productTitle = title;
}

std::optional<Journal::Entry> SessionJournal::pending(const QString &productId) const {
    if (!m_journal || !m_journal->isOpen())
        return std::nullopt;
    return m_journal->entry(m_store, productId);
}

QString SessionJournal::describe(const Journal::Entry &entry) {
    const QString product =
        entry.productTitle.isEmpty() ? tr("product %1").arg(entry.productId) : entry.productTitle;
    const QString when = QLocale().toString(entry.savedAt.toLocalTime(), QLocale::ShortFormat);
    QStringList sentences;
    if (entry.pendingCount == 1)
        sentences << tr("You have 1 unpublished edit to %1 from %2.").arg(product, when);
    else if (entry.pendingCount > 1)
        sentences << tr("You have %1 unpublished edits to %2 from %3.")
                         .arg(entry.pendingCount)
                         .arg(product, when);
    if (entry.publishInterrupted) {
        sentences << tr("A publish of %1 was interrupted at %2; publishing again finishes it "
                        "without repeating what was sent.")
                         .arg(product, when);
        if (entry.confirmedSent == 1)
            sentences << tr("It had sent 1 edit the store confirmed; it is not counted as "
                            "unpublished.");
        else if (entry.confirmedSent > 1)
            sentences << tr("It had sent %n edits the store confirmed; they are not counted as "
                            "unpublished.",
                            nullptr, entry.confirmedSent);
    }
    if (entry.uncertainEdits == 1)
        sentences << tr("1 edit may or may not have reached the store; the next publish looks on "
                        "the store before sending anything about it again.");
    else if (entry.uncertainEdits > 1)
        sentences << tr("%n edits may or may not have reached the store; the next publish looks "
                        "on the store before sending anything about them again.",
                        nullptr, entry.uncertainEdits);
    else if (!entry.publishInterrupted && entry.uncertainRequests > 0)
        sentences << (entry.uncertainRequests == 1
                          ? tr("1 request to %1 may or may not have reached the store; the next "
                               "publish checks the store before sending it again.")
                                .arg(product)
                          : tr("%1 requests to %2 may or may not have reached the store; the "
                               "next publish checks the store before sending them again.")
                                .arg(entry.uncertainRequests)
                                .arg(product));
    if (sentences.isEmpty())
        sentences << tr("Nothing is kept for %1.").arg(product);
    return sentences.join(QLatin1Char(' '));
}

bool SessionJournal::restore(const QString &productId, QString *error) {
    if (!m_session || !m_journal || !m_journal->isOpen()) {
        if (error)
            *error = tr("The journal is not open.");
        return false;
    }
    const std::optional<SessionState> state = m_journal->loadState(m_store, productId);
    if (!state) {
        if (error)
            *error = m_journal->lastError().isEmpty()
                         ? tr("No unpublished edits are kept for this product.")
                         : m_journal->lastError();
        return false;
    }
    // What is restored is what the journal holds: the write the restore triggers is skipped.
    // The stack clear EditSession::restore() starts with sees the session before the restore, which
    // is not an edit: while m_restoring it writes nothing (it would drop the kept row).
    m_lastSaved.insert(productId, *state);
    m_restoring = true;
    // Continued as the steps that made it: each can be undone on its own (History lists them).
    m_session->restoreAsSteps(*state);
    m_restoring = false;
    qCInfo(lcWorkflow) << "restored" << m_session->pendingCount() << "staged edits of product"
                       << productId << "from the journal";
    return true;
}

bool SessionJournal::discard(const QString &productId) {
    if (!m_journal || !m_journal->isOpen())
        return false;
    m_lastSaved.remove(productId);
    return m_journal->discard(m_store, productId);
}

bool SessionJournal::save() {
    if (!m_session || !m_journal || !m_journal->isOpen())
        return false;
    const QString productId = m_session->productId();
    if (productId.isEmpty())
        return true;
    const SessionState state = m_session->state();
    if (m_lastSaved.value(productId) == state)
        return true; // the same state (an undo-stack clear, a signal after a restore)
    bool ok = false;
    if (m_session->pendingCount() == 0)
        ok = m_journal->dropState(m_store, productId);
    else
        ok = m_journal->saveState(m_store, state, m_productTitle);
    if (!ok) {
        m_lastSaved.remove(productId);
        Q_EMIT saveFailed(
            tr("Your edits could not be saved to disk: %1").arg(m_journal->lastError()));
        return false;
    }
    m_lastSaved.insert(productId, state);
    return true;
}

void SessionJournal::onEdited() {
    // A stack with commands is an edit, an undo or a redo: written, and at nothing pending the
    // entry goes. An empty stack has two causes:
    // - load(), restore(), rebase() and applyPublishResults() clear the stack before they change
    //   the model. That is the state being replaced, not an edit, and is written (or not) when
    //   they are done (loaded, publishApplied). The session still holds the old product's state
    //   then, which is what was last written for it (or nothing was written: a product opened
    //   without edits must not have a row vitrinectl staged dropped).
    // - the only command merged itself away: a drop whose last move put everything back makes
    //   itself obsolete and Qt removes it. Its first move was written; the state now (nothing
    //   pending) must replace it.
    // Both are handled by writing only a product this journal wrote before: save() writes nothing
    // when the state is what was last written.
    if (!m_session || m_restoring)
        return;
    if (m_session->undoStack()->count() == 0 && !m_lastSaved.contains(m_session->productId()))
        return;
    save();
}

void SessionJournal::onLoaded() {
    // load(), restore() and rebase() all end here and cannot be told apart. A state with edits
    // is written (a restore, a merge with changes made elsewhere, a verify that found something
    // to repair). With nothing pending nothing is written: after load() the journal may keep
    // edits the user has not yet chosen to continue or discard. A rebase or merge that leaves
    // nothing pending is followed by save() from the publisher (or the next publish result).
    if (m_session && m_session->pendingCount() > 0)
        save();
}

} // namespace vitrine
