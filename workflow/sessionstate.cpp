#include "workflow/sessionstate.h"

#include "models/editsession.h"
#include "workflow/workflowjson.h"

#include <QJsonArray>

namespace vitrine {

namespace {
// Version of the JSON form; a journal written by a newer Vitrine is not guessed at.
constexpr int kStateFormat = 1;
} // namespace

int SessionState::pendingCount() const {
    // The model is the one place that knows what counts as an edit (moves by longest run).
    GalleryModel model;
    model.resetStaged(baseline, rows, deletedIds, deleteErrors);
    return model.pendingCount();
}

SessionState SessionState::capture(const EditSession &session) {
    SessionState s;
    s.productId = session.productId();
    const GalleryModel *model = session.model();
    s.baseline = model->baseline();
    s.rows = model->rows();
    s.deletedIds = model->deletedIds();
    s.deleteErrors = model->deleteErrors();
    s.observedOrdering = session.observedOrdering();
    return s;
}

void SessionState::restoreInto(EditSession &session) const {
    session.restore(productId, baseline, rows, deletedIds, deleteErrors, observedOrdering);
}

QJsonObject SessionState::toJson() const {
    QJsonObject o;
    o.insert(QLatin1String("format"), kStateFormat);
    o.insert(QLatin1String("productId"), productId);
    o.insert(QLatin1String("baseline"), workflowjson::toJson(baseline));
    QJsonArray rowArray;
    for (const StagedImage &row : rows)
        rowArray.append(workflowjson::toJson(row));
    o.insert(QLatin1String("rows"), rowArray);
    o.insert(QLatin1String("deletedIds"), workflowjson::toJson(deletedIds));
    QJsonObject errors;
    for (auto it = deleteErrors.cbegin(); it != deleteErrors.cend(); ++it)
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
    if (!workflowjson::fromJson(o.value(QLatin1String("baseline")), &s.baseline))
        return fail(QStringLiteral("the kept gallery cannot be read"));
    const QJsonValue rows = o.value(QLatin1String("rows"));
    if (!rows.isArray())
        return fail(QStringLiteral("the kept images cannot be read"));
    QSet<QString> keys;
    for (const QJsonValue &v : rows.toArray()) {
        StagedImage row;
        if (!workflowjson::fromJson(v, &row) || keys.contains(row.key))
            return fail(QStringLiteral("a kept image cannot be read"));
        keys.insert(row.key);
        s.rows.append(row);
    }
    if (!workflowjson::fromJson(o.value(QLatin1String("deletedIds")), &s.deletedIds))
        return fail(QStringLiteral("the kept deletions cannot be read"));
    const QJsonValue errors = o.value(QLatin1String("deleteErrors"));
    if (!errors.isObject())
        return fail(QStringLiteral("the kept messages cannot be read"));
    const QJsonObject errorObject = errors.toObject();
    for (auto it = errorObject.begin(); it != errorObject.end(); ++it) {
        if (!it.value().isString())
            return fail(QStringLiteral("the kept messages cannot be read"));
        s.deleteErrors.insert(it.key(), it.value().toString());
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
    for (const ProductImage &image : s.baseline)
        baselineIds.insert(image.id);
    for (const StagedImage &row : s.rows)
        if (!row.isNew && !baselineIds.contains(row.key))
            return fail(QStringLiteral("a kept image is not in the kept gallery"));
    return s;
}

} // namespace vitrine
