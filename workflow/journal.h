#pragma once

#include "core/publishplan.h"
#include "core/sessionstate.h"
#include "models/editsession.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace vitrine {

struct StoreProfile;

// Staged edits on disk, written as they are made, per store and product; and the progress of
// publishes, so an interrupted one is finished after a restart without repeating a request that
// went through. One SQLite database (Qt SQL) in WAL mode with synchronous=FULL: every write is
// one transaction, on disk before the call returns; after kill -9 or a power cut the journal holds
// exactly the transactions that returned. Shared by the GUI and vitrinectl (SQLite locks; a busy
// database is waited for). See docs/journal.md.
//
// A journal that cannot be read (truncated, garbage, another format) is moved aside to
// "<file>.corrupt-<time>" and a new one is started; recoveryMessage() says so in a sentence. One
// row that cannot be read (a staged state, a publish record, a request of unknown outcome) is
// written to "<file>.unreadable-<time>.json" and dropped, with recoveryMessage() set. A journal
// that is busy beyond the timeout, read-only or in a folder that cannot be created is never moved
// aside: open() fails with lastError() saying why. Nothing here throws; failed writes return
// false with lastError() set.
class Journal {
public:
    // The journal at defaultPath().
    Journal();
    explicit Journal(QString filePath);
    ~Journal();
    Journal(const Journal &) = delete;
    Journal &operator=(const Journal &) = delete;

    // QStandardPaths::AppDataLocation + "/journal.sqlite".
    static QString defaultPath();
    // The key a store's journal entries are filed under: the profile's name, or for a store
    // opened without a profile its dialect (a custom dialect's absolute file path) and address.
    static QString storeKey(const StoreProfile &profile);

    // Opens (creating the file and its folder as needed). A damaged journal is moved aside and a
    // new one started: open() still returns true, with recoveryMessage() set. False only when no
    // journal can be written at all (lastError()).
    bool open();
    bool isOpen() const;
    QString filePath() const;
    QString lastError() const;
    // Set when open() found the journal damaged, or a read found a row it could not read: what
    // happened and where the unreadable part went. The latest such event.
    QString recoveryMessage() const;

    // --- Staged edits --------------------------------------------------------------------------
    struct Entry {
        QString store;
        QString productId;
        QString productTitle; // as given to saveState (may be empty)
        // Edited images not yet confirmed on the store: of an interrupted publish, those it had
        // not confirmed sent (uncertainEdits of them with a request in doubt), not all it was
        // sending.
        int pendingCount = 0;
        QDateTime savedAt;               // UTC
        bool publishInterrupted = false; // a publish was under way when the app stopped
        int uncertainRequests = 0;       // requests whose outcome a publish must check first
        int confirmedSent = 0;           // edited images the interrupted publish confirmed sent
        int uncertainEdits = 0; // edited images with a request in doubt (in flight, or unknown)
    };
    // Replaces the product's staged state (one transaction). An empty title keeps the one saved.
    bool saveState(const QString &store, const SessionState &state,
                   const QString &productTitle = {});
    // nullopt when nothing is kept (or the kept state cannot be read: lastError()).
    std::optional<SessionState> loadState(const QString &store, const QString &productId);
    // Products of store (every store when empty) with something kept: unpublished edits, an
    // interrupted publish or requests to check. Newest first.
    QList<Entry> entries(const QString &store = {});
    std::optional<Entry> entry(const QString &store, const QString &productId);
    // Forgets the product's staged state only (nothing is pending any more).
    bool dropState(const QString &store, const QString &productId);
    // Forgets everything kept for the product: state, unfinished publish, uncertain requests.
    bool discard(const QString &store, const QString &productId);
    // A store profile was renamed: everything kept under the key from (staged edits, unfinished
    // publishes, uncertain requests) is filed under to, in one transaction. Where to already
    // keeps something for the same product (left by an earlier store of that name), the moved
    // entry wins; the displaced staged state is written beside the journal
    // ("<file>.unreadable-<time>.json") and recoveryMessage() says so. Returns false (lastError())
    // when nothing was moved.
    bool renameStore(const QString &from, const QString &to);

