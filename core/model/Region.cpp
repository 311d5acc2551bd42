#include "Region.h"

#include "JsonRead.h"

namespace osm {

Region Region::fromJson(const QJsonObject &json)
{
    Region r;
    r.type = static_cast<int>(json::integer(json.value(QLatin1String("type"))));
    r.regionId = json::string(json.value(QLatin1String("region_id")));
    r.regionName = json::string(json.value(QLatin1String("region_name")));
    r.isSensitive = static_cast<int>(json::integer(json.value(QLatin1String("is_sensitive"))));
    return r;
}

QJsonObject Region::toJson() const
{
    return QJsonObject{
        {QLatin1String("type"), type},
        {QLatin1String("region_id"), regionId},
        {QLatin1String("region_name"), regionName},
        {QLatin1String("is_sensitive"), isSensitive},
    };
}

} // namespace osm
