#pragma once

#include <QJsonObject>

namespace osm {

// The answer of 5.4.1 show_privilege_policy: whether the restriction of a privilege is switched on (the main
// account switches it on; sub-users then lack the privilege by default, e.g. cannot submit cases).
struct PrivilegePolicy
{
    bool policySwitch = false; // policy_switch, Boolean (1/"true" read too)

    static PrivilegePolicy fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const PrivilegePolicy &, const PrivilegePolicy &) = default;
};

} // namespace osm
