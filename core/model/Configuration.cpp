#include "Configuration.h"

#include "JsonRead.h"

namespace osm {

QStringList Configuration::values() const
{
    QStringList parts;
    for (const QString &part : configValue.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            parts.append(part.trimmed());
    }
    return parts;
}

Configuration Configuration::fromJson(const QJsonObject &json)
{
    Configuration configuration;
    configuration.configKey = json::string(json.value(QLatin1String("config_key")));
    configuration.configValue = json::string(json.value(QLatin1String("config_value")));
    return configuration;
}

QJsonObject Configuration::toJson() const
{
    return QJsonObject{
        {QLatin1String("config_key"), configKey},
        {QLatin1String("config_value"), configValue},
    };
}

} // namespace osm
