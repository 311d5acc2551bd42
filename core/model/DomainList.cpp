#include "DomainList.h"

#include "JsonRead.h"

namespace osm {

Domain Domain::fromJson(const QJsonObject &json)
{
    Domain d;
    d.id = json::string(json.value(QLatin1String("id")));
    d.name = json::string(json.value(QLatin1String("name")));
    d.enabled = json::boolean(json.value(QLatin1String("enabled")), true); // absent: IAM lists usable domains
    d.description = json::string(json.value(QLatin1String("description")));
    return d;
}

QJsonObject Domain::toJson() const
{
    QJsonObject o{
        {QLatin1String("id"), id},
        {QLatin1String("name"), name},
        {QLatin1String("enabled"), enabled},
    };
    if (!description.isEmpty())
        o.insert(QLatin1String("description"), description);
    return o;
}

DomainList DomainList::fromJson(const QJsonObject &json)
{
    DomainList list;
    list.domains = json::objects<Domain>(json.value(QLatin1String("domains")));
    return list;
}

QJsonObject DomainList::toJson() const
{
    return QJsonObject{{QLatin1String("domains"), json::toArray(domains)}};
}

} // namespace osm
