#include "CaseOperateLogList.h"

#include "JsonRead.h"

namespace osm {

CaseOperateLogList CaseOperateLogList::fromJson(const QJsonObject &json)
{
    CaseOperateLogList r;
    r.logs = json::objects<CaseOperateLog>(json.value(QLatin1String("incident_operate_log_list")));
    const QJsonValue total = json::field(json, {"count", "total_count"});
    r.count = total.isUndefined() ? r.logs.size() : json::integer(total);
    return r;
}

QJsonObject CaseOperateLogList::toJson() const
{
    return QJsonObject{
        {QLatin1String("count"), count},
        {QLatin1String("incident_operate_log_list"), json::toArray(logs)},
    };
}

} // namespace osm
