#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace vitrine {

// Comma-separated values as spreadsheets read and write them (RFC 4180): cells holding a comma,
// a quote or a line break are quoted, quotes inside doubled, lines end in CRLF. Used by every
// spreadsheet export (the gallery review, the alt text round trip) and by the import.
class Csv {
public:
    // A cell a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage
    // return: CSV injection) gets a leading apostrophe. So that an import can take the apostrophe
    // off again without ever changing a text, a text that already starts with apostrophes
    // followed by such a character gets one more: restored(neutralized(t)) == t for every t.
    static QString neutralized(const QString &text);
    // The text a neutralized() cell stands for.
    static QString restored(const QString &cell);
    // RFC 4180 quoting where the cell needs it (nothing else changes).
    static QString quoted(const QString &cell);
    // One record: every cell neutralized and quoted, joined by commas, ended by CRLF.
    static QString line(const QStringList &cells);

    // The bytes a UTF-8 file starts with so that spreadsheet apps read it as UTF-8.
    static QByteArray utf8Bom();
    // The text of a file: UTF-8 (a leading BOM dropped). nullopt when the bytes are not UTF-8
    // (a spreadsheet app saved the file in a legacy encoding): guessing would garble text.
    static std::optional<QString> decodeUtf8(const QByteArray &bytes);

    struct Record {
        int line = 0; // 1-based line of the file where the record starts
        QStringList cells;
    };
    struct Table {
        QList<Record> records; // blank lines are skipped
        QChar delimiter = QLatin1Char(',');
        // Set when the text could not be read to the end (a quoted cell never closed): the
        // records before errorLine are kept, nothing from there on.
        QString error;
        int errorLine = 0;
    };
    // Reads records. The delimiter is the one of ',' ';' and tab that the first line holds most
    // of outside quotes (spreadsheet apps in many locales save with ';'), ',' when none. Cells
    // are taken as written: restored() is the caller's choice, per column.
    static Table parse(QStringView text);
};

} // namespace vitrine
