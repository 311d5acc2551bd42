#include "ProblemTemplate.h"

#include "JsonRead.h"

namespace osm {

ProblemTemplate ProblemTemplate::fromJson(const QJsonObject &json)
{
    ProblemTemplate t;
    t.templateId = json::string(json.value(QLatin1String("incident_template_id")));
    t.templateName = json::string(json.value(QLatin1String("incident_template_name")));
    t.templateContent = json::string(json.value(QLatin1String("incident_template_content")));
    return t;
}

QJsonObject ProblemTemplate::toJson() const
{
    return QJsonObject{
        {QLatin1String("incident_template_id"), templateId},
        {QLatin1String("incident_template_name"), templateName},
        {QLatin1String("incident_template_content"), templateContent},
    };
}

} // namespace osm
