#pragma once

#include <QJsonObject>

namespace osm {

// SpecialApprovalCaseInfo (5.7.1 show_case_quota): the special-approval quota.
struct SpecialApprovalQuota
{
    qint64 used = 0;     // used
    qint64 maxQuota = 0; // max_quota

    static SpecialApprovalQuota fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const SpecialApprovalQuota &, const SpecialApprovalQuota &) = default;
};

} // namespace osm
