#pragma once

#include "model/Acknowledgement.h"
#include "model/DiagnoseItemDetailList.h"
#include "model/DiagnoseJob.h"
#include "model/DiagnoseJobStarted.h"
#include "model/DiagnoseRecordList.h"
#include "model/DiagnoseResourceList.h"
#include "net/ApiClient.h"

#include <QFuture>
#include <QJsonObject>
#include <QMap>
#include <QStringList>
#include <optional>

namespace osm::api {

// 5.15 one-click diagnosis (/v2.0): pick a VM (5.15.6), start a job of a type (5.15.5), poll it until it is
// finished (5.15.3), read the advice of chosen items (5.15.2), browse past diagnoses (5.15.4) and tell whether
// a diagnosis helped (5.15.1).

// The diagnosis types of the tables' `type` (1-4).
namespace diagnose {
inline constexpr int kEcs = 1;
inline constexpr int kRds = 2;
inline constexpr int kRemoteLogin = 3;
inline constexpr int kNetworkHealth = 4;
} // namespace diagnose

// 5.15.1 create_diagnose_feedback
struct DiagnoseFeedbackParams
{
    int type = 0;          // type, required, 1-4
    bool isHelpful = false; // is_helpful, required (always sent)
    QString content;       // content, 0-10000 (empty: not sent)
    QString regionId;      // region_id, optional

    Error validate() const;
    QJsonObject body() const;
};
QFuture<Result<Acknowledgement>> createDiagnoseFeedback(ApiClient &client, const DiagnoseFeedbackParams &params);

// 5.15.2 show_diagnose_item_results (a query sent as POST)
struct ShowDiagnoseItemResultsParams
{
    QString jobId;       // job_id, optional, 0-64
    QStringList itemIds; // item_ids, the check ids, 1-100 of 0-64 characters, sent as the table's array
    QString regionId;    // region_id, optional

    Error validate() const;
    QJsonObject body() const;
};
QFuture<Result<DiagnoseItemDetailList>> showDiagnoseItemResults(ApiClient &client,
                                                                const ShowDiagnoseItemResultsParams &params);

// 5.15.3 show_diagnose_job
struct ShowDiagnoseJobParams
{
    QString jobId;    // job_id, required, at most 64
    QString regionId; // region_id, optional

    Error validate() const;
    QueryItems query() const;
};
QFuture<Result<DiagnoseJob>> showDiagnoseJob(ApiClient &client, const ShowDiagnoseJobParams &params);

// 5.15.4 list_diagnose_records
struct ListDiagnoseRecordsParams
{
    std::optional<qint64> pageSize; // page_size, 1-100, default 10
    std::optional<qint64> pageNo;   // page_no, 1-2147483647, default 1
    std::optional<qint64> type;     // type, 1-4, default 1 (ECS): without it only ECS diagnoses are listed
    QString regionId;               // region_id, optional

    Error validate() const;
    QueryItems query() const;
};
QFuture<Result<DiagnoseRecordList>> listDiagnoseRecords(ApiClient &client, const ListDiagnoseRecordsParams &params = {});

// 5.15.5 start_diagnose_job
struct StartDiagnoseJobParams
{
    int type = 0;                  // type, required, 1-4
    QMap<QString, QString> params; // params, required map (always sent): ECS / remote login vm_id or eip, RDS instanceId
    QString regionId;              // region_id, "节点id", 0-64

    Error validate() const;
    QJsonObject body() const;
};
QFuture<Result<DiagnoseJobStarted>> startDiagnoseJob(ApiClient &client, const StartDiagnoseJobParams &params);

// 5.15.6 list_diagnose_vm_resources (a query sent as POST)
struct ListDiagnoseVmResourcesParams
{
    QString projectId;            // project_id, required
    QString region;               // region, optional
    std::optional<qint64> offset; // offset, "default 1": a 1-based page number, at least 1
    std::optional<qint64> limit;  // limit, "default 5": 1-100 (the reference's page-size ceiling)
    QString vmId;                 // vm_id, optional filter
    QString eip;                  // eip, optional filter
    QString vmName;               // vm_name, optional filter

    Error validate() const;
    QJsonObject body() const;
};
QFuture<Result<DiagnoseResourceList>> listDiagnoseVmResources(ApiClient &client,
                                                              const ListDiagnoseVmResourcesParams &params);

} // namespace osm::api
