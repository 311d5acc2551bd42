#pragma once

#include "model/AgencyList.h"
#include "model/CaseDetail.h"
#include "model/CaseList.h"
#include "model/CaseOperateLogList.h"
#include "model/CaseStatusInfo.h"
#include "model/CcEmails.h"
#include "model/PartnerCasePrivilege.h"
#include "model/PartnerServiceInfoResult.h"
#include "model/StatusCounts.h"
#include "model/SubCustomerList.h"
#include "net/ApiClient.h"

#include <QFuture>
#include <optional>

namespace osm::api {

// 5.11.9 list_cases — every filter of the reference's query table.
struct ListCasesParams
{
    QStringList searchKey;      // search_key, ≤ 3 keywords of ≤ 64 characters (description)
    QList<int> labelIdList;     // label_id_list, ≤ 5
    QString appKey;             // app_key, ≤ 64: matches case id or description
    QString incidentId;         // incident_id, ≤ 32
    QString queryStartTime;     // query_start_time, yyyy-MM-dd HH:mm:ss
    QString queryEndTime;       // query_end_time, yyyy-MM-dd HH:mm:ss
    std::optional<qint64> status; // 0,1,2,3,4,12,17
    QString incidentStatuses;   // incident_statuses, a status list (format not documented)
    QString xCustomerId;        // x_customer_id, ≤ 64: sub-user
    QString xCustomerName;      // x_customer_name, ≤ 64
    QString groupId;            // group_id, ≤ 64: needed for other cases of the same IAM group
    std::optional<qint64> offset; // 0..65535, default 0
    std::optional<qint64> limit;  // 0..100, default 10
    QString productCategoryId;  // ≤ 64
    QString businessTypeId;     // ≤ 32
    QString incidentSubTypeId;  // ≤ 32
    QString rootCause;          // ≤ 32
    QString incidentServiceType;
    std::optional<bool> trimOsmRichTextLabel; // default true

    Error validate() const;
    QueryItems query() const;
};

QFuture<Result<CaseList>> listCases(ApiClient &client, const ListCasesParams &params);

// 5.11.4 show_case_detail
struct ShowCaseDetailParams
{
    QString groupId;
    std::optional<bool> trimOsmRichTextLabel;
};
QFuture<Result<CaseDetail>> showCaseDetail(ApiClient &client, const QString &caseId,
                                           const ShowCaseDetailParams &params = {});

// 5.11.3 count_cases_by_status
struct CountCasesParams
{
    std::optional<qint64> status; // 0..4, 13
    QString productCategoryId;    // ≤ 64
    QString businessTypeId;       // ≤ 32
};
QFuture<Result<StatusCounts>> countCasesByStatus(ApiClient &client, const CountCasesParams &params = {});

// 5.11.1 list_agencies: the account's IAM agencies (delegations).
QFuture<Result<AgencyList>> listAgencies(ApiClient &client);

// 5.11.2 check_partner_case_privilege: whether the caller (a partner) may process cases.
QFuture<Result<PartnerCasePrivilege>> checkPartnerCasePrivilege(ApiClient &client);

// 5.11.5 list_case_operate_logs
struct ListCaseOperateLogsParams
{
    QString caseId;               // path case_id, 1-32
    QString groupId;              // group_id, ≤ 64
    std::optional<qint64> offset; // 0..65535
    std::optional<qint64> limit;  // 1..100

    Error validate() const;
    QueryItems query() const;
};
QFuture<Result<CaseOperateLogList>> listCaseOperateLogs(ApiClient &client, const ListCaseOperateLogsParams &params);

// 5.11.6 show_cc_emails: the CC e-mails used most recently (no case id: the caller's).
QFuture<Result<CcEmails>> showCcEmails(ApiClient &client);

// 5.11.7 show_case_status
QFuture<Result<CaseStatusInfo>> showCaseStatus(ApiClient &client, const QString &caseId);

// 5.11.8 show_partner_service_info: the service hours of the partner associated with a product or case.
struct ShowPartnerServiceInfoParams
{
    QString caseSubTypeId; // case_sub_type_id, ≤ 32
    QString productId;     // product_id, ≤ 64: an ISV product
    QString caseId;        // case_id, ≤ 32

    Error validate() const;
    QueryItems query() const;
};
QFuture<Result<PartnerServiceInfoResult>> showPartnerServiceInfo(ApiClient &client,
                                                                 const ShowPartnerServiceInfoParams &params = {});

// 5.11.10 list_sub_customers: the account's IAM users, contacts anonymised.
struct ListSubCustomersParams
{
    QString subCustomerName; // sub_customer_name, ≤ 64
    QString subCustomerId;   // sub_customer_id, ≤ 64

    Error validate() const;
    QueryItems query() const;
};
QFuture<Result<SubCustomerList>> listSubCustomers(ApiClient &client, const ListSubCustomersParams &params = {});

} // namespace osm::api
