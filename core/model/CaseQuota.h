#pragma once

#include "SpecialApprovalQuota.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace osm {

// The answer of 5.7.1 show_case_quota for one product category / problem type.
struct CaseQuota
{
    static constexpr qint64 kUnlimited = -1; // the tables' minimum -1: no limit

    qint64 total = 0;   // total, -1..2147483647
    qint64 unUsed = 0;  // un_used, -1..2147483647
    QString measure;    // measure: MONTH, QUARTER or YEAR (the example's unquoted MONTH is not JSON)
    // special_approval_case_info: an array in the table, one object in the example; both are read.
    QList<SpecialApprovalQuota> specialApproval;

    bool unlimited() const { return total == kUnlimited; }

    static CaseQuota fromJson(const QJsonObject &json);
    QJsonObject toJson() const; // special_approval_case_info written as the table's array

    friend bool operator==(const CaseQuota &, const CaseQuota &) = default;
};

} // namespace osm
