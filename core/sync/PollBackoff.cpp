#include "PollBackoff.h"

#include <algorithm>

namespace osm {

void PollBackoff::setRange(int minimumMs, int maximumMs)
{
    m_minimum = std::max(1, minimumMs);
    m_maximum = std::max(m_minimum, maximumMs);
    m_interval = m_minimum;
}

void PollBackoff::backOff()
{
    // Halving the maximum first keeps the doubling clear of int overflow.
    m_interval = m_interval > m_maximum / 2 ? m_maximum : m_interval * 2;
}

} // namespace osm
