#pragma once

#include "AuthorizationDetail.h"
#include "AuthorizationStatus.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace osm {

// The answer of 5.6.4 show_authorization: one authorization request with the items it asks for.
// Times are String date-times ("2020-07-07T09:33:43.000Z"); reject_reason and agency_name arrive as null
// when empty (example); is_need_backup / is_complete_backup are typed Boolean but described as 0/1 and
// missing from the example, so they are optional and read either way.
struct AuthorizationInfo
{
    QString id;                   // id, 1-32
    int status = AuthorizationStatus::Pending; // status, 0..10
    QString incidentId;           // incident_id, 1-64
    QString simpleDescription;    // simple_description, 0-2000
    QString resourceTypeId;       // resource_type_id, 0-32
    QString resourceTypeName;     // resource_type_name, 0-64
    QString visitTypeId;          // visit_type_id, 0-32
    QString visitTypeName;        // visit_type_name, 0-64
    QDateTime authEffectiveTime;  // auth_effective_time (invalid when not set)
    QDateTime authExpireTime;     // auth_expire_time
    QString rejectReason;         // reject_reason, 0-300
    QList<AuthorizationDetail> details; // incident_auth_detail_list, 1-5
    QString xcustomerName;        // xcustomer_name, 0-256
    QString authHandlerName;      // auth_handler_name, 1-64
    QString agencyName;           // agency_name, 0-128
    QString authDescribe;         // auth_describe, 0-256
    QString contentTypeId;        // content_type_id, 0-64
    QString contentTypeName;      // content_type_name, 0-64
    std::optional<bool> isNeedBackup;     // is_need_backup (0 not applicable, 1 needed)
    std::optional<bool> isCompleteBackup; // is_complete_backup (0 risk accepted, 1 backed up)

    // The detail with this id; nullptr when the authorization has none.
    const AuthorizationDetail *detail(qint64 detailId) const;

    static AuthorizationInfo fromJson(const QJsonObject &json);
    // The table's fields; the two backup flags only when known.
    QJsonObject toJson() const;

    friend bool operator==(const AuthorizationInfo &, const AuthorizationInfo &) = default;
};

} // namespace osm
