#pragma once

#include "core/conflict.h"
#include "workflow/publishoutcome.h"

#include <QCoroTask>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace vitrine {

class EditSession;
class Journal;
class MainWindow;
class Publisher;
class StoreClient;

// Drives publishing from the window: Publish shows the plan's summary, Confirm sends it through
// the Publisher with progress and Cancel, changes made elsewhere are put to the user, and the
// outcome ends in the window in words. Nothing staged is dropped on failure.
class PublishController : public QObject {
    Q_OBJECT
public:
    // Asks the user about conflicts: sets each conflict's resolution, or returns false to stop.
    using ConflictChooser = std::function<bool(QList<Conflict> &conflicts)>;

    PublishController(MainWindow *window, EditSession *session, QObject *parent = nullptr);
    ~PublishController() override;

    // A new store (or none): publishes go through client from now on. journal may be null.
    void setStore(StoreClient *client, Journal *journal, const QString &storeKey);
    // The open store's profile was renamed: publishes are journaled under the new key (from the
    // next publish when one is running).
    void setJournalKey(const QString &storeKey);
    void setConflictChooser(ConflictChooser chooser);

    // The window's Publish intent: shows the summary of what would be sent.
    void preview();
    // The window's Confirm: sends, verifies, reports. Returns the outcome (for tests).
    QCoro::Task<PublishOutcome> publish();
    void cancel();
    bool isBusy() const;

Q_SIGNALS:
    void published(const vitrine::PublishOutcome &outcome);

private:
    QPointer<MainWindow> m_window;
    QPointer<EditSession> m_session;
    std::unique_ptr<Publisher> m_publisher;
    ConflictChooser m_chooseConflicts;
    Journal *m_journal = nullptr;
    QString m_storeKey;
    bool m_keyChanged = false; // setJournalKey while a publish ran: applied when it ends
    int m_total = 0;           // requests of the round being sent
    int m_finished = 0;        // of them answered (concurrent ones finish in any order)
};

} // namespace vitrine
