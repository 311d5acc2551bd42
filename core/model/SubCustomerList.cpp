#include "SubCustomerList.h"

#include "JsonRead.h"

namespace osm {

SubCustomerList SubCustomerList::fromJson(const QJsonObject &json)
{
    SubCustomerList r;
    r.subCustomerInfos = json::objects<SubCustomer>(json.value(QLatin1String("sub_customer_infos")));
    return r;
}

QJsonObject SubCustomerList::toJson() const
{
    return QJsonObject{
        {QLatin1String("sub_customer_infos"), json::toArray(subCustomerInfos)},
    };
}

} // namespace osm
