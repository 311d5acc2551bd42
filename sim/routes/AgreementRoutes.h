#pragma once

namespace osm::sim {

class Router;
class Server;

// Agreements (5.1): published-agreement, signed-latest, sign.
class AgreementRoutes
{
public:
    static void registerRoutes(Router &router, Server &server);
};

} // namespace osm::sim
