#pragma once

#include <QJsonObject>
#include <QString>

namespace osm {

// IncidentOrderAuthDetailInfoV2 (5.6.4 incident_auth_detail_list): one item an authorization asks for,
// either console access or a host; its id is the authorization_detail_id of 5.6.1 and 5.6.7-5.6.9.
struct AuthorizationDetail
{
    static constexpr int TypeConsole = 0; // type 0: console
    static constexpr int TypeHost = 1;    // type 1: host resource

    qint64 id = 0;        // id, Long ≥ 0
    int port = 0;         // port, 0..65535
    QString account;      // account, 0-64
    int type = TypeConsole; // type, 0..1
    QString instanceId;   // instance_id, 0-64
    QString instanceName; // instance_name, 0-64
    QString regionId;     // region_id, 0-64

    bool isHost() const { return type == TypeHost; }

    static AuthorizationDetail fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const AuthorizationDetail &, const AuthorizationDetail &) = default;
};

} // namespace osm
