#pragma once

#include "net/ApiClient.h"
#include "net/Download.h"

#include <optional>

namespace osm::api {

// 5.3.7 export_cases: the cases matching the filters of the reference's query table, as a file the server
// names (the reference gives neither its type nor its name). Saved into a folder through Download.
struct ExportCasesParams
{
    QString language;               // language, ≤ 32 (also sent as X-Language by the pipeline)
    QString timezone;               // timezone, ≤ 32, e.g. GMT+8
    QStringList incidentIds;        // incident_id: case ids joined with commas, ≤ 3400 characters
    QString queryStartTime;         // query_start_time, yyyy-MM-dd HH:mm:ss
    QString queryEndTime;           // query_end_time, yyyy-MM-dd HH:mm:ss
    QString xCustomerName;          // x_customer_name, ≤ 64
    QString searchKey;              // search_key, ≤ 64
    std::optional<qint64> status;   // 0,1,2,3,4,12,17
    QString customerId;             // customer_id, ≤ 64
    QStringList tenantSourceIdList; // tenant_source_id_list, ≤ 100, repeated keys
    QString subCustomerId;          // sub_customer_id, ≤ 64
    std::optional<qint64> offset;   // -1..65535
    std::optional<qint64> limit;    // -1..100
    // "min/max value 0..N" on Strings in the table: read as lengths.
    QString productCategoryId;   // ≤ 64
    QString businessTypeId;      // ≤ 32
    QString incidentSubTypeId;   // ≤ 32
    QString rootCause;           // ≤ 32
    QString incidentServiceType; // ≤ 32

    Error validate() const;
    QueryItems query() const;
};

Download *exportCases(ApiClient &client, const ExportCasesParams &params, const QString &folder,
                      QObject *parent = nullptr);

} // namespace osm::api
