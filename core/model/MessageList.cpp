#include "MessageList.h"

#include "JsonRead.h"

namespace osm {

MessageList MessageList::fromJson(const QJsonObject &json)
{
    MessageList list;
    list.messages = json::objects<Message>(json.value(QLatin1String("message_list")));
    list.count = json::integer(json::field(json, {"count", "total_count"}), list.messages.size());
    return list;
}

QJsonObject MessageList::toJson() const
{
    return QJsonObject{
        {QLatin1String("count"), count},
        {QLatin1String("message_list"), json::toArray(messages)},
    };
}

} // namespace osm
