#include "DiagnoseJobStarted.h"

#include "JsonRead.h"

namespace osm {

DiagnoseJobStarted DiagnoseJobStarted::fromJson(const QJsonObject &json)
{
    return DiagnoseJobStarted{json::string(json.value(QLatin1String("job_id")))};
}

QJsonObject DiagnoseJobStarted::toJson() const
{
    return QJsonObject{{QLatin1String("job_id"), jobId}};
}

} // namespace osm
