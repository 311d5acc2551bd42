#include "CaseCategoryList.h"

#include "JsonRead.h"

namespace osm {

CaseCategoryList CaseCategoryList::fromJson(const QJsonObject &json)
{
    CaseCategoryList list;
    list.subTypes = json::objects<CaseSubType>(json.value(QLatin1String("incident_sub_type_list")));
    const QJsonValue total = json::field(json, {"total_count", "count"});
    list.totalCount = total.isUndefined() ? list.subTypes.size() : json::integer(total);
    return list;
}

QJsonObject CaseCategoryList::toJson() const
{
    return QJsonObject{
        {QLatin1String("total_count"), totalCount},
        {QLatin1String("incident_sub_type_list"), json::toArray(subTypes)},
    };
}

} // namespace osm
