#include "app/ctl/stagededits.h"

#include "app/ctl/ctlformat.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <algorithm>

namespace vitrine {

namespace {

// This file's texts, translated in the "vitrinectl" context (lupdate files Text::tr() under it).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(vitrinectl)
};

QString quoted(const QString &text) {
    QString shown = CtlFormat::cell(text);
    if (shown.size() > 60)
        shown = shown.left(59) + QChar(0x2026);
    return QLatin1Char('"') + shown + QLatin1Char('"');
}

} // namespace

QList<StagedEdits::Edit> StagedEdits::of(const SessionState &state) {
    const StagedGallery &staged = state.staged;
    const QList<ImageFields> changed = staged.editedFieldsOfRows();
    QList<Edit> edits;
    for (int row = 0; row < staged.rows.size(); ++row) {
        if (changed[row] == ImageFields())
            continue;
        const StagedImage &image = staged.rows[row];
        edits << Edit{.image = image.key,
                      .place = row + 1,
                      .kind = image.isNew ? Edit::Kind::Add : Edit::Kind::Change,
                      .changed = image.isNew ? ImageFields() : changed[row],
                      .values = image.image,
                      .error = image.error};
    }
    for (const QString &id : staged.deletedIds) {
        const auto base = std::find_if(staged.baseline.cbegin(), staged.baseline.cend(),
                                       [&id](const ProductImage &image) { return image.id == id; });
        edits << Edit{.image = id,
                      .place = 0,
                      .kind = Edit::Kind::Delete,
                      .changed = {},
                      .values = base != staged.baseline.cend() ? *base : ProductImage{},
                      .error = staged.deleteErrors.value(id)};
    }
    return edits;
}

QJsonArray StagedEdits::toJson(const QList<Edit> &edits) {
    QJsonArray out;
    for (const Edit &e : edits) {
        QJsonArray changes;
        switch (e.kind) {
        case Edit::Kind::Add:
            changes.append(QStringLiteral("add"));
            break;
        case Edit::Kind::Delete:
            changes.append(QStringLiteral("delete"));
            break;
        case Edit::Kind::Change:
            changes = QJsonArray::fromStringList(imageFieldNames(e.changed));
            break;
        }
        QJsonArray variants;
        for (const QString &v : e.values.variantIds)
            variants.append(v);
        out.append(QJsonObject{
            {QStringLiteral("image"), e.image},
            {QStringLiteral("place"),
             e.place > 0 ? QJsonValue(e.place) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("changes"), changes},
            {QStringLiteral("src"), e.values.src},
            {QStringLiteral("alt"), e.values.alt},
            {QStringLiteral("variant_ids"), variants},
            {QStringLiteral("error"),
             e.error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(e.error)},
        });
    }
    return out;
}

QStringList StagedEdits::toText(const QList<Edit> &edits) {
    QStringList lines;
    for (const Edit &e : edits) {
        QStringList parts;
        if (e.kind == Edit::Kind::Add)
            parts << Text::tr("add %1").arg(CtlFormat::cell(e.values.src)) +
                         (e.values.alt.isEmpty()
                              ? QString()
                              : QLatin1Char(' ') + Text::tr("alt %1").arg(quoted(e.values.alt)));
        if (e.kind == Edit::Kind::Delete)
            parts << Text::tr("delete");
        if (e.changed.testFlag(ImageField::Position))
            parts << Text::tr("moved");
        if (e.changed.testFlag(ImageField::Alt))
            parts << Text::tr("alt %1").arg(quoted(e.values.alt));
        if (e.changed.testFlag(ImageField::Source))
            parts << Text::tr("src %1").arg(CtlFormat::cell(e.values.src));
        if (e.changed.testFlag(ImageField::Variants))
            parts << Text::tr("variants %1").arg(e.values.variantIds.join(QLatin1Char(',')));
        QString line =
            e.place > 0 ? Text::tr("image %1 at place %2: %3")
                              .arg(e.image)
                              .arg(e.place)
                              .arg(parts.join(QStringLiteral(", ")))
                        : Text::tr("image %1: %2").arg(e.image, parts.join(QStringLiteral(", ")));
        if (!e.error.isEmpty())
            line += QLatin1Char(' ') + Text::tr("(failed: %1)").arg(e.error);
        lines << line;
    }
    return lines;
}

} // namespace vitrine
