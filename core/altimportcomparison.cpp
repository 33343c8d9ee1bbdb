#include "core/altimportcomparison.h"

#include "core/validation.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace vitrine {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(AltImportComparison)
};

QString comparable(const QString &alt) {
    return normalizedAltText(alt).trimmed();
}

struct UnknownProduct {
    int firstLine = 0;
    int lines = 0;
};

} // namespace

AltImportComparison::Result AltImportComparison::compare(const QList<AltSheetRow> &rows,
                                                         const QList<AltTextProduct> &products,
                                                         Limits limits) {
    Result result;
    QHash<QString, const AltTextProduct *> productById;
    for (const AltTextProduct &product : products)
        productById.insert(product.id, &product);
    QHash<QString, QHash<QString, int>> rowOfImage; // product id -> image id -> row
    QHash<QString, UnknownProduct> unknownProducts;

    for (const AltSheetRow &row : rows) {
        const AltTextProduct *product = productById.value(row.productId);
        if (!product) {
            UnknownProduct &unknown = unknownProducts[row.productId];
            if (unknown.lines++ == 0)
                unknown.firstLine = row.line;
            continue;
        }
        QHash<QString, int> &imageRows = rowOfImage[row.productId];
        if (imageRows.isEmpty()) {
            for (int r = 0; r < int(product->images.size()); ++r)
                if (!product->images.at(r).isNew)
                    imageRows.insert(product->images.at(r).image.id, r);
        }
        const auto found = imageRows.constFind(row.imageId);
        if (found == imageRows.cend()) {
            result.problems << AltSheetProblem{
                row.line, Text::tr("Line %1: product %2 has no image %3 (deleted since the "
                                   "export?); the line is skipped.")
                              .arg(row.line)
                              .arg(row.productId, row.imageId)};
            continue;
        }
        const int count = int(product->images.size());
        const StagedImage &image = product->images.at(*found);
        AltImportCell base;
        base.line = row.line;
        base.productId = product->id;
        base.productTitle = product->title;
        base.imageId = image.image.id;
        base.place = *found + 1;
        base.src = image.image.src;
        base.hasExported = row.exported.has_value();

        QList<AltImportCell> changes;
        QList<AltImportCell> conflicts;
        int unchanged = 0;
        // One cell judged three ways; true when it is to be staged or settled.
        auto judge = [&](AltImportCell::Field field, const QString &exported, const QString &inFile,
                         const QString &onStore) {
            AltImportCell cell = base;
            cell.field = field;
            cell.exported = exported;
            cell.inFile = inFile;
            cell.onStore = onStore;
            if ((cell.hasExported && inFile == exported) || inFile == onStore) {
                ++unchanged;
                return false;
            }
            (cell.hasExported && onStore == exported ? changes : conflicts) << cell;
            return true;
        };

        QString problem;
        if (row.alt) {
            const QString inFile = comparable(*row.alt);
            const QString exported = row.exported ? comparable(row.exported->alt) : QString();
            if (judge(AltImportCell::Field::Alt, exported, inFile, comparable(image.image.alt))) {
                const int limit = image.isNew ? limits.onCreate : limits.onUpdate;
                if (const ValidationResult valid = validateAltText(inFile, limit); !valid)
                    problem = valid.message;
            }
        }
        if (row.place && problem.isEmpty()) {
            if (*row.place > count) {
                problem = Text::tr("Place %1 is past the end of the gallery, which has %n "
                                   "image(s).",
                                   nullptr, count)
                              .arg(*row.place);
            } else {
                judge(AltImportCell::Field::Place,
                      row.exported ? QString::number(row.exported->place) : QString(),
                      QString::number(*row.place), QString::number(base.place));
            }
        }
        if (!problem.isEmpty()) {
            result.problems << AltSheetProblem{
                row.line, Text::tr("Line %1: %2 The line is skipped.").arg(row.line).arg(problem)};
            continue;
        }
        ++result.rows;
        result.changes += changes;
        result.conflicts += conflicts;
        result.unchangedCells += unchanged;
    }

    QList<QPair<QString, UnknownProduct>> unknown;
    for (auto it = unknownProducts.cbegin(); it != unknownProducts.cend(); ++it)
        unknown << qMakePair(it.key(), it.value());
    std::sort(unknown.begin(), unknown.end(),
              [](const auto &a, const auto &b) { return a.second.firstLine < b.second.firstLine; });
    for (const auto &[id, where] : std::as_const(unknown))
        result.problems << AltSheetProblem{
            where.firstLine,
            Text::tr("Line %1: product %2 is not among the galleries this import compares with; "
                     "its %n line(s) are skipped.",
                     nullptr, where.lines)
                .arg(where.firstLine)
                .arg(id)};
    std::stable_sort(
        result.problems.begin(), result.problems.end(),
        [](const AltSheetProblem &a, const AltSheetProblem &b) { return a.line < b.line; });
    return result;
}

