#pragma once

namespace osm::sim {

class Router;
class Server;

// Messages (5.10): list_messages, list_more_messages, create_message, withdraw_message, unread counts, set read,
// instant-message poll.
class MessageRoutes
{
public:
    static void registerRoutes(Router &router, Server &server);
};

} // namespace osm::sim
