#include "AgencyList.h"

#include "JsonRead.h"

namespace osm {

AgencyList AgencyList::fromJson(const QJsonObject &json)
{
    AgencyList r;
    r.agencies = json::objects<Agency>(json.value(QLatin1String("agency_list")));
    const QJsonValue total = json::field(json, {"total_count", "count"});
    r.totalCount = total.isUndefined() ? r.agencies.size() : json::integer(total);
    return r;
}

QJsonObject AgencyList::toJson() const
{
    return QJsonObject{
        {QLatin1String("total_count"), totalCount},
        {QLatin1String("agency_list"), json::toArray(agencies)},
    };
}

} // namespace osm
