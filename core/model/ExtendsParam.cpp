#include "ExtendsParam.h"

#include "JsonRead.h"

namespace osm {

namespace {
std::optional<qint64> optionalInteger(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return std::nullopt;
    if (value.isString() && value.toString().trimmed().isEmpty())
        return std::nullopt;
    return json::integer(value);
}

QJsonValue toJsonValue(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}
} // namespace

ExtendsParam ExtendsParam::fromJson(const QJsonObject &json)
{
    auto v = [&json](const char *key) { return json.value(QLatin1String(key)); };
    ExtendsParam p;
    p.tips = json::string(v("tips"));
    p.required = static_cast<int>(json::integer(v("required")));
    p.length = static_cast<int>(json::integer(v("length")));
    p.language = json::string(v("language"));
    p.paramKey = json::string(v("param_key"));
    p.paramName = json::string(v("param_name"));
    p.paramType = static_cast<int>(json::integer(v("param_type")));
    p.paramDesc = json::string(v("param_desc"));
    p.defaultValue = json::string(v("default_value"));
    p.maxValue = optionalInteger(v("max_value"));
    p.minValue = optionalInteger(v("min_value"));
    p.selectItem = json::string(v("select_item"));
    p.isShow = static_cast<int>(json::integer(v("is_show")));
    p.isSensitive = static_cast<int>(json::integer(v("is_sensitive")));
    p.paramSubtype = static_cast<int>(json::integer(v("param_subtype")));
    p.paramSubtypeValue = json::string(v("param_subtype_value"));
    p.regex = json::string(v("regex"));
    p.createTime = json::timestamp(v("create_time"));
    p.updateTime = json::timestamp(v("update_time"));
    p.creatorId = json::string(v("creator_id"));
    p.updatorId = json::string(v("updator_id"));
    p.relativeCloudService = json::string(v("relative_cloud_service"));
    return p;
}

QJsonObject ExtendsParam::toJson() const
{
    return QJsonObject{
        {QLatin1String("tips"), tips},
        {QLatin1String("required"), required},
        {QLatin1String("length"), length},
        {QLatin1String("language"), language},
        {QLatin1String("param_key"), paramKey},
        {QLatin1String("param_name"), paramName},
        {QLatin1String("param_type"), paramType},
        {QLatin1String("param_desc"), paramDesc},
        {QLatin1String("default_value"), defaultValue},
        {QLatin1String("max_value"), toJsonValue(maxValue)},
        {QLatin1String("min_value"), toJsonValue(minValue)},
        {QLatin1String("select_item"), selectItem},
        {QLatin1String("is_show"), isShow},
        {QLatin1String("is_sensitive"), isSensitive},
        {QLatin1String("param_subtype"), paramSubtype},
        {QLatin1String("param_subtype_value"), paramSubtypeValue},
        {QLatin1String("regex"), regex},
        {QLatin1String("create_time"), json::epochSeconds(createTime)},
        {QLatin1String("update_time"), json::epochSeconds(updateTime)},
        {QLatin1String("creator_id"), creatorId},
        {QLatin1String("updator_id"), updatorId},
        {QLatin1String("relative_cloud_service"), relativeCloudService},
    };
}

} // namespace osm
