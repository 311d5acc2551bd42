#include "BastionSessionList.h"

#include "JsonRead.h"

namespace osm {

BastionSessionList BastionSessionList::fromJson(const QJsonObject &json)
{
    BastionSessionList list;
    list.sessions = json::objects<BastionSession>(json.value(QLatin1String("session_list")));
    const QJsonValue total = json::field(json, {"total_count", "count"});
    // Without a total the page itself is all there is.
    list.totalCount = total.isUndefined() ? list.sessions.size() : json::integer(total);
    return list;
}

QJsonObject BastionSessionList::toJson() const
{
    return QJsonObject{
        {QLatin1String("total_count"), totalCount},
        {QLatin1String("session_list"), json::toArray(sessions)},
    };
}

} // namespace osm
