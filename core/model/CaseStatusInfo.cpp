#include "CaseStatusInfo.h"

#include "JsonRead.h"

namespace osm {

CaseStatusInfo CaseStatusInfo::fromJson(const QJsonObject &json)
{
    CaseStatusInfo r;
    r.status = static_cast<int>(json::integer(json.value(QLatin1String("status"))));
    return r;
}

QJsonObject CaseStatusInfo::toJson() const
{
    return QJsonObject{
        {QLatin1String("status"), status},
    };
}

} // namespace osm
