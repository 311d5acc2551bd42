#pragma once

#include "AuthorizationStatus.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace osm {

// IncidentOrderAuthV2 (5.6.6 incident_auth_list): an authorization request as listed, with the case and the
// sub-user it belongs to. Its items (hosts) come with show_authorization (AuthorizationInfo).
struct Authorization
{
    QString id;                  // id, 1-32
    int status = AuthorizationStatus::Pending; // status, 0..10
    QString incidentId;          // incident_id, 1-64
    QString simpleDescription;   // simple_description, 1-2000
    QString authDescribe;        // auth_describe, 1-2000
    QString resourceTypeId;      // resource_type_id, 1-64
    QString resourceTypeName;    // resource_type_name, 1-64
    QString visitTypeId;         // visit_type_id, 1-64
    QString visitTypeName;       // visit_type_name, 1-64
    QDateTime createTime;        // create_time (String date-time)
    QDateTime authEffectiveTime; // auth_effective_time
    QDateTime authExpireTime;    // auth_expire_time
    QString rejectReason;        // reject_reason, 0-300 (null in the example)
    QString customerId;          // customer_id, the account, 1-64
    QString xCustomerId;         // x_customer_id, the sub-user, 0-64
    QString xcustomerName;       // xcustomer_name, 0-256
    QString contentOfAuthLetter; // content_of_auth_letter, the letter of commitment, 0-20000

    static Authorization fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const Authorization &, const Authorization &) = default;
};

} // namespace osm
