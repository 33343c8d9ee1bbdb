#include "workflow/journal.h"

#include "net/storeprofile.h"
#include "workflow/publishprogress.h"
#include "workflow/sqlitefile.h"
#include "workflow/workflowjson.h"
#include "workflow/workflowlogging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMap>
#include <QSaveFile>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace vitrine {

namespace {

// The schema's version, in the meta table. A journal of another version is set aside rather
// than misread.
constexpr int kSchemaVersion = 1;
// In a publish's baseline_ids object: every op of this record is marked before it is sent.
const QLatin1String kMarksSendingKey("marksSending");
// An outcomes row holding this instead of a result: the op is being sent (markSending).
const QLatin1String kSendingKey("sending");

// This file's texts, translated in the "Journal" context (lupdate files Text::tr() under it).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Journal)
};

QString nowText() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime parseTime(const QString &text) {
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

QString compact(const QJsonObject &o) {
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::optional<QJsonObject> parseObject(const QString &text) {
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &e);
    if (e.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

QJsonObject uncertainToJson(const Journal::UncertainOp &op) {
    QJsonObject o;
    o.insert(QLatin1String("kind"), workflowjson::kindName(op.kind));
    o.insert(QLatin1String("imageId"), op.imageId);
    o.insert(QLatin1String("localKey"), op.localKey);
    o.insert(QLatin1String("src"), op.src);
    o.insert(QLatin1String("alt"), op.alt);
    o.insert(QLatin1String("knownIds"), workflowjson::toJson(op.knownIds));
    return o;
}

bool uncertainFromJson(const QJsonObject &o, Journal::UncertainOp *out) {
    Journal::UncertainOp op;
    const QJsonValue kind = o.value(QLatin1String("kind"));
    if (!kind.isString() || !workflowjson::parseKind(kind.toString(), &op.kind))
        return false;
    for (const auto &[key, field] :
         {std::pair{"imageId", &op.imageId}, std::pair{"localKey", &op.localKey},
          std::pair{"src", &op.src}, std::pair{"alt", &op.alt}}) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isString())
            return false;
        *field = v.toString();
    }
    if (!workflowjson::fromJson(o.value(QLatin1String("knownIds")), &op.knownIds))
        return false;
    *out = op;
    return true;
}

} // namespace

struct Journal::Private {
    explicit Private(QString path)
        : file(std::move(path), schema()) {}

    SqliteFile file;
    bool open = false;
    QString lastError;
    QString recoveryMessage;
    int transactionDepth = 0;
    bool rollbackOnly = false;

    QSqlDatabase db() const { return file.database(); }

    bool fail(const QString &what, const QSqlError &error) {
        lastError = QStringLiteral("%1: %2").arg(what, error.text());
        qCWarning(lcWorkflow) << "journal:" << lastError;
        return false;
    }
    bool fail(const QString &what) {
        lastError = what;
        qCWarning(lcWorkflow) << "journal:" << lastError;
        return false;
    }

    // Runs a statement; false (lastError set) when it fails.
    bool exec(QSqlQuery &q, const QString &what) {
        if (!q.exec())
            return fail(what, q.lastError());
        return true;
    }
    bool execText(const QString &sql) {
        QSqlQuery q(db());
        if (!q.exec(sql))
            return fail(sql, q.lastError());
        return true;
    }

    static SqliteFile::Schema schema();
    void close();
    bool setAside(const QString &why);
    // Writes text that cannot be read back beside the journal, for a human; returns the file.
    QString keepUnreadable(const QString &text) const;

    // Reads that change nothing. A row that cannot be read comes back as nullopt (or is left
    // out) with *text its stored text and *why (or the lists) saying so; callers that open the
    // product set it aside, a listing only leaves it out.
    std::optional<SessionState> readState(const QString &store, const QString &productId,
                                          bool *found, QString *text, QString *why);
    // *id: the record's id, 0 when there is none.
    std::optional<PublishRecord> readPublish(const QString &store, const QString &productId,
                                             qint64 *id, QString *text);
    QList<UncertainOp> readUncertain(const QString &store, const QString &productId,
                                     QList<qint64> *unreadableIds, QStringList *unreadableText);
};

