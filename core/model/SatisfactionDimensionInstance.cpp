#include "SatisfactionDimensionInstance.h"

#include "JsonRead.h"

namespace osm {

SatisfactionDimensionInstance SatisfactionDimensionInstance::fromJson(const QJsonObject &json)
{
    SatisfactionDimensionInstance i;
    i.instanceId = json::string(json.value(QLatin1String("instance_id")));
    i.startNum = static_cast<int>(json::integer(json.value(QLatin1String("start_num"))));
    i.points = static_cast<int>(json::integer(json.value(QLatin1String("points"))));
    i.names = json::objects<ConfigName>(json.value(QLatin1String("instance_names")));
    return i;
}

QJsonObject SatisfactionDimensionInstance::toJson() const
{
    return QJsonObject{
        {QLatin1String("instance_id"), instanceId},
        {QLatin1String("start_num"), startNum},
        {QLatin1String("points"), points},
        {QLatin1String("instance_names"), json::toArray(names)},
    };
}

} // namespace osm
