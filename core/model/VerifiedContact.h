#pragma once

#include <QJsonObject>
#include <QString>

namespace osm {

// ContactV2 (5.13.2 list_verified_contacts): a phone number or e-mail address that passed verification.
// Its verified_id goes into create_case's x-phone-verifiedid / x-email-verifiedid header.
struct VerifiedContact
{
    // contact_way of 5.13: 0 mobile phone (5.13.3/5.13.4 say "SMS"), 1 e-mail.
    enum Way : int { Phone = 0, Email = 1 };

    int contactWay = Phone; // contact_way
    QString contactValue;   // contact_value, 0-256
    QString areaCode;       // area_code, country calling code such as "86"
    QString verifiedId;     // verified_id, 1-64

    static VerifiedContact fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const VerifiedContact &, const VerifiedContact &) = default;
};

} // namespace osm
