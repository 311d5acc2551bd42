// 5.14 configuration items, end to end: show_configuration against the in-process simulator (the request as
// received, the parsed answer), the reference's example (error_code 0, a number where the table says String),
// the limits refused before sending, and an unknown key.
#include "ApiTestSupport.h"
#include "api/Configurations.h"
#include "routes/ConfigurationRoutes.h"

#include <QTest>

using namespace osm;
using osmtest::wait;

class TestConfigurations : public osmtest::SimulatorTest
{
    Q_OBJECT


private Q_SLOTS:
    void init() { startSimulator(); }
    void cleanup() { stopSimulator(); }

    // ---- (a) contract ----

    void showConfigurationContract()
    {
        const QString key = QString::fromLatin1(api::kDiagnoseListConfigKey);
        const auto result = wait(api::showConfiguration(client(), key));
        QVERIFY2(result.ok(), qPrintable(result.error().detailedMessage()));
        const sim::RecordedRequest request = m_server->requests().last();
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.path, QStringLiteral("/v2/servicerequest/configurations/case.create-case.diagnose-list"));
        QVERIFY(request.rawQuery.isEmpty());
        QVERIFY(request.body.isEmpty());
        QCOMPARE(result.value(), (Configuration{key, QStringLiteral("test1,test2")}));
        QCOMPARE(result->values(), (QStringList{QStringLiteral("test1"), QStringLiteral("test2")}));
        QCOMPARE(sim::ConfigurationRoutes::values().value(key), result->configValue);
    }

    // ---- (b) the reference's example ----

    void showConfigurationExample()
    {
        const QString id = QStringLiteral("show_configuration");
        QCOMPARE(osmtest::endpoint(id).value(QLatin1String("response_example_is_valid_json")), QJsonValue(true));
        const QByteArray example = osmtest::responseExample(id);
        // error_code 0 is a number (the table: String): success, not an error "0".
        QVERIFY(QJsonDocument::fromJson(example).object().value(QLatin1String("error_code")).isDouble());
        const auto parsed = osmtest::parseBody<Configuration>(example);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().detailedMessage()));
        QCOMPARE(parsed.value(), (Configuration{QStringLiteral("case.create-case.diagnose-list"), QStringLiteral("test1,test2")}));
        QSet<QString> fields = osmtest::tableFields(id);
        fields.remove(QStringLiteral("error_code"));
        fields.remove(QStringLiteral("error_msg"));
        QCOMPARE(osmtest::keys(parsed->toJson()), fields);
        QCOMPARE(Configuration::fromJson(parsed->toJson()), parsed.value());
        // The table's String form is success as well; a failing code is the API's error.
        QVERIFY(osmtest::parseBody<Configuration>("{\"error_code\":\"0\",\"config_key\":\"k\",\"config_value\":\"\"}").ok());
        const auto failed = osmtest::parseBody<Configuration>("{\"error_code\":\"OSM.01010001\",\"error_msg\":\"Param validation failed.\"}");
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().code(), QStringLiteral("OSM.01010001"));
        // An empty value has no items; blanks are dropped.
        QVERIFY((Configuration{QStringLiteral("k"), QString()}).values().isEmpty());
        QCOMPARE((Configuration{QStringLiteral("k"), QStringLiteral(" a , ,b,")}).values(), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    }

    // ---- (c) limits refused before sending ----

    void showConfigurationLimits()
    {
        OSM_VERIFY_REFUSED(*m_server, api::showConfiguration(client(), QString()), "config_key");
        OSM_VERIFY_REFUSED(*m_server, api::showConfiguration(client(), QStringLiteral(" ")), "config_key");
        OSM_VERIFY_REFUSED(*m_server, api::showConfiguration(client(), QString(129, QLatin1Char('k'))), "config_key");
        // The key is a path segment.
        OSM_VERIFY_REFUSED(*m_server, api::showConfiguration(client(), QStringLiteral("a/b")), "config_key");
        OSM_VERIFY_REFUSED(*m_server, api::showConfiguration(client(), QStringLiteral("a?b")), "config_key");
        // 128 characters are sent (and are simply unknown).
        const auto longest = wait(api::showConfiguration(client(), QString(128, QLatin1Char('k'))));
        QCOMPARE(longest.error().code(), QStringLiteral("OSM.01010001"));
    }

    // ---- (d) the simulator's rules ----

    void unknownKeyIsABusinessError()
    {
        const auto unknown = wait(api::showConfiguration(client(), QStringLiteral("case.create-case.no-such-key")));
        OSM_VERIFY_BUSINESS_ERROR(unknown, "OSM.01010001");
        // Keys are exact: no prefix or case folding.
        const auto upper = wait(api::showConfiguration(client(), QStringLiteral("CASE.CREATE-CASE.DIAGNOSE-LIST")));
        OSM_VERIFY_BUSINESS_ERROR(upper, "OSM.01010001");
        // Outside 1-128 characters: malformed.
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "GET",
                                                QStringLiteral("/v2/servicerequest/configurations/") + QString(129, QLatin1Char('k'))));
    }
};

QTEST_GUILESS_MAIN(TestConfigurations)
#include "tst_configurations.moc"
