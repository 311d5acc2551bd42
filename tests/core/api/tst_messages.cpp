// 5.10 message writes and "more messages", end to end: set_messages_read, create_message, withdraw_message and
// list_more_messages against the in-process simulator (the request as received and the parsed answer), the
// reference's response examples, the limits refused before sending, and the simulator's rules (only one's own
// message can be withdrawn; a withdrawn message shows in list and poll; "more" pages back without gaps).
#include "ApiTestSupport.h"
#include "api/Messages.h"
#include "model/Acknowledgement.h"
#include "model/InstantMessagePoll.h"
#include "model/MessageList.h"

#include <QSet>
#include <QTest>

using namespace osm;
using osmtest::wait;

class TestMessages : public osmtest::SimulatorTest
{
    Q_OBJECT


    static bool isOpen(const sim::CaseRecord &c) { return !QList<int>{3, 4, 12, 13}.contains(c.status); }

    // An open case of the demo account holding a support reply and a customer message the account did not write.
    QString openCaseWithOthersMessages()
    {
        for (const sim::CaseRecord &c : data().cases()) {
            if (c.customerId != osmtest::demoDomain() || !isOpen(c))
                continue;
            bool support = false;
            bool subUser = false;
            for (const sim::MessageRecord &m : data().messagesOf(c.incidentId)) {
                support = support || (m.type == 1 && m.status == 0);
                subUser = subUser || (m.type == 0 && m.status == 0 && m.replier != osmtest::demoDomain());
            }
            if (support && subUser)
                return c.incidentId;
        }
        return {};
    }

    QString caseWithUnread()
    {
        for (const sim::CaseRecord &c : data().cases()) {
            if (c.customerId == osmtest::demoDomain() && data().unreadCount(c.incidentId) > 0)
                return c.incidentId;
        }
        return {};
    }

    QString closedCase()
    {
        for (const sim::CaseRecord &c : data().cases()) {
            if (c.customerId == osmtest::demoDomain() && !isOpen(c))
                return c.incidentId;
        }
        return {};
    }

    // Posts a message through the typed operation and returns the id the simulator gave it.
    QString post(const QString &caseId, const QString &content)
    {
        const auto posted = wait(api::createMessage(client(), {caseId, content, {}, {}}));
        if (!posted.ok())
            return {};
        const QList<sim::MessageRecord> messages = data().messagesOf(caseId);
        return messages.isEmpty() ? QString() : messages.last().messageId;
    }

    int statusIn(const MessageList &list, const QString &messageId)
    {
        for (const Message &m : list.messages) {
            if (m.messageId == messageId)
                return m.status;
        }
        return 999;
    }

private Q_SLOTS:
    void init() { startSimulator(); }
    void cleanup() { stopSimulator(); }

    // ---- (a) contract: the request as the simulator received it, and the parsed answer ----

