#include "AreaCode.h"

#include "JsonRead.h"

namespace osm {

AreaCode AreaCode::fromJson(const QJsonObject &json)
{
    AreaCode code;
    code.id = json::integer(json.value(QLatin1String("id")));
    code.areaCode = json::string(json.value(QLatin1String("area_code")));
    code.areaName = json::string(json.value(QLatin1String("area_name")));
    return code;
}

QJsonObject AreaCode::toJson() const
{
    return QJsonObject{
        {QLatin1String("id"), id},
        {QLatin1String("area_code"), areaCode},
        {QLatin1String("area_name"), areaName},
    };
}

} // namespace osm
