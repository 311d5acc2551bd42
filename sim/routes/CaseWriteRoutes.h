#pragma once

namespace osm::sim {

class Router;
class Server;

// Case writes (5.3): update_case_contact_info, list/create_case_extends_params, list_customer_regions,
// create_case, create_case_score, run_case_action. Their rules are described in sim/README.md.
class CaseWriteRoutes
{
public:
    static void registerRoutes(Router &router, Server &server);
};

} // namespace osm::sim
