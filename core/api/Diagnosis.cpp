#include "Diagnosis.h"

#include "Operation.h"
#include "Validator.h"

#include <QJsonArray>

namespace osm::api {

namespace {
const Operation kCreateDiagnoseFeedback{"create_diagnose_feedback", "POST", "/v2.0/servicerequest/diagnose/feedback"};
const Operation kShowDiagnoseItemResults{"show_diagnose_item_results", "POST",
                                         "/v2.0/servicerequest/diagnose/job/show-items"};
const Operation kShowDiagnoseJob{"show_diagnose_job", "GET", "/v2.0/servicerequest/diagnose/job"};
const Operation kListDiagnoseRecords{"list_diagnose_records", "GET", "/v2.0/servicerequest/diagnose/records"};
const Operation kStartDiagnoseJob{"start_diagnose_job", "POST", "/v2.0/servicerequest/diagnose/job/start"};
const Operation kListDiagnoseVmResources{"list_diagnose_vm_resources", "POST",
                                         "/v2.0/servicerequest/diagnose/job/vm/resources"};

constexpr qint64 kMaxInteger = 2147483647;

// Optional strings are sent only when they carry a value.
void insertText(QJsonObject &body, const char *key, const QString &value)
{
    if (!value.isEmpty())
        body.insert(QLatin1String(key), value);
}
} // namespace

Error DiagnoseFeedbackParams::validate() const
{
    return Validator().range("type", type, diagnose::kEcs, diagnose::kNetworkHealth).maxLength("content", content, 10000).error();
}

QJsonObject DiagnoseFeedbackParams::body() const
{
    QJsonObject body{{QLatin1String("type"), type}, {QLatin1String("is_helpful"), isHelpful}};
    insertText(body, "content", content);
    insertText(body, "region_id", regionId);
    return body;
}

QFuture<Result<Acknowledgement>> createDiagnoseFeedback(ApiClient &client, const DiagnoseFeedbackParams &params)
{
    const QJsonObject body = params.body();
    return run<Acknowledgement>(client, kCreateDiagnoseFeedback, {}, {}, params.validate(), &body);
}

Error ShowDiagnoseItemResultsParams::validate() const
{
    return Validator()
        .maxLength("job_id", jobId, 64)
        .maxItems("item_ids", itemIds.size(), 100)
        .eachMaxLength("item_ids", itemIds, 64)
        .error();
}

QJsonObject ShowDiagnoseItemResultsParams::body() const
{
    QJsonObject body;
    insertText(body, "job_id", jobId);
    // The table's array (the request example sends a string); an empty list is left out (1-100 items).
    if (!itemIds.isEmpty())
        body.insert(QLatin1String("item_ids"), QJsonArray::fromStringList(itemIds));
    insertText(body, "region_id", regionId);
    return body;
}

QFuture<Result<DiagnoseItemDetailList>> showDiagnoseItemResults(ApiClient &client,
                                                                const ShowDiagnoseItemResultsParams &params)
{
    const QJsonObject body = params.body();
    return run<DiagnoseItemDetailList>(client, kShowDiagnoseItemResults, {}, {}, params.validate(), &body);
}

Error ShowDiagnoseJobParams::validate() const
{
    return Validator().required("job_id", jobId).maxLength("job_id", jobId, 64).error();
}

QueryItems ShowDiagnoseJobParams::query() const
{
    return QueryBuilder().add("job_id", jobId).add("region_id", regionId).items();
}

QFuture<Result<DiagnoseJob>> showDiagnoseJob(ApiClient &client, const ShowDiagnoseJobParams &params)
{
    return run<DiagnoseJob>(client, kShowDiagnoseJob, {}, params.query(), params.validate());
}

Error ListDiagnoseRecordsParams::validate() const
{
    return Validator()
        .range("page_size", pageSize, 1, 100)
        .range("page_no", pageNo, 1, kMaxInteger)
        .range("type", type, diagnose::kEcs, diagnose::kNetworkHealth)
        .error();
}

QueryItems ListDiagnoseRecordsParams::query() const
{
    // The request example's order.
    return QueryBuilder()
        .add("page_size", pageSize)
        .add("page_no", pageNo)
        .add("type", type)
        .add("region_id", regionId)
        .items();
}

QFuture<Result<DiagnoseRecordList>> listDiagnoseRecords(ApiClient &client, const ListDiagnoseRecordsParams &params)
{
    return run<DiagnoseRecordList>(client, kListDiagnoseRecords, {}, params.query(), params.validate());
}

Error StartDiagnoseJobParams::validate() const
{
    Validator validator;
    validator.range("type", type, diagnose::kEcs, diagnose::kNetworkHealth).maxLength("region_id", regionId, 64);
    for (auto it = params.begin(); it != params.end(); ++it)
        validator.required("params", it.key());
    return validator.error();
}

QJsonObject StartDiagnoseJobParams::body() const
{
    QJsonObject map;
    for (auto it = params.begin(); it != params.end(); ++it)
        map.insert(it.key(), it.value());
    QJsonObject body{{QLatin1String("type"), type}, {QLatin1String("params"), map}};
    insertText(body, "region_id", regionId);
    return body;
}

QFuture<Result<DiagnoseJobStarted>> startDiagnoseJob(ApiClient &client, const StartDiagnoseJobParams &params)
{
    const QJsonObject body = params.body();
    return run<DiagnoseJobStarted>(client, kStartDiagnoseJob, {}, {}, params.validate(), &body);
}

Error ListDiagnoseVmResourcesParams::validate() const
{
    // The table gives no ranges: offset "default 1" counts pages from 1; 100 is the reference's page-size
    // ceiling everywhere else (API.md §6.1).
    return Validator()
        .required("project_id", projectId)
        .range("offset", offset, 1, kMaxInteger)
        .range("limit", limit, 1, 100)
        .error();
}

QJsonObject ListDiagnoseVmResourcesParams::body() const
{
    QJsonObject body{{QLatin1String("project_id"), projectId}};
    insertText(body, "region", region);
    if (offset)
        body.insert(QLatin1String("offset"), *offset);
    if (limit)
        body.insert(QLatin1String("limit"), *limit);
    insertText(body, "vm_id", vmId);
    insertText(body, "eip", eip);
    insertText(body, "vm_name", vmName);
    return body;
}

QFuture<Result<DiagnoseResourceList>> listDiagnoseVmResources(ApiClient &client,
                                                              const ListDiagnoseVmResourcesParams &params)
{
    const QJsonObject body = params.body();
    return run<DiagnoseResourceList>(client, kListDiagnoseVmResources, {}, {}, params.validate(), &body);
}

} // namespace osm::api
