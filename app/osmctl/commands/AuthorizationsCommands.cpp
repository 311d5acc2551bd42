#include "AuthorizationsCommands.h"

#include "api/Authorizations.h"

#include <QDateTime>

namespace osm::ctl {

namespace {

// Host passwords are secrets: a command line is visible to every local user (ps), so --password may be left
// out and the password taken from this variable instead.
constexpr const char *kHostPasswordVariable = "OSM_HOST_PASSWORD";

QString hostPasswordFromEnvironment()
{
    return qEnvironmentVariable(kHostPasswordVariable);
}

struct VerifyArgs : api::VerifyHostParams
{
    api::VerifyHostParams withPassword() const
    {
        api::VerifyHostParams params = *this;
        if (params.password.isEmpty())
            params.password = hostPasswordFromEnvironment();
        return params;
    }
    // Checked with the password that will be sent (the option's or the variable's).
    Error validate() const { return withPassword().validate(); }
};

struct ConfirmArgs : api::ConfirmAuthorizationParams
{
    // Each item with an account gets the password from the environment (never given on the command line).
    api::ConfirmAuthorizationParams withPasswords() const
    {
        api::ConfirmAuthorizationParams params = *this;
        const QString password = hostPasswordFromEnvironment();
        for (api::AgreeAuthDetail &detail : params.details) {
            if (!detail.account.isEmpty())
                detail.password = password;
        }
        return params;
    }
    // An item's port, account or password: name --auth-detail-list, the option that carries it.
    Error validate() const
    {
        Error error = withPasswords().validate();
        static const QStringList itemFields{QStringLiteral("port"), QStringLiteral("account"), QStringLiteral("password")};
        if (itemFields.contains(error.field()))
            error.setField(QStringLiteral("auth_detail_list"));
        return error;
    }
};

// reject and revoke are the two actions of 5.6.2: the action is fixed before validate() runs (a reason is
// required only to reject).
struct RejectArgs : api::AuthorizationActionParams
{
    RejectArgs() { action = Action::Reject; }
};

struct RevokeArgs : api::AuthorizationActionParams
{
    RevokeArgs() { action = Action::Cancel; }
};

// An epoch-milliseconds number or an ISO 8601 time; invalid when neither.
QDateTime parseTime(const QString &value)
{
    bool number = false;
    const qint64 ms = value.trimmed().toLongLong(&number);
    if (number)
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    return QDateTime::fromString(value.trimmed(), Qt::ISODateWithMs);
}

// One --auth-detail-list value: "auth-detail-id=7,port=22,account=root" (keys as the table's fields, '-' or
// '_'), or the item's id alone. False when it is not of that form.
bool parseAgreeDetail(const QString &value, api::AgreeAuthDetail *detail)
{
    bool haveId = false;
    const QStringList parts = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const qsizetype equals = part.indexOf(QLatin1Char('='));
        QString key = equals < 0 ? QStringLiteral("auth-detail-id") : part.left(equals).trimmed();
        key.replace(QLatin1Char('_'), QLatin1Char('-'));
        const QString text = equals < 0 ? part.trimmed() : part.mid(equals + 1).trimmed();
        bool ok = true;
        if (key == QLatin1String("auth-detail-id")) {
            detail->authDetailId = text.toLongLong(&ok);
            haveId = ok;
        } else if (key == QLatin1String("port")) {
            detail->port = text.toLongLong(&ok);
        } else if (key == QLatin1String("account")) {
            detail->account = text;
        } else {
            ok = false;
        }
        if (!ok)
            return false;
    }
    return haveId;
}

} // namespace