SqliteFile::Schema Journal::Private::schema() {
    SqliteFile::Schema schema;
    schema.connectionPrefix = QStringLiteral("vitrine-journal");
    // synchronous=FULL syncs the WAL on every commit, so a commit that returned survives a power
    // cut too (see docs/journal.md).
    schema.synchronous = QStringLiteral("FULL");
    schema.version = kSchemaVersion;
    schema.tables = {
        QStringLiteral("CREATE TABLE IF NOT EXISTS staged (store TEXT NOT NULL, product TEXT NOT "
                       "NULL, title TEXT, pending INTEGER NOT NULL, saved_at TEXT NOT NULL, "
                       "state TEXT NOT NULL, PRIMARY KEY (store, product))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS publishes (id INTEGER PRIMARY KEY "
                       "AUTOINCREMENT, store TEXT NOT NULL, product TEXT NOT NULL, plan TEXT NOT "
                       "NULL, baseline_ids TEXT NOT NULL, started_at TEXT NOT NULL, UNIQUE "
                       "(store, product))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS outcomes (publish_id INTEGER NOT NULL, "
                       "op_index INTEGER NOT NULL, result TEXT NOT NULL, recorded_at TEXT NOT "
                       "NULL, PRIMARY KEY (publish_id, op_index))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS uncertain (id INTEGER PRIMARY KEY "
                       "AUTOINCREMENT, store TEXT NOT NULL, product TEXT NOT NULL, op TEXT NOT "
                       "NULL)"),
        // Added to schema 1 without a version change: an older journal gains the table.
        QStringLiteral("CREATE TABLE IF NOT EXISTS orderings (store TEXT PRIMARY KEY, ordering "
                       "TEXT NOT NULL, learned_at TEXT NOT NULL)"),
    };
    return schema;
}

void Journal::Private::close() {
    file.close();
    open = false;
}

bool Journal::Private::setAside(const QString &why) {
    const QString aside = file.setAside();
    if (aside.isEmpty())
        return fail(Text::tr("The journal %1 is damaged (%2) and could not be moved aside.")
                        .arg(QDir::toNativeSeparators(file.path()), why));
    recoveryMessage =
        Text::tr("The journal of unpublished edits was damaged (%1). It was moved to %2 "
                 "and a new one was started; edits kept in it could not be restored.")
            .arg(why, QDir::toNativeSeparators(aside));
    // Info, not a warning: every caller shows recoveryMessage() itself (vitrinectl on stderr,
    // the window in its status bar), and a warning would say it twice.
    qCInfo(lcWorkflow).noquote() << recoveryMessage;
    return true;
}

QString Journal::Private::keepUnreadable(const QString &text) const {
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    QString aside = QStringLiteral("%1.unreadable-%2.json").arg(file.path(), stamp);
    for (int n = 2; QFile::exists(aside); ++n)
        aside = QStringLiteral("%1.unreadable-%2-%3.json").arg(file.path(), stamp).arg(n);
    QSaveFile file(aside);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        qCWarning(lcWorkflow) << "journal: cannot keep unreadable text in" << aside;
        return {};
    }
    return aside;
}

Journal::Journal()
    : Journal(defaultPath()) {}

Journal::Journal(QString filePath)
    : d(new Private(std::move(filePath))) {}

Journal::~Journal() {
    d->close();
    delete d;
}

QString Journal::defaultPath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QLatin1String("/journal.sqlite");
}

QString Journal::storeKey(const StoreProfile &profile) {
    if (!profile.name.trimmed().isEmpty())
        return profile.name.trimmed();
    // A custom dialect is named by its file: two files may describe stores at one address.
    const QString dialect = profile.customDialectFile.isEmpty()
                                ? profile.dialect
                                : QFileInfo(profile.customDialectFile).absoluteFilePath();
    return QStringLiteral("%1@%2").arg(
        dialect, profile.effectiveBaseUrl().adjusted(QUrl::StripTrailingSlash).toString());
}

