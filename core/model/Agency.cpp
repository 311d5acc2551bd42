#include "Agency.h"

#include "JsonRead.h"

namespace osm {

Agency Agency::fromJson(const QJsonObject &json)
{
    Agency r;
    r.id = json::string(json.value(QLatin1String("id")));
    r.name = json::string(json.value(QLatin1String("name")));
    r.duration = json::string(json.value(QLatin1String("duration")));
    r.trustDomainName = json::string(json.value(QLatin1String("trust_domain_name")));
    r.trustDomainId = json::string(json.value(QLatin1String("trust_domain_id")));
    r.createTime = json::string(json.value(QLatin1String("create_time")));
    r.expireTime = json::string(json.value(QLatin1String("expire_time")));
    r.valid = json::boolean(json.value(QLatin1String("valid")));
    return r;
}

QJsonObject Agency::toJson() const
{
    return QJsonObject{
        {QLatin1String("id"), id},
        {QLatin1String("name"), name},
        {QLatin1String("duration"), duration},
        {QLatin1String("trust_domain_name"), trustDomainName},
        {QLatin1String("trust_domain_id"), trustDomainId},
        {QLatin1String("create_time"), createTime},
        {QLatin1String("expire_time"), expireTime},
        {QLatin1String("valid"), valid},
    };
}

} // namespace osm
