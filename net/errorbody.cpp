#include "net/errorbody.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vitrine {

namespace {

// Hostile stores may send megabytes of "message"; the user gets a readable sentence.
constexpr qsizetype kMaxMessageLength = 500;
constexpr int kMaxFieldErrors = 50;

QString clipped(QString s) {
    s = s.simplified();
    if (s.size() > kMaxMessageLength)
        s = s.left(kMaxMessageLength) + QStringLiteral("…");
    return s;
}

QString scalarText(const QJsonValue &v) {
    if (v.isString())
        return clipped(v.toString());
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

// Collects messages from one of errors / details, whatever its shape.
void collect(const QJsonValue &v, QStringList *messages, QStringList *fieldErrors) {
    auto addField = [fieldErrors](const QString &field, const QString &message) {
        if (message.isEmpty() || fieldErrors->size() >= kMaxFieldErrors)
            return;
        fieldErrors->append(field.isEmpty() ? message : field + QStringLiteral(": ") + message);
    };
    if (v.isString()) {
        const QString s = clipped(v.toString());
        if (!s.isEmpty())
            messages->append(s);
    } else if (v.isArray()) {
        for (const QJsonValue item : v.toArray()) {
            if (messages->size() + fieldErrors->size() >= kMaxFieldErrors)
                break;
            if (item.isObject()) {
                const QJsonObject o = item.toObject();
                QString message = scalarText(o.value(QLatin1String("message")));
                if (message.isEmpty())
                    message = scalarText(o.value(QLatin1String("defaultMessage")));
                QString field = scalarText(o.value(QLatin1String("field")));
                if (field.isEmpty())
                    field = scalarText(o.value(QLatin1String("param")));
                if (field.isEmpty() && !message.isEmpty())
                    messages->append(message);
                else
                    addField(field, message);
            } else {
                const QString s = scalarText(item);
                if (!s.isEmpty())
                    messages->append(s);
            }
        }
    } else if (v.isObject()) {
        // {"alt": ["is too long"], "src": "is invalid"}
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (fieldErrors->size() >= kMaxFieldErrors)
                break;
            if (it.value().isArray()) {
                QStringList parts;
                for (const QJsonValue m : it.value().toArray()) {
                    const QString s = scalarText(m);
                    if (!s.isEmpty())
                        parts.append(s);
                }
                addField(it.key(), clipped(parts.join(QStringLiteral(", "))));
            } else {
                addField(it.key(), scalarText(it.value()));
            }
        }
    }
}

} // namespace

ErrorBody ErrorBody::parse(const QByteArray &body) {
    ErrorBody out;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        // A short plain-text answer ("Bad Request") is still the store's words; an HTML page or
        // binary garbage is not worth showing.
        const QString text = QString::fromUtf8(body.left(kMaxMessageLength * 2)).trimmed();
        if (!text.isEmpty() && body.size() <= kMaxMessageLength &&
            !text.contains(QLatin1Char('<')) && !text.contains(QChar::ReplacementCharacter) &&
            !text.startsWith(QLatin1Char('{')) && !text.startsWith(QLatin1Char('[')))
            out.message = clipped(text);
        return out;
    }
    const QJsonObject o = doc.object();
    QStringList messages;
    collect(o.value(QLatin1String("errors")), &messages, &out.fieldErrors);
    collect(o.value(QLatin1String("details")), &messages, &out.fieldErrors);

    const QString message = scalarText(o.value(QLatin1String("message")));
    const QJsonValue errorValue = o.value(QLatin1String("error"));
    QString error = scalarText(errorValue);
    if (errorValue.isObject()) // {"error": {"message": "..."}}
        error = scalarText(errorValue.toObject().value(QLatin1String("message")));
    else if (errorValue.isArray())
        collect(errorValue, &messages, &out.fieldErrors);

    if (!message.isEmpty()) {
        out.message = message;
        // Keep the details that came along with the summary.
        for (const QString &m : std::as_const(messages)) {
            if (out.fieldErrors.size() < kMaxFieldErrors && m != message)
                out.fieldErrors.append(m);
        }
    } else if (!messages.isEmpty())
        out.message = clipped(messages.join(QStringLiteral("; ")));
    else
        out.message = error;
    return out;
}

} // namespace vitrine
