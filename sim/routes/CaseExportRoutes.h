#pragma once

namespace osm::sim {

class Router;
class Server;

// 5.3.7 export_cases: the account's cases matching the filters as a CSV file (UTF-8 with BOM, so that
// spreadsheet programs read it), named after the language (the reference names neither type nor file).
class CaseExportRoutes
{
public:
    static void registerRoutes(Router &router, Server &server);
};

} // namespace osm::sim
