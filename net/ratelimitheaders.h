#pragma once

#include <QByteArray>
#include <QDateTime>

#include <optional>

// Reading the headers stores use to say "slow down".
namespace vitrine::RateLimitHeaders {

// Retry-After: delta-seconds ("2", "2.0") or an HTTP-date ("Wed, 21 Oct 2015 07:28:00 GMT").
// Milliseconds from now; a date in the past gives 0; unreadable or negative values give nullopt.
std::optional<qint64> retryAfterMs(const QByteArray &value, const QDateTime &nowUtc);

struct CallLimit {
    int used = 0;
    int capacity = 0;
};
// X-Shopify-Shop-Api-Call-Limit: "32/40".
std::optional<CallLimit> callLimit(const QByteArray &value);

} // namespace vitrine::RateLimitHeaders
