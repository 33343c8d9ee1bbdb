#pragma once

#include "core/storecapabilities.h"

#include <QElapsedTimer>

namespace vitrine {

// A leaky bucket: each admitted request adds one unit, the bucket drains at requestsPerSecond and
// holds at most `burst`. While not enforced it still measures (Shopify reports the level in
// X-Shopify-Shop-Api-Call-Limit on every answer) but admits everything, so tests stay
// deterministic unless they turn limits on.
class SimRateLimiter {
public:
    explicit SimRateLimiter(RateLimit displayed = {});

    // A limit with requestsPerSecond > 0 is enforced; anything else turns enforcement off.
    void setLimit(const RateLimit &limit);
    RateLimit limit() const; // the enforced limit, or {} when off
    bool isEnforced() const { return m_enforced; }

    bool admit();
    int used(); // units in the bucket now, rounded up
    int capacity() const { return m_current.burst; }

private:
    void leak();

    RateLimit m_displayed;
    RateLimit m_current;
    bool m_enforced = false;
    double m_level = 0;
    QElapsedTimer m_clock;
    qint64 m_lastLeakNs = 0;
};

} // namespace vitrine
