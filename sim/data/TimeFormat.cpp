#include "TimeFormat.h"

namespace osm::sim {

QString TimeFormat::messageTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'+00:00'"));
}

QString TimeFormat::isoSeconds(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

qint64 TimeFormat::epochSeconds(qint64 ms)
{
    return ms / 1000;
}

QString TimeFormat::iamTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'000Z'"));
}

} // namespace osm::sim
