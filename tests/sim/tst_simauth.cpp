// The simulator's gateway: AK/SK signatures recomputed from the request as received, IAM tokens,
// the domain lookup, and the request record.
#include "DemoCredentials.h"
#include "Server.h"
#include "SimClient.h"

#include <QRegularExpression>
#include <QtTest>

using namespace osm;
using namespace osm::sim;

class TestSimAuth : public QObject
{
    Q_OBJECT

private:
    Server *m_server = nullptr;
    SimClient *m_client = nullptr;
    const QString m_cases = QStringLiteral("/v2/servicerequest/cases");

    static void verifyGatewayReject(const SimClient::Reply &r, const QString &messagePart = {})
    {
        QCOMPARE(r.status, 401);
        const QJsonObject body = r.json();
        QCOMPARE(body.value(QStringLiteral("error_code")).toString(), QStringLiteral("APIGW.0301"));
        QVERIFY(body.value(QStringLiteral("error_msg")).toString().startsWith(QStringLiteral("Incorrect IAM authentication information")));
        if (!messagePart.isEmpty())
            QVERIFY2(body.value(QStringLiteral("error_msg")).toString().contains(messagePart),
                     qPrintable(body.value(QStringLiteral("error_msg")).toString()));
        QCOMPARE(body.value(QStringLiteral("request_id")).toString().toLatin1(), r.header("X-Request-Id"));
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

    void listensOnLoopbackOnly()
    {
        QCOMPARE(m_server->baseUrl().host(), QStringLiteral("127.0.0.1"));
        QVERIFY(m_server->baseUrl().port() > 0);
    }

    void signedRequestIsAccepted()
    {
        const auto r = m_client->get(m_cases, {{QStringLiteral("limit"), QStringLiteral("5")}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json;charset=UTF-8"));
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(QString::fromLatin1(r.header("X-Request-Id"))).hasMatch());
        QCOMPARE(r.json().value(QStringLiteral("incident_info_list")).toArray().size(), 5);
    }

    void awkwardQueryValuesAreSignedAlike()
    {
        // Repeated key, space, plus, at-sign and Chinese: the wire and canonical queries must agree.
        const auto r = m_client->get(m_cases, {{QStringLiteral("search_key"), QStringLiteral("a b")},
                                               {QStringLiteral("search_key"), QStringLiteral("x+y@z")},
                                               {QStringLiteral("search_key"), QStringLiteral("云服务器")}});
        QCOMPARE(r.status, 200);
        const RecordedRequest *rec = m_server->requestLog().last();
        QVERIFY(rec);
        QCOMPARE(Signer::decodeQuery(rec->rawQuery).size(), 3);
        QCOMPARE(Signer::decodeQuery(rec->rawQuery).at(1).second, QStringLiteral("x+y@z"));
    }

    void tamperedRequestIsRejected_data()
    {
        QTest::addColumn<QString>("part");
        QTest::newRow("method") << "method";
        QTest::newRow("path") << "path";
        QTest::newRow("query") << "query";
        QTest::newRow("body") << "body";
        QTest::newRow("header") << "header";
    }

    void tamperedRequestIsRejected()
    {
        QFETCH(QString, part);
        SimClient::Call call = SimClient::prepared(
            {"POST", m_cases + QStringLiteral("/count"), {{QStringLiteral("status"), QStringLiteral("1")}},
             R"({"a":1})", {{"X-Language", "zh-cn"}}});
        const HeaderList auth = m_client->signingHeaders(call, demo::kAccessKey, demo::kSecretKey);
        if (part == QLatin1String("method"))
            call.method = "GET";
        else if (part == QLatin1String("path")) // another POST route, so the router finds it
            call.path = m_cases + QLatin1Char('/') + m_server->dataSet().cases().first().incidentId
                        + QStringLiteral("/instant-messages/unread");
        else if (part == QLatin1String("query"))
            call.query = {{QStringLiteral("status"), QStringLiteral("2")}};
        else if (part == QLatin1String("body"))
            call.body = R"({"a":2})";
        else
            call.headers[0].second = "en-us";
        verifyGatewayReject(m_client->send(call, auth), QStringLiteral("verify aksk signature fail"));
    }

    void untamperedControlOfTheAboveIsAccepted()
    {
        const SimClient::Call call = SimClient::prepared(
            {"POST", m_cases + QStringLiteral("/count"), {{QStringLiteral("status"), QStringLiteral("1")}},
             R"({"a":1})", {{"X-Language", "zh-cn"}}});
        QCOMPARE(m_client->send(call, m_client->signingHeaders(call, demo::kAccessKey, demo::kSecretKey)).status, 200);
    }

    void wrongSecretKey()
    {
        const auto call = SimClient::prepared({"GET", m_cases, {}, {}, {}});
        verifyGatewayReject(m_client->send(call, m_client->signingHeaders(call, demo::kAccessKey, "not-the-secret")),
                            QStringLiteral("verify aksk signature fail"));
    }

    void unknownAccessKey()
    {
        const auto call = SimClient::prepared({"GET", m_cases, {}, {}, {}});
        verifyGatewayReject(m_client->send(call, m_client->signingHeaders(call, "UNKNOWNAK0000000000", demo::kSecretKey)),
                            QStringLiteral("access key does not exist"));
    }

    void missingSignature()
    {
        const auto call = SimClient::prepared({"GET", m_cases, {}, {}, {}});
        verifyGatewayReject(m_client->send(call), QStringLiteral("verify aksk signature fail"));
        HeaderList auth = m_client->signingHeaders(call, demo::kAccessKey, demo::kSecretKey);
        auth[1].second = "SDK-HMAC-SHA256 garbage";
        verifyGatewayReject(m_client->send(call, auth));
    }

    void dateOffByMoreThan15Minutes_data()
    {
        QTest::addColumn<int>("minutes");
        QTest::addColumn<int>("status");
        QTest::newRow("16 min behind") << -16 << 401;
        QTest::newRow("16 min ahead") << 16 << 401;
        QTest::newRow("14 min behind") << -14 << 200;
    }

    void dateOffByMoreThan15Minutes()
    {
        QFETCH(int, minutes);
        QFETCH(int, status);
        const auto call = SimClient::prepared({"GET", m_cases, {}, {}, {}});
        const auto r = m_client->send(call, m_client->signingHeaders(call, demo::kAccessKey, demo::kSecretKey,
                                                                     QDateTime::currentDateTimeUtc().addSecs(minutes * 60)));
        QCOMPARE(r.status, status);
        if (status == 401)
            verifyGatewayReject(r, QStringLiteral("X-Sdk-Date"));
    }

    void missingDateHeader()
    {
        const auto call = SimClient::prepared({"GET", m_cases, {}, {}, {}});
        HeaderList auth = m_client->signingHeaders(call, demo::kAccessKey, demo::kSecretKey);
        auth.removeFirst(); // X-Sdk-Date
        verifyGatewayReject(m_client->send(call, auth), QStringLiteral("X-Sdk-Date"));
    }

    void signedHeadersMustIncludeHostAndDate()
    {
        // A hand-made signature over x-sdk-date only (no host): rejected even though it is "correct".
        const QByteArray date = Signer::formatDate(QDateTime::currentDateTimeUtc());
        const QByteArray canonical = Signer::canonicalRequest("GET", m_cases, {}, {{"x-sdk-date", date}},
                                                              Signer::payloadHash({}));
        const QByteArray signature = Signer::signature(demo::kSecretKey, Signer::stringToSign(date, canonical));
        const QByteArray authorization = QByteArray("SDK-HMAC-SHA256 Access=") + demo::kAccessKey
                                         + ", SignedHeaders=x-sdk-date, Signature=" + signature;
        const auto call = SimClient::prepared({"GET", m_cases, {}, {}, {}});
        verifyGatewayReject(m_client->send(call, {{"X-Sdk-Date", date}, {"Authorization", authorization}}),
                            QStringLiteral("host and x-sdk-date"));
    }

    void domainIdMustMatchTheAccessKey()
    {
        SimClient::Call call{"GET", m_cases, {}, {}, {{"X-Domain-Id", "ffffffffffffffffffffffffffffffff"}}};
        verifyGatewayReject(m_client->send(call, m_client->signingHeaders(call, demo::kAccessKey, demo::kSecretKey)),
                            QStringLiteral("X-Domain-Id"));
        call.headers.clear(); // no X-Domain-Id at all
        verifyGatewayReject(m_client->send(call, m_client->signingHeaders(call, demo::kAccessKey, demo::kSecretKey)),
                            QStringLiteral("X-Domain-Id"));
    }

    void secondAccountSeesOnlyItsOwnCases()
    {
        m_server->accounts().addDomain(QStringLiteral("11111111111111111111111111111111"), QStringLiteral("other"));
        m_server->accounts().addAccessKey("OTHERAK", "OTHERSK", QStringLiteral("11111111111111111111111111111111"));
        const SimClient::Call call{"GET", m_cases, {}, {}, {{"X-Domain-Id", "11111111111111111111111111111111"}}};
        const auto r = m_client->send(call, m_client->signingHeaders(call, "OTHERAK", "OTHERSK"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("total_count")).toInt(), 0);
    }

    void unsignedPayloadMultipartIsAccepted()
    {
        // No upload route yet: a test route stands in, so only the gateway's verdict is measured.
        m_server->router().add("POST", QStringLiteral("/v2/servicerequest/test-upload"), Router::Auth::Osm,
                               [](Request &r) { return Response::json(QJsonObject{{QStringLiteral("size"), int(r.body.size())}}); });
        const QByteArray body = "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n"
                                "Content-Type: text/plain\r\n\r\nhello\r\n--XyZ--\r\n";
        SimClient::Call call{"POST", QStringLiteral("/v2/servicerequest/test-upload"), {}, body,
                             {{"X-Domain-Id", demo::kDomainId},
                              {"X-Sdk-Content-Sha256", "UNSIGNED-PAYLOAD"},
                              {"Content-Type", "multipart/form-data; boundary=XyZ"}}};
        const HeaderList auth = m_client->signingHeaders(call, demo::kAccessKey, demo::kSecretKey);
        QVERIFY(!auth.at(1).second.contains("content-type"));
        const auto r = m_client->send(call, auth);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("size")).toInt(), int(body.size()));
    }

