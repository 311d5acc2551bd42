#include "SatisfactionConfigDimension.h"

#include "JsonRead.h"

namespace osm {

SatisfactionConfigDimension SatisfactionConfigDimension::fromJson(const QJsonObject &json)
{
    SatisfactionConfigDimension d;
    d.dimensionId = json::string(json.value(QLatin1String("dimension_id")));
    d.instances = json::objects<SatisfactionDimensionInstance>(json.value(QLatin1String("satisfaction_dimension_instances")));
    d.names = json::objects<ConfigName>(json.value(QLatin1String("dimension_names")));
    return d;
}

QJsonObject SatisfactionConfigDimension::toJson() const
{
    return QJsonObject{
        {QLatin1String("dimension_id"), dimensionId},
        {QLatin1String("satisfaction_dimension_instances"), json::toArray(instances)},
        {QLatin1String("dimension_names"), json::toArray(names)},
    };
}

} // namespace osm
