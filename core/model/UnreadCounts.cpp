#include "UnreadCounts.h"

#include "JsonRead.h"

namespace osm {

UnreadCount UnreadCount::fromJson(const QJsonObject &json)
{
    UnreadCount row;
    row.incidentId = json::string(json.value(QLatin1String("incident_id")));
    row.unreadNum = static_cast<int>(json::integer(json.value(QLatin1String("unread_num"))));
    row.status = static_cast<int>(json::integer(json.value(QLatin1String("status"))));
    return row;
}

QJsonObject UnreadCount::toJson() const
{
    return QJsonObject{
        {QLatin1String("status"), status},
        {QLatin1String("incident_id"), incidentId},
        {QLatin1String("unread_num"), unreadNum},
    };
}

int UnreadCounts::unreadFor(const QString &incidentId) const
{
    for (const UnreadCount &row : items) {
        if (row.incidentId == incidentId)
            return row.unreadNum;
    }
    return 0;
}

UnreadCounts UnreadCounts::fromJson(const QJsonObject &json)
{
    UnreadCounts result;
    result.items = json::objects<UnreadCount>(json.value(QLatin1String("imunread")));
    return result;
}

QJsonObject UnreadCounts::toJson() const
{
    return QJsonObject{{QLatin1String("imunread"), json::toArray(items)}};
}

} // namespace osm
