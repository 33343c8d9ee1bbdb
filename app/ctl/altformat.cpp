#include "app/ctl/altformat.h"

#include "app/ctl/ctlformat.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace vitrine {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(vitrinectl)
};

QString fieldName(AltImportCell::Field field) {
    return field == AltImportCell::Field::Alt ? QStringLiteral("alt") : QStringLiteral("place");
}

QJsonObject cellJson(const AltImportCell &cell) {
    return QJsonObject{
        {QStringLiteral("line"), cell.line},
        {QStringLiteral("productId"), cell.productId},
        {QStringLiteral("imageId"), cell.imageId},
        {QStringLiteral("place"), cell.place},
        {QStringLiteral("field"), fieldName(cell.field)},
        {QStringLiteral("exported"), cell.hasExported ? QJsonValue(cell.exported) : QJsonValue()},
        {QStringLiteral("file"), cell.inFile},
        {QStringLiteral("now"), cell.onStore},
    };
}

QString cellLine(const AltImportCell &cell, bool conflict) {
    const QString where = Text::tr("line %1, product %2, image %3 (place %4), %5")
                              .arg(cell.line)
                              .arg(cell.productId, cell.imageId)
                              .arg(cell.place)
                              .arg(cell.field == AltImportCell::Field::Alt ? Text::tr("alt text")
                                                                           : Text::tr("place"));
    if (!conflict)
        return Text::tr("%1: \"%2\" → \"%3\"")
            .arg(where, CtlFormat::cell(cell.onStore), CtlFormat::cell(cell.inFile));
    return Text::tr("%1: exported \"%2\", in the file \"%3\", now \"%4\"")
        .arg(where,
             cell.hasExported ? CtlFormat::cell(cell.exported) : Text::tr("(not in the file)"),
             CtlFormat::cell(cell.inFile), CtlFormat::cell(cell.onStore));
}

} // namespace

QStringList AltFormat::flagNames(AltTemplateChange::Flags flags) {
    using Flag = AltTemplateChange::Flag;
    QStringList names;
    if (flags.testFlag(Flag::OverLimit))
        names << QStringLiteral("over-limit");
    if (flags.testFlag(Flag::DuplicateInGallery))
        names << QStringLiteral("duplicate-in-gallery");
    if (flags.testFlag(Flag::PlaceholderLike))
        names << QStringLiteral("placeholder-like");
    return names;
}

QString AltFormat::templateText(const AltTemplatePreview &preview) {
    QString out;
    for (const AltTemplateChange &c : preview.changes()) {
        const QString length = c.limit > 0 ? QStringLiteral("%1/%2").arg(c.length).arg(c.limit)
                                           : QString::number(c.length);
        QString line = Text::tr("product %1, image %2 (place %3): \"%4\" → \"%5\" [%6]")
                           .arg(c.productId, c.imageId.isEmpty() ? c.key : c.imageId)
                           .arg(c.place)
                           .arg(CtlFormat::cell(c.before), CtlFormat::cell(c.after), length);
        if (const QStringList flags = flagNames(c.flags); !flags.isEmpty())
            line += QStringLiteral(" (%1)").arg(flags.join(QStringLiteral(", ")));
        if (!c.emptyPlaceholders.isEmpty())
            line += QLatin1Char(' ') + Text::tr("(empty here, left out: %1)")
                                           .arg(c.emptyPlaceholders.join(QStringLiteral(", ")));
        out += line + QLatin1Char('\n');
    }
    return out;
}

