#include "DiagnoseRecord.h"

#include "JsonRead.h"

namespace osm {

DiagnoseRecord DiagnoseRecord::fromJson(const QJsonObject &json)
{
    DiagnoseRecord record;
    record.id = json::string(json.value(QLatin1String("id")));
    record.status = json::string(json.value(QLatin1String("status")));
    const QJsonObject params = json::object(json.value(QLatin1String("params")));
    for (auto it = params.begin(); it != params.end(); ++it)
        record.params.insert(it.key(), json::string(it.value()));
    record.domainId = json::string(json.value(QLatin1String("domain_id")));
    record.createTime = json::timestamp(json.value(QLatin1String("create_time")));
    record.jobId = json::string(json.value(QLatin1String("job_id")));
    record.abnormalItems = json::stringList(json.value(QLatin1String("abnormal_items")));
    // Without red_count the list says how many.
    const QJsonValue red = json.value(QLatin1String("red_count"));
    record.redCount = red.isUndefined() || red.isNull() ? int(record.abnormalItems.size()) : int(json::integer(red));
    record.region = json::string(json.value(QLatin1String("region")));
    return record;
}

QJsonObject DiagnoseRecord::toJson() const
{
    QJsonObject params;
    for (auto it = this->params.begin(); it != this->params.end(); ++it)
        params.insert(it.key(), it.value());
    return QJsonObject{
        {QLatin1String("id"), id},
        {QLatin1String("status"), status},
        {QLatin1String("params"), params},
        {QLatin1String("domain_id"), domainId},
        {QLatin1String("create_time"), json::epochSeconds(createTime)},
        {QLatin1String("job_id"), jobId},
        {QLatin1String("abnormal_items"), QJsonArray::fromStringList(abnormalItems)},
        {QLatin1String("red_count"), redCount},
        {QLatin1String("region"), region},
    };
}

} // namespace osm
