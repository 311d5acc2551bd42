#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace osm {

// One row of 5.10.2 list_unread_messages: ImUnreadV2.
struct UnreadCount
{
    QString incidentId; // incident_id
    int unreadNum = 0;  // unread_num
    int status = 0;     // status: 1 online, 0 offline (as documented; the meaning is not explained further)

    static UnreadCount fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const UnreadCount &, const UnreadCount &) = default;
};

// The answer of 5.10.2 list_unread_messages.
struct UnreadCounts
{
    QList<UnreadCount> items; // imunread

    // unread_num of `incidentId`; 0 when the server sent no row for it.
    int unreadFor(const QString &incidentId) const;

    static UnreadCounts fromJson(const QJsonObject &json);
    // Writes the table's name: imunread.
    QJsonObject toJson() const;

    friend bool operator==(const UnreadCounts &, const UnreadCounts &) = default;
};

} // namespace osm
