#pragma once

namespace osm::sim {

class Router;
class Server;

// Messages (5.10): list_messages, create_message, unread counts, set read, instant-message poll.
class MessageRoutes
{
public:
    static void registerRoutes(Router &router, Server &server);
};

} // namespace osm::sim
