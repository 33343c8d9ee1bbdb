#pragma once

#include "core/alttextproduct.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace vitrine {

// What a row said when it was exported: the base of the import's three-way comparison.
struct AltSheetExported {
    QString alt;
    int place = 0;

    friend bool operator==(const AltSheetExported &, const AltSheetExported &) = default;
};

// One row of the alt text spreadsheet: one image.
struct AltSheetRow {
    int line = 0; // the file's line the row starts on (read rows)
    QString productId;
    QString productTitle;
    QString imageId;
    std::optional<int> place; // nullopt: the cell is blank or the column absent
    QString src;
    std::optional<QString> alt; // nullopt: the column is absent
    QString variant;
    // From the "exported" column when it is there and intact for this row; nullopt otherwise
    // (then every cell that differs from the store is a conflict: nothing is overwritten blind).
    std::optional<AltSheetExported> exported;

    friend bool operator==(const AltSheetRow &, const AltSheetRow &) = default;
};

struct AltSheetProblem {
    int line = 0; // 0: the whole file
    QString message;

    friend bool operator==(const AltSheetProblem &, const AltSheetProblem &) = default;
};

// The alt text spreadsheet (docs/alttext.md): one row per image — product id, product title,
// image id, place, src, alt, variant — and an "exported" column that keeps what the row said when
// it was written, so an import can tell the cells the user changed from the ones the store
// changed meanwhile. The column is one opaque cell per row ("v1.3.Rm9udA.5d41402a": the place,
// the alt text in base64url and a checksum binding both to the row's product and image), so it
// travels with its row when the sheet is sorted, filtered or mailed, a find-and-replace over the
// sheet does not reach the text inside it, and an edited or copied cell fails its checksum and
// counts as absent. RFC 4180, UTF-8 (optionally with a BOM for spreadsheet apps), formula cells
// neutralised (Csv). Reading takes ',' ';' or tab files, columns in any order, unknown columns
// ignored.
class AltSheet {
public:
    static QStringList columnNames();

    struct WriteOptions {
        bool byteOrderMark = false; // UTF-8 BOM first, for spreadsheet apps that need it
    };
    // Every image of the products that is on the store (images not created yet have no id to
    // come back to and are left out), in product then gallery order.
    static QByteArray write(const QList<AltTextProduct> &products, WriteOptions options);

    struct Read {
        QList<AltSheetRow> rows;
        QList<AltSheetProblem> problems; // rows that cannot be read: skipped
        QString error;                   // the file cannot be read at all (no rows then)
        bool hasAlt = false;             // the columns present
        bool hasPlace = false;
        bool hasExported = false;
    };
    static Read read(const QByteArray &bytes);
    // The same from a file; one that cannot be opened is an error naming it.
    static Read readFile(const QString &path);

    // The "exported" cell of a row, and reading it back for the same product and image.
    static QString exportedCell(const QString &productId, const QString &imageId, int place,
                                const QString &alt);
    static std::optional<AltSheetExported>
    parseExportedCell(const QString &cell, const QString &productId, const QString &imageId);
};

} // namespace vitrine
