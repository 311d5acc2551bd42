#include "SpecialApprovalQuota.h"

#include "JsonRead.h"

namespace osm {

SpecialApprovalQuota SpecialApprovalQuota::fromJson(const QJsonObject &json)
{
    SpecialApprovalQuota quota;
    quota.used = json::integer(json.value(QLatin1String("used")));
    quota.maxQuota = json::integer(json.value(QLatin1String("max_quota")));
    return quota;
}

QJsonObject SpecialApprovalQuota::toJson() const
{
    return QJsonObject{{QLatin1String("used"), used}, {QLatin1String("max_quota"), maxQuota}};
}

} // namespace osm
