#pragma once

#include <QJsonObject>
#include <QString>

namespace osm {

// PartnersServiceInfo (5.11.8 show_partner_service_info): when the associated partner serves.
struct PartnersServiceInfo
{
    QString customerId;       // customer_id, 1-64
    QString customerName;     // customer_name, 1-256
    QString serviceTimeZone;  // service_time_zone, 0-10: "GMT+08:00" (the example: "GMT+8")
    QString serviceStartDay;  // service_start_day: weekly start day ("1")
    QString serviceEndDay;    // service_end_day ("5")
    QString serviceStartTime; // service_start_time: daily, "09:00"
    QString serviceEndTime;   // service_end_time: daily, "18:00"

    static PartnersServiceInfo fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const PartnersServiceInfo &, const PartnersServiceInfo &) = default;
};

} // namespace osm
