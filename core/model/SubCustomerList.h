#pragma once

#include "SubCustomer.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace osm {

// The answer of 5.11.10 list_sub_customers.
struct SubCustomerList
{
    QList<SubCustomer> subCustomerInfos; // sub_customer_infos

    static SubCustomerList fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const SubCustomerList &, const SubCustomerList &) = default;
};

} // namespace osm
