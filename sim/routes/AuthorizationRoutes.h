#pragma once

namespace osm::sim {

class Router;
class Server;

// Authorizations and bastion-host records (5.6), from the Server's AuthorizationBook.
class AuthorizationRoutes
{
public:
    static void registerRoutes(Router &router, Server &server);
};

} // namespace osm::sim
