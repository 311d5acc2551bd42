#include "CommonParam.h"

#include "JsonRead.h"

namespace osm {

CommonParam CommonParam::fromJson(const QJsonObject &json)
{
    CommonParam p;
    p.paramKey = json::string(json.value(QLatin1String("param_key")));
    p.paramName = json::string(json.value(QLatin1String("param_name")));
    p.isShow = static_cast<int>(json::integer(json.value(QLatin1String("is_show"))));
    p.isRequired = static_cast<int>(json::integer(json.value(QLatin1String("is_required"))));
    return p;
}

QJsonObject CommonParam::toJson() const
{
    return QJsonObject{
        {QLatin1String("param_key"), paramKey},
        {QLatin1String("param_name"), paramName},
        {QLatin1String("is_show"), isShow},
        {QLatin1String("is_required"), isRequired},
    };
}

} // namespace osm
