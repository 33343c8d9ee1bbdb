#include "demostore/simjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QUrl>

#include <cmath>

namespace vitrine::simjson {

std::optional<QJsonObject> parseObject(const QByteArray &body) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

IntField intField(const QJsonObject &object, const QString &key, bool acceptNumericString) {
    IntField f;
    const QJsonValue v = object.value(key);
    if (v.isUndefined() || v.isNull())
        return f;
    f.present = true;
    if (v.isDouble()) {
        const double d = v.toDouble();
        f.valid = std::floor(d) == d && std::abs(d) < 9.0e15;
        f.value = f.valid ? qint64(d) : 0;
    } else if (v.isString() && acceptNumericString) {
        bool ok = false;
        f.value = v.toString().trimmed().toLongLong(&ok);
        f.valid = ok;
    } else {
        f.valid = false;
    }
    return f;
}

StringField stringField(const QJsonObject &object, const QString &key) {
    StringField f;
    const QJsonValue v = object.value(key);
    if (v.isUndefined() || v.isNull())
        return f;
    f.present = true;
    f.valid = v.isString();
    f.value = v.toString();
    return f;
}

bool isWebUrl(const QString &url, bool allowProtocolRelative) {
    QString candidate = url.trimmed();
    if (candidate.isEmpty() || candidate != url)
        return false;
    if (allowProtocolRelative && candidate.startsWith(QLatin1String("//")))
        candidate.prepend(QLatin1String("https:"));
    const QUrl u(candidate, QUrl::StrictMode);
    return u.isValid() && !u.host().isEmpty() &&
           (u.scheme() == QLatin1String("http") || u.scheme() == QLatin1String("https"));
}

QString protocolRelative(const QString &url) {
    for (const QLatin1String scheme : {QLatin1String("http:"), QLatin1String("https:")}) {
        if (url.startsWith(scheme + QLatin1String("//")))
            return url.mid(scheme.size());
    }
    return url;
}

QString timestamp(const QDateTime &time, int offsetSeconds) {
    if (!time.isValid())
        return {};
    if (offsetSeconds == 0)
        return time.toUTC().toString(Qt::ISODate);
    return time.toOffsetFromUtc(offsetSeconds).toString(Qt::ISODate);
}

bool isDigits(const QString &text) {
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

QByteArray orderedObject(const QList<QPair<QString, QJsonValue>> &members) {
    // Each value is written by QJsonDocument inside a one-element array, brackets stripped.
    const auto text = [](const QJsonValue &v) {
        const QByteArray inArray = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
        return inArray.mid(1, inArray.size() - 2);
    };
    QByteArray out = "{";
    for (const auto &[key, value] : members) {
        if (out.size() > 1)
            out += ',';
        out += text(key) + ':' + text(value);
    }
    return out + '}';
}

} // namespace vitrine::simjson
