#include "BastionFileTransferLogList.h"

#include "JsonRead.h"

namespace osm {

BastionFileTransferLogList BastionFileTransferLogList::fromJson(const QJsonObject &json)
{
    BastionFileTransferLogList list;
    list.logs = json::objects<BastionFileTransferLog>(json.value(QLatin1String("file_ops_list")));
    const QJsonValue total = json::field(json, {"total_count", "count"});
    // Without a total the page itself is all there is.
    list.totalCount = total.isUndefined() ? list.logs.size() : json::integer(total);
    return list;
}

QJsonObject BastionFileTransferLogList::toJson() const
{
    return QJsonObject{
        {QLatin1String("total_count"), totalCount},
        {QLatin1String("file_ops_list"), json::toArray(logs)},
    };
}

} // namespace osm
