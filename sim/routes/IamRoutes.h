#pragma once

namespace osm::sim {

class Router;
class Server;

// IAM: POST /v3/auth/tokens (password → X-Subject-Token) and GET /v3/auth/domains (AK/SK → account id).
class IamRoutes
{
public:
    static void registerRoutes(Router &router, Server &server);
};

} // namespace osm::sim
