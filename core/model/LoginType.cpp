#include "LoginType.h"

#include "JsonRead.h"

namespace osm {

LoginType LoginType::fromJson(const QJsonObject &json)
{
    return LoginType{json::string(json.value(QLatin1String("login_type")))};
}

QJsonObject LoginType::toJson() const
{
    return QJsonObject{{QLatin1String("login_type"), loginType}};
}

} // namespace osm
