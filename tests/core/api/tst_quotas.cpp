// 5.7 quotas, end to end: show_case_quota against the in-process simulator (request as received, parsed
// answer), the reference's example (not valid JSON: "measure": MONTH unquoted) refused clearly and parsed
// after a minimal repair, the limits refused before sending, and the quota as the simulator keeps it.
#include "ApiExampleRepair.h"
#include "ApiTestSupport.h"
#include "api/Quotas.h"
#include "data/Catalog.h"
#include "data/QuotaBook.h"
#include "model/CaseQuota.h"

#include <QTest>

using namespace osm;
using osmtest::wait;

namespace {
const QByteArray kQuotaExampleSha = "f2eb9942098449170d9a025a3c282df9a07cc9a223eea035d38b50125470ada0";
}

class TestQuotas : public osmtest::SimulatorTest
{
    Q_OBJECT

    static const sim::Catalog &catalog() { return sim::Catalog::instance(); }
    // businessTypes: 0 ecs-login (fault), 2 obs-access (consultation), 5 quota-raise (consultation).
    static const sim::Catalog::Entry &type(int i) { return catalog().businessTypes.at(i); }
    static api::ShowCaseQuotaParams paramsOf(int i) { return {type(i).parentId, type(i).id}; }

private Q_SLOTS:
    void init() { startSimulator(); }
    void cleanup() { stopSimulator(); }

    // ---- (a) contract ----

    void showCaseQuotaContract()
    {
        const auto result = wait(api::showCaseQuota(client(), paramsOf(2)));
        QVERIFY2(result.ok(), qPrintable(result.error().detailedMessage()));
        const sim::RecordedRequest request = m_server->requests().last();
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.path, QStringLiteral("/v2/servicerequest/quotas"));
        QCOMPARE(osmtest::lastQuery(*m_server), (QueryItems{{QStringLiteral("product_category_id"), type(2).parentId},
                                                           {QStringLiteral("business_type_id"), type(2).id}}));
        QVERIFY(request.body.isEmpty());
        // special_approval_case_info arrives as one object (the example's shape) and is read as a list.
        QCOMPARE(result.value(), (CaseQuota{10, 10, QStringLiteral("MONTH"), {{0, 2}}}));

        // Fault reports are unlimited (-1, the tables' minimum).
        const auto unlimited = wait(api::showCaseQuota(client(), paramsOf(0)));
        QVERIFY(unlimited.ok());
        QVERIFY(unlimited->unlimited());
        QCOMPARE(unlimited->unUsed, CaseQuota::kUnlimited);

