#include "demostore/simratelimiter.h"

#include <cmath>

namespace vitrine {

SimRateLimiter::SimRateLimiter(RateLimit displayed)
    : m_displayed(displayed)
    , m_current(displayed) {
    m_clock.start();
}

void SimRateLimiter::setLimit(const RateLimit &limit) {
    m_enforced = limit.requestsPerSecond > 0;
    m_current = m_enforced ? limit : m_displayed;
    m_current.burst = std::max(1, m_current.burst);
    m_level = 0;
    m_clock.restart();
    m_lastLeakNs = 0;
}

RateLimit SimRateLimiter::limit() const {
    return m_enforced ? m_current : RateLimit{};
}

bool SimRateLimiter::admit() {
    leak();
    if (m_enforced && m_level + 1.0 > double(m_current.burst) + 1e-9)
        return false;
    m_level = std::min(m_level + 1.0, double(std::max(1, m_current.burst)));
    return true;
}

int SimRateLimiter::used() {
    leak();
    return int(std::ceil(m_level - 1e-9));
}

void SimRateLimiter::leak() {
    // Nanoseconds since the last leak, never rounded away: a bucket that lost the fraction of a
    // millisecond at every call would drain slower than the rate it promises, and refuse a client
    // that keeps exactly to it.
    const qint64 now = m_clock.nsecsElapsed();
    const double seconds = double(now - m_lastLeakNs) / 1e9;
    m_lastLeakNs = now;
    m_level = std::max(0.0, m_level - seconds * m_current.requestsPerSecond);
}

} // namespace vitrine
