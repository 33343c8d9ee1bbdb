#pragma once

#include "core/productimage.h"
#include "core/stagedgallery.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace vitrine::galleryjson {

// JSON forms of the gallery values the journal keeps. Readers are strict about types (a journal
// row that does not parse is reported, never half-read) and return false on anything unexpected.

QJsonObject toJson(const ProductImage &image);
bool fromJson(const QJsonValue &value, ProductImage *out);

QJsonArray toJson(const Gallery &gallery);
bool fromJson(const QJsonValue &value, Gallery *out);

QJsonObject toJson(const StagedImage &row);
bool fromJson(const QJsonValue &value, StagedImage *out);

QJsonArray toJson(const QStringList &list);
bool fromJson(const QJsonValue &value, QStringList *out);

// Members of an object: false when present with another type (or absent when required); absent
// or null reads as empty / unset.
bool readString(const QJsonObject &o, const char *key, QString *out, bool required = true);
bool readInt(const QJsonObject &o, const char *key, int *out, bool required = true);
bool readOptionalInt(const QJsonObject &o, const char *key, std::optional<int> *out);

} // namespace vitrine::galleryjson
