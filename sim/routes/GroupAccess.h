#pragma once

#include "auth/Identity.h"
#include "data/CaseRecord.h"
#include "http/Response.h"

namespace osm::sim {

// group_id: "mandatory when operating on other cases of the same IAM group" (5.3.x, 5.11.x). The simulator's
// reading: an IAM user acting on another user's case that belongs to a group must pass that group's id;
// the account itself (AK/SK) and the case's owner need none. A group case without (or with another)
// group_id answers OSM.01010035 "No group operation permission". Cases without a group are not restricted.
class GroupAccess
{
public:
    static bool allows(const Identity &identity, const CaseRecord &record, const QString &groupId);
    static Response denied();
};

} // namespace osm::sim
