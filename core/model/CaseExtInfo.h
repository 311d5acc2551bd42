#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace osm {

// The reminder-contact data of a case: IncidentDetailExtInfoV2 (5.11.4 ext_info). An object in the table,
// a one-element array in the example; fromJson takes the object, CaseDetail reads both shapes.
struct CaseExtInfo
{
    QString areaCode;     // area_code: country calling code
    QString remindMobile; // remind_mobile
    QString remindMail;   // remind_mail
    QString contactType;  // contact_type: contact methods, e.g. "0,1,2" (chapter 4)
    QString remindTime;   // remind_time
    QString ccEmail;      // cc_email: CC address(es)
    QString commodityId;  // commodity_id: ISV commodity id

    // contact_type split on commas ("0,1,2" → ["0","1","2"]).
    QStringList contactTypes() const;

    static CaseExtInfo fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const CaseExtInfo &, const CaseExtInfo &) = default;
};

} // namespace osm
