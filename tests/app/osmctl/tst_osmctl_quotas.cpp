// osmctl quotas show — end to end against the simulator.

#include "OsmctlTestSupport.h"

#include "api/Quotas.h"
#include "data/Catalog.h"

using namespace osmtest;

class TstOsmctlQuotas : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void show()
    {
        CtlFixture fx;
        const osm::sim::Catalog::Entry &type = osm::sim::Catalog::instance().businessTypes.at(2);
        const CtlRun run = fx.run({QStringLiteral("--json"), QStringLiteral("quotas"), QStringLiteral("show"),
                                   QStringLiteral("--product-category-id"), type.parentId,
                                   QStringLiteral("--business-type-id"), type.id});
        OSMCTL_VERIFY_OK(run);
        QCOMPARE(fx.osmRequests().last().path, QStringLiteral("/v2/servicerequest/quotas"));
        QCOMPARE(fx.lastQuery(), (osm::QueryItems{{QStringLiteral("product_category_id"), type.parentId},
                                                  {QStringLiteral("business_type_id"), type.id}}));
        const osm::api::ShowCaseQuotaParams p{type.parentId, type.id};
        const auto expected = fx.core<osm::CaseQuota>([&](osm::ApiClient &c) { return osm::api::showCaseQuota(c, p); });
        QVERIFY(expected.ok());
        QCOMPARE(run.json(), expected->toJson());
        QCOMPARE(run.json().value(QLatin1String("measure")).toString(), QStringLiteral("MONTH"));

        const CtlRun readable = fx.run({QStringLiteral("quotas"), QStringLiteral("show"), QStringLiteral("--product-category-id"),
                                        type.parentId, QStringLiteral("--business-type-id"), type.id});
        OSMCTL_VERIFY_OK(readable);
        QVERIFY(readable.outText().contains(QLatin1String("un_used:")));

        const qsizetype before = fx.server.requests().size();
        const CtlRun missing = fx.run({QStringLiteral("quotas"), QStringLiteral("show"), QStringLiteral("--business-type-id"), type.id});
        QCOMPARE(missing.exitCode, 2);
        const CtlRun tooLong = fx.run({QStringLiteral("quotas"), QStringLiteral("show"), QStringLiteral("--product-category-id"),
                                       QString(65, QLatin1Char('p')), QStringLiteral("--business-type-id"), type.id});
        QCOMPARE(tooLong.exitCode, 2);
        QVERIFY(tooLong.errText().contains(QLatin1String("--product-category-id")));
        QCOMPARE(fx.server.requests().size(), before);
    }
};

QTEST_GUILESS_MAIN(TstOsmctlQuotas)
#include "tst_osmctl_quotas.moc"
