#pragma once

#include <QJsonObject>

namespace osm {

// The answer of 5.4.2 check_case_privilege: whether the caller holds a privilege. Integer 0/1 here, a
// Boolean in 5.11.2's has_privilege: both are read.
struct CasePrivilege
{
    int hasPrivilege = 0; // has_privilege, 0..1

    bool granted() const { return hasPrivilege != 0; }

    static CasePrivilege fromJson(const QJsonObject &json);
    QJsonObject toJson() const; // the table's Integer

    friend bool operator==(const CasePrivilege &, const CasePrivilege &) = default;
};

} // namespace osm
