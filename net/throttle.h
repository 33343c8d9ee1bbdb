#pragma once

#include "core/storecapabilities.h"

#include <QtGlobal>

namespace vitrine {

// The per-store request throttle: a token bucket (burst = capacity, requestsPerSecond = refill),
// which is how SHOPLINE, Shoplazza and Shopify describe their leaky buckets from the client's
// side. It slows down when the store answers 429, and follows the store's own bucket when it
// reports it (X-Shopify-Shop-Api-Call-Limit). Pure logic: time is passed in, so tests need no
// clock.
class Throttle {
public:
    explicit Throttle(RateLimit limit = {});

    void setLimit(RateLimit limit);
    RateLimit limit() const { return m_limit; }

    // Claims a slot for a request that wants to start at nowMs; returns how many milliseconds it
    // must wait first (0: start now). Slots are handed out in call order, so concurrent requests
    // are spread out rather than released together.
    qint64 reserve(qint64 nowMs);
    // The store answered 429: nothing starts before nowMs + pauseMs, and the rate is halved
    // (down to 1/16 of the limit) until successes bring it back.
    void onRateLimited(qint64 nowMs, qint64 pauseMs);
    // The store reports `used` of `capacity` slots taken in its bucket: never believe we have
    // more left than it says (keeping one spare), so requests spread out as it nears the cap.
    void onCallLimit(qint64 nowMs, int used, int capacity);
    // A request went through: recover a quarter of the lost speed.
    void onSuccess();

    // The refill rate now in force (requests per second); 0 means unlimited.
    double effectiveRate() const;
    qint64 pausedUntil() const { return m_pausedUntil; }

private:
    void refill(qint64 nowMs);
    double capacity() const;

    RateLimit m_limit;
    double m_tokens = 0;
    qint64 m_lastRefill = -1;
    qint64 m_pausedUntil = 0;
    double m_slowdown = 1.0;  // 1: full speed; 0.5 after one 429, ...
    double m_learnedRate = 0; // rate adopted for a store with no configured limit that sent 429s
};

} // namespace vitrine
