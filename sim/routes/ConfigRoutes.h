#pragma once

namespace osm::sim {

class Router;
class Server;

// Case-creation configuration (5.8), from data/Catalog and localised by X-Language: list_area_codes,
// list_problem_types, list_extends_params, list_problem_templates, list_case_categories,
// list_product_categories, list_regions, list_satisfaction_dimensions, list_severities, show_case_limits.
class ConfigRoutes
{
public:
    static void registerRoutes(Router &router, Server &server);
};

} // namespace osm::sim
