#include "net/throttle.h"

#include <algorithm>
#include <cmath>

namespace vitrine {

namespace {
constexpr double kMinSlowdown = 1.0 / 16;
// A probe refused by the store makes the next one wait twice as many successes, up to this.
constexpr int kMaxProbeAfter = 256;
// A store without a burst is paced this much under its rate (see capacity()).
constexpr double kNoBurstMargin = 0.98;
} // namespace

Throttle::Throttle(RateLimit limit) {
    setLimit(limit);
}

void Throttle::setLimit(RateLimit limit) {
    m_limit = limit;
    m_limit.burst = std::max(1, limit.burst);
    m_tokens = capacity();
    m_lastRefill = -1;
}

double Throttle::capacity() const {
    // One slot of the store's bucket is kept spare. The store counts arrivals, not departures: a
    // request that took longer to arrive than the one after it (the first one also opens the
    // connection) would otherwise land on a full bucket and be refused — a 429 of the client's
    // own making. A store with a burst of 1 has no slot to spare: it is paced 2% under its rate.
    return m_limit.burst > 1 ? double(m_limit.burst - 1) : 1.0;
}

double Throttle::effectiveRate() const {
    const double base = m_limit.requestsPerSecond > 0 ? m_limit.requestsPerSecond : m_learnedRate;
    if (base <= 0)
        return 0;
    const double margin =
        m_limit.requestsPerSecond > 0 && m_limit.burst <= 1 ? kNoBurstMargin : 1.0;
    return base * m_slowdown * margin;
}

void Throttle::refill(qint64 nowMs) {
    if (m_lastRefill < 0) {
        m_lastRefill = nowMs;
        return;
    }
    const qint64 elapsed = std::max<qint64>(0, nowMs - m_lastRefill);
    m_lastRefill = std::max(m_lastRefill, nowMs);
    const double rate = effectiveRate();
    if (rate <= 0) {
        m_tokens = capacity();
        return;
    }
    m_tokens = std::min(capacity(), m_tokens + rate * double(elapsed) / 1000.0);
}

qint64 Throttle::reserve(qint64 nowMs) {
    // During a pause, slots are counted from the moment it ends.
    const qint64 start = std::max(nowMs, m_pausedUntil);
    refill(start);
    qint64 wait = start - nowMs;
    const double rate = effectiveRate();
    if (rate > 0) {
        // Tokens may go negative: that is the queue of slots already promised to earlier callers.
        if (m_tokens < 1.0)
            wait += qint64(std::ceil((1.0 - m_tokens) * 1000.0 / rate));
        m_tokens -= 1.0;
    }
    return wait;
}

void Throttle::onRateLimited(qint64 nowMs, qint64 pauseMs) {
    refill(nowMs);
    m_pausedUntil = std::max(m_pausedUntil, nowMs + std::max<qint64>(0, pauseMs));
    if (m_limit.requestsPerSecond <= 0 && m_learnedRate <= 0)
        m_learnedRate = kAssumedRateAfter429;
    else
        m_slowdown = std::max(kMinSlowdown, m_slowdown / 2);
    // The store's bucket is full: so is ours, but for the one request the store asked to be
    // retried when the pause ends (slots already promised to others stay promised).
    m_tokens = std::min(m_tokens, 0.0) + 1.0;
    // Giving the burst back was too early: wait for twice as many successes next time.
    if (m_probed)
        m_probeAfter = std::min(kMaxProbeAfter, m_probeAfter * 2);
    m_probed = false;
    m_burstOwed = true;
    m_streak = 0;
}

void Throttle::onCallLimit(qint64 nowMs, int used, int capacity, int onTheWire, int waiting) {
    if (capacity <= 0 || used < 0)
        return;
    refill(nowMs);
    if (m_limit.requestsPerSecond <= 0 && m_learnedRate <= 0 && used * 2 >= capacity)
        m_learnedRate = 2.0; // the documented leak rate of the stores that send this header
    const double left = double(capacity - used - std::max(0, onTheWire)) - 1.0;
    // Slots already promised to waiting requests (negative tokens; each waiting request when
    // told) are not free again.
    const double promised = std::max({0.0, -m_tokens, double(waiting)});
    m_tokens = std::min(this->capacity(), left - promised);
    // The store itself says how full its bucket is: nothing left to probe for.
    if (m_tokens > 0)
        m_burstOwed = false;
}

void Throttle::onSuccess() {
    if (m_slowdown < 1.0) {
        m_slowdown = std::min(1.0, m_slowdown * 2);
        return;
    }
    if (!m_burstOwed)
        return;
    if (m_learnedRate > 0)
        m_learnedRate = std::min(kMaxLearnedRate, m_learnedRate * 2);
    if (++m_streak >= m_probeAfter) {
        // Every request since the refusal went through at full speed: the store's bucket has
        // drained, the burst is back.
        m_tokens = capacity();
        m_burstOwed = false;
        m_probed = true;
        m_streak = 0;
    }
}

} // namespace vitrine
