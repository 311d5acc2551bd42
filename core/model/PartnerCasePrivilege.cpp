#include "PartnerCasePrivilege.h"

#include "JsonRead.h"

namespace osm {

PartnerCasePrivilege PartnerCasePrivilege::fromJson(const QJsonObject &json)
{
    PartnerCasePrivilege r;
    r.hasPrivilege = json::boolean(json.value(QLatin1String("has_privilege")));
    return r;
}

QJsonObject PartnerCasePrivilege::toJson() const
{
    return QJsonObject{
        {QLatin1String("has_privilege"), hasPrivilege},
    };
}

} // namespace osm