QJsonObject AltFormat::templateJson(const QString &templateText, AltWriteMode mode,
                                    const AltTemplatePreview &preview, int staged) {
    using Flag = AltTemplateChange::Flag;
    QJsonArray changes;
    for (const AltTemplateChange &c : preview.changes()) {
        changes.append(QJsonObject{
            {QStringLiteral("productId"), c.productId},
            {QStringLiteral("imageId"), c.imageId.isEmpty() ? QJsonValue() : QJsonValue(c.imageId)},
            {QStringLiteral("key"), c.key},
            {QStringLiteral("place"), c.place},
            {QStringLiteral("before"), c.before},
            {QStringLiteral("after"), c.after},
            {QStringLiteral("length"), c.length},
            {QStringLiteral("limit"), c.limit > 0 ? QJsonValue(c.limit) : QJsonValue()},
            {QStringLiteral("flags"), QJsonArray::fromStringList(flagNames(c.flags))},
            {QStringLiteral("duplicateOfPlace"),
             c.duplicateOfPlace > 0 ? QJsonValue(c.duplicateOfPlace) : QJsonValue()},
            {QStringLiteral("emptyPlaceholders"), QJsonArray::fromStringList(c.emptyPlaceholders)},
        });
    }
    const QJsonObject summary{
        {QStringLiteral("products"), preview.productCount()},
        {QStringLiteral("images"), preview.imageCount()},
        {QStringLiteral("changes"), int(preview.changes().size())},
        {QStringLiteral("stageable"), preview.stageableCount()},
        {QStringLiteral("overLimit"), preview.flagged(Flag::OverLimit)},
        {QStringLiteral("duplicateInGallery"), preview.flagged(Flag::DuplicateInGallery)},
        {QStringLiteral("placeholderLike"), preview.flagged(Flag::PlaceholderLike)},
        {QStringLiteral("keptByMode"), preview.keptByMode()},
        {QStringLiteral("unchanged"), preview.unchanged()},
        {QStringLiteral("emptyResults"), preview.emptyResults()},
        {QStringLiteral("withEmptyPlaceholders"), preview.withEmptyPlaceholders()},
    };
    return QJsonObject{{QStringLiteral("template"), templateText},
                       {QStringLiteral("mode"), altWriteModeName(mode)},
                       {QStringLiteral("summary"), summary},
                       {QStringLiteral("changes"), changes},
                       {QStringLiteral("staged"), staged >= 0 ? QJsonValue(staged) : QJsonValue()}};
}

QString AltFormat::importText(const AltImportComparison::Result &result) {
    QString out;
    for (const AltImportCell &cell : result.changes)
        out += cellLine(cell, false) + QLatin1Char('\n');
    if (!result.conflicts.isEmpty()) {
        out += Text::tr("Conflicts (changed on the store since the export; not staged):") +
               QLatin1Char('\n');
        for (const AltImportCell &cell : result.conflicts)
            out += QStringLiteral("  ") + cellLine(cell, true) + QLatin1Char('\n');
    }
    if (!result.problems.isEmpty()) {
        out += Text::tr("Lines skipped:") + QLatin1Char('\n');
        for (const AltSheetProblem &problem : result.problems)
            out += QStringLiteral("  ") + problem.message + QLatin1Char('\n');
    }
    return out;
}

QJsonObject AltFormat::importJson(const QString &file, const AltImportComparison::Result &result,
                                  int staged) {
    QJsonArray changes;
    for (const AltImportCell &cell : result.changes)
        changes.append(cellJson(cell));
    QJsonArray conflicts;
    for (const AltImportCell &cell : result.conflicts)
        conflicts.append(cellJson(cell));
    QJsonArray skipped;
    for (const AltSheetProblem &problem : result.problems)
        skipped.append(QJsonObject{{QStringLiteral("line"), problem.line},
                                   {QStringLiteral("message"), problem.message}});
    const QJsonObject summary{{QStringLiteral("rows"), result.rows},
                              {QStringLiteral("unchanged"), result.unchangedCells},
                              {QStringLiteral("changes"), int(result.changes.size())},
                              {QStringLiteral("conflicts"), int(result.conflicts.size())},
                              {QStringLiteral("skipped"), int(result.problems.size())}};
    return QJsonObject{{QStringLiteral("file"), file},
                       {QStringLiteral("summary"), summary},
                       {QStringLiteral("changes"), changes},
                       {QStringLiteral("conflicts"), conflicts},
                       {QStringLiteral("skipped"), skipped},
                       {QStringLiteral("staged"), staged >= 0 ? QJsonValue(staged) : QJsonValue()}};
}

} // namespace vitrine
