#pragma once

namespace osm::sim {

class Router;
class Server;

// Related cases (5.12): create_case_relation, delete_case_relation, list_case_relations.
class RelationRoutes
{
public:
    static void registerRoutes(Router &router, Server &server);
};

} // namespace osm::sim
