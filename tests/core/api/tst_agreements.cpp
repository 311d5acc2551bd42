// 5.1 agreements, end to end: show_published_agreement, check_latest_agreement_signed and sign_agreement
// against the in-process simulator (the request as received and the parsed answer), the reference's response
// examples (version and record id as strings), the limits refused before sending, and the simulator's rules
// (the demo account starts without the latest signature; signing it makes signed-latest true).
#include "ApiTestSupport.h"
#include "api/Agreements.h"
#include "data/AgreementBook.h"

#include <QTest>

using namespace osm;
using osmtest::wait;

class TestAgreements : public osmtest::SimulatorTest
{
    Q_OBJECT

    sim::AgreementBook &book() { return sim::AgreementBook::of(*m_server); }

private Q_SLOTS:
    void init() { startSimulator(); }
    void cleanup() { stopSimulator(); }

    // ---- (a) contract: the request as the simulator received it, and the parsed answer ----

    void showPublishedAgreementContract()
    {
        m_client->setLanguage(QStringLiteral("zh-cn"));
        const auto result = wait(api::showPublishedAgreement(client(), Agreement::NewCaseNormalUser));
        QVERIFY2(result.ok(), qPrintable(result.error().detailedMessage()));
        const sim::RecordedRequest request = m_server->requests().last();
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.path, QStringLiteral("/v2/servicerequest/agreements/published-agreement"));
        QCOMPARE(osmtest::lastQuery(*m_server), (QueryItems{{QStringLiteral("agreement_type"), QStringLiteral("0")}}));
        QVERIFY(request.body.isEmpty());
        const auto latest = sim::AgreementBook::latest(0);
        QVERIFY(latest);
        const Agreement &a = result->agreement;
        QCOMPARE(a.id, QString::number(latest->id));
        QCOMPARE(a.agreementType, QStringLiteral("0"));
        QCOMPARE(a.version, latest->version); // "2.0.0"
        QCOMPARE(a.agreementName, latest->nameZh);
        QCOMPARE(a.agreementTypeName, latest->typeNameZh);
        QCOMPARE(a.content, latest->contentZh);

