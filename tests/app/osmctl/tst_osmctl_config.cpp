// osmctl config: the ten lists and the limits of 5.8 — end to end, each compared with the core's own call.

#include "OsmctlTestSupport.h"

#include "api/Config.h"
#include "data/Catalog.h"

using namespace osmtest;

class TstOsmctlConfig : public QObject
{
    Q_OBJECT

    template <typename T>
    static void compare(CtlFixture &fx, const QStringList &arguments, const QString &path,
                        const std::function<QFuture<osm::Result<T>>(osm::ApiClient &)> &call,
                        const osm::QueryItems &query = {})
    {
        const CtlRun run = fx.run(QStringList{QStringLiteral("--json"), QStringLiteral("config")} + arguments);
        OSMCTL_VERIFY_OK(run);
        QCOMPARE(fx.osmRequests().last().method, QByteArray("GET"));
        QCOMPARE(fx.osmRequests().last().path, path);
        QCOMPARE(fx.lastQuery(), query);
        const auto expected = fx.core<T>(call);
        QVERIFY(expected.ok());
        QVERIFY(!run.json().isEmpty());
        QCOMPARE(run.json(), expected->toJson());
        // The readable view of the same answer is produced too.
        const CtlRun readable = fx.run(QStringList{QStringLiteral("config")} + arguments);
        OSMCTL_VERIFY_OK(readable);
        QVERIFY(!readable.out.isEmpty());
    }

private Q_SLOTS:
    void everyList()
    {
        CtlFixture fx;
        const osm::sim::Catalog::Entry &type = osm::sim::Catalog::instance().businessTypes.at(0);
        const QString base = QStringLiteral("/v2/servicerequest/config/");
        using osm::ApiClient;
        namespace api = osm::api;

        compare<osm::AreaCodeList>(fx, {QStringLiteral("area-codes")}, base + QStringLiteral("area-codes"),
                                          [](ApiClient &c) { return api::listAreaCodes(c); });
        if (QTest::currentTestFailed())
            return;

        api::ListProblemTypesParams problems{type.parentId, QString()};
        compare<osm::ProblemTypeList>(fx, {QStringLiteral("problem-types"), QStringLiteral("--product-category-id"), type.parentId},
                                             base + QStringLiteral("problems"),
                                             [&](ApiClient &c) { return api::listProblemTypes(c, problems); }, problems.query());
        if (QTest::currentTestFailed())
            return;

        api::ListExtendsParamsParams extends{type.id, QString(), type.parentId};
        compare<osm::ExtendsParamList>(fx, {QStringLiteral("extends-params"), QStringLiteral("--business-type-id"), type.id,
                                                   QStringLiteral("--product-category-id"), type.parentId},
                                              base + QStringLiteral("extends-map"),
                                              [&](ApiClient &c) { return api::listExtendsParams(c, extends); }, extends.query());
        if (QTest::currentTestFailed())
            return;

        compare<osm::ProblemTemplateList>(fx, {QStringLiteral("templates"), QStringLiteral("--business-type-id"), type.id},
                                                 base + QStringLiteral("templates"),
                                                 [&](ApiClient &c) { return api::listProblemTemplates(c, type.id); },
                                                 {{QStringLiteral("business_type_id"), type.id}});
        if (QTest::currentTestFailed())
            return;

        compare<osm::CaseCategoryList>(fx, {QStringLiteral("categories")}, base + QStringLiteral("categories"),
                                              [](ApiClient &c) { return api::listCaseCategories(c); });
        if (QTest::currentTestFailed())
            return;

        api::ListProductCategoriesParams products;
        products.productCategoryName = QStringLiteral("Elastic");
        products.preciseSearch = false;
        compare<osm::ProductCategoryList>(fx, {QStringLiteral("product-categories"), QStringLiteral("--product-category-name"),
                                                      QStringLiteral("Elastic"), QStringLiteral("--precise-search"), QStringLiteral("false")},
                                                 base + QStringLiteral("product-categories"),
                                                 [&](ApiClient &c) { return api::listProductCategories(c, products); }, products.query());
        if (QTest::currentTestFailed())
            return;

        compare<osm::RegionList>(fx, {QStringLiteral("regions")}, base + QStringLiteral("regions"),
                                        [](ApiClient &c) { return api::listRegions(c); });
        if (QTest::currentTestFailed())
            return;

        compare<osm::SatisfactionDimensionList>(fx, {QStringLiteral("satisfaction-dimensions")},
                                                       base + QStringLiteral("satisfaction-dimensions"),
                                                       [](ApiClient &c) { return api::listSatisfactionDimensions(c); });
        if (QTest::currentTestFailed())
            return;

        const api::ListSeveritiesParams severities{type.parentId, type.id};
        compare<osm::SeverityList>(fx, {QStringLiteral("severities"), QStringLiteral("--product-category-id"), type.parentId,
                                               QStringLiteral("--business-type-id"), type.id},
                                          base + QStringLiteral("severities"),
                                          [&](ApiClient &c) { return api::listSeverities(c, severities); }, severities.query());
        if (QTest::currentTestFailed())
            return;

        compare<osm::CaseLimits>(fx, {QStringLiteral("limits")}, base + QStringLiteral("limits"),
                                        [](ApiClient &c) { return api::showCaseLimits(c); });
        if (QTest::currentTestFailed())
            return;
    }

    void refusedBeforeSending()
    {
        CtlFixture fx;
        QCOMPARE(fx.run({QStringLiteral("config"), QStringLiteral("extends-params")}).exitCode, 2);
        QCOMPARE(fx.run({QStringLiteral("config"), QStringLiteral("severities"), QStringLiteral("--product-category-id"),
                         QStringLiteral("p")}).exitCode, 2);
        QCOMPARE(fx.run({QStringLiteral("config"), QStringLiteral("templates"), QStringLiteral("--business-type-id"),
                         QString(33, QLatin1Char('b'))}).exitCode, 2);
        QCOMPARE(fx.run({QStringLiteral("config"), QStringLiteral("regions"), QStringLiteral("--limit"), QStringLiteral("1")}).exitCode, 2);
        QVERIFY(fx.server.requests().isEmpty());
    }

    void followsTheLanguage()
    {
        // X-Language follows LANGUAGE: Chinese names for zh_CN, English otherwise.
        CtlFixture fx;
        fx.env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("zh_CN"));
        const CtlRun run = fx.run({QStringLiteral("--json"), QStringLiteral("config"), QStringLiteral("regions")});
        OSMCTL_VERIFY_OK(run);
        QCOMPARE(fx.osmRequests().last().header("X-Language"), QByteArray("zh-cn"));
        fx.env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
        OSMCTL_VERIFY_OK(fx.run({QStringLiteral("config"), QStringLiteral("regions")}));
        QCOMPARE(fx.osmRequests().last().header("X-Language"), QByteArray("en-us"));
    }
};

QTEST_GUILESS_MAIN(TstOsmctlConfig)
#include "tst_osmctl_config.moc"
