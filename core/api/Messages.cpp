#include "Messages.h"

#include "Operation.h"
#include "Validator.h"

namespace osm::api {

namespace {
const Operation kListMessages{"list_messages", "GET", "/v2/servicerequest/cases/{case_id}/messages"};
// The poller's requests yield to what the user is doing.
const Operation kListUnreadMessages{"list_unread_messages", "GET",
                                    "/v2/servicerequest/cases/instant-messages/unread",
                                    ApiRequest::Priority::Background};
const Operation kPollInstantMessages{"poll_instant_messages", "GET", "/v2/servicerequest/cases/instant-messages",
                                     ApiRequest::Priority::Background};
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

} // namespace osm::api
