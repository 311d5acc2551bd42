#include "SubCustomer.h"

#include "JsonRead.h"

namespace osm {

SubCustomer SubCustomer::fromJson(const QJsonObject &json)
{
    SubCustomer r;
    r.mobile = json::string(json.value(QLatin1String("mobile")));
    r.email = json::string(json.value(QLatin1String("email")));
    r.customerId = json::string(json.value(QLatin1String("customer_id")));
    r.domainId = json::string(json.value(QLatin1String("domain_id")));
    r.customerName = json::string(json.value(QLatin1String("customer_name")));
    r.areaCode = json::string(json.value(QLatin1String("area_code")));
    return r;
}

QJsonObject SubCustomer::toJson() const
{
    return QJsonObject{
        {QLatin1String("mobile"), mobile},
        {QLatin1String("email"), email},
        {QLatin1String("customer_id"), customerId},
        {QLatin1String("domain_id"), domainId},
        {QLatin1String("customer_name"), customerName},
        {QLatin1String("area_code"), areaCode},
    };
}

} // namespace osm
