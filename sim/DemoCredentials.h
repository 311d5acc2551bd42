#pragma once

#include "net/Credentials.h"

#include <QString>
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

// The demo account itself, signing with AK/SK.
inline osm::Credentials akSkCredentials()
{
    osm::Credentials credentials;
    credentials.accessKey = QString::fromLatin1(kAccessKey);
    credentials.secretKey = QString::fromLatin1(kSecretKey);
    credentials.domainId = QString::fromLatin1(kDomainId);
    return credentials;
}

// The demo IAM user's password login: a sub-user of the demo account, signed with a token.
inline osm::Credentials passwordCredentials()
{
    osm::Credentials credentials;
    credentials.method = osm::Credentials::Method::Password;
    credentials.iamDomain = QString::fromLatin1(kDomainName);
    credentials.iamUser = QString::fromLatin1(kUserName);
    credentials.password = QString::fromLatin1(kPassword);
    return credentials;
}

} // namespace osm::sim::demo
