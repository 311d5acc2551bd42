#pragma once

#include <QJsonObject>
#include <QString>

namespace osm {

// Region (5.3.4 list_customer_regions): a region associated with the user. Only the two fields of that
// table; the region of 5.8.7 (type, is_sensitive) is model/Region.h.
struct RegionInfo
{
    QString regionId;   // region_id, 1-64
    QString regionName; // region_name, 1-64

    static RegionInfo fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const RegionInfo &, const RegionInfo &) = default;
};

} // namespace osm
