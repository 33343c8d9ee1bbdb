#include "app/ctl/stagededits.h"

#include "app/ctl/ctlformat.h"
#include "models/gallerymodel.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace vitrine {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("vitrinectl", text);
}

QString quoted(const QString &text) {
    QString shown = CtlFormat::cell(text);
    if (shown.size() > 60)
        shown = shown.left(59) + QChar(0x2026);
    return QLatin1Char('"') + shown + QLatin1Char('"');
}

} // namespace

QList<StagedEdits::Edit> StagedEdits::of(const SessionState &state) {
    GalleryModel model;
    const StagedGallery &staged = state.staged;
    model.resetStaged(staged.baseline, staged.rows, staged.deletedIds, staged.deleteErrors);
    QList<Edit> edits;
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList fields = model.editedFields(row);
        if (fields.isEmpty())
            continue;
        if (fields == QStringList{QStringLiteral("new")})
            fields = {QStringLiteral("add")};
        const StagedImage &staged = model.rows().at(row);
        edits << Edit{staged.key, row + 1, fields, staged.image, staged.error};
    }
    for (const QString &id : model.deletedIds()) {
        const ProductImage *base = model.baselineImage(id);
        edits << Edit{id,
                      0,
                      {QStringLiteral("delete")},
                      base ? *base : ProductImage{},
                      model.deleteErrors().value(id)};
    }
    return edits;
}

QJsonArray StagedEdits::toJson(const QList<Edit> &edits) {
    QJsonArray out;
    for (const Edit &e : edits) {
        QJsonArray changes;
        for (const QString &c : e.changes)
            changes.append(c);
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
        for (const QString &c : e.changes) {
            if (c == QLatin1String("add"))
                parts << tr("add %1").arg(CtlFormat::cell(e.values.src)) +
                             (e.values.alt.isEmpty()
                                  ? QString()
                                  : QLatin1Char(' ') + tr("alt %1").arg(quoted(e.values.alt)));
            else if (c == QLatin1String("position"))
                parts << tr("moved");
            else if (c == QLatin1String("alt"))
                parts << tr("alt %1").arg(quoted(e.values.alt));
            else if (c == QLatin1String("src"))
                parts << tr("src %1").arg(CtlFormat::cell(e.values.src));
            else if (c == QLatin1String("variants"))
                parts << tr("variants %1").arg(e.values.variantIds.join(QLatin1Char(',')));
            else if (c == QLatin1String("delete"))
                parts << tr("delete");
        }
        QString line = e.place > 0
                           ? tr("image %1 at place %2: %3")
                                 .arg(e.image)
                                 .arg(e.place)
                                 .arg(parts.join(QStringLiteral(", ")))
                           : tr("image %1: %2").arg(e.image, parts.join(QStringLiteral(", ")));
        if (!e.error.isEmpty())
            line += QLatin1Char(' ') + tr("(failed: %1)").arg(e.error);
        lines << line;
    }
    return lines;
}

} // namespace vitrine
