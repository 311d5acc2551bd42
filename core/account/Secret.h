#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace osm {

// The secret parts of one profile's credentials, kept as one keychain entry (JSON) per profile. No QDebug
// operator on purpose: nothing should ever print one.
struct Secret
{
    QString secretKey;     // AK/SK
    QString securityToken; // temporary AK/SK only
    QString password;      // IAM password sign-in

    bool isEmpty() const { return secretKey.isEmpty() && securityToken.isEmpty() && password.isEmpty(); }
    bool operator==(const Secret &) const = default;

    QByteArray toJson() const;
    static std::optional<Secret> fromJson(const QByteArray &json); // nullopt when it is not our format
};

} // namespace osm
