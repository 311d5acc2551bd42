#include "CcEmailInfo.h"

#include "JsonRead.h"

namespace osm {

CcEmailInfo CcEmailInfo::fromJson(const QJsonObject &json)
{
    CcEmailInfo r;
    r.userId = json::string(json.value(QLatin1String("user_id")));
    r.customerId = json::string(json.value(QLatin1String("customer_id")));
    r.ccEmail = json::string(json.value(QLatin1String("cc_email")));
    return r;
}

QJsonObject CcEmailInfo::toJson() const
{
    return QJsonObject{
        {QLatin1String("user_id"), userId},
        {QLatin1String("customer_id"), customerId},
        {QLatin1String("cc_email"), ccEmail},
    };
}

} // namespace osm
