#include "core/sessionstate.h"

#include "core/galleryjson.h"

#include <QJsonArray>
#include <QSet>

namespace vitrine {

namespace {
// Version of the JSON form; a journal written by a newer Vitrine is not guessed at.
constexpr int kStateFormat = 1;
} // namespace

QJsonObject SessionState::toJson() const {
    QJsonObject o;
    o.insert(QLatin1String("format"), kStateFormat);
    o.insert(QLatin1String("productId"), productId);
    o.insert(QLatin1String("baseline"), galleryjson::toJson(staged.baseline));
    QJsonArray rowArray;
    for (const StagedImage &row : staged.rows)
        rowArray.append(galleryjson::toJson(row));
    o.insert(QLatin1String("rows"), rowArray);
    o.insert(QLatin1String("deletedIds"), galleryjson::toJson(staged.deletedIds));
    QJsonObject errors;
    for (auto it = staged.deleteErrors.cbegin(); it != staged.deleteErrors.cend(); ++it)
        errors.insert(it.key(), it.value());
    o.insert(QLatin1String("deleteErrors"), errors);
    if (observedOrdering)
        o.insert(QLatin1String("observedOrdering"), orderingName(*observedOrdering));
    return o;
}

std::optional<SessionState> SessionState::fromJson(const QJsonObject &o, QString *error) {
    auto fail = [error](const QString &why) -> std::optional<SessionState> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (o.value(QLatin1String("format")).toInt(-1) != kStateFormat)
        return fail(QStringLiteral("unknown format of the kept edits"));
    SessionState s;
    const QJsonValue pid = o.value(QLatin1String("productId"));
    if (!pid.isString() || pid.toString().isEmpty())
        return fail(QStringLiteral("the kept edits name no product"));
    s.productId = pid.toString();
    if (!galleryjson::fromJson(o.value(QLatin1String("baseline")), &s.staged.baseline))
        return fail(QStringLiteral("the kept gallery cannot be read"));
    const QJsonValue rows = o.value(QLatin1String("rows"));
    if (!rows.isArray())
        return fail(QStringLiteral("the kept images cannot be read"));
    QSet<QString> keys;
    for (const QJsonValue v : rows.toArray()) {
        StagedImage row;
        if (!galleryjson::fromJson(v, &row) || keys.contains(row.key))
            return fail(QStringLiteral("a kept image cannot be read"));
        keys.insert(row.key);
        s.staged.rows.append(row);
    }
    if (!galleryjson::fromJson(o.value(QLatin1String("deletedIds")), &s.staged.deletedIds))
        return fail(QStringLiteral("the kept deletions cannot be read"));
    const QJsonValue errors = o.value(QLatin1String("deleteErrors"));
    if (!errors.isObject())
        return fail(QStringLiteral("the kept messages cannot be read"));
    const QJsonObject errorObject = errors.toObject();
    for (auto it = errorObject.begin(); it != errorObject.end(); ++it) {
        if (!it.value().isString())
            return fail(QStringLiteral("the kept messages cannot be read"));
        s.staged.deleteErrors.insert(it.key(), it.value().toString());
    }
    const QJsonValue ordering = o.value(QLatin1String("observedOrdering"));
    if (!ordering.isUndefined()) {
        OrderingSemantics sem;
        if (!ordering.isString() || !parseOrdering(ordering.toString(), &sem))
            return fail(QStringLiteral("the kept ordering cannot be read"));
        s.observedOrdering = sem;
    }
    // A staged row must be a baseline image or a new one; anything else cannot be published.
    QSet<QString> baselineIds;
    for (const ProductImage &image : s.staged.baseline)
        baselineIds.insert(image.id);
    for (const StagedImage &row : s.staged.rows)
        if (!row.isNew && !baselineIds.contains(row.key))
            return fail(QStringLiteral("a kept image is not in the kept gallery"));
    return s;
}

} // namespace vitrine
