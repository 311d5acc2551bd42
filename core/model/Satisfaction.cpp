#include "Satisfaction.h"

#include "JsonRead.h"

namespace osm {

Satisfaction Satisfaction::fromJson(const QJsonObject &json)
{
    const auto v = [&json](const char *name) { return json.value(QLatin1StringView(name)); };
    Satisfaction s;
    s.satisfactionId = static_cast<int>(json::integer(v("satisfaction_id")));
    s.satisfactionValue = static_cast<int>(json::integer(v("satisfaction_value")));
    s.satisfactionName = json::string(v("satisfaction_name"));
    s.satCategoryId = json::string(v("sat_category_id"));
    s.satCategoryName = json::string(v("sat_category_name"));
    s.parentCategoryId = json::string(v("parent_category_id"));
    s.instanceName = json::string(v("instance_name"));
    return s;
}

QJsonObject Satisfaction::toJson() const
{
    return QJsonObject{
        {QLatin1String("satisfaction_id"), satisfactionId},
        {QLatin1String("satisfaction_value"), satisfactionValue},
        {QLatin1String("satisfaction_name"), satisfactionName},
        {QLatin1String("sat_category_id"), satCategoryId},
        {QLatin1String("sat_category_name"), satCategoryName},
        {QLatin1String("parent_category_id"), parentCategoryId},
        {QLatin1String("instance_name"), instanceName},
    };
}

} // namespace osm
