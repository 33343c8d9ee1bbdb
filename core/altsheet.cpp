#include "core/altsheet.h"

#include "core/csv.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QSet>

#include <array>

namespace vitrine {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(AltSheet)
};

enum Column { ProductId, ProductTitle, ImageId, Place, Src, Alt, Variant, Exported, ColumnCount };

const QString kTokenVersion = QStringLiteral("v1");

QString checksum(const QString &productId, const QString &imageId, int place, const QString &alt) {
    const QByteArray bytes = (productId + QLatin1Char('\n') + imageId + QLatin1Char('\n') +
                              QString::number(place) + QLatin1Char('\n') + alt)
                                 .toUtf8();
    return QString::fromLatin1(
        QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex().left(8));
}

QString variantCell(const AltTextProduct &product, const ProductImage &image) {
    // Names where every variant has one, else the ids (a name alone could not be told apart).
    const QStringList ids = product.variants.idsOf(image);
    const QStringList names = product.variants.namesOf(image);
    return (names.size() == ids.size() ? names : ids).join(QStringLiteral(", "));
}

} // namespace

QStringList AltSheet::columnNames() {
    return {QStringLiteral("product id"), QStringLiteral("product title"),
            QStringLiteral("image id"),   QStringLiteral("place"),
            QStringLiteral("src"),        QStringLiteral("alt"),
            QStringLiteral("variant"),    QStringLiteral("exported")};
}

QString AltSheet::exportedCell(const QString &productId, const QString &imageId, int place,
                               const QString &alt) {
    const QString encoded = QString::fromLatin1(
        alt.toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    return kTokenVersion + QLatin1Char('.') + QString::number(place) + QLatin1Char('.') + encoded +
           QLatin1Char('.') + checksum(productId, imageId, place, alt);
}

std::optional<AltSheetExported>
AltSheet::parseExportedCell(const QString &cell, const QString &productId, const QString &imageId) {
    const QStringList parts = cell.trimmed().split(QLatin1Char('.'));
    if (parts.size() != 4 || parts.at(0) != kTokenVersion)
        return std::nullopt;
    bool ok = false;
    const int place = parts.at(1).toInt(&ok);
    if (!ok || place < 1)
        return std::nullopt;
    const QByteArray::FromBase64Result decoded = QByteArray::fromBase64Encoding(
        parts.at(2).toLatin1(),
        QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QString alt = QString::fromUtf8(*decoded);
    if (parts.at(3) != checksum(productId, imageId, place, alt))
        return std::nullopt;
    return AltSheetExported{alt, place};
}

QByteArray AltSheet::write(const QList<AltTextProduct> &products, WriteOptions options) {
    QString out = Csv::line(columnNames());
    for (const AltTextProduct &product : products) {
        for (qsizetype row = 0; row < product.images.size(); ++row) {
            const StagedImage &image = product.images.at(row);
            if (image.isNew || image.image.id.isEmpty())
                continue;
            const int place = int(row) + 1;
            out += Csv::line({product.id, product.title, image.image.id, QString::number(place),
                              image.image.src, image.image.alt, variantCell(product, image.image),
                              exportedCell(product.id, image.image.id, place, image.image.alt)});
        }
    }
    QByteArray bytes = options.byteOrderMark ? Csv::utf8Bom() : QByteArray();
    bytes += out.toUtf8();
    return bytes;
}

AltSheet::Read AltSheet::read(const QByteArray &bytes) {
    Read read;
    const std::optional<QString> text = Csv::decodeUtf8(bytes);
    if (!text) {
        read.error = Text::tr("The file is not UTF-8 text. Save it from the spreadsheet app as "
                              "\"CSV UTF-8\" and import it again.");
        return read;
    }
    const Csv::Table table = Csv::parse(*text);
    if (table.records.isEmpty()) {
        read.error = Text::tr("The file is empty.");
        return read;
    }
    // Which cell of a record each column is in (-1: absent).
    std::array<int, ColumnCount> at{};
    at.fill(-1);
    const QStringList names = columnNames();
    const QStringList header = table.records.first().cells;
    for (int cell = 0; cell < int(header.size()); ++cell) {
        const qsizetype column = names.indexOf(header.at(cell).trimmed().toLower());
        if (column >= 0 && at[column] < 0)
            at[column] = cell;
    }
    if (at[ProductId] < 0 || at[ImageId] < 0 || (at[Alt] < 0 && at[Place] < 0)) {
        read.error = Text::tr("The file's first line does not name the columns of an alt text "
                              "export: it needs \"product id\", \"image id\" and \"alt\" or "
                              "\"place\" (found: %1).")
                         .arg(header.join(QStringLiteral(", ")));
        return read;
    }
    read.hasAlt = at[Alt] >= 0;
    read.hasPlace = at[Place] >= 0;
    read.hasExported = at[Exported] >= 0;

    QHash<QPair<QString, QString>, int> seen; // (product, image) -> line
    for (qsizetype r = 1; r < table.records.size(); ++r) {
        const Csv::Record &record = table.records.at(r);
        auto cell = [&record, &at](Column column) {
            const int i = at[column];
            return i >= 0 && i < record.cells.size() ? Csv::restored(record.cells.at(i))
                                                     : QString();
        };
        if (std::all_of(record.cells.cbegin(), record.cells.cend(),
                        [](const QString &c) { return c.trimmed().isEmpty(); }))
            continue; // a spreadsheet's empty row
        AltSheetRow row;
        row.line = record.line;
        row.productId = cell(ProductId).trimmed();
        row.imageId = cell(ImageId).trimmed();
        row.productTitle = cell(ProductTitle);
        row.src = cell(Src);
        row.variant = cell(Variant);
        if (row.productId.isEmpty() || row.imageId.isEmpty()) {
            read.problems << AltSheetProblem{
                row.line, row.productId.isEmpty()
                              ? Text::tr("Line %1 has no product id; it is skipped.").arg(row.line)
                              : Text::tr("Line %1 has no image id; it is skipped.").arg(row.line)};
            continue;
        }
        if (read.hasAlt)
            row.alt = cell(Alt);
        if (const QString place = cell(Place).trimmed(); !place.isEmpty()) {
            bool ok = false;
            const int n = place.toInt(&ok);
            if (!ok || n < 1) {
                read.problems << AltSheetProblem{
                    row.line, Text::tr("Line %1: the place \"%2\" is not a whole number from 1; "
                                       "the line is skipped.")
                                  .arg(row.line)
                                  .arg(place)};
                continue;
            }
            row.place = n;
        }
        const auto key = qMakePair(row.productId, row.imageId);
        if (const auto it = seen.constFind(key); it != seen.cend()) {
            read.problems << AltSheetProblem{
                row.line, Text::tr("Line %1 names image %2 of product %3 again (first on line "
                                   "%4); it is skipped.")
                              .arg(row.line)
                              .arg(row.imageId, row.productId)
                              .arg(*it)};
            continue;
        }
        seen.insert(key, row.line);
        if (read.hasExported)
            row.exported = parseExportedCell(cell(Exported), row.productId, row.imageId);
        read.rows << row;
    }
    if (!table.error.isEmpty())
        read.problems << AltSheetProblem{table.errorLine, table.error};
    return read;
}

AltSheet::Read AltSheet::readFile(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Read unread;
        unread.error = Text::tr("%1 could not be read: %2").arg(path, file.errorString());
        return unread;
    }
    return read(file.readAll());
}

} // namespace vitrine