bool Journal::open() {
    if (d->open)
        return true;
    d->recoveryMessage.clear();
    const QFileInfo info(d->file.path());
    if (!QDir().mkpath(info.absolutePath()))
        return d->fail(Text::tr("Cannot create the folder %1 for the journal of unpublished edits.")
                           .arg(QDir::toNativeSeparators(info.absolutePath())));
    QString why;
    SqliteFile::Opened r = d->file.open(&why);
    if (r == SqliteFile::Opened::Damaged) {
        if (!d->setAside(why))
            return false;
        r = d->file.open(&why);
    }
    if (r != SqliteFile::Opened::Ok) {
        d->close();
        return d->fail(Text::tr("Cannot open the journal of unpublished edits %1: %2")
                           .arg(QDir::toNativeSeparators(d->file.path()), why));
    }
    d->open = true;
    d->lastError.clear();
    return true;
}

bool Journal::isOpen() const {
    return d->open;
}

QString Journal::filePath() const {
    return d->file.path();
}

QString Journal::lastError() const {
    return d->lastError;
}

QString Journal::recoveryMessage() const {
    return d->recoveryMessage;
}

// --- Transactions ------------------------------------------------------------------------------

Journal::Transaction::Transaction(Journal &journal)
    : m_journal(journal) {
    Private *d = m_journal.d;
    if (!d->open) {
        m_done = true;
        return;
    }
    if (d->transactionDepth++ == 0) {
        d->rollbackOnly = false;
        // IMMEDIATE takes the write lock now (waiting for busy_timeout), so a transaction never
        // fails half-way because another process started writing.
        if (!d->execText(QStringLiteral("BEGIN IMMEDIATE")))
            d->rollbackOnly = true;
    }
}

Journal::Transaction::~Transaction() {
    if (m_done)
        return;
    Private *d = m_journal.d;
    d->rollbackOnly = true;
    if (--d->transactionDepth == 0)
        d->execText(QStringLiteral("ROLLBACK"));
}

bool Journal::Transaction::commit() {
    if (m_done)
        return m_journal.d->open;
    m_done = true;
    Private *d = m_journal.d;
    if (--d->transactionDepth > 0)
        return !d->rollbackOnly;
    if (d->rollbackOnly) {
        d->execText(QStringLiteral("ROLLBACK"));
        return false;
    }
    return d->execText(QStringLiteral("COMMIT"));
}

// --- Staged edits --------------------------------------------------------------------------------

bool Journal::saveState(const QString &store, const SessionState &state,
                        const QString &productTitle) {
    if (!d->open)
        return d->fail(Text::tr("The journal is not open."));
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral(
        "INSERT INTO staged (store, product, title, pending, saved_at, state) VALUES (?, ?, ?, ?, "
        "?, ?) ON CONFLICT (store, product) DO UPDATE SET pending = excluded.pending, saved_at = "
        "excluded.saved_at, state = excluded.state, title = CASE WHEN excluded.title <> '' THEN "
        "excluded.title ELSE staged.title END"));
    q.addBindValue(store);
    q.addBindValue(state.productId);
    q.addBindValue(productTitle);
    q.addBindValue(state.pendingCount());
    q.addBindValue(nowText());
    q.addBindValue(compact(state.toJson()));
    return d->exec(q, Text::tr("Saving the staged edits"));
}

std::optional<SessionState> Journal::Private::readState(const QString &store,
                                                        const QString &productId, bool *found,
                                                        QString *text, QString *why) {
    *found = false;
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT state FROM staged WHERE store = ? AND product = ?"));
    q.addBindValue(store);
    q.addBindValue(productId);
    if (!exec(q, Text::tr("Reading the staged edits")) || !q.next())
        return std::nullopt;
    *found = true;
    *text = q.value(0).toString();
    q.finish();
    *why = Text::tr("not JSON");
    std::optional<SessionState> state;
    if (const std::optional<QJsonObject> o = parseObject(*text))
        state = SessionState::fromJson(*o, why);
    if (state && state->productId != productId) {
        *why = Text::tr("the kept edits are of another product");
        state.reset();
    }
    return state;
}

