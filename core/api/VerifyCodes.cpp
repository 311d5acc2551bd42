#include "VerifyCodes.h"

#include "Operation.h"
#include "Validator.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace osm::api {

namespace {
const Operation kCheckNeedVerify{"check_need_verify", "GET", "/v2/servicerequest/verifycodes/need-verify"};
const Operation kListVerifiedContacts{"list_verified_contacts", "GET", "/v2/servicerequest/verifycodes/has-verified"};
const Operation kVerifyContact{"verify_contact", "POST", "/v2/servicerequest/verifycodes"};
const Operation kSendVerifyCode{"send_verify_code", "POST", "/v2/servicerequest/verifycodes/send"};

const QList<int> kContactWays{VerifiedContact::Phone, VerifiedContact::Email};
} // namespace

Error ContactParams::validate() const
{
    return Validator()
        .required("contact_value", contactValue)
        .maxLength("contact_value", contactValue, 64)
        .oneOf("contact_way", contactWay, kContactWays)
        .maxLength("area_code", areaCode, 16)
        .error();
}

QFuture<Result<VerificationNeed>> checkNeedVerify(ApiClient &client, const ContactParams &contact)
{
    const QueryItems query = QueryBuilder()
                                 .add("contact_value", contact.contactValue)
                                 .add("contact_way", std::optional<qint64>(contact.contactWay))
                                 .add("area_code", contact.areaCode)
                                 .items();
    return run<VerificationNeed>(client, kCheckNeedVerify, {}, query, contact.validate());
}

QFuture<Result<Acknowledgement>> sendVerifyCode(ApiClient &client, const ContactParams &contact)
{
    QJsonObject body{{QLatin1String("contact_value"), contact.contactValue},
                     {QLatin1String("contact_way"), contact.contactWay}};
    if (!contact.areaCode.isEmpty())
        body.insert(QLatin1String("area_code"), contact.areaCode);
    return run<Acknowledgement>(client, kSendVerifyCode, {}, {}, contact.validate(), &body);
}

Error VerifyContactParams::validate() const
{
    static const QRegularExpression sixCharacters(QStringLiteral("^.{6}$"));
    Error invalid = Validator()
                        .required("verify_code", verifyCode)
                        .pattern("verify_code", verifyCode, sixCharacters,
                                 QCoreApplication::translate("osm::api::VerifyCodes",
                                                             "it must be exactly 6 characters long."))
                        .error();
    if (!invalid)
        invalid = contact.validate();
    if (!invalid)
        invalid = Validator().maxLength("x_customer_id", xCustomerId, 64).maxLength("customer_id", customerId, 64).error();
    return invalid;
}

QJsonObject VerifyContactParams::body() const
{
    QJsonObject body{{QLatin1String("verify_code"), verifyCode},
                     {QLatin1String("contact_value"), contact.contactValue},
                     {QLatin1String("contact_way"), contact.contactWay}};
    if (!contact.areaCode.isEmpty())
        body.insert(QLatin1String("area_code"), contact.areaCode);
    if (!xCustomerId.isEmpty())
        body.insert(QLatin1String("x_customer_id"), xCustomerId);
    if (!customerId.isEmpty())
        body.insert(QLatin1String("customer_id"), customerId);
    return body;
}

QFuture<Result<Acknowledgement>> verifyContact(ApiClient &client, const VerifyContactParams &params)
{
    const QJsonObject body = params.body();
    return run<Acknowledgement>(client, kVerifyContact, {}, {}, params.validate(), &body);
}

Error ListVerifiedContactsParams::validate() const
{
    return Validator()
        .oneOf("contact_way", contactWay, kContactWays)
        .maxLength("customer_id", customerId, 64)
        .maxLength("sub_customer_id", subCustomerId, 64)
        .dateTime("expired_time", expiredTime)
        .maxLength("verified_id", verifiedId, 64)
        .maxLength("contact_value", contactValue, 64)
        .maxLength("area_code", areaCode, 16)
        .range("offset", offset, 0, 65535)
        .range("limit", limit, 1, 100)
        .error();
}

QueryItems ListVerifiedContactsParams::query() const
{
    return QueryBuilder()
        .add("contact_way", contactWay)
        .add("customer_id", customerId)
        .add("sub_customer_id", subCustomerId)
        .add("expired_time", expiredTime)
        .add("verified_id", verifiedId)
        .add("contact_value", contactValue)
        .add("area_code", areaCode)
        .add("offset", offset)
        .add("limit", limit)
        .items();
}

QFuture<Result<VerifiedContactList>> listVerifiedContacts(ApiClient &client, const ListVerifiedContactsParams &params)
{
    return run<VerifiedContactList>(client, kListVerifiedContacts, {}, params.query(), params.validate());
}

} // namespace osm::api
