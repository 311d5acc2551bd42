#include "InstantMessagePoll.h"

#include "JsonRead.h"

namespace osm {

InstantMessagePoll::ReadState InstantMessagePoll::ReadState::fromJson(const QJsonObject &json)
{
    ReadState state;
    state.incidentId = json::string(json.value(QLatin1String("incident_id")));
    state.status = static_cast<int>(json::integer(json.value(QLatin1String("status")), Unread));
    return state;
}

QJsonObject InstantMessagePoll::ReadState::toJson() const
{
    return QJsonObject{
        {QLatin1String("status"), status},
        {QLatin1String("incident_id"), incidentId},
    };
}

InstantMessagePoll::MessageUpdate InstantMessagePoll::MessageUpdate::fromJson(const QJsonObject &json)
{
    MessageUpdate update;
    update.messageId = json::string(json.value(QLatin1String("message_id")));
    update.status = static_cast<int>(json::integer(json.value(QLatin1String("status"))));
    return update;
}

QJsonObject InstantMessagePoll::MessageUpdate::toJson() const
{
    return QJsonObject{
        {QLatin1String("message_id"), messageId},
        {QLatin1String("status"), status},
    };
}

InstantMessagePoll::CaseMessages InstantMessagePoll::CaseMessages::fromJson(const QJsonObject &json)
{
    CaseMessages news;
    news.incidentId = json::string(json.value(QLatin1String("incident_id")));
    news.messages = json::objects<Message>(json.value(QLatin1String("message_list")));
    news.updates = json::objects<MessageUpdate>(json.value(QLatin1String("update_messages")));
    return news;
}

QJsonObject InstantMessagePoll::CaseMessages::toJson() const
{
    return QJsonObject{
        {QLatin1String("incident_id"), incidentId},
        {QLatin1String("message_list"), json::toArray(messages)},
        {QLatin1String("update_messages"), json::toArray(updates)},
    };
}

InstantMessagePoll InstantMessagePoll::fromJson(const QJsonObject &json)
{
    InstantMessagePoll poll;
    poll.readStates = json::objects<ReadState>(json.value(QLatin1String("imstatus")));
    poll.caseMessages = json::objects<CaseMessages>(json.value(QLatin1String("immsg")));
    poll.lastMessageTimeId = json::string(json.value(QLatin1String("last_message_time_id")));
    return poll;
}

QJsonObject InstantMessagePoll::toJson() const
{
    return QJsonObject{
        {QLatin1String("imstatus"), json::toArray(readStates)},
        {QLatin1String("immsg"), json::toArray(caseMessages)},
        {QLatin1String("last_message_time_id"), lastMessageTimeId},
    };
}

} // namespace osm
