#pragma once

#include <QJsonObject>
#include <QString>

namespace osm {

// AgencyV2 (5.11.1 list_agencies): an IAM agency (delegation) of the account.
struct Agency
{
    QString id;              // id, 0-64
    QString name;            // name, 0-64
    QString duration;        // duration, 0-1 in the table ("123" in the example): kept as text
    QString trustDomainName; // trust_domain_name, 0-256
    QString trustDomainId;   // trust_domain_id, 0-64
    QString createTime;      // create_time, 0-32, format not documented: kept as text
    QString expireTime;      // expire_time, 0-32, format not documented: kept as text
    bool valid = false;      // valid: true = not expired

    static Agency fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const Agency &, const Agency &) = default;
};

} // namespace osm
