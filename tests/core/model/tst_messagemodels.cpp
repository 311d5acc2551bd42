// Message value types read from the reference's own response examples (tests/data/endpoints.json), verbatim.
#include "ReferenceExamples.h"
#include "model/InstantMessagePoll.h"
#include "model/MessageList.h"
#include "model/UnreadCounts.h"

#include <QTest>
#include <QTimeZone>

using namespace osm;

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::utc());
}

// 5.10.7's example never closes the immsg array: after the one immsg element's "}" comes
// `,\n  "last_message_time_id"`. The minimal repair inserts the missing "]" there.
QByteArray repairedPollExample(const QByteArray &verbatim)
{
    QByteArray repaired = verbatim;
    const QByteArray broken = "},\n  \"last_message_time_id\"";
    const qsizetype at = repaired.indexOf(broken);
    if (at < 0 || repaired.indexOf(broken, at + 1) >= 0)
        return {}; // the example changed: the repair no longer applies
    repaired.insert(at + 1, ']');
    return repaired;
}

} // namespace

class TestMessageModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // ---- MessageList / Message ----
    void messageList_fromListMessagesExample()
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(osmtest::responseExample("list_messages"), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);

        const MessageList list = MessageList::fromJson(doc.object());
        QCOMPARE(list.count, 1);
        QCOMPARE(list.messages.size(), 1);
        const Message &m = list.messages.first();
        QCOMPARE(m.type, int(Message::CustomerMessage));
        QVERIFY(!m.isFromSupport());
        QCOMPARE(m.status, 0);
        QCOMPARE(m.replier, QStringLiteral("900a6b09d9c046cc818bee82f546536d"));
        QVERIFY(m.content.startsWith(QStringLiteral("【配额申请】区域: 华北-乌兰察布二零三")));
        QVERIFY(m.content.endsWith(QStringLiteral("WAF 业务需要调用APIG")));
        QCOMPARE(m.createTime, utc(2026, 3, 24, 1, 29, 42, 464)); // "2026-03-24T01:29:42.464+00:00"
        QCOMPARE(m.messageId, QStringLiteral("c8cb1bd9c3e9428c9fac1b050c0a166d"));
        QCOMPARE(m.replierName, QStringLiteral("qifei_30046998"));
        QCOMPARE(m.displayType, QString(Message::DisplayNormal));
        QCOMPARE(m.iamUserType, int(Message::SubAccount));
        QVERIFY(m.accessories.isEmpty());
        QVERIFY(!m.isFirstMessage.has_value());
        QVERIFY(m.extension.isEmpty());
    }

    void messageList_fromListMoreMessagesExample()
    {
        // 5.10.6 answers in the same shape.
        const MessageList list = MessageList::fromJson(
            QJsonDocument::fromJson(osmtest::responseExample("list_more_messages")).object());
        QCOMPARE(list.count, 1);
        QCOMPARE(list.messages.first().replierName, QStringLiteral("op_svc_hecops"));
        QCOMPARE(list.messages.first().createTime, utc(2026, 3, 27, 9, 34, 2, 329));
    }

    void messageList_totalCountAlias()
    {
        const QJsonObject body{{QLatin1String("total_count"), QStringLiteral("37")},
                               {QLatin1String("message_list"), QJsonArray{}}};
        QCOMPARE(MessageList::fromJson(body).count, 37);
    }

    void messageList_roundTripWritesTableNames()
    {
        const MessageList list = MessageList::fromJson(
            QJsonDocument::fromJson(osmtest::responseExample("list_messages")).object());
        const QJsonObject written = list.toJson();
        QCOMPARE(osmtest::keys(written), osmtest::tableFields("list_messages"));
        const QJsonObject message = written.value(QLatin1String("message_list")).toArray().at(0).toObject();
        QCOMPARE(osmtest::keys(message),
                 osmtest::tableFields("list_messages", {QStringLiteral("message_list")}));
        QCOMPARE(message.value(QLatin1String("create_time")).toString(),
                 QStringLiteral("2026-03-24T01:29:42.464Z"));
        QCOMPARE(message.value(QLatin1String("display_type")).toString(), QStringLiteral("NORMAL"));
        QCOMPARE(message.value(QLatin1String("iam_user_type")).toInt(), 1);

        const MessageList again = MessageList::fromJson(written);
        QCOMPARE(again.count, list.count);
        QCOMPARE(again.messages.first().createTime, list.messages.first().createTime);
        QCOMPARE(again.messages.first().content, list.messages.first().content);
        QCOMPARE(again.toJson(), written);
    }

    void message_accessoriesAndSupportReply()
    {
        const QJsonObject o{
            {QLatin1String("type"), 1},
            {QLatin1String("replier_type"), QStringLiteral("1")},
            {QLatin1String("display_type"), QStringLiteral("EXT_PARAM_REQUEST")},
            {QLatin1String("extension"), QJsonObject{{QLatin1String("k"), 1}}},
            {QLatin1String("accessory_list"),
             QJsonArray{QJsonObject{{QLatin1String("accessory_id"), QStringLiteral("a1")},
                                    {QLatin1String("file_actual_name"), QStringLiteral("log.txt")},
                                    {QLatin1String("size"), 12}}}},
        };
        const Message m = Message::fromJson(o);
        QVERIFY(m.isFromSupport());
        QCOMPARE(m.replierType, 1);
        QCOMPARE(m.displayType, QString(Message::DisplayExtParamRequest));
        QCOMPARE(m.extension,
                 QStringLiteral("{\"k\":1}")); // a String in the table; an object kept as JSON text
        QCOMPARE(m.accessories.size(), 1);
        QCOMPARE(m.accessories.first().accessoryId, QStringLiteral("a1"));
        QCOMPARE(m.accessories.first().fileActualName, QStringLiteral("log.txt"));
        // an undocumented attachment field survives the round trip
        const QJsonObject written =
            m.toJson().value(QLatin1String("accessory_list")).toArray().at(0).toObject();
        QCOMPARE(written.value(QLatin1String("size")).toInt(), 12);
    }

    void accessory_accessoryUrlShape()
    {
        // 5.2.1 AccessoryUrl: accessory_name instead of file_actual_name
        const QJsonObject o{{QLatin1String("accessory_id"), QStringLiteral("a2")},
                            {QLatin1String("accessory_name"), QStringLiteral("shot.png")},
                            {QLatin1String("accessory_url"), QStringLiteral("https://obs.example/x")}};
        const Accessory a = Accessory::fromJson(o);
        QCOMPARE(a.fileActualName, QStringLiteral("shot.png"));
        QCOMPARE(a.accessoryUrl, QStringLiteral("https://obs.example/x"));
        QCOMPARE(a.toJson().value(QLatin1String("file_actual_name")).toString(), QStringLiteral("shot.png"));
    }

    // ---- UnreadCounts ----
    void unreadCounts_fromListUnreadMessagesExample()
    {
        QJsonParseError error;
        const QJsonDocument doc =
            QJsonDocument::fromJson(osmtest::responseExample("list_unread_messages"), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const UnreadCounts counts = UnreadCounts::fromJson(doc.object());
        QCOMPARE(counts.items.size(), 1);
        QCOMPARE(counts.items.first().incidentId, QStringLiteral("case-123"));
        QCOMPARE(counts.items.first().unreadNum, 1);
        QCOMPARE(counts.items.first().status, 1);
        QCOMPARE(counts.unreadFor(QStringLiteral("case-123")), 1);
        QCOMPARE(counts.unreadFor(QStringLiteral("other")), 0);
    }

    void unreadCounts_roundTripWritesTableNames()
    {
        const UnreadCounts counts = UnreadCounts::fromJson(
            QJsonDocument::fromJson(osmtest::responseExample("list_unread_messages")).object());
        const QJsonObject written = counts.toJson();
        QCOMPARE(osmtest::keys(written), osmtest::tableFields("list_unread_messages"));
        QCOMPARE(osmtest::keys(written.value(QLatin1String("imunread")).toArray().at(0).toObject()),
                 osmtest::tableFields("list_unread_messages", {QStringLiteral("imunread")}));
        QCOMPARE(UnreadCounts::fromJson(written), counts);
    }

    // ---- InstantMessagePoll ----
    void poll_verbatimExampleIsNotValidJson()
    {
        const QJsonObject endpoint = osmtest::endpoint(QStringLiteral("poll_instant_messages"));
        QCOMPARE(endpoint.value(QLatin1String("response_example_is_valid_json")).toBool(true), false);
        QJsonParseError error;
        QJsonDocument::fromJson(osmtest::responseExample("poll_instant_messages"), &error);
        QVERIFY(error.error != QJsonParseError::NoError);
    }

    void poll_fromRepairedExample()
    {
        const QByteArray repaired = repairedPollExample(osmtest::responseExample("poll_instant_messages"));
        QVERIFY(!repaired.isEmpty());
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(repaired, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);

        const InstantMessagePoll poll = InstantMessagePoll::fromJson(doc.object());
        QCOMPARE(poll.lastMessageTimeId, QStringLiteral("24ab7eac3fb9485daa8ca2d65411f31f"));

        // "imstatus": [{"status": null, "incident_id": null}]
        QCOMPARE(poll.readStates.size(), 1);
        QVERIFY(poll.readStates.first().incidentId.isEmpty());
        QCOMPARE(poll.readStates.first().status, int(InstantMessagePoll::ReadState::Unread));

        QCOMPARE(poll.caseMessages.size(), 1);
        const InstantMessagePoll::CaseMessages &news = poll.caseMessages.first();
        QCOMPARE(news.incidentId, QStringLiteral("TS202603275SQAIEFGS0404"));
        QCOMPARE(news.messages.size(), 1);
        const Message &m = news.messages.first();
        QCOMPARE(m.type, 0);
        QCOMPARE(m.status, 0);
        QCOMPARE(m.replier, QStringLiteral("8c50e7009bc34556a91ecc33f31b9feb"));
        QCOMPARE(m.content, QStringLiteral("<div class=\"osm-rich-text\"><p>bbb</p></div>"));
        QCOMPARE(m.createTime, utc(2026, 3, 30, 8, 57, 47, 921));
        QCOMPARE(m.messageId, QStringLiteral("0f4b6fa0cd2a4be297a4fb6e064e974d"));
        QCOMPARE(m.replierName, QStringLiteral("op_svc_hecops"));
        QCOMPARE(m.displayType, QStringLiteral("NORMAL"));
        QCOMPARE(m.iamUserType, int(Message::MainAccount));
        QVERIFY(m.accessories.isEmpty());

        QCOMPARE(news.updates.size(), 1);
        QCOMPARE(news.updates.first().messageId, QStringLiteral("0f4b6fa0cd2a4be297a4fb6e064e974d"));
        QCOMPARE(news.updates.first().status, 0); // undocumented: the table lists -1 withdrawn, 1 read
    }

    void poll_withdrawnUpdate()
    {
        const QJsonObject body{
            {QLatin1String("immsg"),
             QJsonArray{
                 QJsonObject{{QLatin1String("incident_id"), QStringLiteral("TS-1")},
                             {QLatin1String("update_messages"),
                              QJsonArray{QJsonObject{{QLatin1String("message_id"), QStringLiteral("m1")},
                                                     {QLatin1String("status"), -1}}}}}}},
            {QLatin1String("imstatus"),
             QJsonArray{QJsonObject{{QLatin1String("incident_id"), QStringLiteral("TS-1")},
                                    {QLatin1String("status"), 1}}}},
        };
        const InstantMessagePoll poll = InstantMessagePoll::fromJson(body);
        QCOMPARE(poll.caseMessages.first().updates.first().status,
                 int(InstantMessagePoll::MessageUpdate::Withdrawn));
        QVERIFY(poll.caseMessages.first().messages.isEmpty());
        QCOMPARE(poll.readStates.first().status, int(InstantMessagePoll::ReadState::Read));
        QVERIFY(poll.lastMessageTimeId.isEmpty());
    }

    void poll_roundTripWritesTableNames()
    {
        const InstantMessagePoll poll = InstantMessagePoll::fromJson(
            QJsonDocument::fromJson(repairedPollExample(osmtest::responseExample("poll_instant_messages")))
                .object());
        QCOMPARE(poll.caseMessages.size(), 1);
        const QJsonObject written = poll.toJson();
        QCOMPARE(osmtest::keys(written), osmtest::tableFields("poll_instant_messages"));
        const QJsonObject news = written.value(QLatin1String("immsg")).toArray().at(0).toObject();
        QCOMPARE(osmtest::keys(news),
                 osmtest::tableFields("poll_instant_messages", {QStringLiteral("immsg")}));
        QCOMPARE(osmtest::keys(news.value(QLatin1String("update_messages")).toArray().at(0).toObject()),
                 osmtest::tableFields("poll_instant_messages",
                                      {QStringLiteral("immsg"), QStringLiteral("update_messages")}));
        QCOMPARE(osmtest::keys(news.value(QLatin1String("message_list")).toArray().at(0).toObject()),
                 osmtest::tableFields("poll_instant_messages",
                                      {QStringLiteral("immsg"), QStringLiteral("message_list")}));
        QCOMPARE(osmtest::keys(written.value(QLatin1String("imstatus")).toArray().at(0).toObject()),
                 osmtest::tableFields("poll_instant_messages", {QStringLiteral("imstatus")}));
        QCOMPARE(written.value(QLatin1String("last_message_time_id")).toString(),
                 QStringLiteral("24ab7eac3fb9485daa8ca2d65411f31f"));

        const InstantMessagePoll again = InstantMessagePoll::fromJson(written);
        QCOMPARE(again.readStates, poll.readStates);
        QCOMPARE(again.caseMessages.first().updates, poll.caseMessages.first().updates);
        QCOMPARE(again.caseMessages.first().messages.first().createTime,
                 poll.caseMessages.first().messages.first().createTime);
        QCOMPARE(again.toJson(), written);
    }
};

QTEST_GUILESS_MAIN(TestMessageModels)
#include "tst_messagemodels.moc"
