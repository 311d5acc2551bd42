#pragma once

#include <QtGlobal>

namespace osm {

// A token bucket per account, plus a hold that a 429 puts on everything. Pure: time is passed in.
class RateLimiter
{
public:
    explicit RateLimiter(double ratePerSecond = 20.0, int burst = 20);

    // Takes a token if one is free at `nowMs`; otherwise returns how long to wait.
    qint64 acquire(qint64 nowMs);
    // Nothing is sent before `untilMs` (the server answered 429).
    void holdUntil(qint64 untilMs);
    qint64 heldUntil() const { return m_holdUntilMs; }

private:
    void refill(qint64 nowMs);

    double m_ratePerMs;
    double m_burst;
    double m_tokens;
    qint64 m_lastMs = -1;
    qint64 m_holdUntilMs = 0;
};

} // namespace osm
