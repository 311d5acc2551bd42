#pragma once

#include "RecordedRequest.h"

#include <QList>

#include <optional>

namespace osm::sim {

// The requests the server received, oldest first (bounded, so a long demo run does not grow forever).
class RequestLog
{
public:
    quint64 append(RecordedRequest request); // returns its serial
    void setOutcome(quint64 serial, int status, const QByteArray &requestId);
    QList<RecordedRequest> all() const { return m_entries; }
    std::optional<RecordedRequest> find(quint64 serial) const;
    const RecordedRequest *last() const { return m_entries.isEmpty() ? nullptr : &m_entries.last(); }
    qsizetype size() const { return m_entries.size(); }
    void clear() { m_entries.clear(); }
    void setCapacity(qsizetype capacity) { m_capacity = capacity; }

private:
    QList<RecordedRequest> m_entries;
    quint64 m_nextSerial = 1;
    qsizetype m_capacity = 10000;
};

} // namespace osm::sim
