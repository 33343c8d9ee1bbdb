#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace vitrine {

// One SQLite file as Vitrine keeps them (the journal, the catalog): a connection of its own, a
// busy timeout for the other process (vitrinectl beside the app), a quick_check at open — so a
// truncated file or garbage is found then, not in the middle of a later write — WAL, the caller's
// tables and a schema version in a `meta` table, written at every open so a file that cannot be
// written is found at once. An older version the schema knows how to upgrade is upgraded in
// place (Schema::upgrades). A file that is not a readable database, or of a version it cannot
// upgrade (a newer one), is Damaged: its owner decides to move it aside (setAside) and open a new
// one.
class SqliteFile {
    Q_DECLARE_TR_FUNCTIONS(SqliteFile)

public:
    struct Schema {
        QString connectionPrefix; // "vitrine-journal": connections are named prefix-N
        QString synchronous;      // "FULL" or "NORMAL" (what a power cut may cost)
        QStringList tables;       // CREATE TABLE IF NOT EXISTS statements (the latest version)
        int version = 1;
        // How a file of an older version is brought to the next one (ALTER TABLE … ADD COLUMN):
        // the steps from its version up are run in one transaction when it is opened, so it
        // keeps its content. `tables` run before them (they only add tables that are missing),
        // so they must not name a column an upgrade adds (an index on it goes in the upgrade).
        struct Upgrade {
            int from = 0; // to from + 1
            QStringList statements;
        };
        QList<Upgrade> upgrades;
    };
    enum class Opened { Ok, Damaged, CannotOpen };

    SqliteFile(QString path, Schema schema);
    ~SqliteFile();
    SqliteFile(const SqliteFile &) = delete;
    SqliteFile &operator=(const SqliteFile &) = delete;

    QString path() const { return m_path; }
    // Opens the file once (see above); *why says what went wrong, in words where a user can act on
    // it (busy, read-only, disk full).
    Opened open(QString *why);
    void close();
    QSqlDatabase database() const;
    // Moves the file, with its -wal and -shm files (they belong to it: SQLite would apply them to
    // a new file), to "<path>.corrupt-<time>". Closes it first. The new name; empty when it could
    // not be moved.
    QString setAside();

private:
    QString m_path;
    Schema m_schema;
    QString m_connection;
};

} // namespace vitrine
