#include "BastionFileTransferLog.h"

#include "JsonRead.h"

namespace osm {

BastionFileTransferLog BastionFileTransferLog::fromJson(const QJsonObject &json)
{
    const auto v = [&json](const char *name) { return json::string(json.value(QLatin1String(name))); };
    BastionFileTransferLog log;
    log.duration = v("duration");
    log.operateTime = v("operate_time");
    log.operateType = v("operate_type");
    log.fileName = v("file_name");
    log.fromPath = v("from_path");
    log.toPath = v("to_path");
    log.fileSize = v("file_size");
    log.operResult = v("oper_result");
    return log;
}

QJsonObject BastionFileTransferLog::toJson() const
{
    return QJsonObject{
        {QLatin1String("duration"), duration},
        {QLatin1String("operate_time"), operateTime},
        {QLatin1String("operate_type"), operateType},
        {QLatin1String("file_name"), fileName},
        {QLatin1String("from_path"), fromPath},
        {QLatin1String("to_path"), toPath},
        {QLatin1String("file_size"), fileSize},
        {QLatin1String("oper_result"), operResult},
    };
}

} // namespace osm
