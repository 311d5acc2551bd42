#pragma once

#include <QJsonObject>
#include <QString>

namespace osm {

// The answer of 5.11.7 show_case_status (the codes: model/CaseStatus.h).
struct CaseStatusInfo
{
    int status = 0; // status, 0..20

    static CaseStatusInfo fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const CaseStatusInfo &, const CaseStatusInfo &) = default;
};

} // namespace osm
