#include "workflow/sqlitefile.h"

#include "workflow/workflowlogging.h"

#include <QDateTime>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <atomic>

namespace vitrine {

namespace {

std::atomic<int> g_connectionCounter{0};

// SQLite's primary result codes that mean the file is not a readable database. Anything else
// (busy, locked, read-only, cannot open, disk full, I/O) says nothing about the file's content:
// a healthy file must never be moved aside because another process holds it or the disk is full.
bool meansDamaged(const QSqlError &error) {
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("11")     // SQLITE_CORRUPT
           || code == QLatin1String("26"); // SQLITE_NOTADB
}

// The reasons a user can act on, in words; SQLite's own text otherwise.
QString plainReason(const QSqlError &error) {
    const QString code = error.nativeErrorCode();
    if (code == QLatin1String("5") || code == QLatin1String("6")) // BUSY, LOCKED
        return SqliteFile::tr(
            "another Vitrine or vitrinectl kept it busy for more than 5 seconds; try "
            "again");
    if (code == QLatin1String("8")) // READONLY
        return SqliteFile::tr("it is read-only");
    if (code == QLatin1String("13")) // FULL
        return SqliteFile::tr("the disk is full");
    return error.text();
}

} // namespace

SqliteFile::SqliteFile(QString path, Schema schema)
    : m_path(std::move(path))
    , m_schema(std::move(schema)) {}

SqliteFile::~SqliteFile() {
    close();
}

QSqlDatabase SqliteFile::database() const {
    return QSqlDatabase::database(m_connection, false);
}

SqliteFile::Opened SqliteFile::open(QString *why) {
    close();
    m_connection = QStringLiteral("%1-%2")
                       .arg(m_schema.connectionPrefix)
                       .arg(g_connectionCounter.fetch_add(1));
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    database.setDatabaseName(m_path);
    database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!database.open()) {
        *why = plainReason(database.lastError());
        return Opened::CannotOpen;
    }
    QSqlQuery q(database);
    auto failed = [&q, why]() {
        *why = plainReason(q.lastError());
        return meansDamaged(q.lastError()) ? Opened::Damaged : Opened::CannotOpen;
    };
    // quick_check reads every page: fast on files this small.
    if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next())
        return failed();
    if (q.value(0).toString() != QLatin1String("ok")) {
        *why = q.value(0).toString();
        return Opened::Damaged;
    }
    // WAL: a writer appends to the -wal file and never rewrites the database in place, so a
    // crash mid-write leaves the last committed state (see docs/journal.md).
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next())
        return failed();
    if (q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        // A file system without shared memory: the rollback journal is just as safe, only
        // readers wait for writers.
        qCWarning(lcWorkflow) << m_path << ": WAL not available, using journal mode"
                              << q.value(0).toString();
    if (!q.exec(QStringLiteral("PRAGMA synchronous=%1").arg(m_schema.synchronous)))
        return failed();
    QStringList tables{
        QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")};
    tables += m_schema.tables;
    for (const QString &sql : std::as_const(tables)) {
        if (!q.exec(sql))
            return failed();
    }
    // The version is read, upgraded and written in one write transaction: two processes opening
    // an older file at once upgrade it once.
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return failed();
    const auto failedInTransaction = [&database, &failed]() {
        const Opened result = failed();
        QSqlQuery rollback(database);
        rollback.exec(QStringLiteral("ROLLBACK"));
        return result;
    };
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema'")))
        return failedInTransaction();
    if (q.next() && q.value(0).toString() != QString::number(m_schema.version)) {
        const QString stored = q.value(0).toString();
        q.finish();
        bool isNumber = false;
        int version = stored.toInt(&isNumber);
        while (isNumber && version < m_schema.version) {
            const auto step = std::find_if(
                m_schema.upgrades.cbegin(), m_schema.upgrades.cend(),
                [version](const Schema::Upgrade &upgrade) { return upgrade.from == version; });
            if (step == m_schema.upgrades.cend())
                break;
            for (const QString &sql : step->statements) {
                if (!q.exec(sql))
                    return failedInTransaction();
            }
            qCInfo(lcWorkflow) << m_path << ": upgraded from version" << version << "to"
                               << version + 1;
            ++version;
        }
        if (!isNumber || version != m_schema.version) {
            q.exec(QStringLiteral("ROLLBACK"));
            *why = tr("it was written in another format (version %1)").arg(stored);
            return Opened::Damaged;
        }
    }
    q.finish();
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema', ?)"));
    q.addBindValue(QString::number(m_schema.version));
    if (!q.exec())
        return failedInTransaction();
    if (!q.exec(QStringLiteral("COMMIT")))
        return failedInTransaction();
    return Opened::Ok;
}

void SqliteFile::close() {
    if (m_connection.isEmpty())
        return;
    {
        QSqlDatabase database = QSqlDatabase::database(m_connection, false);
        if (database.isOpen())
            database.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
}

QString SqliteFile::setAside() {
    close();
    const QString aside =
        QStringLiteral("%1.corrupt-%2")
            .arg(m_path,
                 QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")));
    bool ok = QFile::rename(m_path, aside);
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString side = m_path + QLatin1String(suffix);
        if (QFile::exists(side) && !QFile::rename(side, aside + QLatin1String(suffix)))
            ok = QFile::remove(side) && ok;
    }
    return ok ? aside : QString();
}

} // namespace vitrine