std::optional<SessionState> Journal::loadState(const QString &store, const QString &productId) {
    if (!d->open) {
        d->fail(Text::tr("The journal is not open."));
        return std::nullopt;
    }
    // Callers tell "nothing kept" from "unreadable" by lastError(): no stale message.
    d->lastError.clear();
    bool found = false;
    QString text;
    QString why;
    std::optional<SessionState> state = d->readState(store, productId, &found, &text, &why);
    if (!state && found) {
        // Keep the unreadable text for a human, then forget it: it must not block the product.
        const QString aside = d->keepUnreadable(text);
        QSqlQuery del(d->db());
        del.prepare(QStringLiteral("DELETE FROM staged WHERE store = ? AND product = ?"));
        del.addBindValue(store);
        del.addBindValue(productId);
        d->exec(del, Text::tr("Dropping unreadable staged edits"));
        d->recoveryMessage =
            aside.isEmpty()
                ? Text::tr(
                      "The unpublished edits kept for product %1 could not be read (%2) and were "
                      "dropped.")
                      .arg(productId, why)
                : Text::tr(
                      "The unpublished edits kept for product %1 could not be read (%2); they were "
                      "saved to %3 and dropped.")
                      .arg(productId, why, QDir::toNativeSeparators(aside));
        d->fail(d->recoveryMessage);
        return std::nullopt;
    }
    return state;
}

QList<Journal::Entry> Journal::entries(const QString &store) {
    QList<Entry> out;
    if (!d->open)
        return out;
    QMap<std::pair<QString, QString>, Entry> byKey;
    const QString where = store.isEmpty() ? QString() : QStringLiteral(" WHERE store = ?");
    auto run = [&](const QString &sql, auto &&take) {
        QSqlQuery q(d->db());
        q.prepare(sql + where);
        if (!store.isEmpty())
            q.addBindValue(store);
        if (!d->exec(q, Text::tr("Listing the journal")))
            return;
        while (q.next()) {
            const auto key = std::pair{q.value(0).toString(), q.value(1).toString()};
            Entry &e = byKey[key];
            e.store = key.first;
            e.productId = key.second;
            take(q, e);
        }
    };
    run(QStringLiteral("SELECT store, product, title, pending, saved_at FROM staged"),
        [](QSqlQuery &q, Entry &e) {
            e.productTitle = q.value(2).toString();
            e.pendingCount = q.value(3).toInt();
            e.savedAt = parseTime(q.value(4).toString());
        });
    run(QStringLiteral("SELECT store, product, started_at FROM publishes"),
        [](QSqlQuery &q, Entry &e) {
            e.publishInterrupted = true;
            const QDateTime t = parseTime(q.value(2).toString());
            if (!e.savedAt.isValid() || t > e.savedAt)
                e.savedAt = t;
        });
    run(QStringLiteral("SELECT store, product FROM uncertain"),
        [](QSqlQuery &, Entry &e) { ++e.uncertainRequests; });
    out = byKey.values();
    for (Entry &e : out)
        countProgress(e);
    std::sort(out.begin(), out.end(),
              [](const Entry &a, const Entry &b) { return a.savedAt > b.savedAt; });
    return out;
}

void Journal::countProgress(Entry &entry) {
    if (!entry.publishInterrupted && entry.uncertainRequests == 0)
        return;
    bool found = false;
    QString text;
    QString why;
    const std::optional<SessionState> state =
        d->readState(entry.store, entry.productId, &found, &text, &why);
    if (!state)
        return; // nothing staged, or unreadable: opening the product says so
    qint64 id = 0;
    const std::optional<PublishRecord> record =
        d->readPublish(entry.store, entry.productId, &id, &text);
    QList<qint64> unreadableIds;
    QStringList unreadableText;
    const QList<UncertainOp> uncertain =
        d->readUncertain(entry.store, entry.productId, &unreadableIds, &unreadableText);
    const PublishProgress progress = PublishProgress::of(*state, record, uncertain);
    entry.confirmedSent = progress.confirmedSent;
    entry.uncertainEdits = progress.uncertain;
    entry.pendingCount = progress.uncertain + progress.notSent;
}

