#pragma once

#include "core/altsheet.h"
#include "core/alttextproduct.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace vitrine {

// One cell of an imported sheet that differs from the store, with the three values it is judged
// by: what it said when exported, what the file says, what the store (the staged gallery) says
// now. Places are 1-based numbers written as text.
struct AltImportCell {
    enum class Field { Alt, Place };
    Field field = Field::Alt;
    int line = 0;
    QString productId;
    QString productTitle;
    QString imageId; // also the image's key in its staged gallery
    int place = 0;   // where the image is now
    QString src;
    bool hasExported = false; // false: the row's "exported" cell was missing or damaged
    QString exported;
    QString inFile;
    QString onStore;

    friend bool operator==(const AltImportCell &, const AltImportCell &) = default;
};

// What importing a sheet into the staged galleries would do (docs/alttext.md): the cells to
// stage, the conflicts, and the rows skipped. For each alt and place cell:
//  - the file says what was exported: the user did not touch it, nothing is staged (whatever the
//    store did meanwhile);
//  - the store still says what was exported: the user's change is staged;
//  - the store already says what the file says: nothing to do;
//  - otherwise the store changed the cell since the export, differently: a conflict, never
//    overwritten without a choice. A row without its "exported" cell has no base: every cell
//    that differs from the store is a conflict.
// Rows naming an unknown product or image, a place past the gallery's end, or alt text the store
// would refuse (over its limit, line breaks) are skipped with a sentence naming the line.
class AltImportComparison {
public:
    using Limits = AltTextLimits;
    struct Result {
        QList<AltImportCell> changes;
        QList<AltImportCell> conflicts;
        QList<AltSheetProblem> problems;
        int unchangedCells = 0; // alt and place cells compared and found equal to the export
        int rows = 0;           // rows compared
    };

    // products: the staged galleries the rows may name (one product open, or the catalog).
    static Result compare(const QList<AltSheetRow> &rows, const QList<AltTextProduct> &products,
                          Limits limits);

    // A row whose every alt and place cell says what it said when exported: whatever the store
    // did meanwhile, it stages nothing and is no conflict, so its gallery need not be read (an
    // import of a whole catalog's sheet reads only the products whose rows were edited). A row
    // without its "exported" cell is never untouched.
    static bool isUntouched(const AltSheetRow &row);
    // The products with at least one row that is not untouched, in the file's order: the only
    // galleries an import needs to read from the store.
    static QStringList touchedProducts(const QList<AltSheetRow> &rows);
    // Counts rows (all untouched) as compared, their cells as unchanged, without their galleries.
    static void countUntouched(const QList<AltSheetRow> &rows, Result *result);

    // What staging the chosen cells (changes, and conflicts the user settled for the file) does
    // to one product: the new alt texts by image id, and the new order of image keys (empty when
    // no place changes). Moved images go to the places the file gives, in ascending order; the
    // others keep their relative order around them.
    struct ProductEdits {
        QString productId;
        QHash<QString, QString> alts; // image id -> alt text
        QStringList order;            // keys in the new display order; empty: order unchanged
        QStringList movedKeys;        // keys of the images the file moves (marked moved)
        bool isEmpty() const { return alts.isEmpty() && order.isEmpty(); }
    };
    static ProductEdits editsFor(const AltTextProduct &product, const QList<AltImportCell> &chosen);

    // Every line the preview reports as skipped, in the file's order: those the file could not
    // give (read) and those the comparison skipped (result).
    static QList<AltSheetProblem> skippedLines(const AltSheet::Read &read, const Result &result);

    // "3 alt texts and 1 place to stage; 2 conflicts; 1 line skipped."
    static QString summary(const Result &result);
};

} // namespace vitrine
