#include "net/backoff.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace vitrine {

Backoff::Backoff(int baseMs, int maxMs, RandomSource random)
    : m_baseMs(std::max(0, baseMs))
    , m_maxMs(std::max(0, maxMs))
    , m_random(std::move(random)) {
    if (!m_random)
        m_random = [] { return QRandomGenerator::global()->generateDouble(); };
}

int Backoff::delayMs(int attempt) const {
    const double exponential = double(m_baseMs) * std::pow(2.0, std::clamp(attempt, 0, 30));
    const double cap = std::min(double(m_maxMs), exponential);
    const double r = std::clamp(m_random(), 0.0, 1.0);
    return int(std::lround(cap * (0.5 + 0.5 * r)));
}

} // namespace vitrine
