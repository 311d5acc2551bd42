#include "ConfigurationRoutes.h"

#include "Server.h"
#include "http/Params.h"
#include "http/Router.h"

#include <QJsonObject>

namespace osm::sim {

namespace {

// 5.14.1 show_configuration. The answer is the example's, error_code 0 (a number) included; an unknown
// key is the business error OSM.01010001 (HTTP 200), a key outside 1-128 characters 400 OSM.0001.
Response showConfiguration(Request &r)
{
    const QString key = r.pathParam(QStringLiteral("config_key"));
    if (key.isEmpty() || key.size() > 128)
        return Response::badRequest(QStringLiteral("config_key must be 1 to 128 characters long"));
    const auto found = ConfigurationRoutes::values().constFind(key);
    if (found == ConfigurationRoutes::values().constEnd())
        return Response::osmError(200, QStringLiteral("OSM.01010001"), QStringLiteral("Param validation failed."));
    return Response::json(QJsonObject{
        {QStringLiteral("error_code"), 0},
        {QStringLiteral("config_key"), key},
        {QStringLiteral("config_value"), found.value()},
        {QStringLiteral("error_msg"), QString()},
    });
}

} // namespace

const QHash<QString, QString> &ConfigurationRoutes::values()
{
    // The only key of the reference, with its example value (what the items mean is not documented).
    static const QHash<QString, QString> values{
        {QStringLiteral("case.create-case.diagnose-list"), QStringLiteral("test1,test2")},
    };
    return values;
}

void ConfigurationRoutes::registerRoutes(Router &router, Server &)
{
    router.add("GET", QStringLiteral("/v2/servicerequest/configurations/{config_key}"), Router::Auth::Osm,
               [](Request &r) { return showConfiguration(r); });
}

} // namespace osm::sim
