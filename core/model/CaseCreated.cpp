#include "CaseCreated.h"

#include "JsonRead.h"

namespace osm {

CaseCreated CaseCreated::fromJson(const QJsonObject &json)
{
    CaseCreated r;
    r.incidentId = json::string(json.value(QLatin1String("incident_id")));
    return r;
}

QJsonObject CaseCreated::toJson() const
{
    return QJsonObject{
        {QLatin1String("incident_id"), incidentId},
    };
}

} // namespace osm
