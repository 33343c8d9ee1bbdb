#pragma once

#include "core/storecapabilities.h"

#include <QtGlobal>

namespace vitrine {

// The per-store request throttle: a token bucket (burst = capacity, requestsPerSecond = refill),
// which is how SHOPLINE, Shoplazza and Shopify describe their leaky buckets from the client's
// side. It keeps one slot of the burst spare (a store without a burst: 2% of its rate), so that
// requests arriving closer together than they left never find the store's bucket full. It slows
// down when the store answers 429 and speeds up again as soon as the store
// accepts requests (a few refusals must not leave a whole batch crawling), and follows the
// store's own bucket when it reports it (X-Shopify-Shop-Api-Call-Limit). Pure logic: time is
// passed in, so tests need no clock.
//
// After 429s: each success doubles the halved rate back (the full rate returns after as many
// successes as 429s halved it). The bucket a 429 emptied refills at the rate — unless the store
// keeps accepting: after probeAfter() successes in a row at full speed it is taken as drained
// and the burst is back (a store with no known limit meanwhile gets the limit it was assumed to
// have doubled with each of them, up to kMaxLearnedRate). A 429 after
// such a probe doubles probeAfter(), so a store whose bucket really is full costs one refusal
// per probe, ever rarer: never a storm.
class Throttle {
public:
    explicit Throttle(RateLimit limit = {});

    void setLimit(RateLimit limit);
    RateLimit limit() const { return m_limit; }

    // Claims a slot for a request that wants to start at nowMs; returns how many milliseconds it
    // must wait first (0: start now). Slots are handed out in call order, so concurrent requests
    // are spread out rather than released together.
    qint64 reserve(qint64 nowMs);
    // The store answered 429: nothing starts before nowMs + pauseMs, then one request (the
    // retry the store asked for) and the bucket is taken as full; the rate is halved (down to
    // 1/16 of the limit) until successes bring it back.
    void onRateLimited(qint64 nowMs, qint64 pauseMs);
    // The store reports `used` of `capacity` slots taken in its bucket: our bucket holds what it
    // says is left (keeping one spare, minus the slots already promised to waiting requests), so
    // requests spread out as it nears the cap and go at once when it has drained. onTheWire:
    // requests sent concurrently and not answered yet, besides the one that carried the header
    // (the store may not have counted them); waiting: requests holding a slot of ours that have
    // not left yet. The slots of both are taken as used.
    void onCallLimit(qint64 nowMs, int used, int capacity, int onTheWire = 0, int waiting = 0);
    // A request went through (see the class comment).
    void onSuccess();

    // The refill rate now in force (requests per second); 0 means unlimited.
    double effectiveRate() const;
    qint64 pausedUntil() const { return m_pausedUntil; }
    // Successes in a row at full speed after a 429 before the burst comes back.
    int probeAfter() const { return m_probeAfter; }
    // A 429 still costs speed: the rate is below the limit, or the burst not given back yet.
    bool recovering() const { return m_slowdown < 1.0 || m_burstOwed; }

    // A store with no known limit that answered 429 is assumed to allow this many requests per
    // second; successes raise it back up to kMaxLearnedRate.
    static constexpr double kAssumedRateAfter429 = 4.0;
    static constexpr double kMaxLearnedRate = 32.0;

private:
    void refill(qint64 nowMs);
    double capacity() const;

    RateLimit m_limit;
    double m_tokens = 0;
    qint64 m_lastRefill = -1;
    qint64 m_pausedUntil = 0;
    double m_slowdown = 1.0;  // 1: full speed; 0.5 after one 429, ...
    double m_learnedRate = 0; // rate adopted for a store with no configured limit that sent 429s
    bool m_burstOwed = false; // a 429 emptied the bucket, and it has not been given back yet
    int m_streak = 0;         // successes in a row at full speed since the last 429
    int m_probeAfter = 4;     // see probeAfter()
    bool m_probed = false;    // the burst was given back since the last 429
};

} // namespace vitrine
