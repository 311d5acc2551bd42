#pragma once

#include <QJsonObject>
#include <QString>

namespace osm {

// The answer of 5.3.5 create_case: the new case's id.
struct CaseCreated
{
    QString incidentId; // incident_id, 0-64 (the reference shows "123" and "TS-123456")

    static CaseCreated fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const CaseCreated &, const CaseCreated &) = default;
};

} // namespace osm
