#pragma once

namespace osm::sim {

// QtHttpServer's own debug output ("qt.httpserver") prints every request's headers, tokens and signatures
// included. The simulator runs inside osmdesk --demo and the tests, where a user may turn on all debug
// logging; this keeps that one category quiet whatever the logging rules say.
void installHeaderLogGuard();

} // namespace osm::sim
