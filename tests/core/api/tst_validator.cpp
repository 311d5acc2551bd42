// Parameters are checked against the reference's limits before sending, with an error naming the field.
#include "api/Operation.h"
#include "api/Validator.h"

#include <QTest>

using namespace osm;
using namespace osm::api;

class TestValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstViolationNamesItsField()
    {
        const Error error = Validator()
                                .maxLength("app_key", QString(64, QLatin1Char('a')), 64)
                                .range("limit", 101, 0, 100)
                                .maxItems("search_key", 4, 3)
                                .error();
        QCOMPARE(error.category(), Error::Category::Validation);
        QCOMPARE(error.field(), QStringLiteral("limit"));
        QVERIFY(error.userMessage().contains(QLatin1String("limit")));
        QVERIFY(error.userMessage().contains(QLatin1String("100")));
    }

    void eachRule()
    {
        QCOMPARE(Validator().required("case_id", QStringLiteral("  ")).error().field(), QStringLiteral("case_id"));
        QVERIFY(!Validator().required("case_id", QStringLiteral("x")).error());
        QVERIFY(Validator().maxLength("x", QStringLiteral("abcd"), 3).error());
        QVERIFY(!Validator().maxLength("x", QStringLiteral("工单工"), 3).error()); // characters, not bytes
        QVERIFY(Validator().range("offset", -1, 0, 65535).error());
        QVERIFY(!Validator().range("offset", std::nullopt, 0, 65535).error());
        QVERIFY(Validator().oneOf("status", 5, {0, 1, 2}).error());
        QVERIFY(!Validator().oneOf("status", 2, {0, 1, 2}).error());
        QVERIFY(Validator().minItems("case_ids", 0, 1).error());
        QVERIFY(Validator().eachMaxLength("search_key", {QStringLiteral("ok"), QString(65, QLatin1Char('x'))}, 64).error());
        QVERIFY(Validator().dateTime("query_start_time", QStringLiteral("2026-13-01 00:00:00")).error());
        QVERIFY(!Validator().dateTime("query_start_time", QStringLiteral("2026-01-31 23:59:59")).error());
    }

    void queryBuilderRepeatsArraysAndSkipsEmpty()
    {
        const QueryItems items = QueryBuilder()
                                     .add("case_ids", QStringList{QStringLiteral("a"), QStringLiteral("b")})
                                     .add("empty", QString())
                                     .add("limit", std::optional<qint64>(100))
                                     .add("none", std::optional<qint64>())
                                     .add("trim", std::optional<bool>(false))
                                     .add("label_id_list", QList<int>{7})
                                     .items();
        const QueryItems expected = {{QStringLiteral("case_ids"), QStringLiteral("a")},
                                     {QStringLiteral("case_ids"), QStringLiteral("b")},
                                     {QStringLiteral("limit"), QStringLiteral("100")},
                                     {QStringLiteral("trim"), QStringLiteral("false")},
                                     {QStringLiteral("label_id_list"), QStringLiteral("7")}};
        QCOMPARE(items, expected);
    }

    void requestFromOperation()
    {
        const Operation op{"show_case_detail", "GET", "/v2/servicerequest/cases/{case_id}/x/{other}"};
        const QJsonObject body{{QStringLiteral("content"), QStringLiteral("你好")}};
        const ApiRequest request = makeRequest(op, {QStringLiteral("TT-1"), QStringLiteral("a b")},
                                               {{QStringLiteral("k"), QStringLiteral("v")}}, &body);
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.path, QStringLiteral("/v2/servicerequest/cases/TT-1/x/a b"));
        QCOMPARE(request.query.size(), 1);
        QCOMPARE(request.body, QStringLiteral("{\"content\":\"你好\"}").toUtf8());
    }
};

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
