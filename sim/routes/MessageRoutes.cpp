#include "MessageRoutes.h"

#include "Server.h"
#include "http/Params.h"
#include "routes/JsonViews.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace osm::sim {

namespace {

Response listMessages(Server &server, Request &r)
{
    Params p(r);
    const QString caseId = p.caseId();
    p.string(QStringLiteral("group_id"), 64);
    const int offset = p.integer(QStringLiteral("offset"), 0, 0, 65535);
    const int limit = p.integer(QStringLiteral("limit"), 10, 0, 100);
    const bool trim = p.boolean(QStringLiteral("trim_osm_rich_text_label"), true);
    if (!p.ok())
        return p.error();
    if (!server.dataSet().findCase(r.identity.domainId, caseId))
        return Response::caseNotFound();
    QList<MessageRecord> messages = server.dataSet().messagesOf(caseId);
    std::reverse(messages.begin(), messages.end()); // newest first; older pages follow with a higher offset
    QJsonArray list;
    for (qsizetype i = offset; i < messages.size() && i < qsizetype(offset) + limit; ++i)
        list.append(JsonViews::message(messages.at(i), trim));
    return Response::json(QJsonObject{{QStringLiteral("count"), int(messages.size())},
                                      {QStringLiteral("message_list"), list}});
}

Response createMessage(Server &server, Request &r)
{
    Params p(r);
    const QString caseId = p.caseId();
    const QJsonObject body = p.bodyObject(true);
    p.bodyString(body, QStringLiteral("group_id"), 64);
    const QJsonValue messageValue = body.value(QStringLiteral("message"));
    if (p.ok() && !messageValue.isObject())
        p.fail(QStringLiteral("Field message is required"));
    const QJsonObject message = messageValue.toObject();
    const QString content = p.bodyString(message, QStringLiteral("content"), 10000, true);
    QStringList accessoryIds;
    const QJsonValue ids = message.value(QStringLiteral("accessory_ids"));
    if (!ids.isUndefined() && !ids.isNull() && !ids.isArray())
        p.fail(QStringLiteral("Field accessory_ids must be an array"));
    for (const QJsonValue &id : ids.toArray()) {
        const QString text = id.toString();
        if (!id.isString() || text.isEmpty() || text.size() > 32)
            p.fail(QStringLiteral("Each accessory_ids item must be a string of 1 to 32 characters"));
        accessoryIds.append(text);
    }
    if (accessoryIds.size() > 10)
        p.fail(QStringLiteral("Field accessory_ids takes at most 10 items"));
    if (!p.ok())
        return p.error();
    const CaseRecord *c = server.dataSet().findCase(r.identity.domainId, caseId);
    if (!c)
        return Response::caseNotFound();
    if (c->status == 3 || c->status == 4 || c->status == 12 || c->status == 13)
        return Response::osmError(200, QStringLiteral("OSM.01010034"), QStringLiteral("The status is illegal for this operation."));
    const bool subUser = r.identity.kind == Identity::Kind::Token;
    server.dataSet().addCustomerMessage(caseId, content, accessoryIds,
                                        subUser ? r.identity.userId : r.identity.domainId,
                                        subUser ? r.identity.userName : r.identity.domainName, subUser ? 1 : 0);
    return Response::empty(); // the example is "none", the table error_code/error_msg: {} like 5.10.1
}

Response setMessagesRead(Server &server, Request &r)
{
    Params p(r);
    const QString caseId = p.caseId();
    const QJsonObject body = p.bodyObject(false);
    p.bodyString(body, QStringLiteral("group_id"), 64);
    if (!p.ok())
        return p.error();
    if (!server.dataSet().findCase(r.identity.domainId, caseId))
        return Response::caseNotFound();
    server.dataSet().markRead(caseId);
    return Response::empty();
}

Response listUnread(Server &server, Request &r)
{
    Params p(r);
    const QStringList caseIds = p.array(QStringLiteral("case_ids"), 100, 64, true);
    p.string(QStringLiteral("group_id"), 64);
    if (!p.ok())
        return p.error();
    QJsonArray list;
    for (const QString &caseId : caseIds) {
        const CaseRecord *c = server.dataSet().findCase(r.identity.domainId, caseId);
        if (!c)
            continue;
        list.append(QJsonObject{{QStringLiteral("status"), c->engineerOnline ? 1 : 0},
                                {QStringLiteral("incident_id"), caseId},
                                {QStringLiteral("unread_num"), server.dataSet().unreadCount(caseId)}});
    }
    return Response::json(QJsonObject{{QStringLiteral("imunread"), list}});
}

Response poll(Server &server, Request &r)
{
    Params p(r);
    const QStringList caseIds = p.array(QStringLiteral("case_ids"), 100, 64, true);
    const QString cursor = p.string(QStringLiteral("last_message_time_id"), 64);
    p.string(QStringLiteral("group_id"), 64);
    const bool trim = p.boolean(QStringLiteral("trim_osm_rich_text_label"), true);
    if (!p.ok())
        return p.error();
    DataSet &data = server.dataSet();
    // No cursor (first poll) or one the sim never issued (e.g. before a restart): start from now.
    qint64 since = cursor.isEmpty() ? -1 : data.sequenceOf(cursor);
    if (since < 0)
        since = data.sequence();

    QStringList known;
    for (const QString &caseId : caseIds) {
        if (data.findCase(r.identity.domainId, caseId) && !known.contains(caseId))
            known.append(caseId);
    }
    const QList<DataSet::Event> events = data.eventsSince(since);
    QJsonArray imstatus;
    QJsonArray immsg;
    for (const QString &caseId : std::as_const(known)) {
        imstatus.append(QJsonObject{{QStringLiteral("status"), data.unreadCount(caseId) > 0 ? 0 : 1},
                                    {QStringLiteral("incident_id"), caseId}});
        QJsonArray messages;
        QJsonArray updates;
        for (const DataSet::Event &e : events) {
            if (e.caseId != caseId)
                continue;
            if (e.kind == DataSet::Event::Kind::Message) {
                if (const MessageRecord *m = data.findMessage(e.messageId))
                    messages.append(JsonViews::message(*m, trim));
            } else {
                updates.append(QJsonObject{{QStringLiteral("message_id"), e.messageId},
                                           {QStringLiteral("status"), e.kind == DataSet::Event::Kind::Withdrawn ? -1 : 1}});
            }
        }
        if (!messages.isEmpty() || !updates.isEmpty())
            immsg.append(QJsonObject{{QStringLiteral("incident_id"), caseId},
                                     {QStringLiteral("message_list"), messages},
                                     {QStringLiteral("update_messages"), updates}});
    }
    return Response::json(QJsonObject{{QStringLiteral("imstatus"), imstatus},
                                      {QStringLiteral("immsg"), immsg},
                                      {QStringLiteral("last_message_time_id"), data.cursorFor(data.sequence())}});
}

} // namespace

void MessageRoutes::registerRoutes(Router &router, Server &server)
{
    const QString cases = QStringLiteral("/v2/servicerequest/cases");
    router.add("GET", cases + QStringLiteral("/{case_id}/messages"), Router::Auth::Osm,
               [&server](Request &r) { return listMessages(server, r); });
    router.add("POST", cases + QStringLiteral("/{case_id}/message"), Router::Auth::Osm,
               [&server](Request &r) { return createMessage(server, r); });
    router.add("POST", cases + QStringLiteral("/{case_id}/instant-messages/unread"), Router::Auth::Osm,
               [&server](Request &r) { return setMessagesRead(server, r); });
    router.add("GET", cases + QStringLiteral("/instant-messages/unread"), Router::Auth::Osm,
               [&server](Request &r) { return listUnread(server, r); });
    router.add("GET", cases + QStringLiteral("/instant-messages"), Router::Auth::Osm,
               [&server](Request &r) { return poll(server, r); });
}

} // namespace osm::sim
