#include "workflow/workflowjson.h"

namespace vitrine::workflowjson {

QString kindName(WriteOp::Kind kind) {
    switch (kind) {
    case WriteOp::Kind::Create:
        return QStringLiteral("create");
    case WriteOp::Kind::Update:
        return QStringLiteral("update");
    case WriteOp::Kind::Delete:
        return QStringLiteral("delete");
    case WriteOp::Kind::DeleteAll:
        return QStringLiteral("delete-all");
    case WriteOp::Kind::UpdateAltTexts:
        return QStringLiteral("update-alt-texts");
    }
    return {};
}

bool parseKind(const QString &name, WriteOp::Kind *out) {
    for (const WriteOp::Kind k :
         {WriteOp::Kind::Create, WriteOp::Kind::Update, WriteOp::Kind::Delete,
          WriteOp::Kind::DeleteAll, WriteOp::Kind::UpdateAltTexts}) {
        if (kindName(k) == name) {
            *out = k;
            return true;
        }
    }
    return false;
}

QJsonObject toJson(const WriteOp &op) {
    QJsonObject o;
    o.insert(QLatin1String("kind"), kindName(op.kind));
    o.insert(QLatin1String("productId"), op.productId);
    o.insert(QLatin1String("imageId"), op.imageId);
    o.insert(QLatin1String("localKey"), op.localKey);
    QJsonObject patch;
    if (op.patch.src)
        patch.insert(QLatin1String("src"), *op.patch.src);
    if (op.patch.alt)
        patch.insert(QLatin1String("alt"), *op.patch.alt);
    if (op.patch.position)
        patch.insert(QLatin1String("position"), *op.patch.position);
    if (op.patch.variantIds)
        patch.insert(QLatin1String("variantIds"), toJson(*op.patch.variantIds));
    o.insert(QLatin1String("patch"), patch);
    QJsonObject image;
    image.insert(QLatin1String("src"), op.image.src);
    image.insert(QLatin1String("alt"), op.image.alt);
    if (op.image.position)
        image.insert(QLatin1String("position"), *op.image.position);
    image.insert(QLatin1String("variantIds"), toJson(op.image.variantIds));
    image.insert(QLatin1String("width"), op.image.width);
    image.insert(QLatin1String("height"), op.image.height);
    o.insert(QLatin1String("image"), image);
    // Written only where they say something, so records of plans without them read as before.
    if (!op.altTexts.isEmpty()) {
        QJsonArray alts;
        for (const AltTextEdit &edit : op.altTexts)
            alts.append(QJsonObject{{QLatin1String("imageId"), edit.imageId},
                                    {QLatin1String("alt"), edit.alt}});
        o.insert(QLatin1String("altTexts"), alts);
    }
    if (op.requests != 1)
        o.insert(QLatin1String("requests"), op.requests);
    if (op.keepsPlace)
        o.insert(QLatin1String("keepsPlace"), true);
    return o;
}

bool fromJson(const QJsonValue &value, WriteOp *out) {
    if (!value.isObject())
        return false;
    const QJsonObject o = value.toObject();
    WriteOp op;
    QString kind;
    if (!readString(o, "kind", &kind) || !parseKind(kind, &op.kind) ||
        !readString(o, "productId", &op.productId) || !readString(o, "imageId", &op.imageId) ||
        !readString(o, "localKey", &op.localKey))
        return false;
    const QJsonValue patchValue = o.value(QLatin1String("patch"));
    const QJsonValue imageValue = o.value(QLatin1String("image"));
    if (!patchValue.isObject() || !imageValue.isObject())
        return false;
    const QJsonObject patch = patchValue.toObject();
    if (patch.contains(QLatin1String("src"))) {
        QString s;
        if (!readString(patch, "src", &s))
            return false;
        op.patch.src = s;
    }
    if (patch.contains(QLatin1String("alt"))) {
        QString s;
        if (!readString(patch, "alt", &s))
            return false;
        op.patch.alt = s;
    }
    if (!readOptionalInt(patch, "position", &op.patch.position))
        return false;
    if (patch.contains(QLatin1String("variantIds"))) {
        QStringList v;
        if (!fromJson(patch.value(QLatin1String("variantIds")), &v))
            return false;
        op.patch.variantIds = v;
    }
    const QJsonObject image = imageValue.toObject();
    if (!readString(image, "src", &op.image.src) || !readString(image, "alt", &op.image.alt) ||
        !readOptionalInt(image, "position", &op.image.position) ||
        !fromJson(image.value(QLatin1String("variantIds")), &op.image.variantIds) ||
        !readInt(image, "width", &op.image.width) || !readInt(image, "height", &op.image.height))
        return false;
    const QJsonValue alts = o.value(QLatin1String("altTexts"));
    if (!alts.isUndefined()) {
        if (!alts.isArray())
            return false;
        for (const QJsonValue v : alts.toArray()) {
            AltTextEdit edit;
            if (!v.isObject() || !readString(v.toObject(), "imageId", &edit.imageId) ||
                edit.imageId.isEmpty() || !readString(v.toObject(), "alt", &edit.alt))
                return false;
            op.altTexts.append(edit);
        }
    }
    if (!readInt(o, "requests", &op.requests, false) || op.requests < 0)
        return false;
    const QJsonValue keepsPlace = o.value(QLatin1String("keepsPlace"));
    if (!keepsPlace.isUndefined() && !keepsPlace.isBool())
        return false;
    op.keepsPlace = keepsPlace.toBool();
    *out = op;
    return true;
}

QJsonObject toJson(const PublishPlan &plan) {
    QJsonObject o;
    o.insert(QLatin1String("productId"), plan.productId);
    QJsonArray ops;
    for (const WriteOp &op : plan.ops)
        ops.append(toJson(op));
    o.insert(QLatin1String("ops"), ops);
    return o;
}

bool fromJson(const QJsonValue &value, PublishPlan *out) {
    if (!value.isObject())
        return false;
    const QJsonObject o = value.toObject();
    PublishPlan plan;
    if (!readString(o, "productId", &plan.productId))
        return false;
    const QJsonValue ops = o.value(QLatin1String("ops"));
    if (!ops.isArray())
        return false;
    for (const QJsonValue v : ops.toArray()) {
        WriteOp op;
        if (!fromJson(v, &op))
            return false;
        plan.ops.append(op);
    }
    *out = plan;
    return true;
}

QJsonObject toJson(const EditSession::OpResult &result) {
    QJsonObject o;
    using State = EditSession::OpResult::State;
    o.insert(QLatin1String("state"), result.state == State::Succeeded ? QStringLiteral("succeeded")
                                     : result.state == State::Failed  ? QStringLiteral("failed")
                                                                      : QStringLiteral("not-sent"));
    if (!result.message.isEmpty())
        o.insert(QLatin1String("message"), result.message);
    if (!result.image.id.isEmpty())
        o.insert(QLatin1String("image"), toJson(result.image));
    return o;
}

bool fromJson(const QJsonValue &value, EditSession::OpResult *out) {
    if (!value.isObject())
        return false;
    const QJsonObject o = value.toObject();
    using State = EditSession::OpResult::State;
    EditSession::OpResult result;
    QString state;
    if (!readString(o, "state", &state) || !readString(o, "message", &result.message, false))
        return false;
    if (state == QLatin1String("succeeded"))
        result.state = State::Succeeded;
    else if (state == QLatin1String("failed"))
        result.state = State::Failed;
    else if (state == QLatin1String("not-sent"))
        result.state = State::NotSent;
    else
        return false;
    if (o.contains(QLatin1String("image")) &&
        !fromJson(o.value(QLatin1String("image")), &result.image))
        return false;
    *out = result;
    return true;
}

} // namespace vitrine::workflowjson