std::optional<Journal::Entry> Journal::entry(const QString &store, const QString &productId) {
    for (const Entry &e : entries(store))
        if (e.productId == productId)
            return e;
    return std::nullopt;
}

bool Journal::dropState(const QString &store, const QString &productId) {
    if (!d->open)
        return d->fail(Text::tr("The journal is not open."));
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("DELETE FROM staged WHERE store = ? AND product = ?"));
    q.addBindValue(store);
    q.addBindValue(productId);
    return d->exec(q, Text::tr("Dropping the staged edits"));
}

bool Journal::discard(const QString &store, const QString &productId) {
    if (!d->open)
        return d->fail(Text::tr("The journal is not open."));
    Transaction t(*this);
    const QStringList statements = {
        QStringLiteral("DELETE FROM outcomes WHERE publish_id IN (SELECT id FROM publishes WHERE "
                       "store = ? AND product = ?)"),
        QStringLiteral("DELETE FROM publishes WHERE store = ? AND product = ?"),
        QStringLiteral("DELETE FROM uncertain WHERE store = ? AND product = ?"),
        QStringLiteral("DELETE FROM staged WHERE store = ? AND product = ?"),
    };
    for (const QString &sql : statements) {
        QSqlQuery q(d->db());
        q.prepare(sql);
        q.addBindValue(store);
        q.addBindValue(productId);
        if (!d->exec(q, Text::tr("Discarding the kept edits")))
            return false;
    }
    return t.commit();
}

bool Journal::renameStore(const QString &from, const QString &to) {
    if (!d->open)
        return d->fail(Text::tr("The journal is not open."));
    if (from == to)
        return true;
    const QStringList tables = {QStringLiteral("staged"), QStringLiteral("publishes"),
                                QStringLiteral("uncertain")};
    auto productsOf = [this, &tables](const QString &store, bool *ok) {
        QSet<QString> products;
        for (const QString &table : tables) {
            QSqlQuery q(d->db());
            q.prepare(QStringLiteral("SELECT DISTINCT product FROM %1 WHERE store = ?").arg(table));
            q.addBindValue(store);
            if (!d->exec(q, Text::tr("Reading the journal"))) {
                *ok = false;
                return products;
            }
            while (q.next())
                products.insert(q.value(0).toString());
        }
        return products;
    };
    Transaction t(*this);
    bool ok = true;
    const QSet<QString> moving = productsOf(from, &ok);
    const QSet<QString> there = productsOf(to, &ok);
    if (!ok)
        return false;
    QStringList keptAside;
    for (const QString &product : moving) {
        if (!there.contains(product))
            continue;
        // An older entry of the same product under the new name (a store that had this name
        // before): the renamed store's entry is the one in use. The older state is kept for a
        // human, never silently lost.
        QSqlQuery q(d->db());
        q.prepare(QStringLiteral("SELECT state FROM staged WHERE store = ? AND product = ?"));
        q.addBindValue(to);
        q.addBindValue(product);
        if (!d->exec(q, Text::tr("Reading the staged edits")))
            return false;
        if (q.next()) {
            const QString aside = d->keepUnreadable(q.value(0).toString());
            if (aside.isEmpty())
                return d->fail(Text::tr("The edits kept for product %1 under “%2” could not be set "
                                        "aside.")
                                   .arg(product, to));
            keptAside << QDir::toNativeSeparators(aside);
        }
        q.finish();
        if (!discard(to, product))
            return false;
    }
    // What the renamed store learned wins over an older entry under to (OR REPLACE there).
    for (const QString &table : tables + QStringList{QStringLiteral("orderings")}) {
        QSqlQuery q(d->db());
        const bool learned = table == QLatin1String("orderings");
        q.prepare(QStringLiteral("UPDATE %1%2 SET store = ? WHERE store = ?")
                      .arg(learned ? QStringLiteral("OR REPLACE ") : QString(), table));
        q.addBindValue(to);
        q.addBindValue(from);
        if (!d->exec(q, Text::tr("Moving the kept edits to the new store name")))
            return false;
    }
    if (!t.commit())
        return false;
    if (!keptAside.isEmpty()) {
        d->recoveryMessage =
            Text::tr(
                "Older unpublished edits kept under “%1” were replaced by those of the renamed "
                "store; they were saved to %2.")
                .arg(to, keptAside.join(QStringLiteral(", ")));
        qCWarning(lcWorkflow).noquote() << d->recoveryMessage;
    }
    return true;
}

