#include "DiagnoseItemResult.h"

#include "JsonRead.h"

namespace osm {

DiagnoseItemResult DiagnoseItemResult::fromJson(const QJsonObject &json)
{
    DiagnoseItemResult item;
    item.status = int(json::integer(json.value(QLatin1String("status"))));
    // 0/1 in the table; a Boolean is read as the same.
    item.visible = int(json::integer(json.value(QLatin1String("visible"))));
    item.resourceId = json::string(json.value(QLatin1String("resource_id")));
    item.resourceName = json::string(json.value(QLatin1String("resource_name")));
    item.checkId = json::string(json.value(QLatin1String("check_id")));
    item.checkName = json::string(json.value(QLatin1String("check_name")));
    item.problemLevel = int(json::integer(json.value(QLatin1String("problem_level")), kNotExecuted));
    return item;
}

QJsonObject DiagnoseItemResult::toJson() const
{
    return QJsonObject{
        {QLatin1String("status"), status},
        {QLatin1String("visible"), visible},
        {QLatin1String("resource_id"), resourceId},
        {QLatin1String("resource_name"), resourceName},
        {QLatin1String("check_id"), checkId},
        {QLatin1String("check_name"), checkName},
        {QLatin1String("problem_level"), problemLevel},
    };
}

} // namespace osm
