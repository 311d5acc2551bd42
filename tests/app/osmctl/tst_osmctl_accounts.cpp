// osmctl's account-level groups: customers (IAM users), partners, agencies — end to end.

#include "OsmctlTestSupport.h"

#include "api/CaseQueries.h"

using namespace osmtest;

class TstOsmctlAccounts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void customers()
    {
        CtlFixture fx;
        const CtlRun run = fx.run({QStringLiteral("--json"), QStringLiteral("customers"), QStringLiteral("list")});
        OSMCTL_VERIFY_OK(run);
        QCOMPARE(fx.osmRequests().last().path, QStringLiteral("/v2/servicerequest/customers/sub-customers"));
        const auto expected = fx.core<osm::SubCustomerList>([](osm::ApiClient &c) { return osm::api::listSubCustomers(c); });
        QVERIFY(expected.ok());
        QCOMPARE(run.json(), expected->toJson());
        QVERIFY(!run.json().isEmpty());

        const CtlRun byName = fx.run({QStringLiteral("--json"), QStringLiteral("customers"), QStringLiteral("list"),
                                      QStringLiteral("--sub-customer-name"), QStringLiteral("demo")});
        OSMCTL_VERIFY_OK(byName);
        QCOMPARE(queryValues(fx.lastQuery(), QStringLiteral("sub_customer_name")), QStringList{QStringLiteral("demo")});
        QCOMPARE(fx.run({QStringLiteral("customers"), QStringLiteral("list"), QStringLiteral("--sub-customer-id"),
                         QString(65, QLatin1Char('u'))}).exitCode, 2);
    }

    void partners()
    {
        CtlFixture fx;
        CtlRun run = fx.run({QStringLiteral("--json"), QStringLiteral("partners"), QStringLiteral("privilege")});
        OSMCTL_VERIFY_OK(run);
        const auto privilege = fx.core<osm::PartnerCasePrivilege>([](osm::ApiClient &c) { return osm::api::checkPartnerCasePrivilege(c); });
        QVERIFY(privilege.ok());
        QCOMPARE(run.json(), privilege->toJson());

        QString caseId;
        for (const osm::sim::CaseRecord &record : fx.server.dataSet().cases()) {
            if (record.customerId == demoDomain()) {
                caseId = record.incidentId;
                break;
            }
        }
        run = fx.run({QStringLiteral("--json"), QStringLiteral("partners"), QStringLiteral("service-info"), QStringLiteral("--case-id"), caseId});
        OSMCTL_VERIFY_OK(run);
        osm::api::ShowPartnerServiceInfoParams p;
        p.caseId = caseId;
        QCOMPARE(fx.lastQuery(), p.query());
        const auto info = fx.core<osm::PartnerServiceInfoResult>([&](osm::ApiClient &c) { return osm::api::showPartnerServiceInfo(c, p); });
        QVERIFY(info.ok());
        QCOMPARE(run.json(), info->toJson());
    }

    void agencies()
    {
        CtlFixture fx;
        const CtlRun run = fx.run({QStringLiteral("--json"), QStringLiteral("agencies"), QStringLiteral("list")});
        OSMCTL_VERIFY_OK(run);
        QCOMPARE(fx.osmRequests().last().path, QStringLiteral("/v2/servicerequest/agencies"));
        const auto expected = fx.core<osm::AgencyList>([](osm::ApiClient &c) { return osm::api::listAgencies(c); });
        QVERIFY(expected.ok());
        QCOMPARE(run.json(), expected->toJson());
        QVERIFY(!run.json().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstOsmctlAccounts)
#include "tst_osmctl_accounts.moc"
