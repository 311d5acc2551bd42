#pragma once

namespace osm::sim {

class Router;
class Server;

// One-click diagnosis (5.15, /v2.0): VM resources, start, show job, show items, records and feedback,
// from the Server's DiagnoseBook.
class DiagnoseRoutes
{
public:
    static void registerRoutes(Router &router, Server &server);
};

} // namespace osm::sim
