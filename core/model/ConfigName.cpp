#include "ConfigName.h"

#include "JsonRead.h"

namespace osm {

ConfigName ConfigName::fromJson(const QJsonObject &json)
{
    return {json::string(json.value(QLatin1String("name"))), json::string(json.value(QLatin1String("language")))};
}

QJsonObject ConfigName::toJson() const
{
    return QJsonObject{{QLatin1String("name"), name}, {QLatin1String("language"), language}};
}

QString ConfigName::pick(const QList<ConfigName> &names, const QString &language)
{
    for (const ConfigName &n : names) {
        if (n.language.compare(language, Qt::CaseInsensitive) == 0)
            return n.name;
    }
    return names.isEmpty() ? QString() : names.first().name;
}

} // namespace osm
