#pragma once

#include "Authorization.h"

#include <QJsonObject>
#include <QList>

namespace osm {

// The answer of 5.6.6 list_authorizations: one page and the number of all that match.
struct AuthorizationList
{
    qint64 count = 0;                   // count, Integer (a string "123" in the example; total_count read too)
    QList<Authorization> authorizations; // incident_auth_list

    static AuthorizationList fromJson(const QJsonObject &json);
    QJsonObject toJson() const; // count written as the table's Integer

    friend bool operator==(const AuthorizationList &, const AuthorizationList &) = default;
};

} // namespace osm
