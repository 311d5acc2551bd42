#pragma once

#include "model/Acknowledgement.h"
#include "model/AuthorizationInfo.h"
#include "model/AuthorizationList.h"
#include "model/BastionFileTransferLogList.h"
#include "model/BastionOperationLogList.h"
#include "model/BastionSessionList.h"
#include "model/LoginType.h"
#include "net/ApiClient.h"

#include <QDateTime>
#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <optional>

namespace osm::api {

// 5.6 authorizations: a support engineer asks (on a case) for access to the console or to hosts; the customer
// verifies host credentials, agrees for a period, rejects, or revokes an agreement; what was done on the
// hosts through the bastion host (CBH) can be read back per session.
//
// Host passwords (5.6.1, 5.6.5) are secrets: they go into the request body only, which is never logged.

// 5.6.1 verify_authorization_host: are the host's port, account and password right?
struct VerifyHostParams
{
    qint64 authorizationDetailId = 0; // path authorization_detail_id, 0..9223372036854775807
    std::optional<qint64> port;       // port, required, 1..65535
    QString account;                  // account, required, 1-64
    QString password;                 // password, required, 1-10240 (a secret)
    QString groupId;                  // group_id, 0-64, for other cases of the same IAM group

    Error validate() const;
    QJsonObject body() const;
};
QFuture<Result<Acknowledgement>> verifyAuthorizationHost(ApiClient &client, const VerifyHostParams &params);

// 5.6.2 reject_or_cancel_authorization: reject a pending request (with a reason) or revoke (cancel) an agreed one.
struct AuthorizationActionParams
{
    enum class Action { Reject, Cancel };

    QString authorizationId;        // path authorization_id, 1-32
    Action action = Action::Reject; // query action_id: reject or cancel
    QString rejectReason;           // reject_reason, 1-300, required to reject (not sent to cancel)
    QString groupId;                // group_id, 1-64 when given

    Error validate() const;
    QueryItems query() const;
    QJsonObject body() const;
};
QFuture<Result<Acknowledgement>> rejectOrCancelAuthorization(ApiClient &client, const AuthorizationActionParams &params);

// 5.6.3 show_login_type: ASSUMED, FEDERATION, …
QFuture<Result<LoginType>> showLoginType(ApiClient &client);

// 5.6.4 show_authorization
struct ShowAuthorizationParams
{
    QString authorizationId;          // path authorization_id, 1-32
    QString groupId;                  // group_id, 1-64 when given
    std::optional<bool> trimRichText; // trim_osm_rich_text_label, default true

    Error validate() const;
    QueryItems query() const;
};
QFuture<Result<AuthorizationInfo>> showAuthorization(ApiClient &client, const ShowAuthorizationParams &params);

// TenantAgreeAuthDetailV2: what the customer supplies for one item when agreeing (hosts: port, account, password).
struct AgreeAuthDetail
{
    qint64 authDetailId = 0;    // auth_detail_id, required (Long, any value)
    std::optional<qint64> port; // port, 1..65535
    QString account;            // account, 0-64
    QString password;           // password, 0-10240 (a secret)
};

// 5.6.5 confirm_authorization: agree, for a validity period. The reference types the two times Long without
// a unit; they are sent as epoch milliseconds.
struct ConfirmAuthorizationParams
{
    QString authorizationId;          // path authorization_id, 1-32
    QList<AgreeAuthDetail> details;   // auth_detail_list, 0-6 items (left out when empty)
    QDateTime authEffectiveTime;      // auth_effective_time, ≥ 0 (left out when invalid)
    QDateTime authExpireTime;         // auth_expire_time, ≥ 0 (left out when invalid)
    QString groupId;                  // group_id, 0-64
    QString agencyId;                 // agency_id, 0-64 (an agency of 5.11.1)

    Error validate() const;
    QJsonObject body() const;
};
QFuture<Result<Acknowledgement>> confirmAuthorization(ApiClient &client, const ConfirmAuthorizationParams &params);

// 5.6.6 list_authorizations
struct ListAuthorizationsParams
{
    QString subCustomerName;          // sub_customer_name, 0-64
    QString incidentId;               // incident_id, 0-32
    std::optional<qint64> status;     // status, -1..10 (AuthorizationStatus; -1 is not described)
    QString simpleDescription;        // simple_description, 0-64
    std::optional<qint64> offset;     // offset, 0..65535, default 0
    std::optional<qint64> limit;      // limit, 1..100, default 10
    QString groupId;                  // group_id, 0-64
    std::optional<bool> trimRichText; // trim_osm_rich_text_label, default true

    Error validate() const;
    QueryItems query() const;
};
QFuture<Result<AuthorizationList>> listAuthorizations(ApiClient &client, const ListAuthorizationsParams &params = {});

// The sort order of 5.6.7 and 5.6.9 (by operation time).
struct BastionSort
{
    static constexpr qint64 Descending = 0; // the default
    static constexpr qint64 Ascending = 1;
};

// 5.6.8 list_bastion_history_sessions: the bastion-host sessions on one authorized item.
struct BastionSessionsParams
{
    QString authorizationId;          // path authorization_id, 1-32
    qint64 authorizationDetailId = 0; // path authorization_detail_id, ≥ 0
    QString groupId;                  // group_id, 0-64
    std::optional<qint64> offset;     // offset, -1..65535, default 0
    std::optional<qint64> limit;      // limit, -1..100, default 10

    Error validate() const;
    QueryItems query() const;
};
QFuture<Result<BastionSessionList>> listBastionHistorySessions(ApiClient &client, const BastionSessionsParams &params);

// 5.6.7 list_bastion_operation_logs and 5.6.9 list_bastion_file_transfer_logs: the records of one session.
struct BastionSessionLogParams
{
    QString authorizationId;          // path authorization_id, 1-32
    qint64 authorizationDetailId = 0; // path authorization_detail_id, ≥ 0
    qint64 sessionId = 0;             // path session_id (Long, no limits given)
    QString groupId;                  // group_id, 0-64
    std::optional<qint64> sort;       // sort, BastionSort: 0 descending (default), 1 ascending
    std::optional<qint64> offset;     // offset, -1..65535, default 0
    std::optional<qint64> limit;      // limit, -1..100, default 10

    Error validate() const;
    QueryItems query() const;
};
QFuture<Result<BastionOperationLogList>> listBastionOperationLogs(ApiClient &client, const BastionSessionLogParams &params);
QFuture<Result<BastionFileTransferLogList>> listBastionFileTransferLogs(ApiClient &client,
                                                                       const BastionSessionLogParams &params);

} // namespace osm::api
