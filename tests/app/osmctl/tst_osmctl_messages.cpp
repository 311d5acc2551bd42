// osmctl messages: list, unread, poll — end to end against the simulator.

#include "OsmctlTestSupport.h"

#include "api/Messages.h"

using namespace osmtest;

class TstOsmctlMessages : public QObject
{
    Q_OBJECT

    static QStringList casesOf(CtlFixture &fx, int count)
    {
        QStringList ids;
        for (const osm::sim::CaseRecord &record : fx.server.dataSet().cases()) {
            if (record.customerId == demoDomain() && ids.size() < count && !fx.server.dataSet().messagesOf(record.incidentId).isEmpty())
                ids.append(record.incidentId);
        }
        return ids;
    }

private Q_SLOTS:
    void list()
    {
        CtlFixture fx;
        const QString caseId = casesOf(fx, 1).value(0);
        QVERIFY(!caseId.isEmpty());
        const CtlRun run = fx.run({QStringLiteral("--json"), QStringLiteral("messages"), QStringLiteral("list"),
                                   QStringLiteral("--case-id"), caseId, QStringLiteral("--limit"), QStringLiteral("50"),
                                   QStringLiteral("--offset"), QStringLiteral("0")});
        OSMCTL_VERIFY_OK(run);
        QCOMPARE(fx.osmRequests().last().path, QStringLiteral("/v2/servicerequest/cases/%1/messages").arg(caseId));
        QCOMPARE(queryValues(fx.lastQuery(), QStringLiteral("limit")), QStringList{QStringLiteral("50")});
        osm::api::ListMessagesParams p;
        p.offset = 0;
        p.limit = 50;
        const auto expected = fx.core<osm::MessageList>([&](osm::ApiClient &c) { return osm::api::listMessages(c, caseId, p); });
        QVERIFY(expected.ok());
        QCOMPARE(run.json(), expected->toJson());
        QVERIFY(!expected->messages.isEmpty());

        const CtlRun readable = fx.run({QStringLiteral("messages"), QStringLiteral("list"), QStringLiteral("--case-id"), caseId});
        OSMCTL_VERIFY_OK(readable);
        QVERIFY(readable.outText().contains(QLatin1String("message_list (")));
        QVERIFY(readable.outText().contains(expected->messages.first().messageId));
    }

    void unread()
    {
        CtlFixture fx;
        const QStringList ids = casesOf(fx, 2);
        QCOMPARE(ids.size(), 2);
        fx.server.addEngineerReply(ids.at(0), QStringLiteral("news"));
        const CtlRun run = fx.run({QStringLiteral("--json"), QStringLiteral("messages"), QStringLiteral("unread"),
                                   QStringLiteral("--case-ids"), ids.at(0), QStringLiteral("--case-ids"), ids.at(1)});
        OSMCTL_VERIFY_OK(run);
        QCOMPARE(fx.osmRequests().last().path, QStringLiteral("/v2/servicerequest/cases/instant-messages/unread"));
        QCOMPARE(queryValues(fx.lastQuery(), QStringLiteral("case_ids")), ids);
        const auto expected = fx.core<osm::UnreadCounts>([&](osm::ApiClient &c) { return osm::api::listUnreadMessages(c, ids); });
        QVERIFY(expected.ok());
        QCOMPARE(run.json(), expected->toJson());
        QCOMPARE(expected->unreadFor(ids.at(0)), fx.server.dataSet().unreadCount(ids.at(0)));
        QVERIFY(expected->unreadFor(ids.at(0)) >= 1);

        // Over 100 cases: refused before sending.
        QStringList tooMany;
        for (int i = 0; i < 101; ++i)
            tooMany << QStringLiteral("--case-ids") << QStringLiteral("TT%1").arg(i);
        const qsizetype before = fx.server.requests().size();
        const CtlRun refused = fx.run(QStringList{QStringLiteral("messages"), QStringLiteral("unread")} + tooMany);
        QCOMPARE(refused.exitCode, 2);
        QCOMPARE(fx.server.requests().size(), before);
    }

    void poll()
    {
        CtlFixture fx;
        const QString caseId = casesOf(fx, 1).value(0);
        const CtlRun first = fx.run({QStringLiteral("--json"), QStringLiteral("messages"), QStringLiteral("poll"),
                                     QStringLiteral("--case-ids"), caseId});
        OSMCTL_VERIFY_OK(first);
        QCOMPARE(fx.osmRequests().last().path, QStringLiteral("/v2/servicerequest/cases/instant-messages"));
        QCOMPARE(queryValues(fx.lastQuery(), QStringLiteral("case_ids")), QStringList{caseId});
        const QString cursor = first.json().value(QLatin1String("last_message_time_id")).toString();
        QVERIFY(!cursor.isEmpty());

        // An engineer replies: the next poll from the cursor carries exactly that message.
        const QString messageId = fx.server.addEngineerReply(caseId, QStringLiteral("Please reboot."));
        const CtlRun next = fx.run({QStringLiteral("--json"), QStringLiteral("messages"), QStringLiteral("poll"),
                                    QStringLiteral("--case-ids"), caseId, QStringLiteral("--last-message-time-id"), cursor});
        OSMCTL_VERIFY_OK(next);
        QCOMPARE(queryValues(fx.lastQuery(), QStringLiteral("last_message_time_id")), QStringList{cursor});
        const osm::InstantMessagePoll parsed = osm::InstantMessagePoll::fromJson(next.json());
        QCOMPARE(parsed.toJson(), next.json()); // printed with the API's names: reads back unchanged
        QCOMPARE(parsed.caseMessages.size(), 1);
        QCOMPARE(parsed.caseMessages.first().incidentId, caseId);
        QCOMPARE(parsed.caseMessages.first().messages.size(), 1);
        QCOMPARE(parsed.caseMessages.first().messages.first().messageId, messageId);

        const CtlRun readable = fx.run({QStringLiteral("messages"), QStringLiteral("poll"), QStringLiteral("--case-ids"),
                                        caseId, QStringLiteral("--last-message-time-id"), cursor});
        OSMCTL_VERIFY_OK(readable);
        QVERIFY(readable.outText().contains(QLatin1String("Please reboot.")));
    }

