// 5.8 case-creation configuration, end to end: each typed operation against the in-process simulator (the
// request as received and the parsed answer), the reference's response examples (verbatim; the ones that are
// not JSON refused clearly and parsed after a minimal repair), the limits refused before sending, and the
// names localised by X-Language.
#include "ApiExampleRepair.h"
#include "ApiTestSupport.h"
#include "api/Config.h"
#include "data/Catalog.h"

#include <QTest>

#include <functional>

using namespace osm;
using osmtest::wait;

namespace {
const QByteArray kCaseCategoriesSha = "3b63b9057ffc2dff88329892b98c9878ad5ffece3a6237a50ddf2e4476ec9001";
const QByteArray kRegionsSha = "48c3bcbbf5e147979700f45b95ff1a1e39706982c851aa9f98cbf82f4c3ed66a";
const QByteArray kSatisfactionSha = "1bb98048afc6e8d04deeb6e9978aa23c1df8677179292caa952337c292f229f9";
} // namespace

class TestConfig : public osmtest::SimulatorTest
{
    Q_OBJECT

    static const sim::Catalog &catalog() { return sim::Catalog::instance(); }
    // productCategories: 0 ECS, 1 OBS, 2 RDS, 3 VPC, 4 quotas, 5 billing.
    // businessTypes: 0 ecs-login (5), 1 ecs-perf (5), 2 obs-access (0), ... 5 quota-raise (0).
    static const sim::Catalog::Entry &category(int i) { return catalog().productCategories.at(i); }
    static const sim::Catalog::Entry &type(int i) { return catalog().businessTypes.at(i); }

    // The request the simulator received last: method GET, the path, the query as given, no body.
    void verifyGet(const QString &path, const QueryItems &query)
    {
        const sim::RecordedRequest request = m_server->requests().last();
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.path, path);
        QCOMPARE(osmtest::lastQuery(*m_server), query);
        QVERIFY(request.body.isEmpty());
    }

    static QueryItems q(std::initializer_list<std::pair<const char *, QString>> items)
    {
        QueryItems out;
        for (const auto &[key, value] : items)
            out.append({QString::fromLatin1(key), value});
        return out;
    }

    // A response example flagged invalid: refused verbatim as MalformedBody, then the repaired text.
    QByteArray verifyMalformedThenRepair(const QString &id, const QByteArray &sha, const osmtest::ExampleEdits &edits)
    {
        if (osmtest::endpoint(id).value(QLatin1String("response_example_is_valid_json")) != QJsonValue(false)) {
            qWarning("%s is no longer flagged invalid", qPrintable(id));
            return {};
        }
        const QByteArray example = osmtest::responseExample(id);
        const osm::ResponseInterpreter::Output out = [&] {
            osm::ResponseInterpreter::Input input;
            input.httpStatus = 200;
            input.body = example;
            input.contentType = "application/json";
            return osm::ResponseInterpreter::interpret(input);
        }();
        if (!out.error || out.error.category() != Error::Category::MalformedBody) {
            qWarning("%s: the verbatim example was not refused as MalformedBody", qPrintable(id));
            return {};
        }
        QJsonParseError parseError;
        QJsonDocument::fromJson(example, &parseError);
        if (parseError.error == QJsonParseError::NoError)
            return {};
        QString why;
        const QByteArray repaired = osmtest::repairedExample(example, sha, edits, &why);
        if (repaired.isEmpty())
            qWarning("%s: %s", qPrintable(id), qPrintable(why));
        return repaired;
    }

