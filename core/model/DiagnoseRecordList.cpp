#include "DiagnoseRecordList.h"

#include "JsonRead.h"

namespace osm {

DiagnoseRecordList DiagnoseRecordList::fromJson(const QJsonObject &json)
{
    DiagnoseRecordList list;
    list.records = json::objects<DiagnoseRecord>(json.value(QLatin1String("records")));
    const QJsonValue total = json::field(json, {"total_count", "count"});
    list.totalCount = total.isUndefined() ? list.records.size() : json::integer(total);
    return list;
}

QJsonObject DiagnoseRecordList::toJson() const
{
    return QJsonObject{
        {QLatin1String("total_count"), totalCount},
        {QLatin1String("records"), json::toArray(records)},
    };
}

} // namespace osm
