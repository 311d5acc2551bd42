#pragma once

#include "CaseSummary.h"

#include <QJsonObject>
#include <QList>

namespace osm {

// The answer of 5.11.9 list_cases: one page of cases and the total.
struct CaseList
{
    qint64 count = 0;         // count — the table's name; the example sends total_count (API.md §8)
    QList<CaseSummary> cases; // incident_info_list

    static CaseList fromJson(const QJsonObject &json);
    // Writes the table's names: count, incident_info_list.
    QJsonObject toJson() const;

    friend bool operator==(const CaseList &, const CaseList &) = default;
};

} // namespace osm
