#pragma once

#include "PartnersServiceInfo.h"

#include <QJsonObject>
#include <QString>

namespace osm {

// The answer of 5.11.8 show_partner_service_info. partners_service_info is an object in the table and
// an array of one object in the example: its first object is read, an object is written.
struct PartnerServiceInfoResult
{
    PartnersServiceInfo partnersServiceInfo; // partners_service_info

    static PartnerServiceInfoResult fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const PartnerServiceInfoResult &, const PartnerServiceInfoResult &) = default;
};

} // namespace osm
