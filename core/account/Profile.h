#pragma once

#include "net/Credentials.h"
#include "net/Endpoint.h"

#include <QString>
#include <QUrl>

namespace osm {

// One account as the user configured it: everything except the secrets. There is deliberately no field for
// the SK, the security token or the password, so nothing that stores a Profile can leak them; those live in a
// CredentialStore under the same id.
struct Profile
{
    QString id;   // stable uuid; also the keychain key
    QString name; // the user's label
    QString siteId;
    QUrl customOsmUrl; // overrides the site's OSM URL when set (a proxy, the simulator)
    QUrl customIamUrl; // overrides the site's IAM URL when set
    Credentials::Method method = Credentials::Method::AkSk;
    QString accessKey;
    QString domainId;          // remembered after the pipeline looked it up
    bool temporaryKey = false; // temporary AK/SK: the secret includes a security token
    QString iamDomain, iamUser, projectId;

    // The site's URLs, each replaced by its custom one when set. An unknown site with no custom URL gives an
    // empty URL, which Endpoint::check() rejects: better than silently sending to another site.
    Endpoint endpoint() const;

    // A new profile with a fresh uuid on the default site.
    static Profile create(const QString &name = {});
    static QString newId();
};

} // namespace osm
