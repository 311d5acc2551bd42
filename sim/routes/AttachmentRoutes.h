#pragma once

namespace osm::sim {

class Router;
class Server;

// Attachments (5.2.1, 5.5): upload (multipart and JSON/Base64, limits enforced), delete, download (several
// ids as one ZIP), image, limits, batch download links and the pre-signed route those links point to; plus
// PUT /_sim/accessory-limits to change the limits (tests, demos). State in data/AccessoryStore.
class AttachmentRoutes
{
public:
    static void registerRoutes(Router &router, Server &server);
};

} // namespace osm::sim
