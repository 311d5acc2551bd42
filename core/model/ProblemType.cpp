#include "ProblemType.h"

#include "JsonRead.h"

namespace osm {

ProblemType ProblemType::fromJson(const QJsonObject &json)
{
    ProblemType type;
    type.businessTypeId = json::string(json.value(QLatin1String("business_type_id")));
    type.businessTypeName = json::string(json.value(QLatin1String("business_type_name")));
    type.caseType = json::string(json.value(QLatin1String("case_type")));
    type.canUseSupportPlan = json::boolean(json.value(QLatin1String("can_use_support_plan")));
    return type;
}

QJsonObject ProblemType::toJson() const
{
    return QJsonObject{
        {QLatin1String("business_type_id"), businessTypeId},
        {QLatin1String("business_type_name"), businessTypeName},
        {QLatin1String("case_type"), caseType},
        {QLatin1String("can_use_support_plan"), canUseSupportPlan},
    };
}

} // namespace osm
