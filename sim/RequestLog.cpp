#include "RequestLog.h"

namespace osm::sim {

quint64 RequestLog::append(RecordedRequest request)
{
    request.serial = m_nextSerial++;
    m_entries.append(std::move(request));
    if (m_entries.size() > m_capacity)
        m_entries.removeFirst();
    return m_entries.last().serial;
}

std::optional<RecordedRequest> RequestLog::find(quint64 serial) const
{
    for (qsizetype i = m_entries.size() - 1; i >= 0; --i) {
        if (m_entries.at(i).serial == serial)
            return m_entries.at(i);
    }
    return std::nullopt;
}

void RequestLog::setOutcome(quint64 serial, int status, const QByteArray &requestId)
{
    for (qsizetype i = m_entries.size() - 1; i >= 0; --i) {
        if (m_entries.at(i).serial == serial) {
            m_entries[i].status = status;
            m_entries[i].requestId = requestId;
            return;
        }
    }
}

} // namespace osm::sim
