#pragma once

namespace osm::sim {

class Router;
class Server;

// Labels (5.9): create_label, list_labels, delete_label, update_label, list_case_labels, add_case_labels,
// delete_case_labels.
class LabelRoutes
{
public:
    static void registerRoutes(Router &router, Server &server);
};

} // namespace osm::sim
