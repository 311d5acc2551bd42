#include "SeverityList.h"

#include "JsonRead.h"

namespace osm {

SeverityList SeverityList::fromJson(const QJsonObject &json)
{
    SeverityList list;
    list.show = json::boolean(json.value(QLatin1String("show")));
    list.severities = json::objects<Severity>(json.value(QLatin1String("severity_list")));
    return list;
}

QJsonObject SeverityList::toJson() const
{
    return QJsonObject{
        {QLatin1String("show"), show},
        {QLatin1String("severity_list"), json::toArray(severities)},
    };
}

} // namespace osm
