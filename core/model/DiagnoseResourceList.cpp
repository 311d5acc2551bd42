#include "DiagnoseResourceList.h"

#include "JsonRead.h"

namespace osm {

DiagnoseResourceList DiagnoseResourceList::fromJson(const QJsonObject &json)
{
    DiagnoseResourceList list;
    list.resources = json::objects<DiagnoseResource>(json.value(QLatin1String("result")));
    const QJsonValue total = json::field(json, {"total_count", "count"});
    list.totalCount = total.isUndefined() ? list.resources.size() : json::integer(total);
    return list;
}

QJsonObject DiagnoseResourceList::toJson() const
{
    return QJsonObject{
        {QLatin1String("total_count"), totalCount},
        {QLatin1String("result"), json::toArray(resources)},
    };
}

} // namespace osm
