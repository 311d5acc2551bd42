#include "BastionOperationLogList.h"

#include "JsonRead.h"

namespace osm {

BastionOperationLogList BastionOperationLogList::fromJson(const QJsonObject &json)
{
    BastionOperationLogList list;
    list.logs = json::objects<BastionOperationLog>(json.value(QLatin1String("ops_list")));
    const QJsonValue total = json::field(json, {"total_count", "count"});
    // Without a total the page itself is all there is.
    list.totalCount = total.isUndefined() ? list.logs.size() : json::integer(total);
    return list;
}

QJsonObject BastionOperationLogList::toJson() const
{
    return QJsonObject{
        {QLatin1String("total_count"), totalCount},
        {QLatin1String("ops_list"), json::toArray(logs)},
    };
}

} // namespace osm
