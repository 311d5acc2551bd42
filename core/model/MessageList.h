#pragma once

#include "Message.h"

#include <QJsonObject>
#include <QList>

namespace osm {

// A page of messages: 5.10.5 list_messages (also the shape of 5.10.6 list_more_messages).
struct MessageList
{
    qint64 count = 0;        // count — the total, also read from total_count (API.md §6.1)
    QList<Message> messages; // message_list

    static MessageList fromJson(const QJsonObject &json);
    // Writes the table's names: count, message_list.
    QJsonObject toJson() const;

    friend bool operator==(const MessageList &, const MessageList &) = default;
};

} // namespace osm
