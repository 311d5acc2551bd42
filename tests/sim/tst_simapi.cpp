// The simulator's OSM routes (shapes as the reference's examples show them, filters, paging, errors,
// the poll cursor) and its data set (coverage, determinism, persistence).
#include "DemoCredentials.h"
#include "Server.h"
#include "SimClient.h"
#include "data/AccessoryStore.h"
#include "data/DataGenerator.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace osm;
using namespace osm::sim;

namespace {

const QString kCases = QStringLiteral("/v2/servicerequest/cases");

QueryItems q(std::initializer_list<std::pair<QString, QString>> items)
{
    return QueryItems(items);
}

} // namespace

class TestSimApi : public QObject
{
    Q_OBJECT

private:
    Server *m_server = nullptr;
    SimClient *m_client = nullptr;

    QJsonArray listAll(const QueryItems &extra = {})
    {
        QueryItems query = extra;
        query.append({QStringLiteral("limit"), QStringLiteral("100")});
        const auto r = m_client->get(kCases, query);
        [&] { QCOMPARE(r.status, 200); }();
        return r.json().value(QStringLiteral("incident_info_list")).toArray();
    }

    QString caseWithStatus(int status) const
    {
        for (const CaseRecord &c : m_server->dataSet().cases()) {
            if (c.status == status)
                return c.incidentId;
        }
        return {};
    }

    int unread(const QString &caseId)
    {
        const auto r = m_client->get(kCases + QStringLiteral("/instant-messages/unread"), {{QStringLiteral("case_ids"), caseId}});
        return r.json().value(QStringLiteral("imunread")).toArray().first().toObject().value(QStringLiteral("unread_num")).toInt(-1);
    }

private Q_SLOTS:
    void init()
    {
        m_server = new Server;
        QVERIFY(m_server->listen(0) > 0);
        m_client = new SimClient(*m_server);
    }

    void cleanup()
    {
        delete m_client;
        delete m_server;
    }

    // ---- list_cases ----

    void sentAttachmentsKeepTheirUploadedNames()
    {
        // create_message names uploads by id only: the thread must show the uploaded file's name and size.
        const AccessoryStore::Outcome upload = AccessoryStore::of(*m_server).add(
            QString::fromLatin1(demo::kDomainId), QStringLiteral("trace.log"), QStringLiteral("message"), 0,
            QByteArray(1234, 'x'));
        QVERIFY(!upload.id.isEmpty());
        const QString caseId = caseWithStatus(1);
        QVERIFY(!caseId.isEmpty());
        const QJsonObject body{{QStringLiteral("message"),
                                QJsonObject{{QStringLiteral("content"), QStringLiteral("logs attached")},
                                            {QStringLiteral("accessory_ids"), QJsonArray{upload.id}}}}};
        const auto r = m_client->post(kCases + QLatin1Char('/') + caseId + QStringLiteral("/message"),
                                      QJsonDocument(body).toJson(QJsonDocument::Compact));
        QCOMPARE(r.status, 200);
        MessageRecord sent;
        for (const MessageRecord &m : m_server->dataSet().messagesOf(caseId)) {
            if (m.content == QLatin1String("logs attached"))
                sent = m;
        }
        QCOMPARE(sent.accessories.size(), 1);
        QCOMPARE(sent.accessories.first().id, upload.id);
        QCOMPARE(sent.accessories.first().name, QStringLiteral("trace.log"));
        QCOMPARE(sent.accessories.first().size, 1234);
    }

