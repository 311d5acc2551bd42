#pragma once

#include <QJsonObject>
#include <QString>

namespace osm {

// The answer of 5.11.2 check_partner_case_privilege.
struct PartnerCasePrivilege
{
    bool hasPrivilege = false; // has_privilege

    static PartnerCasePrivilege fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const PartnerCasePrivilege &, const PartnerCasePrivilege &) = default;
};

} // namespace osm
