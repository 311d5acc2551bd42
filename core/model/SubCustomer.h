#pragma once

#include <QJsonObject>
#include <QString>

namespace osm {

// SubCutomerInfoV2 (sic; 5.11.10 list_sub_customers): a sub-user (IAM user) with anonymised contacts.
struct SubCustomer
{
    QString mobile;       // mobile, 0-32, anonymised
    QString email;        // email, 0-256, anonymised
    QString customerId;   // customer_id, 0-64
    QString domainId;     // domain_id, 0-64: the main account
    QString customerName; // customer_name, 0-256, anonymised
    QString areaCode;     // area_code, 0-16

    static SubCustomer fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const SubCustomer &, const SubCustomer &) = default;
};

} // namespace osm
