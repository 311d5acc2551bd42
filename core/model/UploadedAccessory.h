#pragma once

#include <QJsonObject>
#include <QString>

namespace osm {

// The answer of 5.5.1 upload_accessory and 5.5.2 upload_accessory_json: {"accessory_id": "..."}. The id goes
// into create_case accessory_ids or create_message message.accessory_ids.
struct UploadedAccessory
{
    QString accessoryId; // accessory_id, 1-64

    static UploadedAccessory fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const UploadedAccessory &, const UploadedAccessory &) = default;
};

} // namespace osm
