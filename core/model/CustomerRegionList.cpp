#include "CustomerRegionList.h"

#include "JsonRead.h"

namespace osm {

CustomerRegionList CustomerRegionList::fromJson(const QJsonObject &json)
{
    CustomerRegionList r;
    r.regionInfos = json::objects<RegionInfo>(json.value(QLatin1String("region_infos")));
    const QJsonValue total = json::field(json, {"count", "total_count"});
    r.count = total.isUndefined() ? r.regionInfos.size() : json::integer(total);
    return r;
}

QJsonObject CustomerRegionList::toJson() const
{
    return QJsonObject{
        {QLatin1String("count"), count},
        {QLatin1String("region_infos"), json::toArray(regionInfos)},
    };
}

} // namespace osm
