#pragma once

#include "model/InstantMessagePoll.h"
#include "model/MessageList.h"
#include "model/UnreadCounts.h"
#include "net/ApiClient.h"

#include <QFuture>
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

} // namespace osm::api
