#include "AuthorizationList.h"

#include "JsonRead.h"

namespace osm {

AuthorizationList AuthorizationList::fromJson(const QJsonObject &json)
{
    AuthorizationList list;
    list.authorizations = json::objects<Authorization>(json.value(QLatin1String("incident_auth_list")));
    const QJsonValue total = json::field(json, {"count", "total_count"});
    // Without a total the page itself is all there is.
    list.count = total.isUndefined() ? list.authorizations.size() : json::integer(total);
    return list;
}

QJsonObject AuthorizationList::toJson() const
{
    return QJsonObject{
        {QLatin1String("count"), count},
        {QLatin1String("incident_auth_list"), json::toArray(authorizations)},
    };
}

} // namespace osm
