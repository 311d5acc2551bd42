#include "Profile.h"

#include "Site.h"

#include <QUuid>

namespace osm {

Endpoint Profile::endpoint() const
{
    Endpoint endpoint;
    if (const std::optional<Site> site = Site::byId(siteId)) {
        endpoint.osm = site->osmUrl;
        endpoint.iam = site->iamUrl;
    }
    if (!customOsmUrl.isEmpty())
        endpoint.osm = customOsmUrl;
    if (!customIamUrl.isEmpty())
        endpoint.iam = customIamUrl;
    return endpoint;
}

Profile Profile::create(const QString &name)
{
    Profile profile;
    profile.id = newId();
    profile.name = name;
    profile.siteId = Site::defaultId();
    return profile;
}

QString Profile::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace osm
