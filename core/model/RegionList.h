#pragma once

#include "Region.h"

#include <QJsonObject>
#include <QList>

namespace osm {

// The answer of 5.8.7 list_regions.
struct RegionList
{
    qint64 totalCount = 0; // total_count (count is read too)
    QList<Region> regions; // data_center_list

    static RegionList fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const RegionList &, const RegionList &) = default;
};

} // namespace osm
