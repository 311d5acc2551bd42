#include "RegionInfo.h"

#include "JsonRead.h"

namespace osm {

RegionInfo RegionInfo::fromJson(const QJsonObject &json)
{
    RegionInfo r;
    r.regionId = json::string(json.value(QLatin1String("region_id")));
    r.regionName = json::string(json.value(QLatin1String("region_name")));
    return r;
}

QJsonObject RegionInfo::toJson() const
{
    return QJsonObject{
        {QLatin1String("region_id"), regionId},
        {QLatin1String("region_name"), regionName},
    };
}

} // namespace osm
