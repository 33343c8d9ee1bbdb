#pragma once

// The alt text spreadsheet as a test edits it, as a person would in a spreadsheet app: its
// records (cells as written) and the file made of them again.
#include "core/csv.h"

#include <QFile>
#include <QList>
#include <QStringList>

namespace vitrine::test {

inline QList<QStringList> sheetRecords(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QStringList> out;
    for (const Csv::Record &r : Csv::parse(QString::fromUtf8(file.readAll())).records)
        out << r.cells;
    return out;
}

inline bool writeSheet(const QString &path, const QList<QStringList> &records) {
    QString text;
    for (const QStringList &r : records)
        text += Csv::line(r);
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) > 0;
}

} // namespace vitrine::test