    void requestRecordHoldsWhatWasSent()
    {
        m_server->clearRequests();
        const QByteArray body = R"({"message":{"content":"记录 me","accessory_ids":[]}})";
        const QString caseId = m_server->dataSet().cases().at(40).incidentId;
        m_client->signedCall({"POST", m_cases + QLatin1Char('/') + caseId + QStringLiteral("/message"),
                              {{QStringLiteral("k"), QStringLiteral("v w")}}, body, {{"X-Language", "en-us"}}});
        const QList<RecordedRequest> all = m_server->requests();
        QCOMPARE(all.size(), 1);
        const RecordedRequest &rec = all.first();
        QCOMPARE(rec.method, QByteArray("POST"));
        QCOMPARE(rec.path, m_cases + QLatin1Char('/') + caseId + QStringLiteral("/message"));
        QCOMPARE(rec.rawQuery, QByteArray("k=v%20w"));
        QCOMPARE(rec.body, body);
        QCOMPARE(rec.header("X-Language"), QByteArray("en-us"));
        QCOMPARE(rec.header("X-Domain-Id"), QByteArray(demo::kDomainId));
        QVERIFY(rec.header("Authorization").startsWith("SDK-HMAC-SHA256 Access=DEMOAKOSMDESK0000001"));
        QVERIFY(!rec.header("X-Sdk-Date").isEmpty());
        QVERIFY(rec.status == 200);
        QCOMPARE(rec.requestId.size(), 32);
    }

