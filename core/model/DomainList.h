#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace osm {

// One account (domain) of IAM's GET /v3/auth/domains.
struct Domain
{
    QString id;          // id: the account id (what X-Domain-Id carries for AK/SK signing)
    QString name;        // name
    bool enabled = true; // enabled
    QString description; // description, when IAM sends it

    static Domain fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const Domain &, const Domain &) = default;
};

// The body of IAM's GET /v3/auth/domains: {"domains": [...]}, the accounts the credentials can reach.
struct DomainList
{
    QList<Domain> domains; // domains

    static DomainList fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const DomainList &, const DomainList &) = default;
};

} // namespace osm