// --- Publishes -----------------------------------------------------------------------------------

qint64 Journal::beginPublish(const QString &store, const PublishPlan &plan,
                             const QStringList &baselineIds) {
    if (!d->open) {
        d->fail(Text::tr("The journal is not open."));
        return 0;
    }
    Transaction t(*this);
    for (const QString &sql :
         {QStringLiteral("DELETE FROM outcomes WHERE publish_id IN (SELECT id FROM publishes "
                         "WHERE store = ? AND product = ?)"),
          QStringLiteral("DELETE FROM publishes WHERE store = ? AND product = ?")}) {
        QSqlQuery q(d->db());
        q.prepare(sql);
        q.addBindValue(store);
        q.addBindValue(plan.productId);
        if (!d->exec(q, Text::tr("Recording the publish")))
            return 0;
    }
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("INSERT INTO publishes (store, product, plan, baseline_ids, "
                             "started_at) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(store);
    q.addBindValue(plan.productId);
    q.addBindValue(compact(workflowjson::toJson(plan)));
    QJsonObject ids;
    ids.insert(QLatin1String("ids"), workflowjson::toJson(baselineIds));
    ids.insert(kMarksSendingKey, true);
    q.addBindValue(compact(ids));
    q.addBindValue(nowText());
    if (!d->exec(q, Text::tr("Recording the publish")))
        return 0;
    const qint64 id = q.lastInsertId().toLongLong();
    return t.commit() ? id : 0;
}

bool Journal::recordOutcome(qint64 publishId, int index, const EditSession::OpResult &result) {
    if (!d->open)
        return d->fail(Text::tr("The journal is not open."));
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO outcomes (publish_id, op_index, result, "
                             "recorded_at) VALUES (?, ?, ?, ?)"));
    q.addBindValue(publishId);
    q.addBindValue(index);
    q.addBindValue(compact(workflowjson::toJson(result)));
    q.addBindValue(nowText());
    return d->exec(q, Text::tr("Recording a request's outcome"));
}

bool Journal::markSending(qint64 publishId, const QList<int> &indexes) {
    if (!d->open)
        return d->fail(Text::tr("The journal is not open."));
    Transaction t(*this);
    const QString mark = compact(QJsonObject{{kSendingKey, true}});
    for (const int index : indexes) {
        QSqlQuery q(d->db());
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO outcomes (publish_id, op_index, result, "
                                 "recorded_at) VALUES (?, ?, ?, ?)"));
        q.addBindValue(publishId);
        q.addBindValue(index);
        q.addBindValue(mark);
        q.addBindValue(nowText());
        if (!d->exec(q, Text::tr("Recording a request about to be sent")))
            return false;
    }
    return t.commit();
}

QList<int> Journal::PublishRecord::inDoubt() const {
    if (marksSending)
        return sending;
    int last = -1;
    for (const OpOutcome &o : outcomes)
        last = std::max(last, o.index);
    // One op at a time, each outcome recorded before the next op was sent.
    if (last + 1 < plan.ops.size())
        return {last + 1};
    return {};
}

bool Journal::finishPublish(qint64 publishId) {
    if (!d->open)
        return d->fail(Text::tr("The journal is not open."));
    Transaction t(*this);
    for (const QString &sql : {QStringLiteral("DELETE FROM outcomes WHERE publish_id = ?"),
                               QStringLiteral("DELETE FROM publishes WHERE id = ?")}) {
        QSqlQuery q(d->db());
        q.prepare(sql);
        q.addBindValue(publishId);
        if (!d->exec(q, Text::tr("Closing the publish record")))
            return false;
    }
    return t.commit();
}

