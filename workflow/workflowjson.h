#pragma once

#include "core/galleryjson.h"
#include "core/publishplan.h"
#include "models/editsession.h"

#include <QJsonArray>
#include <QJsonObject>

namespace vitrine::workflowjson {

// JSON forms of the publish values the journal keeps (the gallery values are core's
// galleryjson, brought in here so one overload set reads both). Readers are strict about types
// and return false on anything unexpected.
using galleryjson::fromJson;
using galleryjson::readInt;
using galleryjson::readOptionalInt;
using galleryjson::readString;
using galleryjson::toJson;

QJsonObject toJson(const WriteOp &op);
bool fromJson(const QJsonValue &value, WriteOp *out);

QJsonObject toJson(const PublishPlan &plan);
bool fromJson(const QJsonValue &value, PublishPlan *out);

QJsonObject toJson(const EditSession::OpResult &result);
bool fromJson(const QJsonValue &value, EditSession::OpResult *out);

QString kindName(WriteOp::Kind kind);
bool parseKind(const QString &name, WriteOp::Kind *out);

} // namespace vitrine::workflowjson