        const auto quarter = wait(api::showCaseQuota(client(), paramsOf(5)));
        QVERIFY(quarter.ok());
        QCOMPARE(quarter->total, 3);
        QCOMPARE(quarter->measure, QStringLiteral("QUARTER"));
    }

    void quotaIsKeptPerCategoryAndType()
    {
        // What a future create_case does: take one from the book; the answer follows.
        sim::QuotaBook &book = sim::QuotaBook::of(*m_server);
        QCOMPARE(&sim::QuotaBook::of(*m_server), &book);
        const QString domain = osmtest::demoDomain();
        for (int i = 0; i < 3; ++i)
            QVERIFY(book.consume(domain, type(5).parentId, type(5).id));
        QVERIFY(!book.consume(domain, type(5).parentId, type(5).id)); // used up
        const auto used = wait(api::showCaseQuota(client(), paramsOf(5)));
        QVERIFY(used.ok());
        QCOMPARE(used->unUsed, 0);
        // Other problem types keep theirs; unlimited ones never run out.
        const auto other = wait(api::showCaseQuota(client(), paramsOf(2)));
        QCOMPARE(other->unUsed, 10);
        QVERIFY(book.consume(domain, type(0).parentId, type(0).id));
        QCOMPARE(wait(api::showCaseQuota(client(), paramsOf(0)))->unUsed, CaseQuota::kUnlimited);
        // A problem type asked for under another product category is not a quota.
        QVERIFY(!book.consume(domain, type(0).parentId, type(2).id));
    }

    // ---- (b) the reference's example ----

    void showCaseQuotaExample()
    {
        QCOMPARE(osmtest::endpoint(QStringLiteral("show_case_quota")).value(QLatin1String("response_example_is_valid_json")),
                 QJsonValue(false));
        const QByteArray example = osmtest::responseExample(QStringLiteral("show_case_quota"));
        // Verbatim: the unquoted MONTH is not JSON — a clear MalformedBody, not a half-read quota.
        const auto verbatim = osmtest::parseBody<CaseQuota>(example);
        QVERIFY(!verbatim.ok());
        QCOMPARE(verbatim.error().category(), Error::Category::MalformedBody);

        QString why;
        const QByteArray repaired = osmtest::repairedExample(
            example, kQuotaExampleSha, {{"\"measure\": MONTH,", "\"measure\": \"MONTH\","}}, &why);
        QVERIFY2(!repaired.isEmpty(), qPrintable(why));
        const auto parsed = osmtest::parseBody<CaseQuota>(repaired);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().detailedMessage()));
        QCOMPARE(parsed.value(), (CaseQuota{123, 123, QStringLiteral("MONTH"), {{11, 22}}}));
        QCOMPARE(osmtest::keys(parsed->toJson()), osmtest::tableFields(QStringLiteral("show_case_quota")));
        const QJsonArray special = parsed->toJson().value(QLatin1String("special_approval_case_info")).toArray();
        QCOMPARE(special.size(), 1); // written as the table's array
        QCOMPARE(osmtest::keys(special.first().toObject()),
                 osmtest::tableFields(QStringLiteral("show_case_quota"), {QStringLiteral("special_approval_case_info")}));
        QCOMPARE(CaseQuota::fromJson(parsed->toJson()), parsed.value());

        // The table's shape (an array), numbers as strings, a lower-case period.
        const auto table = osmtest::parseBody<CaseQuota>(
            "{\"total\":\"-1\",\"un_used\":-1,\"measure\":\"year\",\"special_approval_case_info\":[{\"used\":1,\"max_quota\":\"3\"}]}");
        QVERIFY(table.ok());
        QCOMPARE(table.value(), (CaseQuota{-1, -1, QStringLiteral("YEAR"), {{1, 3}}}));
    }

    // ---- (c) limits refused before sending ----

    void showCaseQuotaLimits()
    {
        QVERIFY(!api::ShowCaseQuotaParams({QString(64, QLatin1Char('p')), QString(32, QLatin1Char('b'))}).validate());
        OSM_VERIFY_REFUSED(*m_server, api::showCaseQuota(client(), {QString(), QStringLiteral("b")}), "product_category_id");
        OSM_VERIFY_REFUSED(*m_server, api::showCaseQuota(client(), {QString(65, QLatin1Char('p')), QStringLiteral("b")}),
                           "product_category_id");
        OSM_VERIFY_REFUSED(*m_server, api::showCaseQuota(client(), {QStringLiteral("p"), QString()}), "business_type_id");
        OSM_VERIFY_REFUSED(*m_server, api::showCaseQuota(client(), {QStringLiteral("p"), QStringLiteral("   ")}),
                           "business_type_id");
        OSM_VERIFY_REFUSED(*m_server, api::showCaseQuota(client(), {QStringLiteral("p"), QString(33, QLatin1Char('b'))}),
                           "business_type_id");
    }

    // ---- (d) X-Language: a quota has no names; the answer is the same in both languages ----

    void sameQuotaInBothLanguages()
    {
        client().setLanguage(QStringLiteral("zh-cn"));
        const auto zh = wait(api::showCaseQuota(client(), paramsOf(2)));
        QCOMPARE(m_server->requests().last().header("X-Language"), QByteArray("zh-cn"));
        client().setLanguage(QStringLiteral("en-us"));
        const auto en = wait(api::showCaseQuota(client(), paramsOf(2)));
        QCOMPARE(m_server->requests().last().header("X-Language"), QByteArray("en-us"));
        QVERIFY(zh.ok() && en.ok());
        QCOMPARE(zh.value(), en.value());
    }

    void malformedRequestsAreBadRequests()
    {
        const QString path = QStringLiteral("/v2/servicerequest/quotas");
        // The reference's request example: business_type_id only.
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "GET", path, {{QStringLiteral("business_type_id"), QStringLiteral("123")}}));
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "GET", path, {{QStringLiteral("product_category_id"), type(2).parentId}}));
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "GET", path,
                                                {{QStringLiteral("product_category_id"), type(2).parentId},
                                                 {QStringLiteral("business_type_id"), QString(33, QLatin1Char('b'))}}));
        // A problem type of another product category.
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "GET", path,
                                                {{QStringLiteral("product_category_id"), type(0).parentId},
                                                 {QStringLiteral("business_type_id"), type(2).id}}));
    }
};

QTEST_GUILESS_MAIN(TestQuotas)
#include "tst_quotas.moc"
