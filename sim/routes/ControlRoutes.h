#pragma once

namespace osm::sim {

class Router;
class Server;

// /_sim/...: the unauthenticated, loopback-only control surface (faults, engineer replies, tokens, requests).
class ControlRoutes
{
public:
    static void registerRoutes(Router &router, Server &server);
};

} // namespace osm::sim
