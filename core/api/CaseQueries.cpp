#include "CaseQueries.h"

#include "Operation.h"
#include "Validator.h"

namespace osm::api {

namespace {
const Operation kListCases{"list_cases", "GET", "/v2/servicerequest/cases"};
const Operation kShowCaseDetail{"show_case_detail", "GET", "/v2/servicerequest/cases/{case_id}"};
const Operation kCountCasesByStatus{"count_cases_by_status", "GET", "/v2/servicerequest/cases/count"};
const Operation kListAgencies{"list_agencies", "GET", "/v2/servicerequest/agencies"};
const Operation kCheckPartnerCasePrivilege{"check_partner_case_privilege", "GET",
                                           "/v2/servicerequest/cases/partners/privilege/cases-processing"};
const Operation kListCaseOperateLogs{"list_case_operate_logs", "GET", "/v2/servicerequest/cases/{case_id}/operate-logs"};
const Operation kShowCcEmails{"show_cc_emails", "GET", "/v2/servicerequest/carbon-copy-emails"};
const Operation kShowCaseStatus{"show_case_status", "GET", "/v2/servicerequest/cases/{case_id}/status"};
const Operation kShowPartnerServiceInfo{"show_partner_service_info", "GET",
                                        "/v2/servicerequest/cases/partners/service-info"};
const Operation kListSubCustomers{"list_sub_customers", "GET", "/v2/servicerequest/customers/sub-customers"};
} // namespace

Error ListCasesParams::validate() const
{
    return Validator()
        .maxItems("search_key", searchKey.size(), 3)
        .eachMaxLength("search_key", searchKey, 64)
        .maxItems("label_id_list", labelIdList.size(), 5)
        .maxLength("app_key", appKey, 64)
        .maxLength("incident_id", incidentId, 32)
        .dateTime("query_start_time", queryStartTime)
        .dateTime("query_end_time", queryEndTime)
        .oneOf("status", status, {0, 1, 2, 3, 4, 12, 17})
        .maxLength("x_customer_id", xCustomerId, 64)
        .maxLength("x_customer_name", xCustomerName, 64)
        .maxLength("group_id", groupId, 64)
        .range("offset", offset, 0, 65535)
        .range("limit", limit, 0, 100)
        .maxLength("product_category_id", productCategoryId, 64)
        .maxLength("business_type_id", businessTypeId, 32)
        .maxLength("incident_sub_type_id", incidentSubTypeId, 32)
        .maxLength("root_cause", rootCause, 32)
        .error();
}

QueryItems ListCasesParams::query() const
{
    return QueryBuilder()
        .add("search_key", searchKey)
        .add("label_id_list", labelIdList)
        .add("app_key", appKey)
        .add("incident_id", incidentId)
        .add("query_start_time", queryStartTime)
        .add("query_end_time", queryEndTime)
        .add("status", status)
        .add("incident_statuses", incidentStatuses)
        .add("x_customer_id", xCustomerId)
        .add("x_customer_name", xCustomerName)
        .add("group_id", groupId)
        .add("offset", offset)
        .add("limit", limit)
        .add("product_category_id", productCategoryId)
        .add("business_type_id", businessTypeId)
        .add("incident_sub_type_id", incidentSubTypeId)
        .add("root_cause", rootCause)
        .add("incident_service_type", incidentServiceType)
        .add("trim_osm_rich_text_label", trimOsmRichTextLabel)
        .items();
}

QFuture<Result<CaseList>> listCases(ApiClient &client, const ListCasesParams &params)
{
    return run<CaseList>(client, kListCases, {}, params.query(), params.validate());
}

QFuture<Result<CaseDetail>> showCaseDetail(ApiClient &client, const QString &caseId,
                                           const ShowCaseDetailParams &params)
{
    const Error invalid = Validator()
                              .caseId(caseId)
                              .maxLength("group_id", params.groupId, 64)
                              .error();
    const QueryItems query = QueryBuilder()
                                 .add("group_id", params.groupId)
                                 .add("trim_osm_rich_text_label", params.trimOsmRichTextLabel)
                                 .items();
    return run<CaseDetail>(client, kShowCaseDetail, {caseId}, query, invalid);
}

QFuture<Result<StatusCounts>> countCasesByStatus(ApiClient &client, const CountCasesParams &params)
{
    const Error invalid = Validator()
                              .oneOf("status", params.status, {0, 1, 2, 3, 4, 13})
                              .maxLength("product_category_id", params.productCategoryId, 64)
                              .maxLength("business_type_id", params.businessTypeId, 32)
                              .error();
    const QueryItems query = QueryBuilder()
                                 .add("status", params.status)
                                 .add("product_category_id", params.productCategoryId)
                                 .add("business_type_id", params.businessTypeId)
                                 .items();
    return run<StatusCounts>(client, kCountCasesByStatus, {}, query, invalid);
}

QFuture<Result<AgencyList>> listAgencies(ApiClient &client)
{
    return run<AgencyList>(client, kListAgencies, {}, {});
}

QFuture<Result<PartnerCasePrivilege>> checkPartnerCasePrivilege(ApiClient &client)
{
    return run<PartnerCasePrivilege>(client, kCheckPartnerCasePrivilege, {}, {});
}

Error ListCaseOperateLogsParams::validate() const
{
    return Validator()
        .caseId(caseId)
        .maxLength("group_id", groupId, 64)
        .range("offset", offset, 0, 65535)
        .range("limit", limit, 1, 100)
        .error();
}

QueryItems ListCaseOperateLogsParams::query() const
{
    return QueryBuilder().add("group_id", groupId).add("offset", offset).add("limit", limit).items();
}

QFuture<Result<CaseOperateLogList>> listCaseOperateLogs(ApiClient &client, const ListCaseOperateLogsParams &params)
{
    return run<CaseOperateLogList>(client, kListCaseOperateLogs, {params.caseId}, params.query(), params.validate());
}

QFuture<Result<CcEmails>> showCcEmails(ApiClient &client)
{
    return run<CcEmails>(client, kShowCcEmails, {}, {});
}

QFuture<Result<CaseStatusInfo>> showCaseStatus(ApiClient &client, const QString &caseId)
{
    return run<CaseStatusInfo>(client, kShowCaseStatus, {caseId}, {}, Validator().caseId(caseId).error());
}

Error ShowPartnerServiceInfoParams::validate() const
{
    return Validator()
        .maxLength("case_sub_type_id", caseSubTypeId, 32)
        .maxLength("product_id", productId, 64)
        .maxLength("case_id", caseId, 32)
        .error();
}

QueryItems ShowPartnerServiceInfoParams::query() const
{
    return QueryBuilder()
        .add("case_sub_type_id", caseSubTypeId)
        .add("product_id", productId)
        .add("case_id", caseId)
        .items();
}

QFuture<Result<PartnerServiceInfoResult>> showPartnerServiceInfo(ApiClient &client,
                                                                 const ShowPartnerServiceInfoParams &params)
{
    return run<PartnerServiceInfoResult>(client, kShowPartnerServiceInfo, {}, params.query(), params.validate());
}

Error ListSubCustomersParams::validate() const
{
    return Validator()
        .maxLength("sub_customer_name", subCustomerName, 64)
        .maxLength("sub_customer_id", subCustomerId, 64)
        .error();
}

QueryItems ListSubCustomersParams::query() const
{
    return QueryBuilder().add("sub_customer_name", subCustomerName).add("sub_customer_id", subCustomerId).items();
}

QFuture<Result<SubCustomerList>> listSubCustomers(ApiClient &client, const ListSubCustomersParams &params)
{
    return run<SubCustomerList>(client, kListSubCustomers, {}, params.query(), params.validate());
}

} // namespace osm::api
