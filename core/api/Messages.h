#pragma once

#include "model/Acknowledgement.h"
#include "model/InstantMessagePoll.h"
#include "model/Message.h"
#include "model/MessageList.h"
#include "model/UnreadCounts.h"
#include "net/ApiClient.h"

#include <QDateTime>
#include <QFuture>
#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace osm::api {

// 5.10.5 list_messages
struct ListMessagesParams
{
    QString groupId;
    std::optional<qint64> offset; // 0..65535
    std::optional<qint64> limit;  // 0..100
    std::optional<bool> trimOsmRichTextLabel;
};
QFuture<Result<MessageList>> listMessages(ApiClient &client, const QString &caseId,
                                          const ListMessagesParams &params = {});

// 5.10.2 list_unread_messages: unread counts for at most 100 cases.
QFuture<Result<UnreadCounts>> listUnreadMessages(ApiClient &client, const QStringList &caseIds,
                                                 const QString &groupId = {});

// 5.10.7 poll_instant_messages: new messages and status changes since the cursor, for at most 100 cases.
struct PollInstantMessagesParams
{
    QStringList caseIds;
    QString lastMessageTimeId; // the cursor the previous poll returned
    QString groupId;
    std::optional<bool> trimOsmRichTextLabel;
};
QFuture<Result<InstantMessagePoll>> pollInstantMessages(ApiClient &client, const PollInstantMessagesParams &params);

// 5.10.1 set_messages_read: marks the case's messages read (the unread count of 5.10.2 drops to 0).
QFuture<Result<Acknowledgement>> setMessagesRead(ApiClient &client, const QString &caseId,
                                                 const QString &groupId = {});

// 5.10.3 create_message (path ".../message", singular).
struct CreateMessageParams
{
    QString caseId;           // path case_id, 1-32
    QString content;          // message.content, 0-10000 characters (required, but may be empty)
    QStringList accessoryIds; // message.accessory_ids: 0-10 ids of 1-32 characters, from 5.5.1 upload_accessory
    QString groupId;          // group_id, 0-64: needed for the cases of others in the same IAM group

    Error validate() const;
    // {"message": {"content", "accessory_ids"}, "group_id"}; accessory_ids is always written ([] as in the
    // example), group_id only when given.
    QJsonObject body() const;
};
QFuture<Result<Acknowledgement>> createMessage(ApiClient &client, const CreateMessageParams &params);

// 5.10.4 withdraw_message: no body. Withdrawn messages keep their place with status -1 (lists) and are
// reported by 5.10.7 as an update with status -1.
QFuture<Result<Acknowledgement>> withdrawMessage(ApiClient &client, const QString &caseId, const QString &messageId);

// 5.10.6 list_more_messages: the page of messages before a cursor, the create_time and type of the oldest
// message loaded so far ("上一条消息"). The answer has the shape of 5.10.5.
struct ListMoreMessagesParams
{
    QString caseId;       // path case_id, 1-32
    QDateTime createTime; // create_time, required: sent as epoch milliseconds (the example's 1774860177173)
    int type = Message::CustomerMessage; // type of that message: 0 customer, 1 customer service
    qint64 limit = 10;                   // limit, required, 1..100
    QString groupId;                     // group_id, 0-64
    std::optional<bool> trimOsmRichTextLabel;

    // The page that continues back from `oldestLoaded`.
    static ListMoreMessagesParams before(const QString &caseId, const Message &oldestLoaded, qint64 limit = 10);

    Error validate() const;
    QueryItems query() const;
};
QFuture<Result<MessageList>> listMoreMessages(ApiClient &client, const ListMoreMessagesParams &params);

} // namespace osm::api