    void setMessagesReadContract()
    {
        const QString caseId = caseWithUnread();
        QVERIFY(!caseId.isEmpty());
        const auto result = wait(api::setMessagesRead(client(), caseId, QStringLiteral("group-7")));
        QVERIFY2(result.ok(), qPrintable(result.error().detailedMessage()));
        const sim::RecordedRequest request = m_server->requests().last();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QStringLiteral("/v2/servicerequest/cases/%1/instant-messages/unread").arg(caseId));
        QVERIFY(request.rawQuery.isEmpty());
        QCOMPARE(osmtest::lastBody(*m_server), (QJsonObject{{QStringLiteral("group_id"), QStringLiteral("group-7")}}));
        QCOMPARE(result.value(), Acknowledgement{});
        QCOMPARE(data().unreadCount(caseId), 0);
        // Without a group the body is {} (the table's only field is optional).
        QVERIFY(wait(api::setMessagesRead(client(), caseId)).ok());
        QCOMPARE(m_server->requests().last().body, QByteArray("{}"));
    }

    void createMessageContract()
    {
        const QString caseId = openCaseWithOthersMessages();
        QVERIFY(!caseId.isEmpty());
        const QString content = QStringLiteral("已重启实例，问题仍在。\n<b>not markup</b>");
        const api::CreateMessageParams params{caseId, content, {QStringLiteral("acc-1"), QStringLiteral("acc-2")},
                                              QStringLiteral("group-7")};
        const auto result = wait(api::createMessage(client(), params));
        QVERIFY2(result.ok(), qPrintable(result.error().detailedMessage()));
        const sim::RecordedRequest request = m_server->requests().last();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QStringLiteral("/v2/servicerequest/cases/%1/message").arg(caseId)); // singular
        QVERIFY(request.rawQuery.isEmpty());
        const QJsonObject expected{
            {QStringLiteral("message"),
             QJsonObject{{QStringLiteral("content"), content},
                         {QStringLiteral("accessory_ids"), QJsonArray{QStringLiteral("acc-1"), QStringLiteral("acc-2")}}}},
            {QStringLiteral("group_id"), QStringLiteral("group-7")}};
        QCOMPARE(osmtest::lastBody(*m_server), expected);
        QCOMPARE(result.value(), Acknowledgement{});
        const sim::MessageRecord stored = data().messagesOf(caseId).last();
        QCOMPARE(stored.content, content);
        QCOMPARE(stored.type, 0);
        QCOMPARE(stored.replier, osmtest::demoDomain()); // AK/SK acts as the account
        QCOMPARE(stored.accessories.size(), 2);

        // The example's form: accessory_ids [] is written, group_id left out when empty.
        QVERIFY(wait(api::createMessage(client(), {caseId, QStringLiteral("test"), {}, {}})).ok());
        QCOMPARE(osmtest::lastBody(*m_server),
                 (QJsonObject{{QStringLiteral("message"), QJsonObject{{QStringLiteral("content"), QStringLiteral("test")},
                                                                      {QStringLiteral("accessory_ids"), QJsonArray{}}}}}));
        // The newest message heads list_messages.
        const auto listed = wait(api::listMessages(client(), caseId, {{}, 0, 1, std::nullopt}));
        QVERIFY(listed.ok());
        QCOMPARE(listed->messages.first().content, QStringLiteral("test"));
    }

    void withdrawMessageContract()
    {
        const QString caseId = openCaseWithOthersMessages();
        const QString messageId = post(caseId, QStringLiteral("sent to the wrong case"));
        QVERIFY(!messageId.isEmpty());
        const auto result = wait(api::withdrawMessage(client(), caseId, messageId));
        QVERIFY2(result.ok(), qPrintable(result.error().detailedMessage()));
        const sim::RecordedRequest request = m_server->requests().last();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path,
                 QStringLiteral("/v2/servicerequest/cases/%1/instant-messages/%2/withdraw").arg(caseId, messageId));
        QVERIFY(request.rawQuery.isEmpty());
        QVERIFY(request.body.isEmpty()); // no body
        QCOMPARE(result.value(), Acknowledgement{});
        QCOMPARE(data().findMessage(messageId)->status, -1);
    }

    void listMoreMessagesContract()
    {
        const QString caseId = openCaseWithOthersMessages();
        const auto first = wait(api::listMessages(client(), caseId, {{}, 0, 2, std::nullopt}));
        QVERIFY(first.ok());
        QCOMPARE(first->messages.size(), 2);
        const Message oldest = first->messages.last();

        api::ListMoreMessagesParams params = api::ListMoreMessagesParams::before(caseId, oldest, 2);
        params.trimOsmRichTextLabel = false;
        const auto more = wait(api::listMoreMessages(client(), params));
        QVERIFY2(more.ok(), qPrintable(more.error().detailedMessage()));
        const sim::RecordedRequest request = m_server->requests().last();
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.path, QStringLiteral("/v2/servicerequest/cases/%1/instant-messages/more").arg(caseId));
        const QueryItems expectedQuery = {
            {QStringLiteral("create_time"), QString::number(oldest.createTime.toMSecsSinceEpoch())}, // epoch ms
            {QStringLiteral("type"), QString::number(oldest.type)},
            {QStringLiteral("limit"), QStringLiteral("2")},
            {QStringLiteral("trim_osm_rich_text_label"), QStringLiteral("false")}};
        QCOMPARE(osmtest::lastQuery(*m_server), expectedQuery);
        QVERIFY(request.body.isEmpty());

        // It continues list_messages: the same as its next page (rich text kept, as asked).
        const auto next = wait(api::listMessages(client(), caseId, {{}, 2, 2, false}));
        QVERIFY(next.ok());
        QCOMPARE(more->count, next->count);
        QCOMPARE(more->messages.size(), next->messages.size());
        for (qsizetype i = 0; i < more->messages.size(); ++i) {
            QCOMPARE(more->messages.at(i).messageId, next->messages.at(i).messageId);
            QCOMPARE(more->messages.at(i).content, next->messages.at(i).content);
            QVERIFY(more->messages.at(i).createTime <= oldest.createTime);
        }
        QCOMPARE(more->count, data().messagesOf(caseId).size());
    }

    // ---- (b) the reference's response examples, verbatim ----

    void setMessagesReadExample()
    {
        QCOMPARE(osmtest::endpoint(QStringLiteral("set_messages_read")).value(QLatin1String("response_example_is_valid_json")),
                 QJsonValue(true));
        const auto parsed = osmtest::parseBody<Acknowledgement>(osmtest::responseExample(QStringLiteral("set_messages_read")));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().detailedMessage()));
        QCOMPARE(parsed.value(), Acknowledgement{}); // "{\n}", while the table lists error_code/error_msg
        QCOMPARE(osmtest::keys(parsed->toJson()), osmtest::tableFields(QStringLiteral("set_messages_read")));
    }

    void writeEndpointsWithoutExample_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("create_message") << QStringLiteral("create_message");
        QTest::newRow("withdraw_message") << QStringLiteral("withdraw_message");
    }

    void writeEndpointsWithoutExample()
    {
        QFETCH(QString, id);
        OSM_VERIFY_ACKNOWLEDGEMENT_WITHOUT_EXAMPLE(id);
        OSM_VERIFY_FAILED_ACKNOWLEDGEMENT(
            "{\"error_code\":\"OSM.01010002\",\"error_msg\":\"No operation permission.\"}",
            "OSM.01010002");
    }

    void listMoreMessagesExample()
    {
        QCOMPARE(osmtest::endpoint(QStringLiteral("list_more_messages")).value(QLatin1String("response_example_is_valid_json")),
                 QJsonValue(true));
        const auto parsed = osmtest::parseBody<MessageList>(osmtest::responseExample(QStringLiteral("list_more_messages")));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().detailedMessage()));
        QCOMPARE(parsed->count, 1);
        QCOMPARE(parsed->messages.size(), 1);
        const Message &m = parsed->messages.first();
        QCOMPARE(m.type, int(Message::CustomerMessage));
        QCOMPARE(m.status, 0);
        QCOMPARE(m.replier, QStringLiteral("8c50e7009bc34556a91ecc33f31b9feb"));
        QCOMPARE(m.content, QStringLiteral("已同意授权, 请尽快在有效时间内登录排查, 谢谢!"));
        QCOMPARE(m.createTime, QDateTime(QDate(2026, 3, 27), QTime(9, 34, 2, 329), Qt::UTC));
        QCOMPARE(m.messageId, QStringLiteral("34244053e98748048eccd4919a804dbab"));
        QCOMPARE(m.replierName, QStringLiteral("op_svc_hecops"));
        QCOMPARE(m.displayType, QStringLiteral("NORMAL"));
        QCOMPARE(m.iamUserType, int(Message::MainAccount));
        QVERIFY(m.accessories.isEmpty());
        // The cursor for the page after it: create_time as epoch milliseconds, like the request example's.
        const api::ListMoreMessagesParams next = api::ListMoreMessagesParams::before(QStringLiteral("case-123"), m);
        QCOMPARE(next.query().first().second, QString::number(m.createTime.toMSecsSinceEpoch()));
        QVERIFY(!next.validate());
        // toJson writes the table's names (replier_type and extension included, which the example leaves out).
        QCOMPARE(osmtest::keys(parsed->toJson()), osmtest::tableFields(QStringLiteral("list_more_messages")));
        QCOMPARE(osmtest::keys(m.toJson()),
                 osmtest::tableFields(QStringLiteral("list_more_messages"), {QStringLiteral("message_list")}));
    }

    void listMoreMessagesBrokenBody()
    {
        const QByteArray example = osmtest::responseExample(QStringLiteral("list_more_messages"));
        const auto cut = osmtest::parseBody<MessageList>(example.left(example.size() / 2));
        QVERIFY(!cut.ok());
        QCOMPARE(cut.error().category(), Error::Category::MalformedBody);
    }

    // ---- (c) limits refused before sending ----

    void createMessageLimits()
    {
        const QString caseId = openCaseWithOthersMessages();
        const QString max(10000, QChar(0x5b57));
        QStringList tenIds;
        for (int i = 0; i < 10; ++i)
            tenIds.append(QString(32, QLatin1Char('a' + i)));
        QVERIFY(!api::CreateMessageParams({caseId, max, tenIds, QString(64, QLatin1Char('g'))}).validate());
        QVERIFY(!api::CreateMessageParams({caseId, QString(), {}, {}}).validate()); // min length 0
        OSM_VERIFY_REFUSED(*m_server, api::createMessage(client(), {caseId, max + QLatin1Char('x'), {}, {}}), "content");
        OSM_VERIFY_REFUSED(*m_server, api::createMessage(client(), {caseId, QStringLiteral("x"), tenIds + QStringList{QStringLiteral("k")}, {}}),
                           "accessory_ids");
        OSM_VERIFY_REFUSED(*m_server, api::createMessage(client(), {caseId, QStringLiteral("x"), {QString()}, {}}), "accessory_ids");
        OSM_VERIFY_REFUSED(*m_server, api::createMessage(client(), {caseId, QStringLiteral("x"), {QString(33, QLatin1Char('a'))}, {}}),
                           "accessory_ids");
        OSM_VERIFY_REFUSED(*m_server, api::createMessage(client(), {caseId, QStringLiteral("x"), {}, QString(65, QLatin1Char('g'))}),
                           "group_id");
        OSM_VERIFY_REFUSED(*m_server, api::createMessage(client(), {QString(), QStringLiteral("x"), {}, {}}), "case_id");
        OSM_VERIFY_REFUSED(*m_server, api::createMessage(client(), {QString(33, QLatin1Char('c')), QStringLiteral("x"), {}, {}}),
                           "case_id");
    }

    void withdrawAndReadLimits()
    {
        const QString caseId = openCaseWithOthersMessages();
        OSM_VERIFY_REFUSED(*m_server, api::withdrawMessage(client(), caseId, QString()), "message_id");
        OSM_VERIFY_REFUSED(*m_server, api::withdrawMessage(client(), caseId, QString(65, QLatin1Char('m'))), "message_id");
        OSM_VERIFY_REFUSED(*m_server, api::withdrawMessage(client(), QString(), QStringLiteral("m")), "case_id");
        OSM_VERIFY_REFUSED(*m_server, api::setMessagesRead(client(), QString()), "case_id");
        OSM_VERIFY_REFUSED(*m_server, api::setMessagesRead(client(), caseId, QString(65, QLatin1Char('g'))), "group_id");
    }

    void listMoreMessagesLimits()
    {
        const QString caseId = openCaseWithOthersMessages();
        api::ListMoreMessagesParams ok;
        ok.caseId = caseId;
        ok.createTime = QDateTime::currentDateTimeUtc();
        ok.type = Message::SupportMessage;
        ok.limit = 100;
        QVERIFY(!ok.validate());
        ok.limit = 1;
        QVERIFY(!ok.validate());

        api::ListMoreMessagesParams p = ok;
        p.createTime = QDateTime();
        OSM_VERIFY_REFUSED(*m_server, api::listMoreMessages(client(), p), "create_time");
        p = ok;
        p.type = 2;
        OSM_VERIFY_REFUSED(*m_server, api::listMoreMessages(client(), p), "type");
        p = ok;
        p.limit = 0;
        OSM_VERIFY_REFUSED(*m_server, api::listMoreMessages(client(), p), "limit");
        p.limit = 101;
        OSM_VERIFY_REFUSED(*m_server, api::listMoreMessages(client(), p), "limit");
        p = ok;
        p.groupId = QString(65, QLatin1Char('g'));
        OSM_VERIFY_REFUSED(*m_server, api::listMoreMessages(client(), p), "group_id");
        p = ok;
        p.caseId.clear();
        OSM_VERIFY_REFUSED(*m_server, api::listMoreMessages(client(), p), "case_id");
    }

    // ---- (d) the service's rules, as the simulator applies them ----

    void withdrawOnlyOwnMessages()
    {
        const QString caseId = openCaseWithOthersMessages();
        QVERIFY(!caseId.isEmpty());
        QString supportId;
        QString subUserId;
        for (const sim::MessageRecord &m : data().messagesOf(caseId)) {
            if (m.type == 1 && m.status == 0)
                supportId = m.messageId;
            if (m.type == 0 && m.status == 0 && m.replier != osmtest::demoDomain())
                subUserId = m.messageId;
        }
        // A support engineer's reply and a message a sub-user wrote are someone else's.
        OSM_VERIFY_BUSINESS_ERROR(wait(api::withdrawMessage(client(), caseId, supportId)), "OSM.01010002");
        OSM_VERIFY_BUSINESS_ERROR(wait(api::withdrawMessage(client(), caseId, subUserId)), "OSM.01010002");
        QCOMPARE(data().findMessage(supportId)->status, 0);
        QCOMPARE(data().findMessage(subUserId)->status, 0);

        // One's own: once; a second time the status no longer allows it.
        const QString own = post(caseId, QStringLiteral("mine"));
        QVERIFY(wait(api::withdrawMessage(client(), caseId, own)).ok());
        OSM_VERIFY_BUSINESS_ERROR(wait(api::withdrawMessage(client(), caseId, own)), "OSM.01010034");

        // Unknown message, a message of another case, an unknown case.
        OSM_VERIFY_BUSINESS_ERROR(wait(api::withdrawMessage(client(), caseId, QStringLiteral("no-such-message"))),
                                  "OSM.01010001");
        QString otherCase;
        for (const sim::CaseRecord &c : data().cases()) {
            if (c.customerId == osmtest::demoDomain() && isOpen(c) && c.incidentId != caseId)
                otherCase = c.incidentId;
        }
        const QString elsewhere = post(otherCase, QStringLiteral("elsewhere"));
        OSM_VERIFY_BUSINESS_ERROR(wait(api::withdrawMessage(client(), caseId, elsewhere)), "OSM.01010001");
        QCOMPARE(data().findMessage(elsewhere)->status, 0);
        OSM_VERIFY_BUSINESS_ERROR(wait(api::withdrawMessage(client(), QStringLiteral("TT-NO-SUCH-CASE"), own)),
                                  "OSM.01010015");
    }

    void withdrawnShowsInListMoreAndPoll()
    {
        const QString caseId = openCaseWithOthersMessages();
        const auto start = wait(api::pollInstantMessages(client(), {{caseId}, {}, {}, std::nullopt}));
        QVERIFY(start.ok());
        const QString messageId = post(caseId, QStringLiteral("to be withdrawn"));
        QVERIFY(!post(caseId, QStringLiteral("kept, and newer")).isEmpty());
        const auto news = wait(api::pollInstantMessages(client(), {{caseId}, start->lastMessageTimeId, {}, std::nullopt}));
        QVERIFY(news.ok());
        QCOMPARE(news->caseMessages.size(), 1);
        QCOMPARE(news->caseMessages.first().messages.size(), 2);
        QCOMPARE(news->caseMessages.first().messages.first().messageId, messageId);

        QVERIFY(wait(api::withdrawMessage(client(), caseId, messageId)).ok());
        const auto update = wait(api::pollInstantMessages(client(), {{caseId}, news->lastMessageTimeId, {}, std::nullopt}));
        QVERIFY(update.ok());
        QCOMPARE(update->caseMessages.size(), 1);
        QCOMPARE(update->caseMessages.first().updates,
                 (QList<InstantMessagePoll::MessageUpdate>{{messageId, InstantMessagePoll::MessageUpdate::Withdrawn}}));
        QVERIFY(update->caseMessages.first().messages.isEmpty());

        // It keeps its place in the lists, with status -1.
        const auto listed = wait(api::listMessages(client(), caseId, {{}, 0, 5, std::nullopt}));
        QVERIFY(listed.ok());
        QCOMPARE(statusIn(listed.value(), messageId), -1);
        QCOMPARE(listed->messages.at(1).messageId, messageId);
        const auto more = wait(api::listMoreMessages(client(), api::ListMoreMessagesParams::before(caseId, listed->messages.first(), 5)));
        QVERIFY(more.ok());
        QCOMPARE(statusIn(more.value(), messageId), -1);
    }

    void morePagesBackWithoutGapsOrDuplicates()
    {
        const QString caseId = openCaseWithOthersMessages();
        // A long thread: customer messages posted faster than the clock ticks, engineer replies in between,
        // and a reply sharing its millisecond with a customer message (the type tells them apart).
        for (int i = 0; i < 23; ++i) {
            QVERIFY(!post(caseId, QStringLiteral("message %1").arg(i)).isEmpty());
            if (i % 5 == 0)
                QVERIFY(!m_server->addEngineerReply(caseId, QStringLiteral("reply %1").arg(i)).isEmpty());
        }
        const qint64 shared = data().messagesOf(caseId).last().createTimeMs + 1000;
        for (int type : {0, 1}) {
            sim::MessageRecord m;
            m.caseId = caseId;
            m.type = m.replierType = type;
            m.replier = type == 0 ? osmtest::demoDomain() : QStringLiteral("op_svc_hecops");
            m.content = QStringLiteral("same millisecond, type %1").arg(type);
            m.createTimeMs = shared;
            data().addMessage(m);
        }
        post(caseId, QStringLiteral("newest"));

        QList<sim::MessageRecord> all = data().messagesOf(caseId);
        std::stable_sort(all.begin(), all.end(), [](const sim::MessageRecord &a, const sim::MessageRecord &b) {
            return a.createTimeMs != b.createTimeMs ? a.createTimeMs > b.createTimeMs : a.type > b.type;
        });
        QStringList expected;
        for (const sim::MessageRecord &m : all)
            expected.append(m.messageId);
        QVERIFY(expected.size() > 30);

        // The first page ends on the support reply of the shared millisecond: the next must start with its twin.
        const auto first = wait(api::listMessages(client(), caseId, {{}, 0, 2, std::nullopt}));
        QVERIFY(first.ok());
        QCOMPARE(first->messages.last().content, QStringLiteral("same millisecond, type 1"));
        QStringList seen;
        for (const Message &m : first->messages)
            seen.append(m.messageId);
        Message oldest = first->messages.last();
        for (int pages = 0; pages < 100; ++pages) {
            const auto page = wait(api::listMoreMessages(client(), api::ListMoreMessagesParams::before(caseId, oldest, 3)));
            QVERIFY2(page.ok(), qPrintable(page.error().detailedMessage()));
            QCOMPARE(page->count, qint64(expected.size()));
            if (page->messages.isEmpty())
                break;
            QVERIFY(page->messages.size() <= 3);
            for (const Message &m : page->messages)
                seen.append(m.messageId);
            oldest = page->messages.last();
        }
        QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), seen.size()); // no duplicates
        QCOMPARE(seen, expected);                                               // no gaps, newest first
    }

    void createMessageOnClosedCase()
    {
        const QString closed = closedCase();
        QVERIFY(!closed.isEmpty());
        OSM_VERIFY_BUSINESS_ERROR(wait(api::createMessage(client(), {closed, QStringLiteral("x"), {}, {}})), "OSM.01010034");
        OSM_VERIFY_BUSINESS_ERROR(wait(api::createMessage(client(), {QStringLiteral("TT-NO-SUCH-CASE"), QStringLiteral("x"), {}, {}})),
                                  "OSM.01010015");
        OSM_VERIFY_BUSINESS_ERROR(wait(api::setMessagesRead(client(), QStringLiteral("TT-NO-SUCH-CASE"))), "OSM.01010015");
        api::ListMoreMessagesParams p;
        p.caseId = QStringLiteral("TT-NO-SUCH-CASE");
        p.createTime = QDateTime::currentDateTimeUtc();
        OSM_VERIFY_BUSINESS_ERROR(wait(api::listMoreMessages(client(), p)), "OSM.01010015");
    }

    void malformedRequestsAreBadRequests()
    {
        const QString caseId = openCaseWithOthersMessages();
        const QString more = QStringLiteral("/v2/servicerequest/cases/%1/instant-messages/more").arg(caseId);
        const QueryItems base{{QStringLiteral("create_time"), QStringLiteral("1774860177173")},
                              {QStringLiteral("type"), QStringLiteral("0")},
                              {QStringLiteral("limit"), QStringLiteral("10")}};
        QVERIFY(osmtest::rawCall(client(), "GET", more, base).ok); // the request example's parameters
        for (int drop = 0; drop < 3; ++drop) {
            QueryItems missing = base;
            missing.removeAt(drop);
            OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "GET", more, missing));
        }
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "GET", more,
                                                {{QStringLiteral("create_time"), QStringLiteral("yesterday")},
                                                 {QStringLiteral("type"), QStringLiteral("0")},
                                                 {QStringLiteral("limit"), QStringLiteral("10")}}));
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "GET", more,
                                                {{QStringLiteral("create_time"), QStringLiteral("1774860177173")},
                                                 {QStringLiteral("type"), QStringLiteral("2")},
                                                 {QStringLiteral("limit"), QStringLiteral("10")}}));
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "GET", more,
                                                {{QStringLiteral("create_time"), QStringLiteral("1774860177173")},
                                                 {QStringLiteral("type"), QStringLiteral("0")},
                                                 {QStringLiteral("limit"), QStringLiteral("0")}}));
        const QString message = QStringLiteral("/v2/servicerequest/cases/%1/message").arg(caseId);
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "POST", message, {}, "{\"content\":\"x\"}"));
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "POST", message, {},
                                                QJsonDocument(QJsonObject{{QStringLiteral("message"),
                                                                           QJsonObject{{QStringLiteral("content"),
                                                                                        QString(10001, QLatin1Char('x'))}}}})
                                                    .toJson(QJsonDocument::Compact)));
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(
            client(), "POST",
            QStringLiteral("/v2/servicerequest/cases/%1/instant-messages/%2/withdraw").arg(caseId, QString(65, QLatin1Char('m')))));
    }
};

QTEST_GUILESS_MAIN(TestMessages)
#include "tst_messages.moc"
