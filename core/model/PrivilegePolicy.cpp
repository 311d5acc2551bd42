#include "PrivilegePolicy.h"

#include "JsonRead.h"

namespace osm {

PrivilegePolicy PrivilegePolicy::fromJson(const QJsonObject &json)
{
    return PrivilegePolicy{json::boolean(json.value(QLatin1String("policy_switch")))};
}

QJsonObject PrivilegePolicy::toJson() const
{
    return QJsonObject{{QLatin1String("policy_switch"), policySwitch}};
}

} // namespace osm
