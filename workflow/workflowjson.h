#pragma once

#include "core/productimage.h"
#include "core/publishplan.h"
#include "models/editsession.h"
#include "models/gallerymodel.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace vitrine::workflowjson {

// JSON forms of the values the journal keeps. Readers are strict about types (a journal row that
// does not parse is reported, never half-read) and return false/nullopt on anything unexpected.

QJsonObject toJson(const ProductImage &image);
bool fromJson(const QJsonValue &value, ProductImage *out);

QJsonArray toJson(const Gallery &gallery);
bool fromJson(const QJsonValue &value, Gallery *out);

QJsonObject toJson(const StagedImage &row);
bool fromJson(const QJsonValue &value, StagedImage *out);

QJsonObject toJson(const WriteOp &op);
bool fromJson(const QJsonValue &value, WriteOp *out);

QJsonObject toJson(const PublishPlan &plan);
bool fromJson(const QJsonValue &value, PublishPlan *out);

QJsonObject toJson(const EditSession::OpResult &result);
bool fromJson(const QJsonValue &value, EditSession::OpResult *out);

QJsonArray toJson(const QStringList &list);
bool fromJson(const QJsonValue &value, QStringList *out);

QString kindName(WriteOp::Kind kind);
bool parseKind(const QString &name, WriteOp::Kind *out);

} // namespace vitrine::workflowjson
