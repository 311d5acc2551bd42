#include "DiagnoseJob.h"

#include "JsonRead.h"

namespace osm {

int DiagnoseJob::abnormalCount() const
{
    int count = 0;
    for (const DiagnoseItemResult &item : items)
        count += item.abnormal() ? 1 : 0;
    return count;
}

DiagnoseJob DiagnoseJob::fromJson(const QJsonObject &json)
{
    DiagnoseJob job;
    job.status = int(json::integer(json.value(QLatin1String("status")), kPreparing));
    job.jobId = json::string(json.value(QLatin1String("job_id")));
    job.domainId = json::string(json.value(QLatin1String("domain_id")));
    job.items = json::objects<DiagnoseItemResult>(json.value(QLatin1String("items_result")));
    job.createTime = json::timestamp(json.value(QLatin1String("create_time")));
    return job;
}

QJsonObject DiagnoseJob::toJson() const
{
    bool numeric = false;
    const qint64 id = jobId.toLongLong(&numeric);
    return QJsonObject{
        {QLatin1String("status"), status},
        {QLatin1String("job_id"), numeric ? QJsonValue(id) : QJsonValue(jobId)},
        {QLatin1String("domain_id"), domainId},
        {QLatin1String("items_result"), json::toArray(items)},
        {QLatin1String("create_time"), json::epochSeconds(createTime)},
    };
}

} // namespace osm