    void sendWithdrawRead()
    {
        CtlFixture fx;
        const QString caseId = casesOf(fx, 1).value(0);
        const qsizetype before = fx.server.dataSet().messagesOf(caseId).size();
        CtlRun run = fx.run({QStringLiteral("messages"), QStringLiteral("send"), QStringLiteral("--case-id"), caseId,
                             QStringLiteral("--content"), QStringLiteral("Sent from osmctl"), QStringLiteral("--group-id"), QStringLiteral("g1")});
        OSMCTL_VERIFY_OK(run);
        QCOMPARE(run.outText(), QStringLiteral("The message was sent.\n"));
        QCOMPARE(fx.osmRequests().last().method, QByteArray("POST"));
        QCOMPARE(fx.osmRequests().last().path, QStringLiteral("/v2/servicerequest/cases/%1/message").arg(caseId));
        osm::api::CreateMessageParams sent;
        sent.caseId = caseId;
        sent.content = QStringLiteral("Sent from osmctl");
        sent.groupId = QStringLiteral("g1");
        QCOMPARE(fx.lastBody(), sent.body());
        const QList<osm::sim::MessageRecord> messages = fx.server.dataSet().messagesOf(caseId);
        QCOMPARE(messages.size(), before + 1);
        QCOMPARE(messages.last().content, QStringLiteral("Sent from osmctl"));
        const QString messageId = messages.last().messageId;

        run = fx.run({QStringLiteral("messages"), QStringLiteral("withdraw"), QStringLiteral("--case-id"), caseId,
                      QStringLiteral("--message-id"), messageId});
        OSMCTL_VERIFY_OK(run);
        QCOMPARE(fx.osmRequests().last().method, QByteArray("POST"));
        QCOMPARE(fx.server.dataSet().findMessage(messageId)->status, -1);

        fx.server.addEngineerReply(caseId, QStringLiteral("unread"));
        QVERIFY(fx.server.dataSet().unreadCount(caseId) > 0);
        run = fx.run({QStringLiteral("messages"), QStringLiteral("read"), QStringLiteral("--case-id"), caseId});
        OSMCTL_VERIFY_OK(run);
        QCOMPARE(fx.osmRequests().last().path, QStringLiteral("/v2/servicerequest/cases/%1/instant-messages/unread").arg(caseId));
        QCOMPARE(fx.server.dataSet().unreadCount(caseId), 0);

        const qsizetype requests = fx.server.requests().size();
        QCOMPARE(fx.run({QStringLiteral("messages"), QStringLiteral("send"), QStringLiteral("--case-id"), caseId,
                         QStringLiteral("--content"), QString(10001, QLatin1Char('x'))}).exitCode, 2);
        QCOMPARE(fx.server.requests().size(), requests);
    }

    void more()
    {
        CtlFixture fx;
        const QString caseId = casesOf(fx, 1).value(0);
        const auto newest = fx.core<osm::MessageList>([&](osm::ApiClient &c) { return osm::api::listMessages(c, caseId); });
        QVERIFY(newest.ok() && !newest->messages.isEmpty());
        const osm::Message oldest = newest->messages.last();
        const QString ms = QString::number(oldest.createTime.toMSecsSinceEpoch());
        const CtlRun run = fx.run({QStringLiteral("--json"), QStringLiteral("messages"), QStringLiteral("more"), QStringLiteral("--case-id"), caseId,
                                   QStringLiteral("--create-time"), ms, QStringLiteral("--type"), QString::number(oldest.type),
                                   QStringLiteral("--limit"), QStringLiteral("20")});
        OSMCTL_VERIFY_OK(run);
        QCOMPARE(fx.osmRequests().last().path, QStringLiteral("/v2/servicerequest/cases/%1/instant-messages/more").arg(caseId));
        osm::api::ListMoreMessagesParams p = osm::api::ListMoreMessagesParams::before(caseId, oldest, 20);
        QCOMPARE(fx.lastQuery(), p.query());
        const auto expected = fx.core<osm::MessageList>([&](osm::ApiClient &c) { return osm::api::listMoreMessages(c, p); });
        QVERIFY(expected.ok());
        QCOMPARE(run.json(), expected->toJson());

        const CtlRun bad = fx.run({QStringLiteral("messages"), QStringLiteral("more"), QStringLiteral("--case-id"), caseId,
                                   QStringLiteral("--create-time"), QStringLiteral("yesterday")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.errText().contains(QLatin1String("--create-time")));
    }
};

QTEST_GUILESS_MAIN(TstOsmctlMessages)
#include "tst_osmctl_messages.moc"