    void groupCasesNeedTheirGroupId()
    {
        // An IAM user sees another user's group case only when asking with that group's id (5.11.9, 5.11.5);
        // the account's AK/SK sees every case.
        const QByteArray token = m_client->issueToken();
        QVERIFY(!token.isEmpty());
        const auto demoUser = m_server->accounts().user(QString::fromLatin1(demo::kDomainId),
                                                        QString::fromLatin1(demo::kUserName));
        QVERIFY(demoUser);
        const CaseRecord *foreign = nullptr;
        for (const CaseRecord &c : m_server->dataSet().cases()) {
            if (!c.groupId.isEmpty() && c.xcustomerId != demoUser->id && c.status != 13) {
                foreign = &c;
                break;
            }
        }
        QVERIFY(foreign);
        const auto ids = [](const QJsonObject &answer) {
            QSet<QString> set;
            for (const QJsonValue &v : answer.value(QStringLiteral("incident_info_list")).toArray())
                set.insert(v.toObject().value(QStringLiteral("incident_id")).toString());
            return set;
        };
        const QueryItems exact = {{QStringLiteral("incident_id"), foreign->incidentId}};
        QVERIFY(ids(m_client->get(kCases, exact).json()).contains(foreign->incidentId));
        QVERIFY(!ids(m_client->withToken(token, {"GET", kCases, exact, {}, {}}).json()).contains(foreign->incidentId));
        QueryItems withGroup = exact;
        withGroup.append({QStringLiteral("group_id"), foreign->groupId});
        QVERIFY(ids(m_client->withToken(token, {"GET", kCases, withGroup, {}, {}}).json()).contains(foreign->incidentId));

        const QString detail = kCases + QLatin1Char('/') + foreign->incidentId;
        const auto denied = m_client->withToken(token, {"GET", detail, {}, {}, {}});
        QCOMPARE(denied.status, 200);
        QCOMPARE(denied.json().value(QStringLiteral("error_code")).toString(), QStringLiteral("OSM.01010035"));
        const auto allowed = m_client->withToken(token, {"GET", detail, {{QStringLiteral("group_id"), foreign->groupId}}, {}, {}});
        QCOMPARE(allowed.json().value(QStringLiteral("incident_detail_info")).toObject().value(QStringLiteral("incident_id")).toString(),
                 foreign->incidentId);
    }
    void listDefaultsAndShape()
    {
        const auto r = m_client->get(kCases);
        QCOMPARE(r.status, 200);
        const QJsonObject body = r.json();
        QVERIFY(body.contains(QStringLiteral("total_count"))); // the example's name, not the table's "count"
        QVERIFY(!body.contains(QStringLiteral("count")));
        const QJsonArray list = body.value(QStringLiteral("incident_info_list")).toArray();
        QCOMPARE(list.size(), 10); // default limit
        const QJsonObject item = list.first().toObject();
        for (const char *key : {"xcustomer_id", "xcustomer_name", "status", "incident_id", "business_type_name",
                                "incident_type_name", "customer_id", "dc_name", "simple_description", "create_time", "label_list"})
            QVERIFY2(item.contains(QLatin1String(key)), key);
        QVERIFY(item.value(QStringLiteral("create_time")).isString());
        QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"))
                    .match(item.value(QStringLiteral("create_time")).toString()).hasMatch());
        QVERIFY(item.value(QStringLiteral("status")).isDouble());
        QVERIFY(item.value(QStringLiteral("label_list")).isArray());
        // Deleted cases (13) are not listed unless asked for.
        const int deleted = int(std::count_if(m_server->dataSet().cases().cbegin(), m_server->dataSet().cases().cend(),
                                              [](const CaseRecord &c) { return c.status == 13; }));
        QCOMPARE(body.value(QStringLiteral("total_count")).toInt(), DataGenerator::kCaseCount - deleted);
    }

    void listPaging()
    {
        const QJsonArray all = listAll();
        const int total = int(all.size());
        QVERIFY(total > 50 && total <= 100);
        QSet<QString> seen;
        for (int offset = 0; offset < total; offset += 20) {
            const auto r = m_client->get(kCases, {{QStringLiteral("offset"), QString::number(offset)}, {QStringLiteral("limit"), QStringLiteral("20")}});
            const QJsonArray page = r.json().value(QStringLiteral("incident_info_list")).toArray();
            QCOMPARE(page.size(), qMin(20, total - offset));
            for (qsizetype i = 0; i < page.size(); ++i) {
                const QString id = page.at(i).toObject().value(QStringLiteral("incident_id")).toString();
                QCOMPARE(id, all.at(offset + i).toObject().value(QStringLiteral("incident_id")).toString());
                seen.insert(id);
            }
        }
        QCOMPARE(seen.size(), total);
        // Past the end: empty page, same total. limit=0: no items.
        auto r = m_client->get(kCases, {{QStringLiteral("offset"), QStringLiteral("65535")}});
        QCOMPARE(r.json().value(QStringLiteral("incident_info_list")).toArray().size(), 0);
        QCOMPARE(r.json().value(QStringLiteral("total_count")).toInt(), total);
        r = m_client->get(kCases, {{QStringLiteral("limit"), QStringLiteral("0")}});
        QCOMPARE(r.json().value(QStringLiteral("incident_info_list")).toArray().size(), 0);
    }

    void listFilters()
    {
        for (const auto &v : listAll(q({{QStringLiteral("status"), QStringLiteral("1")}})))
            QCOMPARE(v.toObject().value(QStringLiteral("status")).toInt(), 1);
        QCOMPARE(listAll(q({{QStringLiteral("status"), QStringLiteral("13")}})).size(), 3);

        const QJsonArray several = listAll(q({{QStringLiteral("incident_statuses"), QStringLiteral("0,17")}}));
        QCOMPARE(several.size(), 11);
        for (const auto &v : several)
            QVERIFY(QList<int>({0, 17}).contains(v.toObject().value(QStringLiteral("status")).toInt()));

        const QJsonArray byKey = listAll(q({{QStringLiteral("search_key"), QStringLiteral("ECS")}}));
        QVERIFY(!byKey.isEmpty());
        for (const auto &v : byKey)
            QVERIFY(v.toObject().value(QStringLiteral("simple_description")).toString().contains(QStringLiteral("ECS"), Qt::CaseInsensitive));
        const QJsonArray byTwoKeys = listAll(q({{QStringLiteral("search_key"), QStringLiteral("ECS")},
                                                {QStringLiteral("search_key"), QStringLiteral("SSH")}}));
        QVERIFY(byTwoKeys.size() < byKey.size() && !byTwoKeys.isEmpty());

        const CaseRecord &sample = m_server->dataSet().cases().at(30);
        const QJsonArray byApp = listAll(q({{QStringLiteral("app_key"), sample.incidentId}}));
        QCOMPARE(byApp.size(), sample.status == 13 ? 0 : 1);

        for (const auto &v : listAll(q({{QStringLiteral("x_customer_name"), QStringLiteral("demo")}})))
            QCOMPARE(v.toObject().value(QStringLiteral("xcustomer_name")).toString(), QStringLiteral("demo"));

        const QJsonArray labelled = listAll(q({{QStringLiteral("label_id_list"), QStringLiteral("1001")}}));
        QVERIFY(!labelled.isEmpty());
        for (const auto &v : labelled) {
            bool has = false;
            for (const auto &l : v.toObject().value(QStringLiteral("label_list")).toArray())
                has = has || l.toObject().value(QStringLiteral("label_id")).toInt() == 1001;
            QVERIFY(has);
            QVERIFY(v.toObject().value(QStringLiteral("label_list")).toArray().size() <= 5);
        }

        QString groupId;
        for (const CaseRecord &c : m_server->dataSet().cases())
            groupId = c.groupId.isEmpty() ? groupId : c.groupId;
        QVERIFY(!groupId.isEmpty());
        const QJsonArray grouped = listAll(q({{QStringLiteral("group_id"), groupId}}));
        QVERIFY(!grouped.isEmpty() && grouped.size() < 50);

        // Time window (in X-Time-Zone, default GMT+8): only cases created inside it.
        const QJsonArray window = listAll(q({{QStringLiteral("query_start_time"), QStringLiteral("2026-03-01 00:00:00")},
                                             {QStringLiteral("query_end_time"), QStringLiteral("2026-03-15 23:59:59")}}));
        QVERIFY(!window.isEmpty());
        for (const auto &v : window) {
            const QDateTime t = QDateTime::fromString(v.toObject().value(QStringLiteral("create_time")).toString(), Qt::ISODate);
            QVERIFY(t >= QDateTime(QDate(2026, 2, 28), QTime(16, 0), Qt::UTC));
            QVERIFY(t <= QDateTime(QDate(2026, 3, 15), QTime(16, 0), Qt::UTC));
        }

        const CaseRecord &c = m_server->dataSet().cases().at(5);
        for (const auto &v : listAll(q({{QStringLiteral("business_type_id"), c.businessTypeId}})))
            QCOMPARE(v.toObject().value(QStringLiteral("business_type_name")).toString(),
                     listAll(q({{QStringLiteral("business_type_id"), c.businessTypeId}})).first().toObject().value(QStringLiteral("business_type_name")).toString());
    }

    void listRejectsBadParameters_data()
    {
        QTest::addColumn<QueryItems>("query");
        QTest::newRow("limit 101") << q({{QStringLiteral("limit"), QStringLiteral("101")}});
        QTest::newRow("limit -1") << q({{QStringLiteral("limit"), QStringLiteral("-1")}});
        QTest::newRow("offset 65536") << q({{QStringLiteral("offset"), QStringLiteral("65536")}});
        QTest::newRow("offset text") << q({{QStringLiteral("offset"), QStringLiteral("abc")}});
        QTest::newRow("status 99") << q({{QStringLiteral("status"), QStringLiteral("99")}});
        QTest::newRow("status 6") << q({{QStringLiteral("status"), QStringLiteral("6")}});
        QTest::newRow("4 search keys") << q({{QStringLiteral("search_key"), QStringLiteral("a")}, {QStringLiteral("search_key"), QStringLiteral("b")},
                                              {QStringLiteral("search_key"), QStringLiteral("c")}, {QStringLiteral("search_key"), QStringLiteral("d")}});
        QTest::newRow("search key > 64") << q({{QStringLiteral("search_key"), QString(65, QLatin1Char('x'))}});
        QTest::newRow("6 labels") << q({{QStringLiteral("label_id_list"), QStringLiteral("1")}, {QStringLiteral("label_id_list"), QStringLiteral("2")},
                                         {QStringLiteral("label_id_list"), QStringLiteral("3")}, {QStringLiteral("label_id_list"), QStringLiteral("4")},
                                         {QStringLiteral("label_id_list"), QStringLiteral("5")}, {QStringLiteral("label_id_list"), QStringLiteral("6")}});
        QTest::newRow("time format") << q({{QStringLiteral("query_start_time"), QStringLiteral("2026-03-01T00:00:00Z")}});
        QTest::newRow("start after end") << q({{QStringLiteral("query_start_time"), QStringLiteral("2026-03-02 00:00:00")},
                                                {QStringLiteral("query_end_time"), QStringLiteral("2026-03-01 00:00:00")}});
        QTest::newRow("incident_id > 32") << q({{QStringLiteral("incident_id"), QString(33, QLatin1Char('x'))}});
        QTest::newRow("trim not bool") << q({{QStringLiteral("trim_osm_rich_text_label"), QStringLiteral("maybe")}});
    }

    void listRejectsBadParameters()
    {
        QFETCH(QueryItems, query);
        const auto r = m_client->get(kCases, query);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(QStringLiteral("error_code")).toString(), QStringLiteral("OSM.0001"));
        QVERIFY(!r.json().value(QStringLiteral("error_msg")).toString().isEmpty());
    }

    void englishNames()
    {
        const QString id = m_server->dataSet().cases().first().incidentId;
        const auto zh = m_client->get(kCases + QLatin1Char('/') + id);
        const auto en = m_client->signedCall({"GET", kCases + QLatin1Char('/') + id, {}, {}, {{"X-Language", "en-us"}}});
        const QString zhName = zh.json().value(QStringLiteral("incident_detail_info")).toObject().value(QStringLiteral("dc_name")).toString();
        const QString enName = en.json().value(QStringLiteral("incident_detail_info")).toObject().value(QStringLiteral("dc_name")).toString();
        QVERIFY(!zhName.isEmpty() && !enName.isEmpty() && zhName != enName);
    }

    // ---- count ----
    void countByStatus()
    {
        for (const char *method : {"GET", "POST"}) { // URI says GET, example POST
            const auto r = m_client->signedCall({method, kCases + QStringLiteral("/count"), {}, {}, {}});
            QCOMPARE(r.status, 200);
            const QJsonArray counts = r.json().value(QStringLiteral("incident_status_counts")).toArray();
            QVERIFY(!r.json().contains(QStringLiteral("incident_statuses_counts")));
            int sum = 0;
            QSet<int> statuses;
            for (const auto &v : counts) {
                sum += v.toObject().value(QStringLiteral("count")).toInt();
                statuses.insert(v.toObject().value(QStringLiteral("status")).toInt());
            }
            QCOMPARE(sum, DataGenerator::kCaseCount);
            QCOMPARE(statuses, QSet<int>({0, 1, 2, 3, 4, 5, 12, 13, 17}));
        }
        const auto one = m_client->get(kCases + QStringLiteral("/count"), {{QStringLiteral("status"), QStringLiteral("1")}});
        QCOMPARE(one.json().value(QStringLiteral("incident_status_counts")).toArray().size(), 1);
    }

    // ---- detail ----
    void detailShape()
    {
        const QString id = caseWithStatus(3);
        const auto r = m_client->get(kCases + QLatin1Char('/') + id);
        QCOMPARE(r.status, 200);
        const QJsonObject d = r.json().value(QStringLiteral("incident_detail_info")).toObject();
        QCOMPARE(d.value(QStringLiteral("incident_id")).toString(), id);
        QVERIFY(d.value(QStringLiteral("create_time")).isDouble()); // epoch seconds, as the example
        QVERIFY(d.value(QStringLiteral("create_time")).toDouble() > 1.7e9 && d.value(QStringLiteral("create_time")).toDouble() < 1.8e9);
        QVERIFY(d.value(QStringLiteral("confirmed_time")).isDouble());
        QVERIFY(d.value(QStringLiteral("ext_info")).isArray()); // an array, as the example (the table says object)
        QVERIFY(d.value(QStringLiteral("ext_info")).toArray().first().toObject().contains(QStringLiteral("remind_mail")));
        QVERIFY(d.value(QStringLiteral("message_list")).isArray());
        QVERIFY(d.value(QStringLiteral("incident_satisfaction")).isArray());
        QCOMPARE(d.value(QStringLiteral("status")).toInt(), 3);
        const QJsonObject first = d.value(QStringLiteral("message_list")).toArray().first().toObject();
        QVERIFY(!first.value(QStringLiteral("content")).toString().contains(QLatin1Char('<'))); // trimmed by default
    }

    void detailOfUnknownCaseIsBusinessError()
    {
        const auto r = m_client->get(kCases + QStringLiteral("/TS000000000NOTHERE0000"));
        QCOMPARE(r.status, 200); // business errors come with HTTP 200 (appendix 7.1)
        QCOMPARE(r.json().value(QStringLiteral("error_code")).toString(), QStringLiteral("OSM.01010015"));
        QVERIFY(!r.json().value(QStringLiteral("error_msg")).toString().isEmpty());
        QCOMPARE(m_client->get(kCases + QLatin1Char('/') + QString(33, QLatin1Char('X'))).status, 400);
    }

    // ---- messages ----
    void listMessages()
    {
        const QString id = caseWithStatus(1);
        const auto r = m_client->get(kCases + QLatin1Char('/') + id + QStringLiteral("/messages"), {{QStringLiteral("limit"), QStringLiteral("100")}});
        QCOMPARE(r.status, 200);
        const QJsonArray list = r.json().value(QStringLiteral("message_list")).toArray();
        QCOMPARE(r.json().value(QStringLiteral("count")).toInt(), int(list.size()));
        QVERIFY(list.size() >= 2);
        const QJsonObject m = list.first().toObject();
        for (const char *key : {"type", "replier_type", "replier", "content", "create_time", "replier_name", "iam_user_type",
                                "accessory_list", "message_id", "status", "display_type"})
            QVERIFY2(m.contains(QLatin1String(key)), key);
        QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\+00:00$"))
                    .match(m.value(QStringLiteral("create_time")).toString()).hasMatch());
        // Newest first.
        QVERIFY(list.first().toObject().value(QStringLiteral("create_time")).toString()
                >= list.last().toObject().value(QStringLiteral("create_time")).toString());
        QVERIFY(!m.value(QStringLiteral("content")).toString().contains(QStringLiteral("osm-rich-text")));
        const auto raw = m_client->get(kCases + QLatin1Char('/') + id + QStringLiteral("/messages"),
                                       {{QStringLiteral("trim_osm_rich_text_label"), QStringLiteral("false")}});
        QVERIFY(raw.json().value(QStringLiteral("message_list")).toArray().first().toObject().value(QStringLiteral("content"))
                    .toString().startsWith(QStringLiteral("<div class=\"osm-rich-text\">")));
        QCOMPARE(m_client->get(kCases + QStringLiteral("/NOPE/messages")).json().value(QStringLiteral("error_code")).toString(),
                 QStringLiteral("OSM.01010015"));
    }

    void createMessage()
    {
        const QString id = caseWithStatus(1);
        const QString path = kCases + QLatin1Char('/') + id + QStringLiteral("/message");
        auto r = m_client->post(path, R"({"group_id":"","message":{"content":"新的留言 new message","accessory_ids":[]}})");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("{}"));
        const auto list = m_client->get(kCases + QLatin1Char('/') + id + QStringLiteral("/messages"));
        const QJsonObject newest = list.json().value(QStringLiteral("message_list")).toArray().first().toObject();
        QCOMPARE(newest.value(QStringLiteral("content")).toString(), QStringLiteral("新的留言 new message"));
        QCOMPARE(newest.value(QStringLiteral("type")).toInt(), 0);

        const QByteArray tooLong = "{\"message\":{\"content\":\"" + QByteArray(10001, 'x') + "\"}}";
        QCOMPARE(m_client->post(path, tooLong).json().value(QStringLiteral("error_code")).toString(), QStringLiteral("OSM.0001"));
        QCOMPARE(m_client->post(path, R"({"message":{}})").status, 400);
        QCOMPARE(m_client->post(path, "not json").status, 400);
        QCOMPARE(m_client->post(kCases + QStringLiteral("/NOPE/message"), R"({"message":{"content":"x"}})")
                     .json().value(QStringLiteral("error_code")).toString(), QStringLiteral("OSM.01010015"));
        // A closed case refuses new messages (a business error, HTTP 200).
        r = m_client->post(kCases + QLatin1Char('/') + caseWithStatus(3) + QStringLiteral("/message"), R"({"message":{"content":"x"}})");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("error_code")).toString(), QStringLiteral("OSM.01010034"));
    }

    void unreadCountsAndSetRead()
    {
        const QString id = caseWithStatus(1);
        const int before = unread(id);
        QVERIFY(before >= 0);
        QVERIFY(!m_server->addEngineerReply(id, QStringLiteral("工程师回复")).isEmpty());
        QCOMPARE(unread(id), before + 1);
        const auto r = m_client->post(kCases + QLatin1Char('/') + id + QStringLiteral("/instant-messages/unread"), R"({"group_id":""})");
        QCOMPARE(r.status, 200);
        QCOMPARE(unread(id), 0);

        // case_ids is required, at most 100.
        QCOMPARE(m_client->get(kCases + QStringLiteral("/instant-messages/unread")).status, 400);
        QueryItems many;
        for (int i = 0; i < 101; ++i)
            many.append({QStringLiteral("case_ids"), QStringLiteral("c%1").arg(i)});
        QCOMPARE(m_client->get(kCases + QStringLiteral("/instant-messages/unread"), many).status, 400);
    }

    void pollCursorSemantics()
    {
        const QString id = caseWithStatus(1);
        const QString other = caseWithStatus(2);
        const QString poll = kCases + QStringLiteral("/instant-messages");
        auto r = m_client->get(poll, {{QStringLiteral("case_ids"), id}, {QStringLiteral("case_ids"), other}});
        QCOMPARE(r.status, 200);
        const QString cursor1 = r.json().value(QStringLiteral("last_message_time_id")).toString();
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(cursor1).hasMatch());
        QCOMPARE(r.json().value(QStringLiteral("immsg")).toArray().size(), 0); // first poll starts now
        QCOMPARE(r.json().value(QStringLiteral("imstatus")).toArray().size(), 2);

        const QString messageId = m_server->addEngineerReply(id, QStringLiteral("Please check the security group."));
        r = m_client->get(poll, {{QStringLiteral("case_ids"), id}, {QStringLiteral("case_ids"), other},
                                 {QStringLiteral("last_message_time_id"), cursor1}});
        const QJsonArray immsg = r.json().value(QStringLiteral("immsg")).toArray();
        QCOMPARE(immsg.size(), 1);
        QCOMPARE(immsg.first().toObject().value(QStringLiteral("incident_id")).toString(), id);
        const QJsonArray messages = immsg.first().toObject().value(QStringLiteral("message_list")).toArray();
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.first().toObject().value(QStringLiteral("message_id")).toString(), messageId);
        QCOMPARE(messages.first().toObject().value(QStringLiteral("type")).toInt(), 1);
        QCOMPARE(messages.first().toObject().value(QStringLiteral("content")).toString(), QStringLiteral("Please check the security group."));
        for (const auto &s : r.json().value(QStringLiteral("imstatus")).toArray()) {
            if (s.toObject().value(QStringLiteral("incident_id")).toString() == id)
                QCOMPARE(s.toObject().value(QStringLiteral("status")).toInt(), 0); // unread
        }
        const QString cursor2 = r.json().value(QStringLiteral("last_message_time_id")).toString();
        QVERIFY(cursor2 != cursor1);

        // Not again with the new cursor...
        r = m_client->get(poll, {{QStringLiteral("case_ids"), id}, {QStringLiteral("last_message_time_id"), cursor2}});
        QCOMPARE(r.json().value(QStringLiteral("immsg")).toArray().size(), 0);
        // ...but again with the old one (cursors are positions, not consumed).
        r = m_client->get(poll, {{QStringLiteral("case_ids"), id}, {QStringLiteral("last_message_time_id"), cursor1}});
        QCOMPARE(r.json().value(QStringLiteral("immsg")).toArray().size(), 1);

        // Marking read and withdrawing show up as update_messages (1 read, -1 withdrawn).
        m_client->post(kCases + QLatin1Char('/') + id + QStringLiteral("/instant-messages/unread"), {});
        QVERIFY(m_server->dataSet().withdrawMessage(id, messageId));
        r = m_client->get(poll, {{QStringLiteral("case_ids"), id}, {QStringLiteral("last_message_time_id"), cursor2},
                                 {QStringLiteral("trim_osm_rich_text_label"), QStringLiteral("false")}});
        const QJsonArray updates = r.json().value(QStringLiteral("immsg")).toArray().first().toObject().value(QStringLiteral("update_messages")).toArray();
        QList<int> statuses;
        for (const auto &u : updates) {
            if (u.toObject().value(QStringLiteral("message_id")).toString() == messageId)
                statuses.append(u.toObject().value(QStringLiteral("status")).toInt());
        }
        QCOMPARE(statuses, QList<int>({1, -1}));
    }

    // ---- data set ----
    void dataSetCoverage()
    {
        const DataSet &data = m_server->dataSet();
        QCOMPARE(int(data.cases().size()), DataGenerator::kCaseCount);
        QSet<int> statuses;
        QSet<QString> users;
        bool grouped = false;
        bool chinese = false;
        bool english = false;
        bool related = false;
        QSet<int> tenantLabels;
        for (const CaseRecord &c : data.cases()) {
            statuses.insert(c.status);
            users.insert(c.xcustomerName);
            grouped = grouped || !c.groupId.isEmpty();
            chinese = chinese || c.simpleDescription.contains(QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}]")));
            english = english || c.simpleDescription.contains(QRegularExpression(QStringLiteral("^[A-Za-z]")));
            related = related || !c.relatedIds.isEmpty();
            QVERIFY(c.labelIds.size() <= 5);
            QVERIFY(c.relatedIds.size() <= 3 && !c.relatedIds.contains(c.incidentId));
            QVERIFY(c.incidentId.size() <= 32);
            for (int l : c.labelIds)
                tenantLabels.insert(l);
        }
        QCOMPARE(statuses, QSet<int>({0, 1, 2, 3, 4, 5, 12, 13, 17}));
        QVERIFY(users.size() >= 3);
        QVERIFY(grouped && chinese && english && related);
        QVERIFY(data.labels().size() <= 30);
        for (const Label &l : data.labels())
            QVERIFY(QRegularExpression(QStringLiteral("^#[0-9A-F]{6}$")).match(l.color).hasMatch());

        QSet<QString> displayTypes;
        bool withdrawn = false;
        bool attachments = false;
        QSet<int> types;
        for (const MessageRecord &m : data.allMessages()) {
            displayTypes.insert(m.displayType);
            withdrawn = withdrawn || m.status == -1;
            attachments = attachments || !m.accessories.isEmpty();
            types.insert(m.type);
            QVERIFY(m.content.startsWith(QStringLiteral("<div class=\"osm-rich-text\">")));
        }
        QCOMPARE(displayTypes, QSet<QString>({QStringLiteral("NORMAL"), QStringLiteral("QA_BOT"),
                                              QStringLiteral("EXT_PARAM_REQUEST"), QStringLiteral("AUTH")}));
        QVERIFY(withdrawn && attachments);
        QCOMPARE(types, QSet<int>({0, 1}));
        int unreadCases = 0;
        for (const CaseRecord &c : data.cases())
            unreadCases += data.unreadCount(c.incidentId) > 0 ? 1 : 0;
        QVERIFY(unreadCases > 0);
    }

    void dataSetIsDeterministic()
    {
        DataSet a;
        DataSet b;
        DataSet c;
        a.generate(42, QString::fromLatin1(demo::kDomainId));
        b.generate(42, QString::fromLatin1(demo::kDomainId));
        c.generate(43, QString::fromLatin1(demo::kDomainId));
        const QByteArray ja = QJsonDocument(a.toJson()).toJson();
        QCOMPARE(ja, QJsonDocument(b.toJson()).toJson());
        QVERIFY(ja != QJsonDocument(c.toJson()).toJson());
    }

    void dataSetSavesAndLoads()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sim.json"));
        const QString id = m_server->dataSet().cases().first().incidentId;
        m_server->addEngineerReply(id, QStringLiteral("persist me"));
        QVERIFY(m_server->saveTo(path));
        DataSet loaded;
        QString error;
        QVERIFY2(loaded.load(path, &error), qPrintable(error));
        QCOMPARE(QJsonDocument(loaded.toJson()).toJson(), QJsonDocument(m_server->dataSet().toJson()).toJson());

        // useDataFile: a missing file is generated from the seed, and save() writes it there.
        Server other;
        const QString fresh = dir.filePath(QStringLiteral("fresh.json"));
        QVERIFY(other.useDataFile(fresh, 7));
        QVERIFY(other.save());
        DataSet seven;
        seven.generate(7, QString::fromLatin1(demo::kDomainId));
        DataSet reread;
        QVERIFY(reread.load(fresh));
        QCOMPARE(QJsonDocument(reread.toJson()).toJson(), QJsonDocument(seven.toJson()).toJson());
        QVERIFY(!loaded.load(dir.filePath(QStringLiteral("missing.json"))));
    }
};

QTEST_GUILESS_MAIN(TestSimApi)
#include "tst_simapi.moc"
