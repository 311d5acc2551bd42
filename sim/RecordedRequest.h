#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <utility>

namespace osm::sim {

// What arrived, as it arrived, so that contract tests can assert on it. Kept in memory only: it holds
// Authorization and X-Auth-Token values and must never be logged.
struct RecordedRequest
{
    quint64 serial = 0;
    QDateTime receivedAt;
    QByteArray method;
    QString path;        // decoded
    QByteArray rawQuery; // as sent
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int status = 0;      // the answer's HTTP status; 0 when none was sent (dropped) or not yet
    QByteArray requestId;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

} // namespace osm::sim
