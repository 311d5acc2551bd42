#pragma once

#include <QJsonObject>
#include <QList>

namespace osm {

// One row of 5.11.3 count_cases_by_status: IncidentStatusCount.
struct StatusCount
{
    int status = 0;   // status, see CaseStatus
    qint64 count = 0; // count

    static StatusCount fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const StatusCount &, const StatusCount &) = default;
};

// The answer of 5.11.3 count_cases_by_status.
struct StatusCounts
{
    // incident_statuses_counts in the table, incident_status_counts in the example (API.md §8)
    QList<StatusCount> counts;

    // The count reported for `status`; 0 when the server sent no row for it.
    qint64 countFor(int status) const;
    qint64 total() const;

    static StatusCounts fromJson(const QJsonObject &json);
    // Writes the table's name: incident_statuses_counts.
    QJsonObject toJson() const;

    friend bool operator==(const StatusCounts &, const StatusCounts &) = default;
};

} // namespace osm