std::optional<Journal::PublishRecord> Journal::Private::readPublish(const QString &store,
                                                                    const QString &productId,
                                                                    qint64 *id, QString *text) {
    *id = 0;
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT id, plan, baseline_ids, started_at FROM publishes WHERE "
                             "store = ? AND product = ?"));
    q.addBindValue(store);
    q.addBindValue(productId);
    if (!exec(q, Text::tr("Reading the publish record")) || !q.next())
        return std::nullopt;
    PublishRecord r;
    r.id = q.value(0).toLongLong();
    *id = r.id;
    r.store = store;
    r.startedAt = parseTime(q.value(3).toString());
    const QString planText = q.value(1).toString();
    const QString idsText = q.value(2).toString();
    const std::optional<QJsonObject> plan = parseObject(planText);
    const std::optional<QJsonObject> ids = parseObject(idsText);
    q.finish();
    bool ok = plan && ids && workflowjson::fromJson(*plan, &r.plan) &&
              workflowjson::fromJson(ids->value(QLatin1String("ids")), &r.baselineIds) &&
              r.plan.productId == productId;
    r.marksSending = ok && ids->value(kMarksSendingKey).toBool();
    QStringList results;
    QSqlQuery o(db());
    o.prepare(QStringLiteral("SELECT op_index, result FROM outcomes WHERE publish_id = ? ORDER "
                             "BY op_index"));
    o.addBindValue(r.id);
    if (exec(o, Text::tr("Reading the publish record"))) {
        while (o.next()) {
            OpOutcome outcome;
            outcome.index = o.value(0).toInt();
            results << o.value(1).toString();
            const std::optional<QJsonObject> result = parseObject(results.last());
            const bool readable = result && outcome.index >= 0 && outcome.index < r.plan.ops.size();
            if (readable && result->value(kSendingKey).toBool())
                r.sending.append(outcome.index);
            else if (readable && workflowjson::fromJson(*result, &outcome.result))
                r.outcomes.append(outcome);
            else
                ok = false;
        }
    }
    *text = QStringLiteral("{\"plan\": %1, \"baseline\": %2, \"outcomes\": [%3]}")
                .arg(planText, idsText, results.join(QLatin1String(", ")));
    if (!ok)
        return std::nullopt;
    return r;
}

std::optional<Journal::PublishRecord> Journal::unfinishedPublish(const QString &store,
                                                                 const QString &productId) {
    if (!d->open)
        return std::nullopt;
    qint64 id = 0;
    QString text;
    std::optional<PublishRecord> r = d->readPublish(store, productId, &id, &text);
    if (!r && id != 0) {
        // Kept for a human and dropped, so it cannot block every later publish. The next publish
        // starts from a fresh read of the store; what it cannot know is whether a create of the
        // lost record went through, hence the warning to look.
        const QString aside = d->keepUnreadable(text);
        Transaction t(*this);
        for (const QString &sql : {QStringLiteral("DELETE FROM outcomes WHERE publish_id = ?"),
                                   QStringLiteral("DELETE FROM publishes WHERE id = ?")}) {
            QSqlQuery del(d->db());
            del.prepare(sql);
            del.addBindValue(id);
            d->exec(del, Text::tr("Dropping an unreadable publish record"));
        }
        t.commit();
        d->recoveryMessage =
            Text::tr(
                "The record of an interrupted publish of product %1 could not be read%2; it was "
                "dropped. Images added by that publish may exist twice on the store: check the "
                "gallery before publishing again.")
                .arg(productId,
                     aside.isEmpty()
                         ? QString()
                         : Text::tr(" (saved to %1)").arg(QDir::toNativeSeparators(aside)));
        d->fail(d->recoveryMessage);
        return std::nullopt;
    }
    return r;
}

// --- Uncertain requests ------------------------------------------------------------------------

