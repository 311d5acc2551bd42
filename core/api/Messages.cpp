#include "Messages.h"

#include "Operation.h"
#include "Validator.h"

#include <QJsonArray>

namespace osm::api {

namespace {
const Operation kListMessages{"list_messages", "GET", "/v2/servicerequest/cases/{case_id}/messages"};
// The poller's requests yield to what the user is doing.
const Operation kListUnreadMessages{"list_unread_messages", "GET",
                                    "/v2/servicerequest/cases/instant-messages/unread",
                                    ApiRequest::Priority::Background};
const Operation kPollInstantMessages{"poll_instant_messages", "GET", "/v2/servicerequest/cases/instant-messages",
                                     ApiRequest::Priority::Background};
const Operation kSetMessagesRead{"set_messages_read", "POST", "/v2/servicerequest/cases/{case_id}/instant-messages/unread"};
const Operation kCreateMessage{"create_message", "POST", "/v2/servicerequest/cases/{case_id}/message"};
const Operation kWithdrawMessage{"withdraw_message", "POST",
                                 "/v2/servicerequest/cases/{case_id}/instant-messages/{message_id}/withdraw"};
const Operation kListMoreMessages{"list_more_messages", "GET", "/v2/servicerequest/cases/{case_id}/instant-messages/more"};

// create_time is a String "timestamp" of epoch milliseconds; an invalid time writes nothing (and is refused).
QString epochMilliseconds(const QDateTime &time)
{
    return time.isValid() ? QString::number(time.toMSecsSinceEpoch()) : QString();
}
} // namespace

QFuture<Result<MessageList>> listMessages(ApiClient &client, const QString &caseId, const ListMessagesParams &params)
{
    const Error invalid = Validator()
                              .caseId(caseId)
                              .maxLength("group_id", params.groupId, 64)
                              .range("offset", params.offset, 0, 65535)
                              .range("limit", params.limit, 0, 100)
                              .error();
    const QueryItems query = QueryBuilder()
                                 .add("group_id", params.groupId)
                                 .add("offset", params.offset)
                                 .add("limit", params.limit)
                                 .add("trim_osm_rich_text_label", params.trimOsmRichTextLabel)
                                 .items();
    return run<MessageList>(client, kListMessages, {caseId}, query, invalid);
}

QFuture<Result<UnreadCounts>> listUnreadMessages(ApiClient &client, const QStringList &caseIds, const QString &groupId)
{
    const Error invalid = Validator()
                              .minItems("case_ids", caseIds.size(), 1)
                              .maxItems("case_ids", caseIds.size(), 100)
                              .eachMaxLength("case_ids", caseIds, 64)
                              .maxLength("group_id", groupId, 64)
                              .error();
    const QueryItems query = QueryBuilder().add("case_ids", caseIds).add("group_id", groupId).items();
    return run<UnreadCounts>(client, kListUnreadMessages, {}, query, invalid);
}

QFuture<Result<InstantMessagePoll>> pollInstantMessages(ApiClient &client, const PollInstantMessagesParams &params)
{
    const Error invalid = Validator()
                              .minItems("case_ids", params.caseIds.size(), 1)
                              .maxItems("case_ids", params.caseIds.size(), 100)
                              .eachMaxLength("case_ids", params.caseIds, 64)
                              .maxLength("last_message_time_id", params.lastMessageTimeId, 64)
                              .maxLength("group_id", params.groupId, 64)
                              .error();
    const QueryItems query = QueryBuilder()
                                 .add("case_ids", params.caseIds)
                                 .add("last_message_time_id", params.lastMessageTimeId)
                                 .add("group_id", params.groupId)
                                 .add("trim_osm_rich_text_label", params.trimOsmRichTextLabel)
                                 .items();
    return run<InstantMessagePoll>(client, kPollInstantMessages, {}, query, invalid);
}

QFuture<Result<Acknowledgement>> setMessagesRead(ApiClient &client, const QString &caseId, const QString &groupId)
{
    const Error invalid = Validator().caseId(caseId).maxLength("group_id", groupId, 64).error();
    QJsonObject body;
    if (!groupId.isEmpty())
        body.insert(QLatin1String("group_id"), groupId);
    return run<Acknowledgement>(client, kSetMessagesRead, {caseId}, {}, invalid, &body);
}

Error CreateMessageParams::validate() const
{
    Validator validator;
    validator.caseId(caseId).maxLength("content", content, 10000).maxItems("accessory_ids", accessoryIds.size(), 10);
    for (const QString &id : accessoryIds)
        validator.required("accessory_ids", id).maxLength("accessory_ids", id, 32);
    return validator.maxLength("group_id", groupId, 64).error();
}

QJsonObject CreateMessageParams::body() const
{
    QJsonObject json{{QLatin1String("message"),
                      QJsonObject{{QLatin1String("content"), content},
                                  {QLatin1String("accessory_ids"), QJsonArray::fromStringList(accessoryIds)}}}};
    if (!groupId.isEmpty())
        json.insert(QLatin1String("group_id"), groupId);
    return json;
}

QFuture<Result<Acknowledgement>> createMessage(ApiClient &client, const CreateMessageParams &params)
{
    const QJsonObject body = params.body();
    return run<Acknowledgement>(client, kCreateMessage, {params.caseId}, {}, params.validate(), &body);
}

QFuture<Result<Acknowledgement>> withdrawMessage(ApiClient &client, const QString &caseId, const QString &messageId)
{
    const Error invalid = Validator()
                              .caseId(caseId)
                              .required("message_id", messageId)
                              .maxLength("message_id", messageId, 64)
                              .error();
    return run<Acknowledgement>(client, kWithdrawMessage, {caseId, messageId}, {}, invalid);
}

ListMoreMessagesParams ListMoreMessagesParams::before(const QString &caseId, const Message &oldestLoaded, qint64 limit)
{
    ListMoreMessagesParams params;
    params.caseId = caseId;
    params.createTime = oldestLoaded.createTime;
    params.type = oldestLoaded.type;
    params.limit = limit;
    return params;
}

Error ListMoreMessagesParams::validate() const
{
    return Validator()
        .caseId(caseId)
        .required("create_time", epochMilliseconds(createTime))
        .oneOf("type", type, {Message::CustomerMessage, Message::SupportMessage})
        .maxLength("group_id", groupId, 64)
        .range("limit", limit, 1, 100)
        .error();
}

QueryItems ListMoreMessagesParams::query() const
{
    return QueryBuilder()
        .add("create_time", epochMilliseconds(createTime))
        .add("type", std::optional<qint64>(type))
        .add("group_id", groupId)
        .add("limit", std::optional<qint64>(limit))
        .add("trim_osm_rich_text_label", trimOsmRichTextLabel)
        .items();
}

QFuture<Result<MessageList>> listMoreMessages(ApiClient &client, const ListMoreMessagesParams &params)
{
    return run<MessageList>(client, kListMoreMessages, {params.caseId}, params.query(), params.validate());
}

} // namespace osm::api
