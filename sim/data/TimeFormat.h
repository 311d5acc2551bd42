#pragma once

#include <QDateTime>
#include <QString>

namespace osm::sim {

// The time formats the reference shows, each where it shows it (API.md §6.2).
class TimeFormat
{
public:
    static QString messageTime(qint64 ms);  // "2026-03-24T01:29:42.464+00:00" (5.10.5-5.10.7)
    static QString isoSeconds(qint64 ms);   // "2020-12-25T09:24:18Z" (chapter 4 case detail)
    static qint64 epochSeconds(qint64 ms);  // 1640995200 (5.11.4 Timestamp)
    static QString iamTime(const QDateTime &time); // "2019-02-13T06:52:13.855000Z" (IAM token)
};

} // namespace osm::sim
