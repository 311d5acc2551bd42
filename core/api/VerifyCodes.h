#pragma once

#include "model/Acknowledgement.h"
#include "model/VerificationNeed.h"
#include "model/VerifiedContact.h"
#include "model/VerifiedContactList.h"
#include "net/ApiClient.h"

#include <QFuture>
#include <QJsonObject>
#include <optional>

namespace osm::api {

// 5.13 verification codes: a reminder phone number or e-mail address that is not one of the account's
// registered contacts needs a code first. Flow: check_need_verify → send_verify_code → verify_contact →
// list_verified_contacts (its verified_id goes into create_case's x-phone-verifiedid / x-email-verifiedid).
// Per OSM.01010024 a code is valid 5 minutes and can be sent once a minute; OSM.01010036: no more sends;
// OSM.01010010: verification failed.

// The contact of 5.13.1 (query) and 5.13.4 (body).
struct ContactParams
{
    int contactWay = VerifiedContact::Phone; // contact_way, required: 0 phone (SMS), 1 e-mail
    QString contactValue;                    // contact_value, required, 1-64
    QString areaCode;                        // area_code, 0-16: the calling code of a phone number, such as "86"

    Error validate() const;
};

// 5.13.1 check_need_verify
QFuture<Result<VerificationNeed>> checkNeedVerify(ApiClient &client, const ContactParams &contact);

// 5.13.4 send_verify_code: {"contact_value", "contact_way", "area_code"}; area_code only when given.
QFuture<Result<Acknowledgement>> sendVerifyCode(ApiClient &client, const ContactParams &contact);

// 5.13.3 verify_contact
struct VerifyContactParams
{
    ContactParams contact;
    QString verifyCode;  // verify_code, required, exactly 6 characters
    QString xCustomerId; // x_customer_id, 0-64: the sub-user (IAM user) id
    QString customerId;  // customer_id, 0-64

    Error validate() const;
    // The table's fields; the optional ones only when given.
    QJsonObject body() const;
};
QFuture<Result<Acknowledgement>> verifyContact(ApiClient &client, const VerifyContactParams &params);

// 5.13.2 list_verified_contacts
struct ListVerifiedContactsParams
{
    std::optional<qint64> contactWay; // contact_way, 0 or 1
    QString customerId;               // customer_id, 0-64
    QString subCustomerId;            // sub_customer_id, 0-64
    QString expiredTime;              // expired_time, yyyy-MM-dd HH:mm:ss
    QString verifiedId;               // verified_id, 0-64
    QString contactValue;             // contact_value, 0-64
    QString areaCode;                 // area_code, 0-16
    std::optional<qint64> offset;     // 0..65535, default 0
    std::optional<qint64> limit;      // 1..100, default 10

    Error validate() const;
    QueryItems query() const;
};
QFuture<Result<VerifiedContactList>> listVerifiedContacts(ApiClient &client,
                                                          const ListVerifiedContactsParams &params = {});

} // namespace osm::api
