#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonValue>
#include <QString>

#include <optional>

// Reading JSON that a store sent, without trusting it. Stores send ids as numbers (generic), as
// digit strings longer than any integer type (SHOPLINE) or as UUIDs (Shoplazza); positions as
// numbers or strings; alt text as a string or null. Everything here is total: wrong types give
// an empty optional, never a crash or a silently wrong value.
namespace vitrine::JsonReader {

// Parses a body. Integer literals too long to be exact in a double are turned into strings
// before parsing, so a numeric id of any length arrives digit for digit. A body that is not JSON
// (or too deeply nested) is Code::BadResponse with a sentence naming the problem.
Result<QJsonValue> parse(const QByteArray &body);

// An id: a string as it is, an integral number as its decimal digits. Fractions, booleans,
// objects, null and empty strings are not ids.
std::optional<QString> id(const QJsonValue &v);
// An integer that may come as a number or a digit string ("1"). Out-of-range or fractional
// values are not integers.
std::optional<int> integer(const QJsonValue &v);
// A string; null and a missing value read as empty. Other types are not strings.
std::optional<QString> text(const QJsonValue &v);
// An ISO 8601 timestamp; invalid QDateTime when missing or unreadable.
QDateTime timestamp(const QJsonValue &v);
// A short name for a JSON type, for error messages ("a number", "null", ...).
QString typeName(const QJsonValue &v);

} // namespace vitrine::JsonReader
