#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

// Small helpers every dialect adapter shares, so that reading bodies and validating fields behaves
// the same everywhere and no adapter re-implements it.
namespace vitrine::simjson {

// The body as a JSON object, or nothing when it is not one.
std::optional<QJsonObject> parseObject(const QByteArray &body);

// An integer field. Absent and null read as not present; 1.5, "abc" or true read as invalid.
struct IntField {
    bool present = false;
    bool valid = true;
    qint64 value = 0;
};
IntField intField(const QJsonObject &object, const QString &key, bool acceptNumericString);

// An optional string field: absent or null read as not present, any other non-string as invalid.
struct StringField {
    bool present = false;
    bool valid = true;
    QString value;
};
StringField stringField(const QJsonObject &object, const QString &key);

// An absolute http(s) URL with a host; optionally also "//host/path".
bool isWebUrl(const QString &url, bool allowProtocolRelative = false);
// "http://host/x" -> "//host/x" (how Shoplazza returns src); other strings unchanged.
QString protocolRelative(const QString &url);
// ISO 8601 in the given UTC offset: "2024-04-08T07:13:28Z" or "2023-01-31T13:22:37+08:00".
QString timestamp(const QDateTime &time, int offsetSeconds);
bool isDigits(const QString &text);
// A JSON object written with its keys in the given order (QJsonObject sorts them), e.g. an error
// body in the order a seed documents it: {"status":…,"error":…,"message":…}.
QByteArray orderedObject(const QList<QPair<QString, QJsonValue>> &members);

} // namespace vitrine::simjson
