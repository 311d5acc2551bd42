// Fault injection: every kind, its scope (count, path prefix, method), in-process and over /_sim/faults.
#include "DemoCredentials.h"
#include "Server.h"
#include "SimClient.h"

#include <QtTest>

using namespace osm;
using namespace osm::sim;

namespace {
const QString kCases = QStringLiteral("/v2/servicerequest/cases");
}

class TestSimFaults : public QObject
{
    Q_OBJECT

private:
    Server *m_server = nullptr;
    SimClient *m_client = nullptr;

    SimClient::Reply list() { return m_client->get(kCases, {{QStringLiteral("limit"), QStringLiteral("100")}}); }

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

    void latency()
    {
        m_server->faults().addLatency(400, 1);
        const auto slow = list();
        QCOMPARE(slow.status, 200);
        QVERIFY2(slow.elapsedMs >= 390, qPrintable(QString::number(slow.elapsedMs)));
        const auto fast = list();
        QCOMPARE(fast.status, 200);
        QVERIFY(fast.elapsedMs < 390);
    }

    void serverErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("500") << 500;
        QTest::newRow("503") << 503;
    }

    void serverErrors()
    {
        QFETCH(int, status);
        m_server->faults().addHttpError(status, 1);
        const auto r = list();
        QCOMPARE(r.status, status);
        QVERIFY(!r.json().value(QStringLiteral("error_code")).toString().isEmpty());
        QVERIFY(!r.header("X-Request-Id").isEmpty());
        QCOMPARE(list().status, 200); // count 1 used up
    }

    void rateLimit()
    {
        m_server->faults().addRateLimit(7, 2);
        for (int i = 0; i < 2; ++i) {
            const auto r = list();
            QCOMPARE(r.status, 429);
            QCOMPARE(r.header("Retry-After"), QByteArray("7"));
            QCOMPARE(r.json().value(QStringLiteral("error_code")).toString(), QStringLiteral("APIGW.0308"));
        }
        QCOMPARE(list().status, 200);
    }

    void dropWithoutAnswer()
    {
        // QNAM silently re-sends up to twice when a connection closes before any byte: use "all".
        m_server->faults().addDrop(-1);
        const auto r = list();
        QCOMPARE(r.status, 0);
        QVERIFY(r.error != QNetworkReply::NoError);
        QVERIFY(m_server->requests().last().status == 0);
        m_server->faults().clear();
        QCOMPARE(list().status, 200);
    }

    void dropMidBody()
    {
        m_server->faults().addDropMidBody(1);
        const auto r = list();
        QVERIFY2(r.error != QNetworkReply::NoError, qPrintable(QString::number(r.error)));
        QCOMPARE(list().status, 200);
    }

    void truncatedBody()
    {
        const QByteArray full = list().body;
        m_server->faults().addTruncate(1);
        const auto r = list();
        QCOMPARE(r.status, 200);
        QCOMPARE(r.error, QNetworkReply::NoError);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json;charset=UTF-8"));
        QVERIFY(!r.isJson());
        QCOMPARE(r.body.size(), full.size() / 2);
        QVERIFY(full.startsWith(r.body));
    }

    void htmlErrorPage()
    {
        m_server->faults().addHtmlError(502, 1);
        const auto r = list();
        QCOMPARE(r.status, 502);
        QVERIFY(r.header("Content-Type").startsWith("text/html"));
        QVERIFY(r.body.contains("<html>"));
        QVERIFY(!r.isJson());
    }

    void businessError()
    {
        m_server->faults().addBusinessError(QStringLiteral("OSM.01010002"), QStringLiteral("No operation permission."), 1);
        const auto r = list();
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("error_code")).toString(), QStringLiteral("OSM.01010002"));
        QCOMPARE(r.json().value(QStringLiteral("error_msg")).toString(), QStringLiteral("No operation permission."));
        QCOMPARE(list().json().value(QStringLiteral("error_code")).toString(), QString());
    }

    void businessErrorDoesNothing()
    {
        // A business error is the service refusing: the write must not have happened (the client may then
        // send it again without posting twice).
        QString caseId;
        for (const auto &c : m_server->dataSet().cases()) {
            if (c.customerId == QLatin1String(osm::sim::demo::kDomainId) && c.status == 1 && c.groupId.isEmpty()) {
                caseId = c.incidentId;
                break;
            }
        }
        QVERIFY(!caseId.isEmpty());
        const qsizetype before = m_server->dataSet().messagesOf(caseId).size();
        m_server->faults().addBusinessError(QStringLiteral("OSM.01010034"), {}, 1);
        const auto r = m_client->post(kCases + QLatin1Char('/') + caseId + QStringLiteral("/message"),
                                      R"({"message":{"content":"refused","accessory_ids":[]}})");
        QCOMPARE(r.json().value(QStringLiteral("error_code")).toString(), QStringLiteral("OSM.01010034"));
        QCOMPARE(m_server->dataSet().messagesOf(caseId).size(), before);
    }

    void businessErrorOnlyAfterAuthentication()
    {
        m_server->faults().addBusinessError(QStringLiteral("OSM.01010002"), {}, -1);
        const auto r = m_client->send({"GET", kCases, {}, {}, {}}); // unsigned
        QCOMPARE(r.status, 401);
    }

    void scopeByPathPrefixAndMethod()
    {
        Fault f;
        f.kind = Fault::Kind::HttpError;
        f.status = 503;
        f.pathPrefix = kCases + QStringLiteral("/count");
        f.method = "POST";
        m_server->faults().add(f);
        QCOMPARE(list().status, 200);
        QCOMPARE(m_client->get(kCases + QStringLiteral("/count")).status, 200);
        QCOMPARE(m_client->signedCall({"POST", kCases + QStringLiteral("/count"), {}, {}, {}}).status, 503);
        QCOMPARE(m_client->signedCall({"POST", kCases + QStringLiteral("/count"), {}, {}, {}}).status, 503); // all
        m_server->faults().clear();
        QCOMPARE(m_client->signedCall({"POST", kCases + QStringLiteral("/count"), {}, {}, {}}).status, 200);
    }

    void controlRoute()
    {
        const QByteArray body = R"({"faults":[{"kind":"rate_limit","count":1,"retry_after":3,"path_prefix":"/v2/"},)"
                                R"({"kind":"html_error","count":1}]})";
        auto r = m_client->send({"POST", QStringLiteral("/_sim/faults"), {}, body, {{"Content-Type", "application/json"}}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("faults")).toArray().size(), 2);
        QCOMPARE(m_server->faults().pending().size(), 2);
        r = list();
        QCOMPARE(r.status, 429);
        QCOMPARE(r.header("Retry-After"), QByteArray("3"));
        QCOMPARE(list().status, 502);
        QCOMPARE(list().status, 200);

        // A single fault object, then DELETE clears.
        m_client->send({"POST", QStringLiteral("/_sim/faults"), {}, R"({"kind":"http_error","status":500})", {}});
        QCOMPARE(list().status, 500);
        QCOMPARE(list().status, 500);
        QCOMPARE(m_client->send({"DELETE", QStringLiteral("/_sim/faults"), {}, {}, {}}).status, 200);
        QCOMPARE(list().status, 200);

        // Bad fault JSON → 400; control routes are never faulted themselves.
        QCOMPARE(m_client->send({"POST", QStringLiteral("/_sim/faults"), {}, R"({"kind":"nope"})", {}}).status, 400);
        m_server->faults().addHttpError(500, -1);
        QCOMPARE(m_client->send({"GET", QStringLiteral("/_sim/faults"), {}, {}, {}}).status, 200);
    }

    void engineerReplyOverControlRoute()
    {
        const QString id = m_server->dataSet().cases().at(20).incidentId;
        // (no raw strings ending in a quote here: moc 6.4 mis-lexes them and drops the class)
        const QByteArray body = "{\"case_id\":\"" + id.toLatin1() + "\",\"text\":\"hi\"}";
        const auto r = m_client->send({"POST", QStringLiteral("/_sim/engineer-reply"), {}, body, {}});
        QCOMPARE(r.status, 200);
        QVERIFY(m_server->dataSet().findMessage(r.json().value(QStringLiteral("message_id")).toString()));
    }
};

QTEST_GUILESS_MAIN(TestSimFaults)
#include "tst_simfaults.moc"
