#include "LabelList.h"

#include "JsonRead.h"

namespace osm {

LabelList LabelList::fromJson(const QJsonObject &json)
{
    LabelList list;
    list.labels = json::objects<Label>(json.value(QLatin1String("label_list")));
    const QJsonValue total = json::field(json, {"total_count", "count"});
    // Without a total the page itself is all there is.
    list.totalCount = total.isUndefined() ? list.labels.size() : json::integer(total);
    return list;
}

QJsonObject LabelList::toJson() const
{
    return QJsonObject{
        {QLatin1String("total_count"), totalCount},
        {QLatin1String("label_list"), json::toArray(labels)},
    };
}

} // namespace osm
