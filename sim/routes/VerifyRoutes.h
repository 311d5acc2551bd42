#pragma once

namespace osm::sim {

class Router;
class Server;

// Verification codes (5.13): need-verify, has-verified, verify, send; plus the control route
// GET /_sim/verify-codes/last that shows the code a send produced (no SMS or e-mail leaves the simulator).
class VerifyRoutes
{
public:
    static void registerRoutes(Router &router, Server &server);
};

} // namespace osm::sim
