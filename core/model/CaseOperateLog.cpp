#include "CaseOperateLog.h"

#include "JsonRead.h"

namespace osm {

QDateTime CaseOperateLog::time() const
{
    const QDateTime stamp = json::timestamp(timestampOperateTime);
    return stamp.isValid() ? stamp : json::timestamp(operateTime);
}

CaseOperateLog CaseOperateLog::fromJson(const QJsonObject &json)
{
    CaseOperateLog r;
    r.incidentLogId = json::string(json.value(QLatin1String("incident_log_id")));
    r.incidentId = json::string(json.value(QLatin1String("incident_id")));
    r.operateType = static_cast<int>(json::integer(json.value(QLatin1String("operate_type"))));
    r.operatorType = static_cast<int>(json::integer(json.value(QLatin1String("operator_type"))));
    r.operatorId = json::string(json.value(QLatin1String("operator_id")));
    r.operatorName = json::string(json.value(QLatin1String("operator_name")));
    r.operateDesc = json::string(json.value(QLatin1String("operate_desc")));
    r.operateTime = json::string(json.value(QLatin1String("operate_time")));
    r.timestampOperateTime = json::string(json.value(QLatin1String("timestamp_operate_time")));
    return r;
}

QJsonObject CaseOperateLog::toJson() const
{
    return QJsonObject{
        {QLatin1String("incident_log_id"), incidentLogId},
        {QLatin1String("incident_id"), incidentId},
        {QLatin1String("operate_type"), operateType},
        {QLatin1String("operator_type"), operatorType},
        {QLatin1String("operator_id"), operatorId},
        {QLatin1String("operator_name"), operatorName},
        {QLatin1String("operate_desc"), operateDesc},
        {QLatin1String("operate_time"), operateTime},
        {QLatin1String("timestamp_operate_time"), timestampOperateTime},
    };
}

} // namespace osm
