#pragma once

namespace osm {

// The interval of a polite poller: it starts at the minimum, doubles after each poll that brought nothing
// new (or failed) up to the maximum, and drops back to the minimum on activity. Pure arithmetic, no timers:
// each poller owns its QTimer and asks this for the next delay.
class PollBackoff
{
public:
    PollBackoff(int minimumMs, int maximumMs) { setRange(minimumMs, maximumMs); }

    // At least 1 ms, the maximum at least the minimum; starts again at the minimum.
    void setRange(int minimumMs, int maximumMs);
    int minimum() const { return m_minimum; }
    int maximum() const { return m_maximum; }
    int interval() const { return m_interval; }
    bool isAtMaximum() const { return m_interval >= m_maximum; }

    // Something happened: poll often again.
    void reset() { m_interval = m_minimum; }
    // Nothing happened, or the poll failed: wait twice as long next time (at most the maximum).
    void backOff();

private:
    int m_minimum = 1;
    int m_maximum = 1;
    int m_interval = 1;
};

} // namespace osm
