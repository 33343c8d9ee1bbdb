#pragma once

#include <functional>

namespace vitrine {

// Delays between retries: exponential (base × 2^attempt, capped) with jitter, so that clients
// that failed together do not retry together. The random source is injectable so tests are
// deterministic.
class Backoff {
public:
    // Returns a value in [0, 1).
    using RandomSource = std::function<double()>;

    explicit Backoff(int baseMs = 500, int maxMs = 30000, RandomSource random = {});

    // The delay before retry number attempt (0 for the first retry): a random value between half
    // and all of min(maxMs, baseMs × 2^attempt).
    int delayMs(int attempt) const;

private:
    int m_baseMs;
    int m_maxMs;
    RandomSource m_random;
};

} // namespace vitrine
