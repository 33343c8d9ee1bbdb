#include "net/jsonreader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <limits>

namespace vitrine::JsonReader {

namespace {

// 15 significant digits always survive a round trip through a double.
constexpr int kMaxExactDigits = 15;

// Whether the bytes hold a run of more than kMaxExactDigits digits anywhere (in a string too).
// Most answers hold none, and this look is a few times cheaper than quoteLongIntegers' own.
bool hasLongDigitRun(const QByteArray &in) {
    int run = 0;
    for (const char c : in) {
        run = (c >= '0' && c <= '9') ? run + 1 : 0;
        if (run > kMaxExactDigits)
            return true;
    }
    return false;
}

// Quotes every integer literal (outside strings) longer than kMaxExactDigits, so that
// QJsonDocument keeps it as a string instead of rounding it to a double.
QByteArray quoteLongIntegers(const QByteArray &in) {
    if (!hasLongDigitRun(in))
        return in; // nothing to quote: the list of a store whose ids fit in a double
    QByteArray out;
    bool inString = false;
    bool changed = false;
    const qsizetype n = in.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = in.at(i);
        if (inString) {
            if (c == '\\' && i + 1 < n) {
                if (changed)
                    out.append(c).append(in.at(i + 1));
                ++i;
                continue;
            }
            if (c == '"')
                inString = false;
            if (changed)
                out.append(c);
            continue;
        }
        if (c == '"') {
            inString = true;
            if (changed)
                out.append(c);
            continue;
        }
        const bool startsNumber = (c == '-' || (c >= '0' && c <= '9'));
        const bool afterValueBoundary = i == 0 || in.at(i - 1) == ':' || in.at(i - 1) == ',' ||
                                        in.at(i - 1) == '[' || in.at(i - 1) == ' ' ||
                                        in.at(i - 1) == '\n' || in.at(i - 1) == '\t' ||
                                        in.at(i - 1) == '\r';
        if (startsNumber && afterValueBoundary) {
            qsizetype j = i + (c == '-' ? 1 : 0);
            while (j < n && in.at(j) >= '0' && in.at(j) <= '9')
                ++j;
            const qsizetype digits = j - i - (c == '-' ? 1 : 0);
            const bool integral = j >= n || (in.at(j) != '.' && in.at(j) != 'e' && in.at(j) != 'E');
            if (digits > kMaxExactDigits && integral) {
                if (!changed) {
                    out.reserve(n + 16);
                    out.append(in.constData(), i);
                    changed = true;
                }
                out.append('"').append(in.constData() + i, j - i).append('"');
                i = j - 1;
                continue;
            }
            if (changed)
                out.append(in.constData() + i, j - i);
            i = j - 1;
            continue;
        }
        if (changed)
            out.append(c);
    }
    return changed ? out : in;
}

} // namespace

Result<QJsonValue> parse(const QByteArray &body) {
    if (body.trimmed().isEmpty())
        return StoreError::make(
            StoreError::Code::BadResponse,
            QCoreApplication::translate("JsonReader", "the store sent an empty answer"));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(quoteLongIntegers(body), &error);
    if (error.error != QJsonParseError::NoError) {
        return StoreError::make(StoreError::Code::BadResponse,
                                QCoreApplication::translate(
                                    "JsonReader", "the answer is not valid JSON (%1 at byte %2)")
                                    .arg(error.errorString())
                                    .arg(error.offset));
    }
    if (doc.isArray())
        return QJsonValue(doc.array());
    if (doc.isObject())
        return QJsonValue(doc.object());
    return StoreError::make(
        StoreError::Code::BadResponse,
        QCoreApplication::translate("JsonReader",
                                    "the answer is JSON but neither an object nor a list"));
}

std::optional<QString> id(const QJsonValue &v) {
    if (v.isString()) {
        const QString s = v.toString();
        if (s.isEmpty())
            return std::nullopt;
        return s;
    }
    if (v.isDouble()) {
        // Small integers are stored exactly (qint64); long ones were quoted by parse().
        const double d = v.toDouble();
        if (!std::isfinite(d) || std::trunc(d) != d)
            return std::nullopt;
        if (std::fabs(d) >= 9007199254740992.0) // 2^53: a double that may have been rounded
            return std::nullopt;
        return QString::number(v.toInteger());
    }
    return std::nullopt;
}

std::optional<int> integer(const QJsonValue &v) {
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (!std::isfinite(d) || std::trunc(d) != d || d > std::numeric_limits<int>::max() ||
            d < std::numeric_limits<int>::min())
            return std::nullopt;
        return static_cast<int>(d);
    }
    if (v.isString()) {
        bool ok = false;
        const int i = v.toString().trimmed().toInt(&ok);
        if (ok)
            return i;
    }
    return std::nullopt;
}

std::optional<QString> text(const QJsonValue &v) {
    if (v.isString())
        return v.toString();
    if (v.isNull() || v.isUndefined())
        return QString();
    return std::nullopt;
}

QDateTime timestamp(const QJsonValue &v) {
    if (!v.isString())
        return {};
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

QString typeName(const QJsonValue &v) {
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("a list");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        return QStringLiteral("missing");
    }
    return QStringLiteral("unknown");
}

} // namespace vitrine::JsonReader