bool Journal::addUncertain(const QString &store, const QString &productId, const UncertainOp &op) {
    if (!d->open)
        return d->fail(Text::tr("The journal is not open."));
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("INSERT INTO uncertain (store, product, op) VALUES (?, ?, ?)"));
    q.addBindValue(store);
    q.addBindValue(productId);
    q.addBindValue(compact(uncertainToJson(op)));
    return d->exec(q, Text::tr("Recording a request whose outcome is unknown"));
}

QList<Journal::UncertainOp> Journal::Private::readUncertain(const QString &store,
                                                            const QString &productId,
                                                            QList<qint64> *unreadableIds,
                                                            QStringList *unreadableText) {
    QList<UncertainOp> out;
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT id, op FROM uncertain WHERE store = ? AND product = ? ORDER "
                             "BY id"));
    q.addBindValue(store);
    q.addBindValue(productId);
    if (!exec(q, Text::tr("Reading requests whose outcome is unknown")))
        return out;
    while (q.next()) {
        UncertainOp op;
        const std::optional<QJsonObject> o = parseObject(q.value(1).toString());
        if (o && uncertainFromJson(*o, &op)) {
            out.append(op);
        } else {
            *unreadableIds << q.value(0).toLongLong();
            *unreadableText << q.value(1).toString();
        }
    }
    return out;
}

QList<Journal::UncertainOp> Journal::uncertain(const QString &store, const QString &productId) {
    if (!d->open)
        return {};
    QList<qint64> unreadable;
    QStringList unreadableText;
    QList<UncertainOp> out = d->readUncertain(store, productId, &unreadable, &unreadableText);
    if (!unreadable.isEmpty()) {
        // Kept for a human and dropped, so it is not counted and skipped for ever.
        const QString aside = d->keepUnreadable(unreadableText.join(QLatin1Char('\n')));
        for (const qint64 id : std::as_const(unreadable)) {
            QSqlQuery del(d->db());
            del.prepare(QStringLiteral("DELETE FROM uncertain WHERE id = ?"));
            del.addBindValue(id);
            d->exec(del, Text::tr("Dropping an unreadable request record"));
        }
        const QString where = aside.isEmpty()
                                  ? QString()
                                  : Text::tr(" (saved to %1)").arg(QDir::toNativeSeparators(aside));
        d->recoveryMessage =
            (unreadable.size() == 1
                 ? Text::tr(
                       "A record of a request to product %1 whose outcome is unknown could not be "
                       "read and was dropped%2.")
                       .arg(productId, where)
                 : Text::tr(
                       "%1 records of requests to product %2 whose outcome is unknown could not "
                       "be read and were dropped%3.")
                       .arg(unreadable.size())
                       .arg(productId, where)) +
            QLatin1Char(' ') +
            Text::tr("Check the product's gallery on the store before publishing.");
        qCWarning(lcWorkflow).noquote() << "journal:" << d->recoveryMessage;
    }
    return out;
}

bool Journal::clearUncertain(const QString &store, const QString &productId) {
    if (!d->open)
        return d->fail(Text::tr("The journal is not open."));
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("DELETE FROM uncertain WHERE store = ? AND product = ?"));
    q.addBindValue(store);
    q.addBindValue(productId);
    return d->exec(q, Text::tr("Clearing requests whose outcome is unknown"));
}

std::optional<OrderingSemantics> Journal::learnedOrdering(const QString &store) {
    if (!d->open)
        return std::nullopt;
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("SELECT ordering FROM orderings WHERE store = ?"));
    q.addBindValue(store);
    OrderingSemantics ordering;
    if (!d->exec(q, Text::tr("Reading the journal")) || !q.next() ||
        !parseOrdering(q.value(0).toString(), &ordering))
        return std::nullopt;
    return ordering;
}

bool Journal::setLearnedOrdering(const QString &store, OrderingSemantics ordering) {
    if (!d->open)
        return d->fail(Text::tr("The journal is not open."));
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO orderings (store, ordering, learned_at) VALUES (?, ?, ?)"));
    q.addBindValue(store);
    q.addBindValue(orderingName(ordering));
    q.addBindValue(nowText());
    return d->exec(q, Text::tr("Keeping how the store orders images"));
}

} // namespace vitrine
