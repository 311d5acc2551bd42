#pragma once

#include "ProblemType.h"

#include <QJsonObject>
#include <QList>

namespace osm {

// The answer of 5.8.2 list_problem_types.
struct ProblemTypeList
{
    qint64 count = 0;                // count (the table); the example names it total_count, read too
    QList<ProblemType> problemTypes; // incident_business_type_list
    bool gray = false;               // gray, the canary policy (absent from the example: false)

    static ProblemTypeList fromJson(const QJsonObject &json);
    QJsonObject toJson() const; // the table's names: count, incident_business_type_list, gray

    friend bool operator==(const ProblemTypeList &, const ProblemTypeList &) = default;
};

} // namespace osm
