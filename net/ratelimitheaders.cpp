#include "net/ratelimitheaders.h"

#include <QLocale>
#include <QTimeZone>

#include <cmath>

namespace vitrine::RateLimitHeaders {

namespace {
// A store asking for more than a day is not asking for a retry.
constexpr double kMaxSeconds = 86400;
} // namespace

std::optional<qint64> retryAfterMs(const QByteArray &value, const QDateTime &nowUtc) {
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double seconds = v.toDouble(&ok);
    if (ok) {
        if (!std::isfinite(seconds) || seconds < 0)
            return std::nullopt;
        return qint64(std::llround(std::min(seconds, kMaxSeconds) * 1000.0));
    }
    QDateTime when = QDateTime::fromString(QString::fromLatin1(v), Qt::RFC2822Date);
    if (!when.isValid()) {
        // RFC 7231 IMF-fixdate, parsed by hand in case RFC2822Date balks at "GMT".
        when = QLocale::c().toDateTime(QString::fromLatin1(v),
                                       QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
        if (when.isValid())
            when.setTimeZone(QTimeZone::utc());
    }
    if (!when.isValid())
        return std::nullopt;
    const qint64 ms = nowUtc.msecsTo(when);
    return std::clamp<qint64>(ms, 0, qint64(kMaxSeconds * 1000));
}

std::optional<CallLimit> callLimit(const QByteArray &value) {
    const QList<QByteArray> parts = value.trimmed().split('/');
    if (parts.size() != 2)
        return std::nullopt;
    bool ok1 = false;
    bool ok2 = false;
    const int used = parts.at(0).trimmed().toInt(&ok1);
    const int capacity = parts.at(1).trimmed().toInt(&ok2);
    if (!ok1 || !ok2 || used < 0 || capacity <= 0)
        return std::nullopt;
    return CallLimit{used, capacity};
}

} // namespace vitrine::RateLimitHeaders