bool AltImportComparison::isUntouched(const AltSheetRow &row) {
    if (!row.exported)
        return false;
    if (row.alt && comparable(*row.alt) != comparable(row.exported->alt))
        return false;
    return !row.place || *row.place == row.exported->place;
}

QStringList AltImportComparison::touchedProducts(const QList<AltSheetRow> &rows) {
    QStringList ids;
    QSet<QString> seen;
    for (const AltSheetRow &row : rows)
        if (!isUntouched(row) && !seen.contains(row.productId)) {
            seen.insert(row.productId);
            ids << row.productId;
        }
    return ids;
}

void AltImportComparison::countUntouched(const QList<AltSheetRow> &rows, Result *result) {
    for (const AltSheetRow &row : rows) {
        ++result->rows;
        result->unchangedCells += (row.alt ? 1 : 0) + (row.place ? 1 : 0);
    }
}

AltImportComparison::ProductEdits
AltImportComparison::editsFor(const AltTextProduct &product, const QList<AltImportCell> &chosen) {
    ProductEdits edits;
    edits.productId = product.id;
    struct Move {
        QString imageId;
        int place;
        int line;
    };
    QList<Move> moves;
    for (const AltImportCell &cell : chosen) {
        if (cell.productId != product.id)
            continue;
        if (cell.field == AltImportCell::Field::Alt)
            edits.alts.insert(cell.imageId, cell.inFile);
        else
            moves << Move{cell.imageId, cell.inFile.toInt(), cell.line};
    }
    if (moves.isEmpty())
        return edits;
    std::stable_sort(moves.begin(), moves.end(), [](const Move &a, const Move &b) {
        return a.place != b.place ? a.place < b.place : a.line < b.line;
    });
    QStringList before;
    QHash<QString, QString> keyOfId;
    for (const StagedImage &image : product.images) {
        before << image.key;
        if (!image.isNew)
            keyOfId.insert(image.image.id, image.key);
    }
    QStringList order = before;
    for (const Move &move : std::as_const(moves))
        order.removeOne(keyOfId.value(move.imageId));
    // Ascending, each after the one before: two images asking for one place keep the file's order.
    qsizetype next = 0;
    for (const Move &move : std::as_const(moves)) {
        const QString key = keyOfId.value(move.imageId);
        if (key.isEmpty())
            continue;
        const qsizetype at = std::min(std::max(qsizetype(move.place - 1), next), order.size());
        order.insert(at, key);
        edits.movedKeys << key;
        next = at + 1;
    }
    if (order != before)
        edits.order = order;
    else
        edits.movedKeys.clear();
    return edits;
}

QList<AltSheetProblem> AltImportComparison::skippedLines(const AltSheet::Read &read,
                                                         const Result &result) {
    QList<AltSheetProblem> lines = read.problems + result.problems;
    std::stable_sort(
        lines.begin(), lines.end(),
        [](const AltSheetProblem &a, const AltSheetProblem &b) { return a.line < b.line; });
    return lines;
}

QString AltImportComparison::summary(const Result &result) {
    const int alts = int(
        std::count_if(result.changes.cbegin(), result.changes.cend(),
                      [](const AltImportCell &c) { return c.field == AltImportCell::Field::Alt; }));
    const int places = int(result.changes.size()) - alts;
    QStringList parts;
    if (result.changes.isEmpty())
        parts << Text::tr("Nothing to stage");
    else if (places == 0)
        parts << Text::tr("To stage: %n alt text(s)", nullptr, alts);
    else if (alts == 0)
        parts << Text::tr("To stage: %n place(s)", nullptr, places);
    else
        parts << Text::tr("To stage: %1 and %2")
                     .arg(Text::tr("%n alt text(s)", nullptr, alts),
                          Text::tr("%n place(s)", nullptr, places));
    if (!result.conflicts.isEmpty())
        parts << Text::tr("%n conflict(s) with changes made on the store since the export", nullptr,
                          int(result.conflicts.size()));
    if (!result.problems.isEmpty())
        parts << Text::tr("%n line(s) skipped", nullptr, int(result.problems.size()));
    return parts.join(QStringLiteral("; ")) + QLatin1Char('.');
}

} // namespace vitrine
