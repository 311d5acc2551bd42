#pragma once

#include "Agency.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace osm {

// The answer of 5.11.1 list_agencies.
struct AgencyList
{
    qint64 totalCount = 0;  // total_count, 0..65535 (count is read too; absent: the list's size)
    QList<Agency> agencies; // agency_list

    static AgencyList fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const AgencyList &, const AgencyList &) = default;
};

} // namespace osm
