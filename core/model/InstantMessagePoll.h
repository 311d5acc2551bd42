#pragma once

#include "Message.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace osm {

// The answer of 5.10.7 poll_instant_messages: what changed since the cursor, for up to 100 cases.
struct InstantMessagePoll
{
    // ImStatusV2: whether a case has unread messages.
    struct ReadState
    {
        enum : int { Unread = 0, Read = 1 };
        QString incidentId;  // incident_id (null in the reference's example → "")
        int status = Unread; // status: 0 unread, 1 read (null in the example → 0)

        static ReadState fromJson(const QJsonObject &json);
        QJsonObject toJson() const;
        friend bool operator==(const ReadState &, const ReadState &) = default;
    };

    // MessageUpdateV2: a message whose status changed.
    struct MessageUpdate
    {
        enum : int { Withdrawn = -1, Read = 1 }; // documented; the example also shows 0
        QString messageId;                       // message_id
        int status = 0;                          // status

        static MessageUpdate fromJson(const QJsonObject &json);
        QJsonObject toJson() const;
        friend bool operator==(const MessageUpdate &, const MessageUpdate &) = default;
    };

    // UserInstantIncidentMsgV2: the news of one case.
    struct CaseMessages
    {
        QString incidentId;           // incident_id
        QList<Message> messages;      // message_list: new messages
        QList<MessageUpdate> updates; // update_messages

        static CaseMessages fromJson(const QJsonObject &json);
        QJsonObject toJson() const;
        friend bool operator==(const CaseMessages &, const CaseMessages &) = default;
    };

    QList<ReadState> readStates;      // imstatus
    QList<CaseMessages> caseMessages; // immsg
    // last_message_time_id: described as a time but an opaque 32-hex id in the examples; send it back as is.
    QString lastMessageTimeId;

    static InstantMessagePoll fromJson(const QJsonObject &json);
    // Writes the table's names: imstatus, immsg, last_message_time_id.
    QJsonObject toJson() const;

    friend bool operator==(const InstantMessagePoll &, const InstantMessagePoll &) = default;
};

} // namespace osm
