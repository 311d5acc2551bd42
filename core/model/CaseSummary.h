#pragma once

#include "Label.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace osm {

// One case of 5.11.9 list_cases: IncidentInfoV2, every field of the table.
struct CaseSummary
{
    QString xcustomerId;         // xcustomer_id: sub-user (IAM user) id
    QString xcustomerName;       // xcustomer_name
    int status = 0;              // status, see CaseStatus
    QString incidentId;          // incident_id: the case id
    QString businessTypeName;    // business_type_name: problem type
    QString productCategoryName; // product_category_name
    QString incidentServiceType; // incident_service_type
    QString incidentTypeName;    // incident_type_name: case type
    QString customerId;          // customer_id
    QString dcName;              // dc_name: region name
    QString simpleDescription;   // simple_description
    QString rootCause;           // root_cause
    QString resolution;          // resolution
    QDateTime createTime;        // create_time: a String without documented format (example "test"); in UTC
    QDateTime confirmedTime;     // confirmed_time: resolution time, same
    QList<Label> labels;         // label_list, 0-5
    bool gray = false;           // gray: the case follows the gray-release policy
    int type = 0;                // type: undocumented "Type"
    // The received fields not modelled above (usually none). Only those: a case list holds up to 100,000
    // summaries, and a copy of every received object doubled its memory (issue 8, figure 4).
    QJsonObject extra;

    static CaseSummary fromJson(const QJsonObject &json);
    // Every IncidentInfoV2 field, plus the unmodelled fields of `extra`.
    QJsonObject toJson() const;

    friend bool operator==(const CaseSummary &, const CaseSummary &) = default;
};

} // namespace osm
