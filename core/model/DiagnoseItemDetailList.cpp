#include "DiagnoseItemDetailList.h"

#include "JsonRead.h"

namespace osm {

DiagnoseItemDetailList DiagnoseItemDetailList::fromJson(const QJsonObject &json)
{
    DiagnoseItemDetailList list;
    list.items = json::objects<DiagnoseItemDetail>(json.value(QLatin1String("item_results")));
    list.site = int(json::integer(json.value(QLatin1String("site")), kChinaSite));
    return list;
}

QJsonObject DiagnoseItemDetailList::toJson() const
{
    return QJsonObject{
        {QLatin1String("item_results"), json::toArray(items)},
        {QLatin1String("site"), site},
    };
}

} // namespace osm
