#include "Authorization.h"

#include "JsonRead.h"

namespace osm {

Authorization Authorization::fromJson(const QJsonObject &json)
{
    const auto v = [&json](const char *name) { return json.value(QLatin1String(name)); };
    Authorization a;
    a.id = json::string(v("id"));
    a.status = static_cast<int>(json::integer(v("status")));
    a.incidentId = json::string(v("incident_id"));
    a.simpleDescription = json::string(v("simple_description"));
    a.authDescribe = json::string(v("auth_describe"));
    a.resourceTypeId = json::string(v("resource_type_id"));
    a.resourceTypeName = json::string(v("resource_type_name"));
    a.visitTypeId = json::string(v("visit_type_id"));
    a.visitTypeName = json::string(v("visit_type_name"));
    a.createTime = json::timestamp(v("create_time"));
    a.authEffectiveTime = json::timestamp(v("auth_effective_time"));
    a.authExpireTime = json::timestamp(v("auth_expire_time"));
    a.rejectReason = json::string(v("reject_reason"));
    a.customerId = json::string(v("customer_id"));
    a.xCustomerId = json::string(v("x_customer_id"));
    a.xcustomerName = json::string(v("xcustomer_name"));
    a.contentOfAuthLetter = json::string(v("content_of_auth_letter"));
    return a;
}

QJsonObject Authorization::toJson() const
{
    return QJsonObject{
        {QLatin1String("id"), id},
        {QLatin1String("status"), status},
        {QLatin1String("incident_id"), incidentId},
        {QLatin1String("simple_description"), simpleDescription},
        {QLatin1String("auth_describe"), authDescribe},
        {QLatin1String("resource_type_id"), resourceTypeId},
        {QLatin1String("resource_type_name"), resourceTypeName},
        {QLatin1String("visit_type_id"), visitTypeId},
        {QLatin1String("visit_type_name"), visitTypeName},
        {QLatin1String("create_time"), json::isoText(createTime)},
        {QLatin1String("auth_effective_time"), json::isoText(authEffectiveTime)},
        {QLatin1String("auth_expire_time"), json::isoText(authExpireTime)},
        {QLatin1String("reject_reason"), rejectReason},
        {QLatin1String("customer_id"), customerId},
        {QLatin1String("x_customer_id"), xCustomerId},
        {QLatin1String("xcustomer_name"), xcustomerName},
        {QLatin1String("content_of_auth_letter"), contentOfAuthLetter},
    };
}

} // namespace osm
