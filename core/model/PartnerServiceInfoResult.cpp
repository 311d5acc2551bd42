#include "PartnerServiceInfoResult.h"

#include "JsonRead.h"

namespace osm {

PartnerServiceInfoResult PartnerServiceInfoResult::fromJson(const QJsonObject &json)
{
    PartnerServiceInfoResult r;
    r.partnersServiceInfo = PartnersServiceInfo::fromJson(json::object(json.value(QLatin1String("partners_service_info"))));
    return r;
}

QJsonObject PartnerServiceInfoResult::toJson() const
{
    return QJsonObject{
        {QLatin1String("partners_service_info"), partnersServiceInfo.toJson()},
    };
}

} // namespace osm
