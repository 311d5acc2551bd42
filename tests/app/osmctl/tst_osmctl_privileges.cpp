// osmctl privileges: policy, check, create — end to end against the simulator, as the main account (AK/SK)
// and as a sub-user (IAM password sign-in).

#include "OsmctlTestSupport.h"

#include "api/Privileges.h"
#include "data/PrivilegeBook.h"

using namespace osmtest;

class TstOsmctlPrivileges : public QObject
{
    Q_OBJECT

    // The demo sub-user signed in with its IAM password (a token), instead of the account's AK/SK.
    static QProcessEnvironment subUserEnvironment(const CtlFixture &fx)
    {
        QProcessEnvironment env = ctlEnvironment(fx.home.path());
        env.insert(QStringLiteral("OSM_IAM_DOMAIN"), QString::fromLatin1(osm::sim::demo::kDomainName));
        env.insert(QStringLiteral("OSM_IAM_USER"), QString::fromLatin1(osm::sim::demo::kUserName));
        env.insert(QStringLiteral("OSM_PASSWORD"), QString::fromLatin1(osm::sim::demo::kPassword));
        return env;
    }

private Q_SLOTS:
    void createThenPolicyAndCheck()
    {
        CtlFixture fx;
        const QString exportId = QStringLiteral("export");
        QVERIFY(!osm::sim::PrivilegeBook::of(fx.server).policySwitch(demoDomain(), exportId));

        // policy: off at first.
        CtlRun run = fx.run({QStringLiteral("--json"), QStringLiteral("privileges"), QStringLiteral("policy"),
                             QStringLiteral("--privilege"), exportId});
        OSMCTL_VERIFY_OK(run);
        QCOMPARE(fx.osmRequests().last().method, QByteArray("GET"));
        QCOMPARE(fx.osmRequests().last().path, QStringLiteral("/v2/servicerequest/privileges/privilege-policy"));
        QCOMPARE(fx.lastQuery(), (osm::QueryItems{{QStringLiteral("privilege"), exportId}}));
        QCOMPARE(run.json(), (QJsonObject{{QStringLiteral("policy_switch"), false}}));

        // create: switches the restriction on.
        run = fx.run({QStringLiteral("privileges"), QStringLiteral("create"), QStringLiteral("--operation"),
                      QStringLiteral("create"), QStringLiteral("--privilege"), exportId});
        OSMCTL_VERIFY_OK(run);
        QCOMPARE(run.outText(), QStringLiteral("The privilege setting was saved.\n"));
        QCOMPARE(fx.osmRequests().last().method, QByteArray("POST"));
        QCOMPARE(fx.osmRequests().last().path, QStringLiteral("/v2/servicerequest/privileges"));
        QVERIFY(fx.osmRequests().last().rawQuery.isEmpty());
        QCOMPARE(fx.lastBody(), (QJsonObject{{QStringLiteral("operation"), QStringLiteral("create")},
                                             {QStringLiteral("privilege"), exportId}}));
        QVERIFY(osm::sim::PrivilegeBook::of(fx.server).policySwitch(demoDomain(), exportId));

        run = fx.run({QStringLiteral("--json"), QStringLiteral("privileges"), QStringLiteral("policy"),
                      QStringLiteral("--privilege"), exportId});
        OSMCTL_VERIFY_OK(run);
        const osm::api::PrivilegeQuery query{exportId};
        const auto expected = fx.core<osm::PrivilegePolicy>([&](osm::ApiClient &c) { return osm::api::showPrivilegePolicy(c, query); });
        QVERIFY(expected.ok());
        QCOMPARE(run.json(), expected->toJson());
        QCOMPARE(run.json().value(QLatin1String("policy_switch")).toBool(), true);

        // check: the main account holds it; the sub-user no longer does while it is restricted.
        run = fx.run({QStringLiteral("--json"), QStringLiteral("privileges"), QStringLiteral("check"),
                      QStringLiteral("--privilege"), exportId});
        OSMCTL_VERIFY_OK(run);
        QCOMPARE(fx.osmRequests().last().path, QStringLiteral("/v2/servicerequest/privileges"));
        QCOMPARE(fx.lastQuery(), (osm::QueryItems{{QStringLiteral("privilege"), exportId}}));
        QCOMPARE(run.json(), (QJsonObject{{QStringLiteral("has_privilege"), 1}}));
        const QProcessEnvironment subUser = subUserEnvironment(fx);
        run = runCtl({QStringLiteral("--endpoint"), fx.server.baseUrl().toString(), QStringLiteral("--json"),
                      QStringLiteral("privileges"), QStringLiteral("check"), QStringLiteral("--privilege"), exportId},
                     subUser);
        OSMCTL_VERIFY_OK(run);
        QVERIFY(!fx.osmRequests().last().header("X-Auth-Token").isEmpty());
        QCOMPARE(run.json(), (QJsonObject{{QStringLiteral("has_privilege"), 0}}));

        // A sub-user may not change the settings: the API's OSM.01010002, exit 3.
        run = runCtl({QStringLiteral("--endpoint"), fx.server.baseUrl().toString(), QStringLiteral("privileges"),
                      QStringLiteral("create"), QStringLiteral("--operation"), QStringLiteral("delete"),
                      QStringLiteral("--privilege"), exportId},
                     subUser);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.errText().contains(QLatin1String("OSM.01010002")), qPrintable(run.errText()));
        QCOMPARE(fx.lastBody(), (QJsonObject{{QStringLiteral("operation"), QStringLiteral("delete")},
                                             {QStringLiteral("privilege"), exportId}}));
        QVERIFY(osm::sim::PrivilegeBook::of(fx.server).policySwitch(demoDomain(), exportId));

        // delete by the main account: off again.
        run = fx.run({QStringLiteral("privileges"), QStringLiteral("create"), QStringLiteral("--operation"),
                      QStringLiteral("delete"), QStringLiteral("--privilege"), exportId});
        OSMCTL_VERIFY_OK(run);
        QVERIFY(!osm::sim::PrivilegeBook::of(fx.server).policySwitch(demoDomain(), exportId));
    }

    void usageErrors()
    {
        CtlFixture fx;
        const qsizetype before = fx.server.requests().size();
        const CtlRun missing = fx.run({QStringLiteral("privileges"), QStringLiteral("check")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.errText().contains(QLatin1String("--privilege")));
        const CtlRun unknown = fx.run({QStringLiteral("privileges"), QStringLiteral("policy"), QStringLiteral("--privilege"),
                                       QStringLiteral("createcase")}); // the identifiers are case-sensitive
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.errText().contains(QLatin1String("--privilege")), qPrintable(unknown.errText()));
        const CtlRun badOperation = fx.run({QStringLiteral("privileges"), QStringLiteral("create"), QStringLiteral("--operation"),
                                            QStringLiteral("enable")});
        QCOMPARE(badOperation.exitCode, 2);
        QVERIFY(badOperation.errText().contains(QLatin1String("--operation")));
        const CtlRun noOperation = fx.run({QStringLiteral("privileges"), QStringLiteral("create"), QStringLiteral("--privilege"),
                                           QStringLiteral("export")});
        QCOMPARE(noOperation.exitCode, 2);
        QVERIFY(noOperation.errText().contains(QLatin1String("--operation")));
        QCOMPARE(fx.server.requests().size(), before);
    }
};

QTEST_GUILESS_MAIN(TstOsmctlPrivileges)
#include "tst_osmctl_privileges.moc"
