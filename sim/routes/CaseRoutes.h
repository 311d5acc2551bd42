#pragma once

namespace osm::sim {

class Router;
class Server;

// Case queries (5.11): list_cases, count_cases_by_status, show_case_detail.
class CaseRoutes
{
public:
    static void registerRoutes(Router &router, Server &server);
};

} // namespace osm::sim