        // X-Language en-us: the English texts of the same version.
        m_client->setLanguage(QStringLiteral("en-us"));
        const auto english = wait(api::showPublishedAgreement(client(), Agreement::Authorization));
        QVERIFY(english.ok());
        QCOMPARE(osmtest::lastQuery(*m_server), (QueryItems{{QStringLiteral("agreement_type"), QStringLiteral("2")}}));
        QCOMPARE(english->agreement.agreementType, QStringLiteral("2"));
        QCOMPARE(english->agreement.content, sim::AgreementBook::latest(2)->contentEn);
    }

    void checkLatestAgreementSignedContract()
    {
        const auto result = wait(api::checkLatestAgreementSigned(client(), Agreement::NewCaseNormalUser));
        QVERIFY2(result.ok(), qPrintable(result.error().detailedMessage()));
        const sim::RecordedRequest request = m_server->requests().last();
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.path, QStringLiteral("/v2/servicerequest/agreements/signed-latest"));
        QCOMPARE(osmtest::lastQuery(*m_server), (QueryItems{{QStringLiteral("agreement_type"), QStringLiteral("0")}}));
        QVERIFY(request.body.isEmpty());
        // The demo account signed 1.0.0 once, not the latest.
        QCOMPARE(result.value(), AgreementSignedState{false});
        QCOMPARE(book().signatures(osmtest::demoDomain()).size(), 1);
    }

    void signAgreementContract()
    {
        const auto published = wait(api::showPublishedAgreement(client(), Agreement::NewCaseNormalUser));
        QVERIFY(published.ok());
        api::SignAgreementParams params = api::SignAgreementParams::of(published->agreement);
        params.relationId = QStringLiteral("draft-42");
        const auto result = wait(api::signAgreement(client(), params));
        QVERIFY2(result.ok(), qPrintable(result.error().detailedMessage()));
        const sim::RecordedRequest request = m_server->requests().last();
        QCOMPARE(request.method, QByteArray("POST")); // the URI's method, not the example's GET
        QCOMPARE(request.path, QStringLiteral("/v2/servicerequest/agreements/%1/signed").arg(published->agreement.id));
        QVERIFY(request.rawQuery.isEmpty());
        QCOMPARE(osmtest::lastBody(*m_server), (QJsonObject{{QStringLiteral("relation_id"), QStringLiteral("draft-42")}}));
        // The record create_case takes; the sim sends it as a string like the example, we read the number.
        const auto record = book().findRecord(osmtest::demoDomain(), result->agreementSignedRecordId);
        QVERIFY(record);
        QCOMPARE(QString::number(record->agreementId), published->agreement.id);
        QCOMPARE(record->relationId, QStringLiteral("draft-42"));

        // Signed now; signing again is a new record. Without relation_id the body is {}.
        const auto state = wait(api::checkLatestAgreementSigned(client(), Agreement::NewCaseNormalUser));
        QVERIFY(state.ok());
        QVERIFY(state->isSignedLatest);
        const auto again = wait(api::signAgreement(client(), api::SignAgreementParams::of(published->agreement)));
        QVERIFY(again.ok());
        QCOMPARE(m_server->requests().last().body, QByteArray("{}"));
        QVERIFY(again->agreementSignedRecordId > result->agreementSignedRecordId);
    }

    // ---- (b) the reference's response examples, verbatim ----

    void showPublishedAgreementExample()
    {
        QCOMPARE(osmtest::endpoint(QStringLiteral("show_published_agreement")).value(QLatin1String("response_example_is_valid_json")),
                 QJsonValue(true));
        const auto parsed = osmtest::parseBody<PublishedAgreement>(osmtest::responseExample(QStringLiteral("show_published_agreement")));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().detailedMessage()));
        const Agreement expected{QStringLiteral("123"), QStringLiteral("新建工单"), QStringLiteral("0"),
                                 QStringLiteral("新建工单"), QStringLiteral("content"), QStringLiteral("1.0.0")};
        QCOMPARE(parsed->agreement, expected);
        QCOMPARE(osmtest::keys(parsed->toJson()), osmtest::tableFields(QStringLiteral("show_published_agreement")));
        QCOMPARE(osmtest::keys(parsed->agreement.toJson()),
                 osmtest::tableFields(QStringLiteral("show_published_agreement"), {QStringLiteral("case_agreement")}));
        QCOMPARE(PublishedAgreement::fromJson(parsed->toJson()), parsed.value());
        // version: the example's "1.0.0" stays text; the table's Integer is read and written as a number.
        QCOMPARE(parsed->agreement.toJson().value(QLatin1String("version")), QJsonValue(QStringLiteral("1.0.0")));
        const auto integer = osmtest::parseBody<PublishedAgreement>("{\"case_agreement\":{\"id\":7,\"version\":3}}");
        QVERIFY(integer.ok());
        QCOMPARE(integer->agreement.id, QStringLiteral("7"));
        QCOMPARE(integer->agreement.version, QStringLiteral("3"));
        QCOMPARE(integer->agreement.toJson().value(QLatin1String("version")), QJsonValue(3));
        QCOMPARE(api::SignAgreementParams::of(integer->agreement).id, 7);
    }

    void checkLatestAgreementSignedExample()
    {
        QCOMPARE(osmtest::endpoint(QStringLiteral("check_latest_agreement_signed")).value(QLatin1String("response_example_is_valid_json")),
                 QJsonValue(true));
        const auto parsed = osmtest::parseBody<AgreementSignedState>(osmtest::responseExample(QStringLiteral("check_latest_agreement_signed")));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().detailedMessage()));
        QCOMPARE(parsed.value(), AgreementSignedState{true});
        QCOMPARE(osmtest::keys(parsed->toJson()), osmtest::tableFields(QStringLiteral("check_latest_agreement_signed")));
        QVERIFY(!osmtest::parseBody<AgreementSignedState>("{\"is_signed_latest\":0}")->isSignedLatest);
        QVERIFY(osmtest::parseBody<AgreementSignedState>("{\"is_signed_latest\":\"true\"}")->isSignedLatest);
    }

    void signAgreementExample()
    {
        QCOMPARE(osmtest::endpoint(QStringLiteral("sign_agreement")).value(QLatin1String("response_example_is_valid_json")),
                 QJsonValue(true));
        const auto parsed = osmtest::parseBody<AgreementSignature>(osmtest::responseExample(QStringLiteral("sign_agreement")));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().detailedMessage()));
        QCOMPARE(parsed->agreementSignedRecordId, 1); // "1", a string in the example
        QCOMPARE(osmtest::keys(parsed->toJson()), osmtest::tableFields(QStringLiteral("sign_agreement")));
        QCOMPARE(parsed->toJson().value(QLatin1String("agreement_signed_record_id")), QJsonValue(1)); // the table's Integer
    }

    void brokenBodiesAreMalformed()
    {
        for (const char *id : {"show_published_agreement", "check_latest_agreement_signed", "sign_agreement"}) {
            const QByteArray example = osmtest::responseExample(QString::fromLatin1(id));
            const auto cut = osmtest::parseBody<AgreementSignature>(example.left(example.size() / 2));
            QVERIFY(!cut.ok());
            QCOMPARE(cut.error().category(), Error::Category::MalformedBody);
        }
    }

    // ---- (c) limits refused before sending ----

    void agreementTypeLimits()
    {
        // The examples' agreement_type=5 is outside the documented 0, 1, 2.
        OSM_VERIFY_REFUSED(*m_server, api::showPublishedAgreement(client(), 5), "agreement_type");
        OSM_VERIFY_REFUSED(*m_server, api::showPublishedAgreement(client(), -1), "agreement_type");
        OSM_VERIFY_REFUSED(*m_server, api::checkLatestAgreementSigned(client(), 3), "agreement_type");
    }

    void signAgreementLimits()
    {
        QVERIFY(!api::SignAgreementParams({2147483647, QString(32, QLatin1Char('r'))}).validate());
        QVERIFY(!api::SignAgreementParams({1, QString()}).validate());
        OSM_VERIFY_REFUSED(*m_server, api::signAgreement(client(), {0, {}}), "id"); // the example's 0
        OSM_VERIFY_REFUSED(*m_server, api::signAgreement(client(), {2147483648LL, {}}), "id");
        OSM_VERIFY_REFUSED(*m_server, api::signAgreement(client(), {102, QString(33, QLatin1Char('r'))}), "relation_id");
        Agreement notANumber;
        notANumber.id = QStringLiteral("agr-1");
        OSM_VERIFY_REFUSED(*m_server, api::signAgreement(client(), api::SignAgreementParams::of(notANumber)), "id");
    }

    // ---- (d) the service's rules, as the simulator applies them ----

    void signThenSignedLatest_data()
    {
        QTest::addColumn<int>("type");
        QTest::newRow("new case, normal user") << int(Agreement::NewCaseNormalUser);
        QTest::newRow("new case, ISV user") << int(Agreement::NewCaseIsvUser);
        QTest::newRow("authorization") << int(Agreement::Authorization);
    }

    void signThenSignedLatest()
    {
        QFETCH(int, type);
        const auto before = wait(api::checkLatestAgreementSigned(client(), type));
        QVERIFY(before.ok());
        QVERIFY(!before->isSignedLatest);
        const auto published = wait(api::showPublishedAgreement(client(), type));
        QVERIFY(published.ok());
        QVERIFY(wait(api::signAgreement(client(), api::SignAgreementParams::of(published->agreement))).ok());
        const auto after = wait(api::checkLatestAgreementSigned(client(), type));
        QVERIFY(after.ok());
        QVERIFY(after->isSignedLatest);
        // The other types are untouched.
        for (int other : {0, 1, 2}) {
            if (other != type)
                QVERIFY(!book().hasSignedLatest(osmtest::demoDomain(), other));
        }
    }

    void onlyTheLatestVersionCanBeSigned()
    {
        // 101 is the superseded 1.0.0 the demo account signed; 999 was never published.
        OSM_VERIFY_BUSINESS_ERROR(wait(api::signAgreement(client(), {101, {}})), "OSM.01010019");
        OSM_VERIFY_BUSINESS_ERROR(wait(api::signAgreement(client(), {999, {}})), "OSM.01010001");
        QCOMPARE(book().signatures(osmtest::demoDomain()).size(), 1);
        QVERIFY(!book().hasSignedLatest(osmtest::demoDomain(), 0));
    }

    void undocumentedTypeIsABusinessError()
    {
        // What the reference's own request example sends (agreement_type=5): HTTP 200 + OSM.01010031.
        for (const char *path : {"/v2/servicerequest/agreements/published-agreement", "/v2/servicerequest/agreements/signed-latest"}) {
            ApiRequest request;
            request.method = "GET";
            request.path = QString::fromLatin1(path);
            request.query = {{QStringLiteral("agreement_type"), QStringLiteral("5")}};
            const auto result = osmtest::send(client(), request);
            OSM_VERIFY_BUSINESS_ERROR(result, "OSM.01010031");
        }
    }

    void malformedRequestsAreBadRequests()
    {
        const QString base = QStringLiteral("/v2/servicerequest/agreements");
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "GET", base + QStringLiteral("/published-agreement")));
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "GET", base + QStringLiteral("/signed-latest"),
                                                {{QStringLiteral("agreement_type"), QString(33, QLatin1Char('0'))}}));
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "POST", base + QStringLiteral("/abc/signed"), {}, "{}"));
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "POST", base + QStringLiteral("/0/signed"), {}, "{}"));
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "POST", base + QStringLiteral("/102/signed"), {},
                                                "{\"relation_id\":\"\"}"));
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "POST", base + QStringLiteral("/102/signed"), {}, "[1]"));
        QVERIFY(!book().hasSignedLatest(osmtest::demoDomain(), 0));
    }
};

QTEST_GUILESS_MAIN(TestAgreements)
#include "tst_agreements.moc"
