#include "CaseList.h"

#include "JsonRead.h"

namespace osm {

CaseList CaseList::fromJson(const QJsonObject &json)
{
    CaseList list;
    list.cases = json::objects<CaseSummary>(json.value(QLatin1String("incident_info_list")));
    // Without a total the page is all there is.
    list.count = json::integer(json::field(json, {"count", "total_count"}), list.cases.size());
    return list;
}

QJsonObject CaseList::toJson() const
{
    return QJsonObject{
        {QLatin1String("count"), count},
        {QLatin1String("incident_info_list"), json::toArray(cases)},
    };
}

} // namespace osm