    void tokenIssueUseAndExpiry()
    {
        const QByteArray body = R"({"auth":{"identity":{"methods":["password"],"password":{"user":{"name":"demo",)"
                                R"("password":"demo-password","domain":{"name":"osmdesk-demo"}}}},)"
                                R"("scope":{"project":{"id":"5a7b9c1d2e3f40516273849506a7b8c9"}}}})";
        const auto issued = m_client->send({"POST", QStringLiteral("/v3/auth/tokens"), {}, body, {{"Content-Type", "application/json"}}});
        QCOMPARE(issued.status, 201);
        const QByteArray token = issued.header("X-Subject-Token");
        QVERIFY(token.size() > 100);
        const QJsonObject t = issued.json().value(QStringLiteral("token")).toObject();
        static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z$"));
        QVERIFY(iso.match(t.value(QStringLiteral("expires_at")).toString()).hasMatch());
        QVERIFY(iso.match(t.value(QStringLiteral("issued_at")).toString()).hasMatch());
        const QDateTime expires = QDateTime::fromString(t.value(QStringLiteral("expires_at")).toString(), Qt::ISODateWithMs);
        QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(expires) - 24 * 3600) < 60);
        QCOMPARE(t.value(QStringLiteral("methods")).toArray().first().toString(), QStringLiteral("password"));
        const QJsonObject user = t.value(QStringLiteral("user")).toObject();
        QCOMPARE(user.value(QStringLiteral("name")).toString(), QStringLiteral("demo"));
        QCOMPARE(user.value(QStringLiteral("domain")).toObject().value(QStringLiteral("id")).toString(), QString::fromLatin1(demo::kDomainId));
        QCOMPARE(user.value(QStringLiteral("domain")).toObject().value(QStringLiteral("name")).toString(), QString::fromLatin1(demo::kDomainName));

        // The token works on OSM routes without any signature or X-Domain-Id.
        const SimClient::Call list{"GET", m_cases, {}, {}, {}};
        QCOMPARE(m_client->withToken(token, list).status, 200);

        m_server->expireTokens();
        const auto expired = m_client->withToken(token, list);
        QCOMPARE(expired.status, 401);
        QCOMPARE(expired.json().value(QStringLiteral("error_code")).toString(), QStringLiteral("APIGW.0307"));
        QCOMPARE(expired.json().value(QStringLiteral("error_msg")).toString(), QStringLiteral("The token must be updated."));

        // A fresh token after expiry works again; an unknown one does not.
        QCOMPARE(m_client->withToken(m_client->issueToken(), list).status, 200);
        QCOMPARE(m_client->withToken("MIInot-a-token", list).json().value(QStringLiteral("error_code")).toString(),
                 QStringLiteral("APIGW.0307"));
    }

    void tokenLifetimeIsConfigurable()
    {
        m_server->setTokenLifetime(1);
        const QByteArray token = m_client->issueToken();
        const SimClient::Call list{"GET", m_cases, {}, {}, {}};
        QCOMPARE(m_client->withToken(token, list).status, 200);
        QTest::qWait(1100);
        QCOMPARE(m_client->withToken(token, list).status, 401);
    }

    void wrongPasswordGetsIamError()
    {
        const QByteArray body = R"({"auth":{"identity":{"methods":["password"],"password":{"user":{"name":"demo",)"
                                R"("password":"wrong","domain":{"name":"osmdesk-demo"}}}},"scope":{"domain":{"name":"osmdesk-demo"}}}})";
        const auto r = m_client->send({"POST", QStringLiteral("/v3/auth/tokens"), {}, body, {{"Content-Type", "application/json"}}});
        QCOMPARE(r.status, 401);
        QVERIFY(r.header("X-Subject-Token").isEmpty());
        const QJsonObject error = r.json().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toInt(), 401);
        QCOMPARE(error.value(QStringLiteral("message")).toString(), QStringLiteral("The username or password is wrong."));
        QCOMPARE(error.value(QStringLiteral("title")).toString(), QStringLiteral("Unauthorized"));
    }

    void domainLookupWithAkSk()
    {
        const SimClient::Call call{"GET", QStringLiteral("/v3/auth/domains"), {}, {}, {}}; // no X-Domain-Id
        const auto r = m_client->send(call, m_client->signingHeaders(call, demo::kAccessKey, demo::kSecretKey));
        QCOMPARE(r.status, 200);
        const QJsonArray domains = r.json().value(QStringLiteral("domains")).toArray();
        QCOMPARE(domains.size(), 1);
        QCOMPARE(domains.first().toObject().value(QStringLiteral("id")).toString(), QString::fromLatin1(demo::kDomainId));
        QCOMPARE(domains.first().toObject().value(QStringLiteral("name")).toString(), QString::fromLatin1(demo::kDomainName));
        QCOMPARE(domains.first().toObject().value(QStringLiteral("enabled")).toBool(), true);
        // ...and unsigned it is refused.
        QCOMPARE(m_client->send(call).status, 401);
    }

    void unknownRouteIsGateway404()
    {
        const auto r = m_client->get(QStringLiteral("/v2/servicerequest/no-such-thing"));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.json().value(QStringLiteral("error_code")).toString(), QStringLiteral("APIGW.0101"));
    }
};

QTEST_GUILESS_MAIN(TestSimAuth)
#include "tst_simauth.moc"
