#pragma once

namespace osm::sim {

class Router;
class Server;

// Case privileges (5.4), from the Server's PrivilegeBook.
class PrivilegeRoutes
{
public:
    static void registerRoutes(Router &router, Server &server);
};

} // namespace osm::sim
