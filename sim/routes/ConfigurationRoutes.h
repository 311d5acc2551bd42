#pragma once

#include <QHash>
#include <QString>

namespace osm::sim {

class Router;
class Server;

// Configuration items (5.14): show_configuration by key.
class ConfigurationRoutes
{
public:
    static void registerRoutes(Router &router, Server &server);
    // The keys the reference documents, with their values.
    static const QHash<QString, QString> &values();
};

} // namespace osm::sim
