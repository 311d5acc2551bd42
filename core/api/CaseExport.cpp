#include "CaseExport.h"

#include "Operation.h"
#include "Validator.h"

namespace osm::api {

namespace {
const Operation kExportCases{"export_cases", "GET", "/v2/servicerequest/cases/export"};
}

Error ExportCasesParams::validate() const
{
    return Validator()
        .maxLength("language", language, 32)
        .maxLength("timezone", timezone, 32)
        .maxLength("incident_id", incidentIds.join(QLatin1Char(',')), 3400)
        .dateTime("query_start_time", queryStartTime)
        .dateTime("query_end_time", queryEndTime)
        .maxLength("x_customer_name", xCustomerName, 64)
        .maxLength("search_key", searchKey, 64)
        .oneOf("status", status, {0, 1, 2, 3, 4, 12, 17})
        .maxLength("customer_id", customerId, 64)
        .maxItems("tenant_source_id_list", tenantSourceIdList.size(), 100)
        .maxLength("sub_customer_id", subCustomerId, 64)
        .range("offset", offset, -1, 65535)
        .range("limit", limit, -1, 100)
        .maxLength("product_category_id", productCategoryId, 64)
        .maxLength("business_type_id", businessTypeId, 32)
        .maxLength("incident_sub_type_id", incidentSubTypeId, 32)
        .maxLength("root_cause", rootCause, 32)
        .maxLength("incident_service_type", incidentServiceType, 32)
        .error();
}

QueryItems ExportCasesParams::query() const
{
    return QueryBuilder()
        .add("language", language)
        .add("timezone", timezone)
        .add("incident_id", incidentIds.join(QLatin1Char(',')))
        .add("query_start_time", queryStartTime)
        .add("query_end_time", queryEndTime)
        .add("x_customer_name", xCustomerName)
        .add("search_key", searchKey)
        .add("status", status)
        .add("customer_id", customerId)
        .add("tenant_source_id_list", tenantSourceIdList)
        .add("sub_customer_id", subCustomerId)
        .add("offset", offset)
        .add("limit", limit)
        .add("product_category_id", productCategoryId)
        .add("business_type_id", businessTypeId)
        .add("incident_sub_type_id", incidentSubTypeId)
        .add("root_cause", rootCause)
        .add("incident_service_type", incidentServiceType)
        .items();
}

Download *exportCases(ApiClient &client, const ExportCasesParams &params, const QString &folder,
                      QObject *parent)
{
    ApiRequest request = makeRequest(kExportCases, {}, params.query());
    request.timeoutMs = 120000; // the server builds the file first
    return new Download(client, std::move(request), folder, QStringLiteral("cases-export"), params.validate(),
                        parent);
}

} // namespace osm::api
