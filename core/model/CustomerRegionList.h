#pragma once

#include "RegionInfo.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace osm {

// The answer of 5.3.4 list_customer_regions.
struct CustomerRegionList
{
    qint64 count = 0;              // count (total_count is read too; absent: the list's size)
    QList<RegionInfo> regionInfos; // region_infos

    static CustomerRegionList fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const CustomerRegionList &, const CustomerRegionList &) = default;
};

} // namespace osm
