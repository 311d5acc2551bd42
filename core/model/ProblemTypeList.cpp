#include "ProblemTypeList.h"

#include "JsonRead.h"

namespace osm {

ProblemTypeList ProblemTypeList::fromJson(const QJsonObject &json)
{
    ProblemTypeList list;
    list.problemTypes = json::objects<ProblemType>(json.value(QLatin1String("incident_business_type_list")));
    const QJsonValue total = json::field(json, {"count", "total_count"});
    list.count = total.isUndefined() ? list.problemTypes.size() : json::integer(total);
    list.gray = json::boolean(json.value(QLatin1String("gray")));
    return list;
}

QJsonObject ProblemTypeList::toJson() const
{
    return QJsonObject{
        {QLatin1String("count"), count},
        {QLatin1String("incident_business_type_list"), json::toArray(problemTypes)},
        {QLatin1String("gray"), gray},
    };
}

} // namespace osm
