#pragma once

#include <QtGlobal>

// The simulator's documented demo account (see sim/README.md). These are not secrets: they only open the
// local simulator, and the desktop app's --demo mode and the tests use them.
namespace osm::sim::demo {

inline constexpr const char *kAccessKey = "DEMOAKOSMDESK0000001";
inline constexpr const char *kSecretKey = "DemoSecretKeyForOsmDeskSimulator00000000";
inline constexpr const char *kDomainId = "0d5c1e2f3a4b4c5d8e9f00112233aabb";
inline constexpr const char *kDomainName = "osmdesk-demo";
inline constexpr const char *kUserName = "demo";
inline constexpr const char *kPassword = "demo-password";
inline constexpr const char *kProjectId = "5a7b9c1d2e3f40516273849506a7b8c9";
inline constexpr quint32 kDefaultSeed = 20260402; // the reference's document date

} // namespace osm::sim::demo
