#pragma once

namespace osm::sim {

class Router;
class Server;

// Quotas (5.7): show_case_quota, from the Server's QuotaBook.
class QuotaRoutes
{
public:
    static void registerRoutes(Router &router, Server &server);
};

} // namespace osm::sim