private Q_SLOTS:
    void init()
    {
        startSimulator();
        m_client->setLanguage(QStringLiteral("en-us"));
    }

    void cleanup() { stopSimulator(); }

    // ---- (a) contract: the request as the simulator received it, and the parsed answer ----

    void listAreaCodesContract()
    {
        client().setLanguage(QStringLiteral("zh-cn"));
        const auto result = wait(api::listAreaCodes(client()));
        QVERIFY2(result.ok(), qPrintable(result.error().detailedMessage()));
        verifyGet(QStringLiteral("/v2/servicerequest/config/area-codes"), {});
        QCOMPARE(result->areaCodes.size(), 6);
        QCOMPARE(result->areaCodes.first(), (AreaCode{1, QStringLiteral("86"), QStringLiteral("中国")}));
    }

    void listProblemTypesContract()
    {
        api::ListProblemTypesParams params;
        params.productCategoryId = category(0).id;
        const auto result = wait(api::listProblemTypes(client(), params));
        QVERIFY2(result.ok(), qPrintable(result.error().detailedMessage()));
        verifyGet(QStringLiteral("/v2/servicerequest/config/problems"), q({{"product_category_id", category(0).id}}));
        // The sim answers the example's total_count (the table's count) and no gray.
        QCOMPARE(result->count, 2);
        QCOMPARE(result->gray, false);
        QCOMPARE(result->problemTypes,
                 (QList<ProblemType>{{type(0).id, type(0).en, QStringLiteral("5"), true},
                                     {type(1).id, type(1).en, QStringLiteral("5"), true}}));

        // By sub-type: the technical sub-type "2" holds ECS, OBS, RDS and VPC (5 problem types).
        api::ListProblemTypesParams bySubType;
        bySubType.incidentSubTypeId = QStringLiteral("2");
        const auto technical = wait(api::listProblemTypes(client(), bySubType));
        QVERIFY(technical.ok());
        verifyGet(QStringLiteral("/v2/servicerequest/config/problems"), q({{"incident_sub_type_id", QStringLiteral("2")}}));
        QCOMPARE(technical->count, 5);
        // No parameters: every problem type.
        const auto all = wait(api::listProblemTypes(client()));
        QVERIFY(all.ok());
        verifyGet(QStringLiteral("/v2/servicerequest/config/problems"), {});
        QCOMPARE(all->problemTypes.size(), catalog().businessTypes.size());
        QCOMPARE(all->problemTypes.at(2).caseType, QStringLiteral("0"));
        QCOMPARE(all->problemTypes.at(2).canUseSupportPlan, false);
    }

    void listExtendsParamsContract()
    {
        api::ListExtendsParamsParams params;
        params.businessTypeId = type(0).id;
        params.productCategoryId = category(0).id;
        params.incidentSubTypeId = QStringLiteral("2");
        const auto result = wait(api::listExtendsParams(client(), params));
        QVERIFY2(result.ok(), qPrintable(result.error().detailedMessage()));
        verifyGet(QStringLiteral("/v2/servicerequest/config/extends-map"),
                  q({{"business_type_id", type(0).id}, {"incident_sub_type_id", QStringLiteral("2")},
                     {"product_category_id", category(0).id}}));
        QCOMPARE(result->extendsParams.size(), 2);
        const ExtendsParam &instance = result->extendsParams.first();
        QCOMPARE(instance.paramKey, QStringLiteral("ecs_instance_id"));
        QVERIFY(instance.isRequired());
        QCOMPARE(instance.paramType, 3);
        QCOMPARE(instance.length, 36);
        QCOMPARE(instance.language, QStringLiteral("en-us"));
        QVERIFY(!instance.maxValue);
        QCOMPARE(result->extendsParams.at(1).paramKey, QStringLiteral("error_message"));
        QCOMPARE(result->extendsParams.at(1).paramType, 8);
        // common_params comes as one object (the example's shape): a list of one.
        QCOMPARE(result->commonParams, (QList<CommonParam>{{QStringLiteral("remark"), QStringLiteral("Remarks"), 1, 0}}));

        // A consultation of a product without instances asks for nothing extra.
        const auto none = wait(api::listExtendsParams(client(), {type(6).id, {}, {}}));
        QVERIFY(none.ok());
        verifyGet(QStringLiteral("/v2/servicerequest/config/extends-map"), q({{"business_type_id", type(6).id}}));
        QVERIFY(none->extendsParams.isEmpty());
    }

    void listProblemTemplatesContract()
    {
        const auto result = wait(api::listProblemTemplates(client(), type(2).id));
        QVERIFY2(result.ok(), qPrintable(result.error().detailedMessage()));
        // The table's name, not the request example's incident_business_type_id.
        verifyGet(QStringLiteral("/v2/servicerequest/config/templates"), q({{"business_type_id", type(2).id}}));
        QCOMPARE(result->totalCount, 1);
        QCOMPARE(result->templates.size(), 1);
        QCOMPARE(result->templates.first().templateName, type(2).en + QStringLiteral(" template"));
        QVERIFY(!result->templates.first().templateContent.isEmpty());
        // The simulator takes the request example's name too.
        QVERIFY(osmtest::rawCall(client(), "GET", QStringLiteral("/v2/servicerequest/config/templates"),
                                 q({{"incident_business_type_id", type(2).id}})).ok);
        const auto unknown = wait(api::listProblemTemplates(client(), QStringLiteral("no-such-type")));
        QVERIFY(unknown.ok());
        QCOMPARE(unknown->totalCount, 0);
    }

    void listCaseCategoriesContract()
    {
        const auto result = wait(api::listCaseCategories(client()));
        QVERIFY2(result.ok(), qPrintable(result.error().detailedMessage()));
        verifyGet(QStringLiteral("/v2/servicerequest/config/categories"), {});
        QCOMPARE(result->totalCount, 3);
        QCOMPARE(result->subTypes.size(), 3);
        const CaseSubType &technical = result->subTypes.at(1);
        QCOMPARE(technical.id, QStringLiteral("2"));
        QCOMPARE(technical.name, QStringLiteral("Technical"));
        QCOMPARE(technical.productCategories.size(), 4);
        // can_use_support_plan arrives as 1 (the examples' form).
        QCOMPARE(technical.productCategories.first(),
                 (ProductCategory{category(0).id, category(0).en, QStringLiteral("Technical"), QStringLiteral("ECS"), true}));
        QCOMPARE(result->subTypes.at(0).productCategories.first().acronym, QString());
    }

    void listProductCategoriesContract()
    {
        api::ListProductCategoriesParams params;
        params.productCategoryName = QStringLiteral("ecs");
        params.preciseSearch = false;
        const auto fuzzy = wait(api::listProductCategories(client(), params));
        QVERIFY2(fuzzy.ok(), qPrintable(fuzzy.error().detailedMessage()));
        verifyGet(QStringLiteral("/v2/servicerequest/config/product-categories"),
                  q({{"product_category_name", QStringLiteral("ecs")}, {"precise_search", QStringLiteral("false")}}));
        QCOMPARE(fuzzy->totalCount, 1);
        QCOMPARE(fuzzy->categories.first().id, category(0).id);
        QCOMPARE(fuzzy->categories.first().name, category(0).en);

        params.preciseSearch = true;
        QCOMPARE(wait(api::listProductCategories(client(), params))->totalCount, 0); // "ecs" is no whole name
        params.productCategoryName = category(1).zh; // a name matches in either language
        const auto precise = wait(api::listProductCategories(client(), params));
        QCOMPARE(precise->totalCount, 1);
        QCOMPARE(precise->categories.first().id, category(1).id);

        api::ListProductCategoriesParams byAcronym;
        byAcronym.productCategoryAcronym = QStringLiteral("RDS");
        const auto rds = wait(api::listProductCategories(client(), byAcronym));
        verifyGet(QStringLiteral("/v2/servicerequest/config/product-categories"),
                  q({{"product_category_acronym", QStringLiteral("RDS")}}));
        QCOMPARE(rds->categories.size(), 1);
        QCOMPARE(rds->categories.first().acronym, QStringLiteral("RDS"));
        QCOMPARE(wait(api::listProductCategories(client()))->totalCount, catalog().productCategories.size());
    }

    void listRegionsContract()
    {
        const auto result = wait(api::listRegions(client()));
        QVERIFY2(result.ok(), qPrintable(result.error().detailedMessage()));
        verifyGet(QStringLiteral("/v2/servicerequest/config/regions"), {});
        QCOMPARE(result->totalCount, catalog().regions.size());
        QCOMPARE(result->regions.first(), (Region{0, QStringLiteral("cn-south-1"), QStringLiteral("CN South-Guangzhou"), 0}));
        QCOMPARE(result->regions.last().type, 1); // ap-southeast-1: international
    }

    void listSatisfactionDimensionsContract()
    {
        const auto result = wait(api::listSatisfactionDimensions(client()));
        QVERIFY2(result.ok(), qPrintable(result.error().detailedMessage()));
        verifyGet(QStringLiteral("/v2/servicerequest/config/satisfaction-dimensions"), {});
        QCOMPARE(result->totalCount, 2);
        QCOMPARE(result->dimensions.size(), 2);
        QCOMPARE(result->dimensions.at(0).satisfactionId, 6);
        QCOMPARE(result->dimensions.at(0).description, QStringLiteral("Handling timeliness"));
        QCOMPARE(result->dimensions.at(1).satisfactionId, 7);
        QCOMPARE(result->categories.size(), 1);
        const SatisfactionCategory &top = result->categories.first();
        QCOMPARE(top.type, QStringLiteral("incident"));
        QCOMPARE(top.subCategories.size(), 1);
        const SatisfactionCategory &sub = top.subCategories.first();
        QCOMPARE(sub.categoryId, result->dimensions.first().categoryId);
        QCOMPARE(sub.dimensions.size(), 1);
        QCOMPARE(sub.dimensions.first().dimensionId, QStringLiteral("12"));
        QCOMPARE(sub.dimensions.first().instances.size(), 2);
        QCOMPARE(sub.dimensions.first().instances.at(1).startNum, 4);
        QCOMPARE(ConfigName::pick(sub.dimensions.first().names, QStringLiteral("en-us")), QStringLiteral("Product features"));
        QCOMPARE(ConfigName::pick(sub.dimensions.first().names, QStringLiteral("zh-cn")), QStringLiteral("产品功能"));
    }

    void listSeveritiesContract()
    {
        const auto result = wait(api::listSeverities(client(), {category(0).id, type(0).id}));
        QVERIFY2(result.ok(), qPrintable(result.error().detailedMessage()));
        verifyGet(QStringLiteral("/v2/servicerequest/config/severities"),
                  q({{"product_category_id", category(0).id}, {"business_type_id", type(0).id}}));
        QVERIFY(result->show); // sent as 1
        QCOMPARE(result->severities.size(), 3);
        QCOMPARE(result->severities.first(), (Severity{QStringLiteral("en-us"), QStringLiteral("Minor"), QStringLiteral("1")}));
        // A consultation cannot be critical (the simulator's choice).
        const auto consultation = wait(api::listSeverities(client(), {category(1).id, type(2).id}));
        QVERIFY(consultation.ok());
        QCOMPARE(consultation->severities.size(), 2);
    }

    void showCaseLimitsContract()
    {
        const auto result = wait(api::showCaseLimits(client()));
        QVERIFY2(result.ok(), qPrintable(result.error().detailedMessage()));
        verifyGet(QStringLiteral("/v2/servicerequest/config/limits"), {});
        QCOMPARE(result->ccEmailMaxCount, 10);
    }

    // ---- (b) the reference's response examples ----

    void listAreaCodesExample()
    {
        const auto parsed = osmtest::parseBody<AreaCodeList>(osmtest::responseExample(QStringLiteral("list_area_codes")));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().detailedMessage()));
        QCOMPARE(parsed->areaCodes, (QList<AreaCode>{{1, QStringLiteral("86"), QStringLiteral("中国")},
                                                     {2, QStringLiteral("354"), QStringLiteral("冰岛")}}));
        QCOMPARE(osmtest::keys(parsed->toJson()), osmtest::tableFields(QStringLiteral("list_area_codes")));
        QCOMPARE(osmtest::keys(parsed->areaCodes.first().toJson()),
                 osmtest::tableFields(QStringLiteral("list_area_codes"), {QStringLiteral("area_code_list")}));
        QCOMPARE(AreaCodeList::fromJson(parsed->toJson()), parsed.value());
    }

    void listProblemTypesExample()
    {
        const auto parsed = osmtest::parseBody<ProblemTypeList>(osmtest::responseExample(QStringLiteral("list_problem_types")));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().detailedMessage()));
        // total_count (example) for count (table); it says 1 over a list of 2: the total is taken as sent.
        QCOMPARE(parsed->count, 1);
        QCOMPARE(parsed->gray, false); // absent from the example
        QCOMPARE(parsed->problemTypes,
                 (QList<ProblemType>{{QStringLiteral("123"), QStringLiteral("活动咨询"), QStringLiteral("0"), true},
                                     {QStringLiteral("124"), QStringLiteral("磁盘故障"), QStringLiteral("0"), true}}));
        QCOMPARE(osmtest::keys(parsed->toJson()), osmtest::tableFields(QStringLiteral("list_problem_types")));
        QCOMPARE(osmtest::keys(parsed->problemTypes.first().toJson()),
                 osmtest::tableFields(QStringLiteral("list_problem_types"), {QStringLiteral("incident_business_type_list")}));
        QCOMPARE(ProblemTypeList::fromJson(parsed->toJson()), parsed.value());
        // The table's count wins over total_count; "1"/1 for the Booleans.
        const auto table = osmtest::parseBody<ProblemTypeList>(
            "{\"count\":\"4\",\"total_count\":9,\"gray\":1,\"incident_business_type_list\":[{\"can_use_support_plan\":\"1\"}]}");
        QVERIFY(table.ok());
        QCOMPARE(table->count, 4);
        QVERIFY(table->gray);
        QVERIFY(table->problemTypes.first().canUseSupportPlan);
    }

    void listExtendsParamsExample()
    {
        const auto parsed = osmtest::parseBody<ExtendsParamList>(osmtest::responseExample(QStringLiteral("list_extends_params")));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().detailedMessage()));
        // Single objects in the example, arrays in the table: lists of one.
        QCOMPARE(parsed->extendsParams.size(), 1);
        QCOMPARE(parsed->commonParams, (QList<CommonParam>{{QStringLiteral("ecs_instance_id"), QStringLiteral("弹性云主机实例id"), 1, 1}}));
        const ExtendsParam &p = parsed->extendsParams.first();
        QCOMPARE(p.tips, QStringLiteral("请填写"));
        QVERIFY(p.isRequired());
        QCOMPARE(p.length, 32);
        QCOMPARE(p.language, QStringLiteral("zh-cn"));
        QCOMPARE(p.paramKey, QStringLiteral("ecs_instance_id"));
        QCOMPARE(p.paramType, 0); // outside the documented enum, kept as read
        QCOMPARE(p.defaultValue, QString()); // null
        QVERIFY(!p.maxValue && !p.minValue);
        QCOMPARE(p.isShow, 1);
        QCOMPARE(p.isSensitive, 1);
        QCOMPARE(osmtest::keys(parsed->toJson()), osmtest::tableFields(QStringLiteral("list_extends_params")));
        QVERIFY(parsed->toJson().value(QLatin1String("extends_params")).isArray());
        QCOMPARE(osmtest::keys(p.toJson()),
                 osmtest::tableFields(QStringLiteral("list_extends_params"), {QStringLiteral("extends_params")}));
        QCOMPARE(osmtest::keys(parsed->commonParams.first().toJson()),
                 osmtest::tableFields(QStringLiteral("list_extends_params"), {QStringLiteral("common_params")}));
        QCOMPARE(ExtendsParamList::fromJson(parsed->toJson()), parsed.value());
    }

    void listProblemTemplatesExample()
    {
        const auto parsed = osmtest::parseBody<ProblemTemplateList>(osmtest::responseExample(QStringLiteral("list_problem_templates")));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().detailedMessage()));
        QCOMPARE(parsed->totalCount, 1);
        QCOMPARE(parsed->templates, (QList<ProblemTemplate>{{QStringLiteral("123"), QStringLiteral("转账创建模板"),
                                                              QStringLiteral("|- 账户id: 转账描述: ")}}));
        QCOMPARE(osmtest::keys(parsed->toJson()), osmtest::tableFields(QStringLiteral("list_problem_templates")));
        QCOMPARE(osmtest::keys(parsed->templates.first().toJson()),
                 osmtest::tableFields(QStringLiteral("list_problem_templates"), {QStringLiteral("incident_template_list")}));
        QCOMPARE(ProblemTemplateList::fromJson(parsed->toJson()), parsed.value());
    }

    void listCaseCategoriesExample()
    {
        // Not JSON as printed: the outer object is never closed.
        const QByteArray repaired = verifyMalformedThenRepair(QStringLiteral("list_case_categories"), kCaseCategoriesSha,
                                                              {{"\n  ]\n}]", "\n  ]\n}]}"}});
        QVERIFY(!repaired.isEmpty());
        const auto parsed = osmtest::parseBody<CaseCategoryList>(repaired);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().detailedMessage()));
        QCOMPARE(parsed->totalCount, 1);
        QCOMPARE(parsed->subTypes.size(), 1);
        QCOMPARE(parsed->subTypes.first().name, QStringLiteral("计算类"));
        QCOMPARE(parsed->subTypes.first().productCategories,
                 (QList<ProductCategory>{{QStringLiteral("123"), QStringLiteral("弹性计算云"), QStringLiteral("虚拟机"),
                                          QStringLiteral("ECS"), true}})); // can_use_support_plan: 1
        QCOMPARE(osmtest::keys(parsed->toJson()), osmtest::tableFields(QStringLiteral("list_case_categories")));
        QCOMPARE(osmtest::keys(parsed->subTypes.first().toJson()),
                 osmtest::tableFields(QStringLiteral("list_case_categories"), {QStringLiteral("incident_sub_type_list")}));
        QCOMPARE(osmtest::keys(parsed->subTypes.first().productCategories.first().toJson()),
                 osmtest::tableFields(QStringLiteral("list_case_categories"),
                                      {QStringLiteral("incident_sub_type_list"), QStringLiteral("incident_product_category_list")}));
        QCOMPARE(CaseCategoryList::fromJson(parsed->toJson()), parsed.value());
    }

    void listProductCategoriesExample()
    {
        const auto parsed = osmtest::parseBody<ProductCategoryList>(osmtest::responseExample(QStringLiteral("list_product_categories")));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().detailedMessage()));
        QCOMPARE(parsed->totalCount, 1);
        QCOMPARE(parsed->categories, (QList<ProductCategory>{{QStringLiteral("123"), QStringLiteral("弹性计算云"),
                                                              QStringLiteral("虚拟机"), QStringLiteral("ECS"), true}}));
        QCOMPARE(osmtest::keys(parsed->toJson()), osmtest::tableFields(QStringLiteral("list_product_categories")));
        QCOMPARE(osmtest::keys(parsed->categories.first().toJson()),
                 osmtest::tableFields(QStringLiteral("list_product_categories"), {QStringLiteral("incident_product_category_list")}));
        QVERIFY(parsed->categories.first().toJson().value(QLatin1String("can_use_support_plan")).isBool());
        QCOMPARE(ProductCategoryList::fromJson(parsed->toJson()), parsed.value());
    }

    void listRegionsExample()
    {
        // Broken across a page: stray closing braces after the list.
        const QByteArray repaired = verifyMalformedThenRepair(QStringLiteral("list_regions"), kRegionsSha,
                                                              {{"]\n    }\n  }", "]\n}"}});
        QVERIFY(!repaired.isEmpty());
        const auto parsed = osmtest::parseBody<RegionList>(repaired);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().detailedMessage()));
        QCOMPARE(parsed->totalCount, 1);
        QCOMPARE(parsed->regions, (QList<Region>{{0, QStringLiteral("cn-north-1"), QStringLiteral("华北-北京一"), 1}}));
        QCOMPARE(osmtest::keys(parsed->toJson()), osmtest::tableFields(QStringLiteral("list_regions")));
        QCOMPARE(osmtest::keys(parsed->regions.first().toJson()),
                 osmtest::tableFields(QStringLiteral("list_regions"), {QStringLiteral("data_center_list")}));
        QCOMPARE(RegionList::fromJson(parsed->toJson()), parsed.value());
    }

    void listSatisfactionDimensionsExample()
    {
        // The brackets do not balance: the second instance closes its dimension early and dimension_names
        // is never closed. The repair puts the instance back into satisfaction_dimension_instances and
        // dimension_names into its dimension, and closes what is open.
        const QByteArray repaired = verifyMalformedThenRepair(
            QStringLiteral("list_satisfaction_dimensions"), kSatisfactionSha,
            {{"}]\n        }\n      ]\n    },\n    {\n      \"points\": 4", "}]\n        },\n    {\n      \"points\": 4"},
             {"}]\n    }\n  ]\n}],\n  \"dimension_names\"", "}]\n    }\n  ],\n  \"dimension_names\""},
             {"\"language\": \"zh-cn\"\n  }\n}\n}", "\"language\": \"zh-cn\"\n  }]\n}]\n}]\n}]\n}"}});
        QVERIFY(!repaired.isEmpty());
        const auto parsed = osmtest::parseBody<SatisfactionDimensionList>(repaired);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().detailedMessage()));
        QCOMPARE(parsed->totalCount, 2);
        const QString category = QStringLiteral("16781abcc47047e2ba821ed0d1c95bdb");
        QCOMPARE(parsed->dimensions, (QList<SatisfactionDimension>{{5, 6, QString(), 1, category}, {5, 7, QString(), 1, category}}));
        QCOMPARE(parsed->categories.size(), 1);
        const SatisfactionCategory &top = parsed->categories.first();
        QCOMPARE(top.categoryId, QStringLiteral("0460ac4dd06a4530adbfd384d9c79bc2"));
        QCOMPARE(top.isValid, 1);
        QCOMPARE(top.type, QStringLiteral("incident"));
        QCOMPARE(top.subCategories.size(), 1);
        const SatisfactionCategory &sub = top.subCategories.first();
        QCOMPARE(sub.categoryId, category);
        QVERIFY(sub.subCategories.isEmpty());
        QCOMPARE(sub.dimensions.size(), 1);
        const SatisfactionConfigDimension &dimension = sub.dimensions.first();
        QCOMPARE(dimension.dimensionId, QStringLiteral("12"));
        QCOMPARE(dimension.names, (QList<ConfigName>{{QStringLiteral("产品功能"), QStringLiteral("zh-cn")}}));
        QCOMPARE(dimension.instances,
                 (QList<SatisfactionDimensionInstance>{
                     {QStringLiteral("16552f113fde40499abc3462bfd5f635"), 3, 3, {{QStringLiteral("产品功能完善度一般"), QStringLiteral("zh-cn")}}},
                     {QStringLiteral("1bf6b6e1bbc8449f8b859bb0aa9d3e74"), 4, 4, {{QStringLiteral("产品功能完善"), QStringLiteral("zh-cn")}}}}));
        const QString id = QStringLiteral("list_satisfaction_dimensions");
        QCOMPARE(osmtest::keys(parsed->toJson()), osmtest::tableFields(id));
        QCOMPARE(osmtest::keys(parsed->dimensions.first().toJson()), osmtest::tableFields(id, {QStringLiteral("satisfaction_dimension_list")}));
        // The table's rows "incident" and "manual-service" are values of type, not fields.
        QSet<QString> categoryFields = osmtest::tableFields(id, {QStringLiteral("satisfaction_categories")});
        categoryFields.remove(QStringLiteral("incident"));
        categoryFields.remove(QStringLiteral("manual-service"));
        QCOMPARE(osmtest::keys(top.toJson()), categoryFields);
        QCOMPARE(osmtest::keys(dimension.toJson()),
                 osmtest::tableFields(id, {QStringLiteral("satisfaction_categories"), QStringLiteral("satisfaction_dimensions")}));
        QCOMPARE(osmtest::keys(dimension.instances.first().toJson()),
                 osmtest::tableFields(id, {QStringLiteral("satisfaction_categories"), QStringLiteral("satisfaction_dimensions"),
                                           QStringLiteral("satisfaction_dimension_instances")}));
        QCOMPARE(SatisfactionDimensionList::fromJson(parsed->toJson()), parsed.value());
    }

    void listSeveritiesExample()
    {
        const auto parsed = osmtest::parseBody<SeverityList>(osmtest::responseExample(QStringLiteral("list_severities")));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().detailedMessage()));
        QVERIFY(parsed->show); // Boolean in the table, 1 in the example
        QCOMPARE(parsed->severities, (QList<Severity>{{QStringLiteral("zh-cn"), QStringLiteral("一般"), QStringLiteral("123")}}));
        QCOMPARE(osmtest::keys(parsed->toJson()), osmtest::tableFields(QStringLiteral("list_severities")));
        QVERIFY(parsed->toJson().value(QLatin1String("show")).isBool());
        QCOMPARE(osmtest::keys(parsed->severities.first().toJson()),
                 osmtest::tableFields(QStringLiteral("list_severities"), {QStringLiteral("severity_list")}));
        QCOMPARE(SeverityList::fromJson(parsed->toJson()), parsed.value());
        QVERIFY(!osmtest::parseBody<SeverityList>("{\"show\":0}")->show);
    }

    void showCaseLimitsExample()
    {
        const auto parsed = osmtest::parseBody<CaseLimits>(osmtest::responseExample(QStringLiteral("show_case_limits")));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().detailedMessage()));
        QCOMPARE(parsed->ccEmailMaxCount, 10);
        QCOMPARE(osmtest::keys(parsed->toJson()), osmtest::tableFields(QStringLiteral("show_case_limits")));
        QCOMPARE(osmtest::keys(parsed->toJson().value(QLatin1String("config")).toObject()),
                 osmtest::tableFields(QStringLiteral("show_case_limits"), {QStringLiteral("config")}));
        QCOMPARE(CaseLimits::fromJson(parsed->toJson()), parsed.value());
    }

    // ---- (c) limits refused before sending ----

    void listProblemTypesLimits()
    {
        QVERIFY(!api::ListProblemTypesParams({QString(64, QLatin1Char('p')), QString(32, QLatin1Char('s'))}).validate());
        OSM_VERIFY_REFUSED(*m_server, api::listProblemTypes(client(), {QString(65, QLatin1Char('p')), {}}), "product_category_id");
        OSM_VERIFY_REFUSED(*m_server, api::listProblemTypes(client(), {{}, QString(33, QLatin1Char('s'))}), "incident_sub_type_id");
    }

    void listExtendsParamsLimits()
    {
        QVERIFY(!api::ListExtendsParamsParams({QString(32, QLatin1Char('b')), QString(32, QLatin1Char('s')),
                                               QString(64, QLatin1Char('p'))}).validate());
        OSM_VERIFY_REFUSED(*m_server, api::listExtendsParams(client(), {}), "business_type_id");
        OSM_VERIFY_REFUSED(*m_server, api::listExtendsParams(client(), {QString(33, QLatin1Char('b')), {}, {}}), "business_type_id");
        OSM_VERIFY_REFUSED(*m_server, api::listExtendsParams(client(), {QStringLiteral("b"), QString(33, QLatin1Char('s')), {}}),
                           "incident_sub_type_id");
        OSM_VERIFY_REFUSED(*m_server, api::listExtendsParams(client(), {QStringLiteral("b"), {}, QString(65, QLatin1Char('p'))}),
                           "product_category_id");
    }

    void listProblemTemplatesLimits()
    {
        OSM_VERIFY_REFUSED(*m_server, api::listProblemTemplates(client(), QString()), "business_type_id");
        OSM_VERIFY_REFUSED(*m_server, api::listProblemTemplates(client(), QStringLiteral("  ")), "business_type_id");
        OSM_VERIFY_REFUSED(*m_server, api::listProblemTemplates(client(), QString(33, QLatin1Char('b'))), "business_type_id");
        QVERIFY(wait(api::listProblemTemplates(client(), QString(32, QLatin1Char('b')))).ok());
    }

    void listProductCategoriesLimits()
    {
        QVERIFY(!api::ListProductCategoriesParams({QString(64, QLatin1Char('n')), true, QString(64, QLatin1Char('a'))}).validate());
        OSM_VERIFY_REFUSED(*m_server, api::listProductCategories(client(), {QString(65, QLatin1Char('n')), std::nullopt, {}}),
                           "product_category_name");
        OSM_VERIFY_REFUSED(*m_server, api::listProductCategories(client(), {{}, std::nullopt, QString(65, QLatin1Char('a'))}),
                           "product_category_acronym");
    }

    void listSeveritiesLimits()
    {
        QVERIFY(!api::ListSeveritiesParams({QString(64, QLatin1Char('p')), QString(32, QLatin1Char('b'))}).validate());
        OSM_VERIFY_REFUSED(*m_server, api::listSeverities(client(), {}), "product_category_id");
        OSM_VERIFY_REFUSED(*m_server, api::listSeverities(client(), {QString(65, QLatin1Char('p')), QStringLiteral("b")}),
                           "product_category_id");
        OSM_VERIFY_REFUSED(*m_server, api::listSeverities(client(), {QStringLiteral("p"), QString()}), "business_type_id");
        OSM_VERIFY_REFUSED(*m_server, api::listSeverities(client(), {QStringLiteral("p"), QString(33, QLatin1Char('b'))}),
                           "business_type_id");
    }

    void malformedRequestsAreBadRequests()
    {
        const QString config = QStringLiteral("/v2/servicerequest/config/");
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "GET", config + QStringLiteral("extends-map")));
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "GET", config + QStringLiteral("templates")));
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "GET", config + QStringLiteral("severities"),
                                                q({{"product_category_id", category(0).id}})));
        // A problem type asked for under another product category.
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "GET", config + QStringLiteral("severities"),
                                                q({{"product_category_id", category(1).id}, {"business_type_id", type(0).id}})));
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "GET", config + QStringLiteral("problems"),
                                                q({{"product_category_id", QString(65, QLatin1Char('p'))}})));
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "GET", config + QStringLiteral("product-categories"),
                                                q({{"precise_search", QStringLiteral("maybe")}})));
    }

    // ---- (d) X-Language: the same list in zh-cn and en-us gives different names ----

    void namesFollowXLanguage_data()
    {
        QTest::addColumn<QString>("endpoint");
        for (const char *id : {"list_area_codes", "list_problem_types", "list_extends_params", "list_problem_templates",
                               "list_case_categories", "list_product_categories", "list_regions",
                               "list_satisfaction_dimensions", "list_severities"})
            QTest::newRow(id) << QString::fromLatin1(id);
    }

    void namesFollowXLanguage()
    {
        QFETCH(QString, endpoint);
        using Names = std::function<QStringList(ApiClient &)>;
        const QHash<QString, Names> names{
            {QStringLiteral("list_area_codes"), [](ApiClient &c) {
                 QStringList out;
                 const auto answer = wait(api::listAreaCodes(c));
                 for (const AreaCode &a : answer->areaCodes)
                     out << a.areaName;
                 return out;
             }},
            {QStringLiteral("list_problem_types"), [](ApiClient &c) {
                 QStringList out;
                 const auto answer = wait(api::listProblemTypes(c));
                 for (const ProblemType &t : answer->problemTypes)
                     out << t.businessTypeName;
                 return out;
             }},
            {QStringLiteral("list_extends_params"), [](ApiClient &c) {
                 QStringList out;
                 const auto r = wait(api::listExtendsParams(c, {type(0).id, {}, {}}));
                 for (const ExtendsParam &p : r->extendsParams)
                     out << p.paramName << p.tips << p.language;
                 for (const CommonParam &p : r->commonParams)
                     out << p.paramName;
                 return out;
             }},
            {QStringLiteral("list_problem_templates"), [](ApiClient &c) {
                 QStringList out;
                 const auto answer = wait(api::listProblemTemplates(c, type(2).id));
                 for (const ProblemTemplate &t : answer->templates)
                     out << t.templateName << t.templateContent;
                 return out;
             }},
            {QStringLiteral("list_case_categories"), [](ApiClient &c) {
                 QStringList out;
                 const auto answer = wait(api::listCaseCategories(c));
                 for (const CaseSubType &s : answer->subTypes) {
                     out << s.name;
                     for (const ProductCategory &p : s.productCategories)
                         out << p.name;
                 }
                 return out;
             }},
            {QStringLiteral("list_product_categories"), [](ApiClient &c) {
                 QStringList out;
                 const auto answer = wait(api::listProductCategories(c));
                 for (const ProductCategory &p : answer->categories)
                     out << p.name << p.description;
                 return out;
             }},
            {QStringLiteral("list_regions"), [](ApiClient &c) {
                 QStringList out;
                 const auto answer = wait(api::listRegions(c));
                 for (const Region &r : answer->regions)
                     out << r.regionName;
                 return out;
             }},
            {QStringLiteral("list_satisfaction_dimensions"), [](ApiClient &c) {
                 QStringList out;
                 const auto answer = wait(api::listSatisfactionDimensions(c));
                 for (const SatisfactionDimension &d : answer->dimensions)
                     out << d.description;
                 return out;
             }},
            {QStringLiteral("list_severities"), [](ApiClient &c) {
                 QStringList out;
                 const auto answer = wait(api::listSeverities(c, {category(0).id, type(0).id}));
                 for (const Severity &s : answer->severities)
                     out << s.severityName << s.language;
                 return out;
             }},
        };
        QVERIFY(osmtest::endpoint(endpoint).value(QLatin1String("accepts_x_language")).toBool());
        client().setLanguage(QStringLiteral("zh-cn"));
        const QStringList zh = names.value(endpoint)(client());
        QCOMPARE(m_server->requests().last().header("X-Language"), QByteArray("zh-cn"));
        client().setLanguage(QStringLiteral("en-us"));
        const QStringList en = names.value(endpoint)(client());
        QCOMPARE(m_server->requests().last().header("X-Language"), QByteArray("en-us"));
        QVERIFY(!zh.isEmpty());
        QCOMPARE(zh.size(), en.size());
        for (qsizetype i = 0; i < zh.size(); ++i) {
            QVERIFY2(!zh.at(i).isEmpty(), qPrintable(zh.at(i)));
            QVERIFY2(zh.at(i) != en.at(i), qPrintable(zh.at(i)));
        }
    }

    void limitsAreTheSameInBothLanguages()
    {
        client().setLanguage(QStringLiteral("zh-cn"));
        const auto zh = wait(api::showCaseLimits(client()));
        client().setLanguage(QStringLiteral("en-us"));
        const auto en = wait(api::showCaseLimits(client()));
        QCOMPARE(zh.value(), en.value());
    }
};

QTEST_GUILESS_MAIN(TestConfig)
#include "tst_config.moc"
