#include "Authorizations.h"

#include "Operation.h"
#include "Validator.h"

#include <QJsonArray>

#include <limits>

namespace osm::api {

namespace {
const Operation kVerifyHost{"verify_authorization_host", "POST",
                            "/v2/servicerequest/authorizations/authorization-details/{authorization_detail_id}/verify-host"};
const Operation kRejectOrCancel{"reject_or_cancel_authorization", "PUT",
                                "/v2/servicerequest/authorizations/{authorization_id}/action"};
const Operation kShowLoginType{"show_login_type", "GET", "/v2/servicerequest/authorizations/login-type"};
const Operation kShowAuthorization{"show_authorization", "GET", "/v2/servicerequest/authorizations/{authorization_id}"};
const Operation kConfirmAuthorization{"confirm_authorization", "PUT",
                                      "/v2/servicerequest/authorizations/{authorization_id}"};
const Operation kListAuthorizations{"list_authorizations", "GET", "/v2/servicerequest/authorizations"};
const Operation kListOperationLogs{"list_bastion_operation_logs", "GET",
                                   "/v2/servicerequest/authorizations/{authorization_id}/authorization-details/"
                                   "{authorization_detail_id}/sessions/{session_id}/operation-logs"};
const Operation kListHistorySessions{"list_bastion_history_sessions", "GET",
                                     "/v2/servicerequest/authorizations/{authorization_id}/authorization-details/"
                                     "{authorization_detail_id}/history-sessions"};
const Operation kListFileTransferLogs{"list_bastion_file_transfer_logs", "GET",
                                      "/v2/servicerequest/authorizations/{authorization_id}/authorization-details/"
                                      "{authorization_detail_id}/sessions/{session_id}/operation-file-logs"};

constexpr qint64 kMaxLong = std::numeric_limits<qint64>::max(); // the tables' 9223372036854775807

Validator &checkAuthorizationId(Validator &validator, const QString &id)
{
    return validator.required("authorization_id", id).maxLength("authorization_id", id, 32);
}

// offset -1..65535 and limit -1..100 of the bastion-host lists (the meaning of -1 is not described).
Validator &bastionPage(Validator &validator, std::optional<qint64> offset, std::optional<qint64> limit)
{
    return validator.range("offset", offset, -1, 65535).range("limit", limit, -1, 100);
}

void insertIfSet(QJsonObject &body, const char *key, const QString &value)
{
    if (!value.isEmpty())
        body.insert(QLatin1String(key), value);
}
} // namespace

// ---- 5.6.1 ----

Error VerifyHostParams::validate() const
{
    Validator validator;
    validator.range("authorization_detail_id", authorizationDetailId, 0, kMaxLong);
    if (!port)
        validator.required("port", QString());
    validator.range("port", port, 1, 65535)
        .required("account", account)
        .maxLength("account", account, 64);
    if (password.isEmpty()) // blanks are a password like any other: only "" is missing
        validator.required("password", password);
    return validator.maxLength("password", password, 10240).maxLength("group_id", groupId, 64).error();
}

QJsonObject VerifyHostParams::body() const
{
    QJsonObject body{{QStringLiteral("port"), port.value_or(0)},
                     {QStringLiteral("account"), account},
                     {QStringLiteral("password"), password}};
    insertIfSet(body, "group_id", groupId);
    return body;
}

QFuture<Result<Acknowledgement>> verifyAuthorizationHost(ApiClient &client, const VerifyHostParams &params)
{
    const QJsonObject body = params.body();
    return run<Acknowledgement>(client, kVerifyHost, {QString::number(params.authorizationDetailId)}, {},
                                params.validate(), &body);
}

// ---- 5.6.2 ----

Error AuthorizationActionParams::validate() const
{
    Validator validator;
    checkAuthorizationId(validator, authorizationId);
    if (action == Action::Reject)
        validator.required("reject_reason", rejectReason).maxLength("reject_reason", rejectReason, 300);
    return validator.maxLength("group_id", groupId, 64).error();
}

QueryItems AuthorizationActionParams::query() const
{
    return QueryBuilder()
        .add("action_id", action == Action::Reject ? QStringLiteral("reject") : QStringLiteral("cancel"))
        .items();
}

QJsonObject AuthorizationActionParams::body() const
{
    QJsonObject body;
    if (action == Action::Reject)
        body.insert(QStringLiteral("reject_reason"), rejectReason);
    insertIfSet(body, "group_id", groupId);
    return body;
}

QFuture<Result<Acknowledgement>> rejectOrCancelAuthorization(ApiClient &client, const AuthorizationActionParams &params)
{
    const QJsonObject body = params.body();
    return run<Acknowledgement>(client, kRejectOrCancel, {params.authorizationId}, params.query(), params.validate(),
                                &body);
}

// ---- 5.6.3 ----

QFuture<Result<LoginType>> showLoginType(ApiClient &client)
{
    return run<LoginType>(client, kShowLoginType, {}, {});
}

// ---- 5.6.4 ----

Error ShowAuthorizationParams::validate() const
{
    Validator validator;
    return checkAuthorizationId(validator, authorizationId).maxLength("group_id", groupId, 64).error();
}

QueryItems ShowAuthorizationParams::query() const
{
    return QueryBuilder().add("group_id", groupId).add("trim_osm_rich_text_label", trimRichText).items();
}

QFuture<Result<AuthorizationInfo>> showAuthorization(ApiClient &client, const ShowAuthorizationParams &params)
{
    return run<AuthorizationInfo>(client, kShowAuthorization, {params.authorizationId}, params.query(),
                                  params.validate());
}

// ---- 5.6.5 ----

Error ConfirmAuthorizationParams::validate() const
{
    Validator validator;
    checkAuthorizationId(validator, authorizationId).maxItems("auth_detail_list", details.size(), 6);
    for (const AgreeAuthDetail &detail : details) {
        validator.range("port", detail.port, 1, 65535)
            .maxLength("account", detail.account, 64)
            .maxLength("password", detail.password, 10240);
    }
    const auto epochMs = [](const QDateTime &time) {
        return time.isValid() ? std::optional<qint64>(time.toMSecsSinceEpoch()) : std::nullopt;
    };
    return validator.range("auth_effective_time", epochMs(authEffectiveTime), 0, kMaxLong)
        .range("auth_expire_time", epochMs(authExpireTime), 0, kMaxLong)
        .maxLength("group_id", groupId, 64)
        .maxLength("agency_id", agencyId, 64)
        .error();
}

QJsonObject ConfirmAuthorizationParams::body() const
{
    QJsonObject body;
    if (!details.isEmpty()) {
        QJsonArray list;
        for (const AgreeAuthDetail &detail : details) {
            QJsonObject item{{QStringLiteral("auth_detail_id"), detail.authDetailId}};
            if (detail.port)
                item.insert(QStringLiteral("port"), *detail.port);
            insertIfSet(item, "account", detail.account);
            insertIfSet(item, "password", detail.password);
            list.append(item);
        }
        body.insert(QStringLiteral("auth_detail_list"), list);
    }
    if (authEffectiveTime.isValid())
        body.insert(QStringLiteral("auth_effective_time"), authEffectiveTime.toMSecsSinceEpoch());
    if (authExpireTime.isValid())
        body.insert(QStringLiteral("auth_expire_time"), authExpireTime.toMSecsSinceEpoch());
    insertIfSet(body, "group_id", groupId);
    insertIfSet(body, "agency_id", agencyId);
    return body;
}

QFuture<Result<Acknowledgement>> confirmAuthorization(ApiClient &client, const ConfirmAuthorizationParams &params)
{
    const QJsonObject body = params.body();
    return run<Acknowledgement>(client, kConfirmAuthorization, {params.authorizationId}, {}, params.validate(),
                                &body);
}

// ---- 5.6.6 ----

Error ListAuthorizationsParams::validate() const
{
    return Validator()
        .maxLength("sub_customer_name", subCustomerName, 64)
        .maxLength("incident_id", incidentId, 32)
        .range("status", status, -1, 10)
        .maxLength("simple_description", simpleDescription, 64)
        .range("offset", offset, 0, 65535)
        .range("limit", limit, 1, 100)
        .maxLength("group_id", groupId, 64)
        .error();
}

QueryItems ListAuthorizationsParams::query() const
{
    return QueryBuilder()
        .add("sub_customer_name", subCustomerName)
        .add("incident_id", incidentId)
        .add("status", status)
        .add("simple_description", simpleDescription)
        .add("offset", offset)
        .add("limit", limit)
        .add("group_id", groupId)
        .add("trim_osm_rich_text_label", trimRichText)
        .items();
}

QFuture<Result<AuthorizationList>> listAuthorizations(ApiClient &client, const ListAuthorizationsParams &params)
{
    return run<AuthorizationList>(client, kListAuthorizations, {}, params.query(), params.validate());
}

// ---- 5.6.7 - 5.6.9 ----

Error BastionSessionsParams::validate() const
{
    Validator validator;
    checkAuthorizationId(validator, authorizationId)
        .range("authorization_detail_id", authorizationDetailId, 0, kMaxLong)
        .maxLength("group_id", groupId, 64);
    return bastionPage(validator, offset, limit).error();
}

QueryItems BastionSessionsParams::query() const
{
    return QueryBuilder().add("group_id", groupId).add("offset", offset).add("limit", limit).items();
}

QFuture<Result<BastionSessionList>> listBastionHistorySessions(ApiClient &client, const BastionSessionsParams &params)
{
    return run<BastionSessionList>(client, kListHistorySessions,
                                   {params.authorizationId, QString::number(params.authorizationDetailId)},
                                   params.query(), params.validate());
}

Error BastionSessionLogParams::validate() const
{
    Validator validator;
    checkAuthorizationId(validator, authorizationId)
        .range("authorization_detail_id", authorizationDetailId, 0, kMaxLong)
        .maxLength("group_id", groupId, 64)
        .range("sort", sort, BastionSort::Descending, BastionSort::Ascending);
    return bastionPage(validator, offset, limit).error();
}

QueryItems BastionSessionLogParams::query() const
{
    return QueryBuilder()
        .add("group_id", groupId)
        .add("sort", sort)
        .add("offset", offset)
        .add("limit", limit)
        .items();
}

QFuture<Result<BastionOperationLogList>> listBastionOperationLogs(ApiClient &client, const BastionSessionLogParams &params)
{
    return run<BastionOperationLogList>(
        client, kListOperationLogs,
        {params.authorizationId, QString::number(params.authorizationDetailId), QString::number(params.sessionId)},
        params.query(), params.validate());
}

QFuture<Result<BastionFileTransferLogList>> listBastionFileTransferLogs(ApiClient &client,
                                                                       const BastionSessionLogParams &params)
{
    return run<BastionFileTransferLogList>(
        client, kListFileTransferLogs,
        {params.authorizationId, QString::number(params.authorizationDetailId), QString::number(params.sessionId)},
        params.query(), params.validate());
}

} // namespace osm::api
