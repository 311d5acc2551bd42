#include "StatusCounts.h"

#include "JsonRead.h"

namespace osm {

StatusCount StatusCount::fromJson(const QJsonObject &json)
{
    StatusCount row;
    row.status = static_cast<int>(json::integer(json.value(QLatin1String("status"))));
    row.count = json::integer(json.value(QLatin1String("count")));
    return row;
}

QJsonObject StatusCount::toJson() const
{
    return QJsonObject{
        {QLatin1String("status"), status},
        {QLatin1String("count"), count},
    };
}

qint64 StatusCounts::countFor(int status) const
{
    qint64 sum = 0; // a status listed twice is summed rather than dropped
    for (const StatusCount &row : counts) {
        if (row.status == status)
            sum += row.count;
    }
    return sum;
}

qint64 StatusCounts::total() const
{
    qint64 sum = 0;
    for (const StatusCount &row : counts)
        sum += row.count;
    return sum;
}

StatusCounts StatusCounts::fromJson(const QJsonObject &json)
{
    StatusCounts result;
    result.counts =
        json::objects<StatusCount>(json::field(json, {"incident_statuses_counts", "incident_status_counts"}));
    return result;
}

QJsonObject StatusCounts::toJson() const
{
    return QJsonObject{{QLatin1String("incident_statuses_counts"), json::toArray(counts)}};
}

} // namespace osm
