#include "CaseExtendsParam.h"

#include "JsonRead.h"

namespace osm {

CaseExtendsParam CaseExtendsParam::fromJson(const QJsonObject &json)
{
    CaseExtendsParam r;
    r.paramKey = json::string(json.value(QLatin1String("param_key")));
    r.relaObjectPropertiesValue = json::string(json.value(QLatin1String("rela_object_properties_value")));
    r.paramName = json::string(json.value(QLatin1String("param_name")));
    r.paramDesc = json::string(json.value(QLatin1String("param_desc")));
    r.paramType = static_cast<int>(json::integer(json.value(QLatin1String("param_type"))));
    r.selectItem = json::string(json.value(QLatin1String("select_item")));
    return r;
}

QJsonObject CaseExtendsParam::toJson() const
{
    return QJsonObject{
        {QLatin1String("param_key"), paramKey},
        {QLatin1String("rela_object_properties_value"), relaObjectPropertiesValue},
        {QLatin1String("param_name"), paramName},
        {QLatin1String("param_desc"), paramDesc},
        {QLatin1String("param_type"), paramType},
        {QLatin1String("select_item"), selectItem},
    };
}

} // namespace osm
