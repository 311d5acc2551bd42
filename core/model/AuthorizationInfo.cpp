#include "AuthorizationInfo.h"

#include "JsonRead.h"

namespace osm {

namespace {
std::optional<bool> optionalBoolean(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    return json::boolean(value);
}
} // namespace

const AuthorizationDetail *AuthorizationInfo::detail(qint64 detailId) const
{
    for (const AuthorizationDetail &d : details) {
        if (d.id == detailId)
            return &d;
    }
    return nullptr;
}

AuthorizationInfo AuthorizationInfo::fromJson(const QJsonObject &json)
{
    const auto v = [&json](const char *name) { return json.value(QLatin1String(name)); };
    AuthorizationInfo a;
    a.id = json::string(v("id"));
    a.status = static_cast<int>(json::integer(v("status")));
    a.incidentId = json::string(v("incident_id"));
    a.simpleDescription = json::string(v("simple_description"));
    a.resourceTypeId = json::string(v("resource_type_id"));
    a.resourceTypeName = json::string(v("resource_type_name"));
    a.visitTypeId = json::string(v("visit_type_id"));
    a.visitTypeName = json::string(v("visit_type_name"));
    a.authEffectiveTime = json::timestamp(v("auth_effective_time"));
    a.authExpireTime = json::timestamp(v("auth_expire_time"));
    a.rejectReason = json::string(v("reject_reason"));
    a.details = json::objects<AuthorizationDetail>(v("incident_auth_detail_list"));
    a.xcustomerName = json::string(v("xcustomer_name"));
    a.authHandlerName = json::string(v("auth_handler_name"));
    a.agencyName = json::string(v("agency_name"));
    a.authDescribe = json::string(v("auth_describe"));
    a.contentTypeId = json::string(v("content_type_id"));
    a.contentTypeName = json::string(v("content_type_name"));
    a.isNeedBackup = optionalBoolean(v("is_need_backup"));
    a.isCompleteBackup = optionalBoolean(v("is_complete_backup"));
    return a;
}

QJsonObject AuthorizationInfo::toJson() const
{
    QJsonObject json{
        {QLatin1String("id"), id},
        {QLatin1String("status"), status},
        {QLatin1String("incident_id"), incidentId},
        {QLatin1String("simple_description"), simpleDescription},
        {QLatin1String("resource_type_id"), resourceTypeId},
        {QLatin1String("resource_type_name"), resourceTypeName},
        {QLatin1String("visit_type_id"), visitTypeId},
        {QLatin1String("visit_type_name"), visitTypeName},
        {QLatin1String("auth_effective_time"), json::isoText(authEffectiveTime)},
        {QLatin1String("auth_expire_time"), json::isoText(authExpireTime)},
        {QLatin1String("reject_reason"), rejectReason},
        {QLatin1String("incident_auth_detail_list"), json::toArray(details)},
        {QLatin1String("xcustomer_name"), xcustomerName},
        {QLatin1String("auth_handler_name"), authHandlerName},
        {QLatin1String("agency_name"), agencyName},
        {QLatin1String("auth_describe"), authDescribe},
        {QLatin1String("content_type_id"), contentTypeId},
        {QLatin1String("content_type_name"), contentTypeName},
    };
    if (isNeedBackup)
        json.insert(QLatin1String("is_need_backup"), *isNeedBackup);
    if (isCompleteBackup)
        json.insert(QLatin1String("is_complete_backup"), *isCompleteBackup);
    return json;
}

} // namespace osm
