#include "VerifiedContactList.h"

#include "JsonRead.h"

namespace osm {

VerifiedContactList VerifiedContactList::fromJson(const QJsonObject &json)
{
    VerifiedContactList list;
    list.contacts = json::objects<VerifiedContact>(json.value(QLatin1String("contact_list")));
    const QJsonValue total = json::field(json, {"count", "total_count"});
    // Without a total the page itself is all there is.
    list.count = total.isUndefined() ? list.contacts.size() : json::integer(total);
    return list;
}

QJsonObject VerifiedContactList::toJson() const
{
    return QJsonObject{
        {QLatin1String("count"), count},
        {QLatin1String("contact_list"), json::toArray(contacts)},
    };
}

} // namespace osm
