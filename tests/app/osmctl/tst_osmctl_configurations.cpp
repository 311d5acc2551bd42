// osmctl configurations show (5.14.1) — end to end against the simulator.

#include "OsmctlTestSupport.h"

#include "api/Configurations.h"

using namespace osmtest;

class TstOsmctlConfigurations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void show()
    {
        CtlFixture fx;
        const QString key = QString::fromLatin1(osm::api::kDiagnoseListConfigKey);
        const CtlRun run = fx.run({QStringLiteral("--json"), QStringLiteral("configurations"), QStringLiteral("show"),
                                   QStringLiteral("--config-key"), key});
        OSMCTL_VERIFY_OK(run);
        QCOMPARE(fx.osmRequests().last().method, QByteArray("GET"));
        QCOMPARE(fx.osmRequests().last().path, QStringLiteral("/v2/servicerequest/configurations/%1").arg(key));
        QVERIFY(fx.osmRequests().last().rawQuery.isEmpty());
        QVERIFY(fx.osmRequests().last().body.isEmpty());
        const auto expected = fx.core<osm::Configuration>([&](osm::ApiClient &c) { return osm::api::showConfiguration(c, key); });
        QVERIFY(expected.ok());
        QCOMPARE(run.json(), expected->toJson());
        QCOMPARE(run.json().value(QLatin1String("config_key")).toString(), key);
        QCOMPARE(run.json().value(QLatin1String("config_value")).toString(), QStringLiteral("test1,test2")); // the example's

        const CtlRun readable = fx.run({QStringLiteral("configurations"), QStringLiteral("show"), QStringLiteral("--config-key"), key});
        OSMCTL_VERIFY_OK(readable);
        QVERIFY2(readable.outText().contains(QLatin1String("config_value: test1,test2")), qPrintable(readable.outText()));
    }

    void errors()
    {
        CtlFixture fx;
        // An unknown key: the API's OSM.01010001, exit 3.
        const CtlRun unknown = fx.run({QStringLiteral("--json"), QStringLiteral("configurations"), QStringLiteral("show"),
                                       QStringLiteral("--config-key"), QStringLiteral("case.no-such-key")});
        QCOMPARE(unknown.exitCode, 3);
        QVERIFY2(unknown.outText().contains(QLatin1String("OSM.01010001")), qPrintable(unknown.outText()));
        QCOMPARE(fx.osmRequests().last().path, QStringLiteral("/v2/servicerequest/configurations/case.no-such-key"));

        // Missing or too long a key: refused before sending, the option named.
        const qsizetype before = fx.server.requests().size();
        const CtlRun missing = fx.run({QStringLiteral("configurations"), QStringLiteral("show")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.errText().contains(QLatin1String("--config-key")));
        const CtlRun tooLong = fx.run({QStringLiteral("configurations"), QStringLiteral("show"), QStringLiteral("--config-key"),
                                       QString(129, QLatin1Char('k'))});
        QCOMPARE(tooLong.exitCode, 2);
        QVERIFY2(tooLong.errText().contains(QLatin1String("--config-key")), qPrintable(tooLong.errText()));
        QCOMPARE(fx.server.requests().size(), before);
    }
};

QTEST_GUILESS_MAIN(TstOsmctlConfigurations)
#include "tst_osmctl_configurations.moc"
