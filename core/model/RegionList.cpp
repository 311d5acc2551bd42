#include "RegionList.h"

#include "JsonRead.h"

namespace osm {

RegionList RegionList::fromJson(const QJsonObject &json)
{
    RegionList list;
    list.regions = json::objects<Region>(json.value(QLatin1String("data_center_list")));
    const QJsonValue total = json::field(json, {"total_count", "count"});
    list.totalCount = total.isUndefined() ? list.regions.size() : json::integer(total);
    return list;
}

QJsonObject RegionList::toJson() const
{
    return QJsonObject{
        {QLatin1String("total_count"), totalCount},
        {QLatin1String("data_center_list"), json::toArray(regions)},
    };
}

} // namespace osm
