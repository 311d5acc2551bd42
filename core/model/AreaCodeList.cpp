#include "AreaCodeList.h"

#include "JsonRead.h"

namespace osm {

AreaCodeList AreaCodeList::fromJson(const QJsonObject &json)
{
    AreaCodeList list;
    list.areaCodes = json::objects<AreaCode>(json.value(QLatin1String("area_code_list")));
    return list;
}

QJsonObject AreaCodeList::toJson() const
{
    return QJsonObject{{QLatin1String("area_code_list"), json::toArray(areaCodes)}};
}

} // namespace osm
