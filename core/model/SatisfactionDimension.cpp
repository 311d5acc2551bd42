#include "SatisfactionDimension.h"

#include "JsonRead.h"

namespace osm {

SatisfactionDimension SatisfactionDimension::fromJson(const QJsonObject &json)
{
    SatisfactionDimension d;
    d.value = static_cast<int>(json::integer(json.value(QLatin1String("value"))));
    d.satisfactionId = static_cast<int>(json::integer(json.value(QLatin1String("satisfaction_id"))));
    d.description = json::string(json.value(QLatin1String("satisfaction_desc")));
    d.perValue = static_cast<int>(json::integer(json.value(QLatin1String("per_value"))));
    d.categoryId = json::string(json.value(QLatin1String("sat_category_id")));
    return d;
}

QJsonObject SatisfactionDimension::toJson() const
{
    return QJsonObject{
        {QLatin1String("value"), value},
        {QLatin1String("satisfaction_id"), satisfactionId},
        {QLatin1String("satisfaction_desc"), description},
        {QLatin1String("per_value"), perValue},
        {QLatin1String("sat_category_id"), categoryId},
    };
}

} // namespace osm
