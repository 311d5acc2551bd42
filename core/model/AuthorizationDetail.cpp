#include "AuthorizationDetail.h"

#include "JsonRead.h"

namespace osm {

AuthorizationDetail AuthorizationDetail::fromJson(const QJsonObject &json)
{
    AuthorizationDetail d;
    d.id = json::integer(json.value(QLatin1String("id")));
    d.port = static_cast<int>(json::integer(json.value(QLatin1String("port"))));
    d.account = json::string(json.value(QLatin1String("account")));
    d.type = static_cast<int>(json::integer(json.value(QLatin1String("type"))));
    d.instanceId = json::string(json.value(QLatin1String("instance_id")));
    d.instanceName = json::string(json.value(QLatin1String("instance_name")));
    d.regionId = json::string(json.value(QLatin1String("region_id")));
    return d;
}

QJsonObject AuthorizationDetail::toJson() const
{
    return QJsonObject{
        {QLatin1String("id"), id},
        {QLatin1String("port"), port},
        {QLatin1String("account"), account},
        {QLatin1String("type"), type},
        {QLatin1String("instance_id"), instanceId},
        {QLatin1String("instance_name"), instanceName},
        {QLatin1String("region_id"), regionId},
    };
}

} // namespace osm
