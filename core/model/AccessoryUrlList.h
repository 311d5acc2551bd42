#pragma once

#include "Accessory.h"

#include <QJsonObject>
#include <QList>

namespace osm {

// The answer of 5.2.1 list_accessory_access_urls: {"accessory_urls": [AccessoryUrl]}, each with accessory_id,
// accessory_name (absent from the reference's example) and accessory_url.
struct AccessoryUrlList
{
    QList<Accessory> accessoryUrls; // accessory_urls, 0-65535

    static AccessoryUrlList fromJson(const QJsonObject &json);
    // AccessoryUrl's three fields per element.
    QJsonObject toJson() const;

    friend bool operator==(const AccessoryUrlList &, const AccessoryUrlList &) = default;
};

} // namespace osm
