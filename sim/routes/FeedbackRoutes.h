#pragma once

namespace osm::sim {

class Router;
class Server;

// Report feedback (5.16): create_report_feedback, kept in the Server's FeedbackBook.
class FeedbackRoutes
{
public:
    static void registerRoutes(Router &router, Server &server);
};

} // namespace osm::sim
