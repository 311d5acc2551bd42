#include "ProblemTemplateList.h"

#include "JsonRead.h"

namespace osm {

ProblemTemplateList ProblemTemplateList::fromJson(const QJsonObject &json)
{
    ProblemTemplateList list;
    list.templates = json::objects<ProblemTemplate>(json.value(QLatin1String("incident_template_list")));
    const QJsonValue total = json::field(json, {"total_count", "count"});
    list.totalCount = total.isUndefined() ? list.templates.size() : json::integer(total);
    return list;
}

QJsonObject ProblemTemplateList::toJson() const
{
    return QJsonObject{
        {QLatin1String("total_count"), totalCount},
        {QLatin1String("incident_template_list"), json::toArray(templates)},
    };
}

} // namespace osm
