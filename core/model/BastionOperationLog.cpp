#include "BastionOperationLog.h"

#include "JsonRead.h"

namespace osm {

BastionOperationLog BastionOperationLog::fromJson(const QJsonObject &json)
{
    BastionOperationLog log;
    log.oper = json::string(json.value(QLatin1String("oper")));
    log.operateTime = json::string(json.value(QLatin1String("operate_time")));
    return log;
}

QJsonObject BastionOperationLog::toJson() const
{
    return QJsonObject{
        {QLatin1String("oper"), oper},
        {QLatin1String("operate_time"), operateTime},
    };
}

} // namespace osm
