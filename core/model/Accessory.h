#pragma once

#include <QJsonObject>
#include <QString>

namespace osm {

// An attachment as the responses describe it: SimpleAccessoryV2 (accessory_id, file_actual_name) in message
// accessory_list (5.10.5-5.10.7, 5.11.4), and AccessoryUrl (accessory_id, accessory_name, accessory_url) in
// 5.2.1. The reference documents nothing richer (no size, no creation time) for v2; whatever else a server
// sends is kept in `raw` and written back by toJson().
struct Accessory
{
    QString accessoryId;    // accessory_id
    QString fileActualName; // file_actual_name (read from accessory_name when only that is present)
    QString accessoryUrl;   // accessory_url (5.2.1 only)
    QJsonObject raw;        // the object as received

    static Accessory fromJson(const QJsonObject &json);
    // SimpleAccessoryV2's fields; accessory_url only when set.
    QJsonObject toJson() const;

    friend bool operator==(const Accessory &, const Accessory &) = default;
};

} // namespace osm
