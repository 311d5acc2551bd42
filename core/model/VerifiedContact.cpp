#include "VerifiedContact.h"

#include "JsonRead.h"

namespace osm {

VerifiedContact VerifiedContact::fromJson(const QJsonObject &json)
{
    VerifiedContact contact;
    contact.contactWay = static_cast<int>(json::integer(json.value(QLatin1String("contact_way"))));
    contact.contactValue = json::string(json.value(QLatin1String("contact_value")));
    contact.areaCode = json::string(json.value(QLatin1String("area_code")));
    contact.verifiedId = json::string(json.value(QLatin1String("verified_id")));
    return contact;
}

QJsonObject VerifiedContact::toJson() const
{
    return QJsonObject{
        {QLatin1String("contact_way"), contactWay},
        {QLatin1String("contact_value"), contactValue},
        {QLatin1String("area_code"), areaCode},
        {QLatin1String("verified_id"), verifiedId},
    };
}

} // namespace osm