    // --- What publishes learned about a store -------------------------------------------------
    // How the store orders images, as a publish found out (PublishLog::learnedOrdering); kept
    // per store key, moved by renameStore, not dropped with a product's edits.
    std::optional<OrderingSemantics> learnedOrdering(const QString &store);
    bool setLearnedOrdering(const QString &store, OrderingSemantics ordering);

    // --- Publishes ------------------------------------------------------------------------------
    struct OpOutcome {
        int index = -1;
        EditSession::OpResult result;
    };
    struct PublishRecord {
        qint64 id = 0;
        QString store;
        PublishPlan plan;
        QStringList baselineIds;   // the store's image ids when the plan was made
        QList<OpOutcome> outcomes; // in the order they were recorded
        QDateTime startedAt;       // UTC
        // Ops marked as about to be sent (markSending) with no outcome recorded since: they may
        // have reached the store. marksSending: the record marks every op before it is sent
        // (written since writes went out concurrently); older records do not.
        QList<int> sending;
        bool marksSending = false;

        // The ops that may have been in flight when the publish stopped: those marked as sending
        // without an outcome; in a record without marks (one op at a time), the op after the last
        // recorded outcome.
        QList<int> inDoubt() const;
    };
    // Records a plan about to be sent; returns its id (0 on failure). An unfinished publish of
    // the same product is replaced.
    qint64 beginPublish(const QString &store, const PublishPlan &plan,
                        const QStringList &baselineIds);
    // The outcome of op index, recorded before the next op is sent.
    bool recordOutcome(qint64 publishId, int index, const EditSession::OpResult &result);
    // Ops about to be sent (each before its request leaves): until their outcome replaces the
    // mark, a resumed publish takes them as in flight.
    bool markSending(qint64 publishId, const QList<int> &indexes);
    // The results were applied to the staged state; the record is dropped.
    bool finishPublish(qint64 publishId);
    // nullopt when there is none, or when it cannot be read: then it is kept beside the journal
    // and dropped (recoveryMessage(), lastError()).
    std::optional<PublishRecord> unfinishedPublish(const QString &store, const QString &productId);

    // --- Requests whose outcome is unknown -------------------------------------------------------
    // A request that may or may not have reached the store (a crash while it was in flight, a
    // timeout, a cancel): the next publish checks the store before doing anything about it.
    struct UncertainOp {
        WriteOp::Kind kind = WriteOp::Kind::Update;
        QString imageId;  // Update, Delete: the image the request was about; Create: the new
                          // image's id when the store's answer is known but was not applied
        QString localKey; // Create: the staged image it was creating
        QString src;      // Create: how to recognise the image if it was created
        QString alt;
        QStringList knownIds; // Create: image ids that existed before it was sent
        friend bool operator==(const UncertainOp &, const UncertainOp &) = default;
    };
    bool addUncertain(const QString &store, const QString &productId, const UncertainOp &op);
    QList<UncertainOp> uncertain(const QString &store, const QString &productId);
    bool clearUncertain(const QString &store, const QString &productId);

    // --- Transactions ---------------------------------------------------------------------------
    // Groups writes so they land together or not at all (e.g. applying a publish's results and
    // finishing its record). Nested transactions join the outermost one. Commits in commit() or,
    // if never committed, rolls back in the destructor.
    class Transaction {
    public:
        explicit Transaction(Journal &journal);
        ~Transaction();
        Transaction(const Transaction &) = delete;
        Transaction &operator=(const Transaction &) = delete;
        bool commit();

    private:
        Journal &m_journal;
        bool m_done = false;
    };

private:
    // Fills an entry's counts from the kept state, the interrupted publish and the uncertain
    // requests (PublishProgress), reading without changing anything.
    void countProgress(Entry &entry);

    struct Private;
    Private *d;
};

} // namespace vitrine
