#include "CasePrivilege.h"

#include "JsonRead.h"

namespace osm {

CasePrivilege CasePrivilege::fromJson(const QJsonObject &json)
{
    // Anything but 0 / false counts as granted; a value out of the table's 0..1 is clamped to 1.
    return CasePrivilege{json::integer(json.value(QLatin1String("has_privilege"))) != 0 ? 1 : 0};
}

QJsonObject CasePrivilege::toJson() const
{
    return QJsonObject{{QLatin1String("has_privilege"), hasPrivilege}};
}

} // namespace osm
