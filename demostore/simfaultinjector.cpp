#include "demostore/simfaultinjector.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vitrine {

namespace {

// Half of a JSON object is never valid JSON, but make sure for odd bodies (e.g. "{}" -> "{").
QByteArray cut(const QByteArray &body) {
    QByteArray broken = body.left(body.size() / 2);
    if (broken.isEmpty() || !QJsonDocument::fromJson(broken).isNull())
        broken = "{\"truncated\": ";
    return broken;
}

// A byte that never occurs in UTF-8 after every quote that opens a string value: the JSON
// shape stays, its text cannot be decoded.
QByteArray notUtf8(const QByteArray &body) {
    QByteArray broken;
    broken.reserve(body.size() * 2);
    bool inString = false;
    for (qsizetype i = 0; i < body.size(); ++i) {
        const char c = body[i];
        broken += c;
        if (c == '"' && (i == 0 || body[i - 1] != '\\')) {
            inString = !inString;
            if (inString)
                broken += char(0xff);
        }
    }
    if (broken == body)
        broken = "{\"\xff\": \"\xfe\"}";
    return broken;
}

QJsonValue mistyped(const QJsonValue &v) {
    switch (v.type()) {
    case QJsonValue::String:
        return 0;
    case QJsonValue::Double:
        return QStringLiteral("%1").arg(v.toDouble());
    case QJsonValue::Bool:
        return QStringLiteral("yes");
    case QJsonValue::Array: {
        QJsonArray out;
        for (const QJsonValue item : v.toArray())
            out.append(mistyped(item));
        return out;
    }
    case QJsonValue::Object: {
        QJsonObject out;
        const QJsonObject o = v.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            out.insert(it.key(), mistyped(it.value()));
        return out;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return v;
}

// Valid JSON of the same shape whose every value has the wrong type.
QByteArray mistyped(const QByteArray &body) {
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject())
        return QJsonDocument(mistyped(doc.object()).toObject()).toJson(QJsonDocument::Compact);
    if (doc.isArray())
        return QJsonDocument(mistyped(doc.array()).toArray()).toJson(QJsonDocument::Compact);
    return "{\"id\": [], \"alt\": 7}";
}

} // namespace

SimFault SimFault::storeDown() {
    SimFault f;
    f.path = QRegularExpression(QStringLiteral(".*"));
    f.status = 503;
    f.body = "{\"errors\":\"Service unavailable\"}";
    f.times = -1;
    return f;
}

void SimFaultInjector::add(const SimFault &fault) {
    if (fault.times != 0)
        m_faults.append(fault);
}

void SimFaultInjector::clear() {
    m_faults.clear();
}

std::optional<SimFault> SimFaultInjector::take(const QByteArray &method, const QString &path) {
    for (int i = 0; i < m_faults.size(); ++i) {
        SimFault &f = m_faults[i];
        if (!f.method.isEmpty() && f.method.compare(method, Qt::CaseInsensitive) != 0)
            continue;
        if (!f.path.match(path).hasMatch())
            continue;
        const SimFault hit = f;
        if (f.times > 0 && --f.times == 0)
            m_faults.removeAt(i);
        return hit;
    }
    return std::nullopt;
}

SimResponse SimFaultInjector::injectedResponse(const SimFault &fault) {
    return SimResponse::raw(fault.status, fault.body.isEmpty() ? QByteArray() : fault.contentType,
                            fault.body);
}

void SimFaultInjector::alter(const SimFault &fault, SimResponse &response) {
    for (const auto &h : fault.headers)
        response.setHeader(h.first, h.second);
    switch (fault.damage) {
    case SimFault::Damage::None:
        return;
    case SimFault::Damage::Cut:
        response.body = cut(response.body);
        break;
    case SimFault::Damage::NotUtf8:
        response.body = notUtf8(response.body);
        break;
    case SimFault::Damage::Mistyped:
        response.body = mistyped(response.body);
        break;
    }
    if (response.contentType.isEmpty())
        response.contentType = "application/json";
}

} // namespace vitrine
