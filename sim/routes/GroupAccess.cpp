#include "GroupAccess.h"

namespace osm::sim {

bool GroupAccess::allows(const Identity &identity, const CaseRecord &record, const QString &groupId)
{
    if (identity.userId.isEmpty() || record.xcustomerId == identity.userId || record.groupId.isEmpty())
        return true;
    return groupId == record.groupId;
}

Response GroupAccess::denied()
{
    return Response::osmError(200, QStringLiteral("OSM.01010035"), QStringLiteral("No group operation permission."));
}

} // namespace osm::sim
