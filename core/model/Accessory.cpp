#include "Accessory.h"

#include "JsonRead.h"

namespace osm {

Accessory Accessory::fromJson(const QJsonObject &json)
{
    Accessory accessory;
    accessory.accessoryId = json::string(json::field(json, {"accessory_id", "accessoryId"}));
    // 5.2.1 names the file accessory_name, v1 (6.3) accessoryName.
    accessory.fileActualName =
        json::string(json::field(json, {"file_actual_name", "accessory_name", "accessoryName"}));
    accessory.accessoryUrl = json::string(json.value(QLatin1String("accessory_url")));
    accessory.raw = json;
    return accessory;
}

QJsonObject Accessory::toJson() const
{
    QJsonObject typed{
        {QLatin1String("accessory_id"), accessoryId},
        {QLatin1String("file_actual_name"), fileActualName},
    };
    if (!accessoryUrl.isEmpty())
        typed.insert(QLatin1String("accessory_url"), accessoryUrl);
    return json::merged(raw, typed);
}

} // namespace osm
