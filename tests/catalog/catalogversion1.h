#pragma once

// A local catalog file as Vitrine wrote it before products had a vendor and a type (schema
// version 1), to prove such a file keeps working when opened by this version and gains the fields
// on the next scan. The statements are version 1's, verbatim.
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

namespace vitrine::test {

struct Version1Product {
    QString store;
    QString id;
    QString title;
    QString imageId; // one image; empty: none
    QString alt;
};

// Writes a version 1 catalog at path with these products; an empty string on success, else why.
inline QString writeVersion1Catalog(const QString &path, const QList<Version1Product> &products,
                                    const QString &version = QStringLiteral("1")) {
    const QString connection = QStringLiteral("catalog-version-1");
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (!db.open())
            return db.lastError().text();
        QSqlQuery q(db);
        const QStringList statements{
            QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)"),
            QStringLiteral("CREATE TABLE scans (store TEXT PRIMARY KEY, generation INTEGER NOT "
                           "NULL, running INTEGER NOT NULL, cursor TEXT NOT NULL, listed INTEGER "
                           "NOT NULL, started_at TEXT NOT NULL, finished_at TEXT)"),
            QStringLiteral("CREATE TABLE products (store TEXT NOT NULL, id TEXT NOT NULL, title "
                           "TEXT NOT NULL, variants TEXT NOT NULL, updated_at TEXT NOT NULL, sort "
                           "INTEGER NOT NULL, scan INTEGER NOT NULL, gallery_read INTEGER NOT "
                           "NULL, gallery_stamp TEXT NOT NULL, PRIMARY KEY (store, id))"),
            QStringLiteral("CREATE TABLE images (store TEXT NOT NULL, product TEXT NOT NULL, "
                           "place INTEGER NOT NULL, id TEXT NOT NULL, src TEXT NOT NULL, alt TEXT "
                           "NOT NULL, position INTEGER NOT NULL, variant_ids TEXT NOT NULL, width "
                           "INTEGER NOT NULL, height INTEGER NOT NULL, updated_at TEXT NOT NULL, "
                           "PRIMARY KEY (store, product, place))"),
            QStringLiteral("CREATE TABLE picture_checks (url TEXT PRIMARY KEY, state TEXT NOT "
                           "NULL, width INTEGER NOT NULL, height INTEGER NOT NULL, error TEXT NOT "
                           "NULL, checked_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE picture_hashes (url TEXT PRIMARY KEY, hash TEXT NOT "
                           "NULL)"),
        };
        for (const QString &sql : statements) {
            if (error.isEmpty() && !q.exec(sql))
                error = q.lastError().text();
        }
        q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema', ?)"));
        q.addBindValue(version);
        if (error.isEmpty() && !q.exec())
            error = q.lastError().text();
        QStringList stores;
        int sort = 0;
        for (const Version1Product &p : products) {
            if (!stores.contains(p.store)) {
                stores << p.store;
                q.prepare(
                    QStringLiteral("INSERT INTO scans VALUES (?, 1, 0, '{}', 0, "
                                   "'2024-03-01T09:00:00.000Z', '2024-03-01T09:05:00.000Z')"));
                q.addBindValue(p.store);
                if (error.isEmpty() && !q.exec())
                    error = q.lastError().text();
            }
            q.prepare(QStringLiteral("INSERT INTO products VALUES (?, ?, ?, '[]', "
                                     "'2024-03-01T09:00:00.000Z', ?, 1, 1, "
                                     "'2024-03-01T09:00:00.000Z')"));
            q.addBindValue(p.store);
            q.addBindValue(p.id);
            q.addBindValue(p.title);
            q.addBindValue(sort++);
            if (error.isEmpty() && !q.exec())
                error = q.lastError().text();
            if (p.imageId.isEmpty())
                continue;
            q.prepare(QStringLiteral("INSERT INTO images VALUES (?, ?, 0, ?, "
                                     "'https://cdn.example.com/a.jpg', ?, 1, '[]', 600, 400, "
                                     "'2024-03-01T09:00:00.000Z')"));
            q.addBindValue(p.store);
            q.addBindValue(p.id);
            q.addBindValue(p.imageId);
            q.addBindValue(p.alt);
            if (error.isEmpty() && !q.exec())
                error = q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return error;
}

} // namespace vitrine::test
