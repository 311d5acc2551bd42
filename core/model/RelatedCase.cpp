#include "RelatedCase.h"

#include "JsonRead.h"

namespace osm {

RelatedCase RelatedCase::fromJson(const QJsonObject &json)
{
    RelatedCase related;
    // incident_id is what every other case object calls the id.
    related.caseId = json::string(json::field(json, {"case_id", "incident_id"}));
    related.simpleDescription = json::string(json.value(QLatin1String("simple_description")));
    related.userName = json::string(json.value(QLatin1String("user_name")));
    return related;
}

QJsonObject RelatedCase::toJson() const
{
    return QJsonObject{
        {QLatin1String("case_id"), caseId},
        {QLatin1String("simple_description"), simpleDescription},
        {QLatin1String("user_name"), userName},
    };
}

} // namespace osm
