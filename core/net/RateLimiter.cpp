#include "RateLimiter.h"

#include <algorithm>
#include <cmath>

namespace osm {

RateLimiter::RateLimiter(double ratePerSecond, int burst)
    : m_ratePerMs(ratePerSecond / 1000.0), m_burst(burst), m_tokens(burst)
{
}

void RateLimiter::refill(qint64 nowMs)
{
    if (m_lastMs >= 0 && nowMs > m_lastMs)
        m_tokens = std::min(m_burst, m_tokens + (nowMs - m_lastMs) * m_ratePerMs);
    m_lastMs = std::max(m_lastMs, nowMs);
}

qint64 RateLimiter::acquire(qint64 nowMs)
{
    if (nowMs < m_holdUntilMs)
        return m_holdUntilMs - nowMs;
    refill(nowMs);
    if (m_tokens >= 1.0) {
        m_tokens -= 1.0;
        return 0;
    }
    return static_cast<qint64>(std::ceil((1.0 - m_tokens) / m_ratePerMs));
}

void RateLimiter::holdUntil(qint64 untilMs)
{
    m_holdUntilMs = std::max(m_holdUntilMs, untilMs);
}

} // namespace osm
