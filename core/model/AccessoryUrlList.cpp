#include "AccessoryUrlList.h"

#include "JsonRead.h"

#include <QJsonArray>

namespace osm {

AccessoryUrlList AccessoryUrlList::fromJson(const QJsonObject &json)
{
    AccessoryUrlList list;
    list.accessoryUrls = json::objects<Accessory>(json.value(QLatin1String("accessory_urls")));
    return list;
}

QJsonObject AccessoryUrlList::toJson() const
{
    QJsonArray urls;
    for (const Accessory &accessory : accessoryUrls) {
        urls.append(QJsonObject{
            {QLatin1String("accessory_id"), accessory.accessoryId},
            {QLatin1String("accessory_name"), accessory.fileActualName},
            {QLatin1String("accessory_url"), accessory.accessoryUrl},
        });
    }
    return QJsonObject{{QLatin1String("accessory_urls"), urls}};
}

} // namespace osm
