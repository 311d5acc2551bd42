#include "UploadedAccessory.h"

#include "JsonRead.h"

namespace osm {

UploadedAccessory UploadedAccessory::fromJson(const QJsonObject &json)
{
    UploadedAccessory uploaded;
    // v1 (6.4) answers accessoryId.
    uploaded.accessoryId = json::string(json::field(json, {"accessory_id", "accessoryId"}));
    return uploaded;
}

QJsonObject UploadedAccessory::toJson() const
{
    return QJsonObject{{QLatin1String("accessory_id"), accessoryId}};
}

} // namespace osm
