#include "MessageRoutes.h"

#include "Server.h"
#include "data/AccessoryStore.h"
#include "http/Params.h"
#include "routes/JsonViews.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace osm::sim {

namespace {

// The order of 5.10.5 and 5.10.6: create_time descending, and at the same millisecond the support reply
// (type 1) before the customer message (type 0) — the (create_time, type) cursor of 5.10.6 relies on it.
QList<MessageRecord> newestFirst(QList<MessageRecord> messages)
{
    std::stable_sort(messages.begin(), messages.end(), [](const MessageRecord &a, const MessageRecord &b) {
        return a.createTimeMs != b.createTimeMs ? a.createTimeMs > b.createTimeMs : a.type > b.type;
    });
    return messages;
}

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
    // Newest first; older pages follow with a higher offset (5.10.6 continues this order).
    const QList<MessageRecord> messages = newestFirst(server.dataSet().messagesOf(caseId));
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
    const QList<Accessory> accessories =
        AccessoryStore::of(server).attachments(server.dataSet(), r.identity.domainId, accessoryIds);
    server.dataSet().addCustomerMessage(caseId, content, accessories,
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

// The caller as messages record their writer: the IAM user (token), or the account itself (AK/SK).
QString callerId(const Request &r)
{
    return r.identity.kind == Identity::Kind::Token ? r.identity.userId : r.identity.domainId;
}

// 5.10.4: the reference names no rule; the sim's: only a customer message the caller wrote, not yet withdrawn,
// at any time (no time window is documented). Unknown message OSM.01010001, someone else's OSM.01010002,
// withdrawn already OSM.01010034 (all HTTP 200).
Response withdrawMessage(Server &server, Request &r)
{
    Params p(r);
    const QString caseId = p.caseId();
    const QString messageId = r.pathParam(QStringLiteral("message_id"));
    if (messageId.isEmpty() || messageId.size() > 64)
        p.fail(QStringLiteral("message_id must be 1 to 64 characters long"));
    if (!p.ok())
        return p.error();
    DataSet &data = server.dataSet();
    if (!data.findCase(r.identity.domainId, caseId))
        return Response::caseNotFound();
    const MessageRecord *m = data.findMessage(messageId);
    if (!m || m->caseId != caseId)
        return Response::osmError(200, QStringLiteral("OSM.01010001"), QStringLiteral("Param validation failed."));
    if (m->type != 0 || m->replier != callerId(r))
        return Response::osmError(200, QStringLiteral("OSM.01010002"), QStringLiteral("No operation permission."));
    if (m->status == -1)
        return Response::osmError(200, QStringLiteral("OSM.01010034"), QStringLiteral("The status is illegal for this operation."));
    data.withdrawMessage(caseId, messageId);
    return Response::empty();
}

// 5.10.6: the page of messages older than the cursor — create_time (epoch ms; seconds are accepted too) and
// type of the oldest message the client holds — newest first like 5.10.5, so that it continues list_messages.
// Order (create_time, type) descending; a message at the cursor's time with a lower type still follows. count
// is the case's total, as in 5.10.5. Withdrawn messages stay, with status -1.
Response listMoreMessages(Server &server, Request &r)
{
    Params p(r);
    const QString caseId = p.caseId();
    const QString createTime = p.string(QStringLiteral("create_time"), 100, true);
    bool isNumber = false;
    qint64 cursorMs = createTime.trimmed().toLongLong(&isNumber);
    if (p.ok() && (!isNumber || cursorMs < 0))
        p.fail(QStringLiteral("Parameter create_time must be a timestamp"));
    if (cursorMs < 100000000000LL) // seconds
        cursorMs *= 1000;
    for (const char *required : {"type", "limit"}) {
        if (!r.hasQuery(QString::fromLatin1(required)))
            p.fail(QStringLiteral("Parameter %1 is required").arg(QString::fromLatin1(required)));
    }
    const int cursorType = p.integer(QStringLiteral("type"), 0, 0, 1);
    const int limit = p.integer(QStringLiteral("limit"), 10, 1, 100);
    p.string(QStringLiteral("group_id"), 64);
    const bool trim = p.boolean(QStringLiteral("trim_osm_rich_text_label"), true);
    if (!p.ok())
        return p.error();
    if (!server.dataSet().findCase(r.identity.domainId, caseId))
        return Response::caseNotFound();
    const QList<MessageRecord> messages = newestFirst(server.dataSet().messagesOf(caseId));
    QJsonArray list;
    for (const MessageRecord &m : std::as_const(messages)) {
        const bool older = m.createTimeMs < cursorMs || (m.createTimeMs == cursorMs && m.type < cursorType);
        if (older && list.size() < limit)
            list.append(JsonViews::message(m, trim));
    }
    return Response::json(QJsonObject{{QStringLiteral("count"), int(messages.size())},
                                      {QStringLiteral("message_list"), list}});
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
    router.add("POST", cases + QStringLiteral("/{case_id}/instant-messages/{message_id}/withdraw"), Router::Auth::Osm,
               [&server](Request &r) { return withdrawMessage(server, r); });
    router.add("GET", cases + QStringLiteral("/{case_id}/instant-messages/more"), Router::Auth::Osm,
               [&server](Request &r) { return listMoreMessages(server, r); });
    router.add("GET", cases + QStringLiteral("/instant-messages/unread"), Router::Auth::Osm,
               [&server](Request &r) { return listUnread(server, r); });
    router.add("GET", cases + QStringLiteral("/instant-messages"), Router::Auth::Osm,
               [&server](Request &r) { return poll(server, r); });
}

} // namespace osm::sim
