#include "Severity.h"

#include "JsonRead.h"

namespace osm {

Severity Severity::fromJson(const QJsonObject &json)
{
    Severity s;
    s.language = json::string(json.value(QLatin1String("language")));
    s.severityName = json::string(json.value(QLatin1String("severity_name")));
    s.severityId = json::string(json.value(QLatin1String("severity_id")));
    return s;
}

QJsonObject Severity::toJson() const
{
    return QJsonObject{
        {QLatin1String("language"), language},
        {QLatin1String("severity_name"), severityName},
        {QLatin1String("severity_id"), severityId},
    };
}

} // namespace osm
