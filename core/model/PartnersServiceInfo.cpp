#include "PartnersServiceInfo.h"

#include "JsonRead.h"

namespace osm {

PartnersServiceInfo PartnersServiceInfo::fromJson(const QJsonObject &json)
{
    PartnersServiceInfo r;
    r.customerId = json::string(json.value(QLatin1String("customer_id")));
    r.customerName = json::string(json.value(QLatin1String("customer_name")));
    r.serviceTimeZone = json::string(json.value(QLatin1String("service_time_zone")));
    r.serviceStartDay = json::string(json.value(QLatin1String("service_start_day")));
    r.serviceEndDay = json::string(json.value(QLatin1String("service_end_day")));
    r.serviceStartTime = json::string(json.value(QLatin1String("service_start_time")));
    r.serviceEndTime = json::string(json.value(QLatin1String("service_end_time")));
    return r;
}

QJsonObject PartnersServiceInfo::toJson() const
{
    return QJsonObject{
        {QLatin1String("customer_id"), customerId},
        {QLatin1String("customer_name"), customerName},
        {QLatin1String("service_time_zone"), serviceTimeZone},
        {QLatin1String("service_start_day"), serviceStartDay},
        {QLatin1String("service_end_day"), serviceEndDay},
        {QLatin1String("service_start_time"), serviceStartTime},
        {QLatin1String("service_end_time"), serviceEndTime},
    };
}

} // namespace osm
