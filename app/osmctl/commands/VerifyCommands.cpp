#include "VerifyCommands.h"

#include "api/VerifyCodes.h"

namespace osm::ctl {

namespace {

// 5.13.3's fields next to the contact's, so that every option binds to a field of one struct.
struct CheckArgs : api::ContactParams
{
    QString verifyCode;
    QString xCustomerId;
    QString customerId;

    api::VerifyContactParams params() const { return {*this, verifyCode, xCustomerId, customerId}; }
    Error validate() const { return params().validate(); }
};

// The contact options that need-verify, send and check share.
template <typename P>
CommandBuilder<P> &contactOptions(CommandBuilder<P> &builder)
{
    return builder
        .option(QStringLiteral("contact-way"), &P::contactWay, VerifyCommands::tr("0 a mobile number (SMS), 1 an e-mail address."),
                Need::Required)
        .option(QStringLiteral("contact-value"), &P::contactValue,
                VerifyCommands::tr("The mobile number or e-mail address (1-64 characters)."), Need::Required)
        .option(QStringLiteral("area-code"), &P::areaCode,
                VerifyCommands::tr("The telephone country code of a mobile number, such as 86 (at most 16 characters)."));
}

} // namespace

CommandGroup VerifyCommands::group()
{
    using Contact = api::ContactParams;
    using List = api::ListVerifiedContactsParams;
    CommandBuilder<Contact> needVerify(QStringLiteral("need-verify"),
                                       tr("Tell whether a reminder contact needs a verification code (5.13.1)."));
    CommandBuilder<Contact> send(QStringLiteral("send"), tr("Send a verification code to a contact (5.13.4)."));
    CommandBuilder<CheckArgs> check(QStringLiteral("check"),
                                    tr("Check the code a contact received, which verifies the contact (5.13.3)."));
    return {QStringLiteral("verify"),
            tr("Verification codes for reminder contacts that are not the account's own: need-verify, send, check, list."),
            {
                contactOptions(needVerify).run([](ApiClient &client, const Contact &p) {
                    return api::checkNeedVerify(client, p);
                }),
                contactOptions(send)
                    .done(tr("The code was sent; it is valid for 5 minutes."))
                    .run([](ApiClient &client, const Contact &p) { return api::sendVerifyCode(client, p); }),
                contactOptions(check)
                    .option(QStringLiteral("verify-code"), &CheckArgs::verifyCode, tr("The code received (6 characters)."),
                            Need::Required)
                    .option(QStringLiteral("x-customer-id"), &CheckArgs::xCustomerId,
                            tr("The sub-user (IAM user) id (at most 64 characters)."))
                    .option(QStringLiteral("customer-id"), &CheckArgs::customerId,
                            tr("The account id (at most 64 characters)."))
                    .done(tr("The contact is verified."))
                    .run([](ApiClient &client, const CheckArgs &p) { return api::verifyContact(client, p.params()); }),
                CommandBuilder<List>(QStringLiteral("list"), tr("List the verified contacts (5.13.2)."))
                    .option(QStringLiteral("contact-way"), &List::contactWay, tr("0 mobile numbers, 1 e-mail addresses."))
                    .option(QStringLiteral("contact-value"), &List::contactValue,
                            tr("This mobile number or e-mail address (at most 64 characters)."))
                    .option(QStringLiteral("area-code"), &List::areaCode,
                            tr("The telephone country code (at most 16 characters)."))
                    .option(QStringLiteral("verified-id"), &List::verifiedId,
                            tr("The verification with this id (at most 64 characters)."))
                    .option(QStringLiteral("customer-id"), &List::customerId,
                            tr("The account id (at most 64 characters)."))
                    .option(QStringLiteral("sub-customer-id"), &List::subCustomerId,
                            tr("The sub-user (IAM user) id (at most 64 characters)."))
                    .option(QStringLiteral("expired-time"), &List::expiredTime,
                            tr("Still valid at this time, yyyy-MM-dd HH:mm:ss."))
                    .option(QStringLiteral("offset"), &List::offset, tr("Skip this many contacts (0-65535, default 0)."))
                    .option(QStringLiteral("limit"), &List::limit, tr("At most this many contacts (1-100, default 10)."))
                    .run([](ApiClient &client, const List &p) { return api::listVerifiedContacts(client, p); }),
            }};
}

} // namespace osm::ctl
