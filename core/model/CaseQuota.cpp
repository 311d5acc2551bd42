#include "CaseQuota.h"

#include "JsonRead.h"

namespace osm {

CaseQuota CaseQuota::fromJson(const QJsonObject &json)
{
    CaseQuota quota;
    quota.total = json::integer(json.value(QLatin1String("total")));
    quota.unUsed = json::integer(json.value(QLatin1String("un_used")));
    quota.measure = json::string(json.value(QLatin1String("measure"))).trimmed().toUpper();
    quota.specialApproval = json::objects<SpecialApprovalQuota>(json.value(QLatin1String("special_approval_case_info")));
    return quota;
}

QJsonObject CaseQuota::toJson() const
{
    return QJsonObject{
        {QLatin1String("total"), total},
        {QLatin1String("un_used"), unUsed},
        {QLatin1String("measure"), measure},
        {QLatin1String("special_approval_case_info"), json::toArray(specialApproval)},
    };
}

} // namespace osm