CommandGroup AuthorizationsCommands::group()
{
    using List = api::ListAuthorizationsParams;
    using Show = api::ShowAuthorizationParams;
    using Sessions = api::BastionSessionsParams;
    using Logs = api::BastionSessionLogParams;

    const QString idHelp = tr("The authorization's id (1-32 characters).");
    const QString detailIdHelp = tr("The id of an item of the authorization (authorization_detail_id, a whole number ≥ 0).");
    const QString groupIdHelp = tr("The IAM group, for the authorizations of its other members (at most 64 characters).");
    const QString trimHelp = tr("false: keep the rich-text markup of the description (default true: plain text).");
    const QString sessionIdHelp = tr("The bastion-host session's id (session_id, from \"sessions\").");
    const QString sortHelp = tr("0 newest first (default), 1 oldest first.");
    const QString bastionOffsetHelp = tr("Skip this many records (-1..65535, default 0).");
    const QString bastionLimitHelp = tr("At most this many records (-1..100, default 10).");
    const QString passwordHelp =
        tr("The host's password (1-10240 characters). A command line is visible to other local users: leave it "
           "out to take the password from the environment variable OSM_HOST_PASSWORD.");

    const auto timeOption = [](const QString &name, QDateTime ConfirmArgs::*field, const QString &help) {
        return std::make_pair(OptionInfo{name, tr("time"), help, false, false},
                              std::function<QString(ConfirmArgs &, const QStringList &)>(
                                  [name, field](ConfirmArgs &p, const QStringList &values) {
                                      p.*field = parseTime(values.constLast());
                                      return (p.*field).isValid()
                                                 ? QString()
                                                 //: %1 is an option name, %2 the value given
                                                 : tr("--%1 expects epoch milliseconds or an ISO 8601 time, not "
                                                      "\"%2\".").arg(name, values.constLast());
                                  }));
    };
    const auto effective = timeOption(QStringLiteral("auth-effective-time"), &ConfirmArgs::authEffectiveTime,
                                      tr("Agree from this time: epoch milliseconds or ISO 8601 (default now)."));
    const auto expire = timeOption(QStringLiteral("auth-expire-time"), &ConfirmArgs::authExpireTime,
                                   tr("Agree until this time: epoch milliseconds or ISO 8601 (default a day later)."));

    return {QStringLiteral("authorizations"),
            tr("Access requests of support engineers: list, show, agree, reject, revoke, check hosts, bastion-host "
               "records."),
            {
                CommandBuilder<List>(QStringLiteral("list"),
                                     tr("List the authorization requests, with every filter of the API (5.6.6)."))
                    .option(QStringLiteral("sub-customer-name"), &List::subCustomerName,
                            tr("Those of this sub-user name (at most 64 characters)."))
                    .option(QStringLiteral("incident-id"), &List::incidentId,
                            tr("Those of this case id (at most 32 characters)."))
                    .option(QStringLiteral("status"), &List::status,
                            tr("The status (-1..10): 0 pending, 1 agreed, 2 rejected, 3 expired, 4 withdrawn, 5 "
                               "revoked."))
                    .option(QStringLiteral("simple-description"), &List::simpleDescription,
                            tr("A part of the case's description (at most 64 characters)."))
                    .option(QStringLiteral("offset"), &List::offset, tr("Skip this many requests (0-65535, default 0)."))
                    .option(QStringLiteral("limit"), &List::limit, tr("At most this many requests (1-100, default 10)."))
                    .option(QStringLiteral("group-id"), &List::groupId, groupIdHelp)
                    .option(QStringLiteral("trim-osm-rich-text-label"), &List::trimRichText, trimHelp)
                    .columns(QStringLiteral("incident_auth_list"),
                             {QStringLiteral("id"), QStringLiteral("incident_id"), QStringLiteral("status"),
                              QStringLiteral("create_time"), QStringLiteral("resource_type_name"),
                              QStringLiteral("visit_type_name"), QStringLiteral("simple_description")})
                    .run([](ApiClient &client, const List &p) { return api::listAuthorizations(client, p); }),
                CommandBuilder<Show>(QStringLiteral("show"),
                                     tr("Show an authorization request with its items (5.6.4)."))
                    .option(QStringLiteral("authorization-id"), &Show::authorizationId, idHelp, Need::Required)
                    .option(QStringLiteral("group-id"), &Show::groupId, groupIdHelp)
                    .option(QStringLiteral("trim-osm-rich-text-label"), &Show::trimRichText, trimHelp)
                    .columns(QStringLiteral("incident_auth_detail_list"),
                             {QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("instance_name"),
                              QStringLiteral("instance_id"), QStringLiteral("region_id"), QStringLiteral("port"),
                              QStringLiteral("account")})
                    .run([](ApiClient &client, const Show &p) { return api::showAuthorization(client, p); }),
                CommandBuilder<ConfirmArgs>(QStringLiteral("confirm"),
                                            tr("Agree to an authorization request for a period (5.6.5)."))
                    .option(QStringLiteral("authorization-id"), &ConfirmArgs::authorizationId, idHelp, Need::Required)
                    .custom({QStringLiteral("auth-detail-list"), tr("item"),
                             tr("An item and what you supply for it: auth-detail-id=<number>[,port=<1-65535>]"
                                "[,account=<text>]; at most 6. An item with an account gets the password of "
                                "OSM_HOST_PASSWORD."),
                             false, true},
                            [](ConfirmArgs &p, const QStringList &values) {
                                for (const QString &value : values) {
                                    api::AgreeAuthDetail detail;
                                    if (!parseAgreeDetail(value, &detail)) {
                                        //: %1 is the value given; auth-detail-id, port and account are typed as they are
                                        return tr("--auth-detail-list expects \"auth-detail-id=<number>[,port=<number>]"
                                                  "[,account=<text>]\", not \"%1\".").arg(value);
                                    }
                                    p.details.append(detail);
                                }
                                return QString();
                            })
                    .custom(effective.first, effective.second)
                    .custom(expire.first, expire.second)
                    .option(QStringLiteral("group-id"), &ConfirmArgs::groupId, groupIdHelp)
                    .option(QStringLiteral("agency-id"), &ConfirmArgs::agencyId,
                            tr("Agree for this agency (at most 64 characters)."))
                    .done(tr("The authorization was agreed."))
                    .run([](ApiClient &client, const ConfirmArgs &p) {
                        return api::confirmAuthorization(client, p.withPasswords());
                    }),
                CommandBuilder<RejectArgs>(QStringLiteral("reject"),
                                           tr("Reject a pending authorization request (5.6.2, action_id reject)."))
                    .option(QStringLiteral("authorization-id"), &RejectArgs::authorizationId, idHelp, Need::Required)
                    .option(QStringLiteral("reject-reason"), &RejectArgs::rejectReason, tr("Why (1-300 characters)."),
                            Need::Required)
                    .option(QStringLiteral("group-id"), &RejectArgs::groupId, groupIdHelp)
                    .done(tr("The authorization was rejected."))
                    .run([](ApiClient &client, const RejectArgs &p) { return api::rejectOrCancelAuthorization(client, p); }),
                CommandBuilder<RevokeArgs>(QStringLiteral("revoke"),
                                           tr("Revoke an agreed authorization (5.6.2, action_id cancel)."))
                    .option(QStringLiteral("authorization-id"), &RevokeArgs::authorizationId, idHelp, Need::Required)
                    .option(QStringLiteral("group-id"), &RevokeArgs::groupId, groupIdHelp)
                    .done(tr("The authorization was revoked."))
                    .run([](ApiClient &client, const RevokeArgs &p) { return api::rejectOrCancelAuthorization(client, p); }),
                CommandBuilder<VerifyArgs>(QStringLiteral("check-hosts"),
                                           tr("Check a host item's port, account and password (5.6.1)."))
                    .option(QStringLiteral("authorization-detail-id"), &VerifyArgs::authorizationDetailId, detailIdHelp,
                            Need::Required)
                    .option(QStringLiteral("port"), &VerifyArgs::port, tr("The host's port (1-65535)."), Need::Required)
                    .option(QStringLiteral("account"), &VerifyArgs::account, tr("The host account (1-64 characters)."),
                            Need::Required)
                    .option(QStringLiteral("password"), &VerifyArgs::password, passwordHelp)
                    .option(QStringLiteral("group-id"), &VerifyArgs::groupId, groupIdHelp)
                    .done(tr("The port, account and password of the host are right."))
                    .run([](ApiClient &client, const VerifyArgs &p) {
                        return api::verifyAuthorizationHost(client, p.withPassword());
                    }),
                CommandBuilder<NoParams>(QStringLiteral("login-types"),
                                         tr("Show how you signed in: ASSUMED, FEDERATION… (5.6.3)."))
                    .run([](ApiClient &client, const NoParams &) { return api::showLoginType(client); }),
                CommandBuilder<Sessions>(QStringLiteral("sessions"),
                                         tr("List the bastion-host sessions on an authorized item (5.6.8)."))
                    .option(QStringLiteral("authorization-id"), &Sessions::authorizationId, idHelp, Need::Required)
                    .option(QStringLiteral("authorization-detail-id"), &Sessions::authorizationDetailId, detailIdHelp,
                            Need::Required)
                    .option(QStringLiteral("group-id"), &Sessions::groupId, groupIdHelp)
                    .option(QStringLiteral("offset"), &Sessions::offset, bastionOffsetHelp)
                    .option(QStringLiteral("limit"), &Sessions::limit, bastionLimitHelp)
                    .columns(QStringLiteral("session_list"),
                             {QStringLiteral("session_id"), QStringLiteral("operator"), QStringLiteral("start_time"),
                              QStringLiteral("end_time"), QStringLiteral("duration"),
                              QStringLiteral("can_downloaded_video")})
                    .run([](ApiClient &client, const Sessions &p) { return api::listBastionHistorySessions(client, p); }),
                CommandBuilder<Logs>(QStringLiteral("operation-logs"),
                                     tr("List the commands run in a bastion-host session (5.6.7)."))
                    .option(QStringLiteral("authorization-id"), &Logs::authorizationId, idHelp, Need::Required)
                    .option(QStringLiteral("authorization-detail-id"), &Logs::authorizationDetailId, detailIdHelp,
                            Need::Required)
                    .option(QStringLiteral("session-id"), &Logs::sessionId, sessionIdHelp, Need::Required)
                    .option(QStringLiteral("group-id"), &Logs::groupId, groupIdHelp)
                    .option(QStringLiteral("sort"), &Logs::sort, sortHelp)
                    .option(QStringLiteral("offset"), &Logs::offset, bastionOffsetHelp)
                    .option(QStringLiteral("limit"), &Logs::limit, bastionLimitHelp)
                    .columns(QStringLiteral("ops_list"), {QStringLiteral("operate_time"), QStringLiteral("oper")})
                    .run([](ApiClient &client, const Logs &p) { return api::listBastionOperationLogs(client, p); }),
                CommandBuilder<Logs>(QStringLiteral("file-transfer-logs"),
                                     tr("List the file transfers of a bastion-host session (5.6.9)."))
                    .option(QStringLiteral("authorization-id"), &Logs::authorizationId, idHelp, Need::Required)
                    .option(QStringLiteral("authorization-detail-id"), &Logs::authorizationDetailId, detailIdHelp,
                            Need::Required)
                    .option(QStringLiteral("session-id"), &Logs::sessionId, sessionIdHelp, Need::Required)
                    .option(QStringLiteral("group-id"), &Logs::groupId, groupIdHelp)
                    .option(QStringLiteral("sort"), &Logs::sort, sortHelp)
                    .option(QStringLiteral("offset"), &Logs::offset, bastionOffsetHelp)
                    .option(QStringLiteral("limit"), &Logs::limit, bastionLimitHelp)
                    .columns(QStringLiteral("file_ops_list"),
                             {QStringLiteral("operate_time"), QStringLiteral("operate_type"), QStringLiteral("file_name"),
                              QStringLiteral("from_path"), QStringLiteral("to_path"), QStringLiteral("file_size"),
                              QStringLiteral("oper_result")})
                    .run([](ApiClient &client, const Logs &p) { return api::listBastionFileTransferLogs(client, p); }),
            }};
}

} // namespace osm::ctl
