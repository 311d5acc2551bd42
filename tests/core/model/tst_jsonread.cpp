// The lenient readers: one test per inconsistency of the reference (API.md §6.2 and §8, endpoints.json
// notes).
#include "model/JsonRead.h"

#include <QJsonDocument>
#include <QTest>

namespace json = osm::json;

namespace {

QJsonValue parsed(const char *text)
{
    // Wrap so that scalars parse as the values a server would send.
    return QJsonDocument::fromJson(QByteArray("[") + text + "]").array().at(0);
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::utc());
}

} // namespace

class TestJsonRead : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // ---- string() ----
    void string_stringAsIs()
    {
        QCOMPARE(json::string(QJsonValue(QStringLiteral("TS-123"))), QStringLiteral("TS-123"));
        QCOMPARE(json::string(QJsonValue(QStringLiteral(" a "))), QStringLiteral(" a "));
    }

    void string_integerHasNoDecimalPoint()
    {
        // 5.11.4 case_type_id / label_id arrive as numbers where a String may be expected.
        QCOMPARE(json::string(parsed("123")), QStringLiteral("123"));
        QCOMPARE(json::string(QJsonValue(3.0)), QStringLiteral("3"));
        QCOMPARE(json::string(parsed("-7")), QStringLiteral("-7"));
    }

    void string_epochMillisecondsKeepAllDigits()
    {
        // 5.10.6 create_time example 1774860177173: no exponent notation.
        QCOMPARE(json::string(parsed("1774860177173")), QStringLiteral("1774860177173"));
        QCOMPARE(json::string(parsed("9007199254740993")), QStringLiteral("9007199254740993")); // > 2^53
    }

    void string_fractionShortestForm()
    {
        QCOMPARE(json::string(parsed("2.5")), QStringLiteral("2.5"));
        QCOMPARE(json::string(parsed("0.1")), QStringLiteral("0.1"));
    }

    void string_boolAsWord()
    {
        QCOMPARE(json::string(QJsonValue(true)), QStringLiteral("true"));
        QCOMPARE(json::string(QJsonValue(false)), QStringLiteral("false"));
    }

    void string_nullAndUndefinedAreEmpty()
    {
        // 5.10.7 example: "incident_id": null
        QVERIFY(json::string(QJsonValue(QJsonValue::Null)).isEmpty());
        QVERIFY(json::string(QJsonValue(QJsonValue::Undefined)).isEmpty());
        QVERIFY(json::string(QJsonObject().value(QLatin1String("absent"))).isEmpty());
    }

    void string_containerAsCompactJson()
    {
        QCOMPARE(json::string(parsed("[1, \"a\"]")), QStringLiteral("[1,\"a\"]"));
        QCOMPARE(json::string(parsed("{\"k\": 1}")), QStringLiteral("{\"k\":1}"));
    }

    // ---- integer() ----
    void integer_number()
    {
        QCOMPARE(json::integer(parsed("42")), 42);
        QCOMPARE(json::integer(parsed("-1")), -1); // 5.7.1 un_used min -1
    }

    void integer_numericString_count123()
    {
        // API.md §8: Integers as strings, "count": "123"
        QCOMPARE(json::integer(parsed("\"123\"")), 123);
    }

    void integer_paddedString_port22()
    {
        // API.md §8: "port": "22" — with blanks as well
        QCOMPARE(json::integer(parsed("\" 22 \"")), 22);
    }

    void integer_stringWithDecimalOrExponent()
    {
        QCOMPARE(json::integer(parsed("\"12.0\"")), 12);
        QCOMPARE(json::integer(parsed("\"1e3\"")), 1000);
    }

    void integer_boolIsZeroOrOne()
    {
        QCOMPARE(json::integer(QJsonValue(true)), 1);
        QCOMPARE(json::integer(QJsonValue(false), 9), 0);
    }

    void integer_largeMillisecondsExact()
    {
        QCOMPARE(json::integer(parsed("1774860177173")), Q_INT64_C(1774860177173));
        QCOMPARE(json::integer(parsed("\"9007199254740993\"")), Q_INT64_C(9007199254740993));
    }

    void integer_fractionTruncated()
    {
        QCOMPARE(json::integer(parsed("2.7")), 2);
        QCOMPARE(json::integer(parsed("-2.7")), -2);
    }

    void integer_placeholderTextGivesFallback()
    {
        // 5.11.4 example: "resolve_time": "test" for a Long
        QCOMPARE(json::integer(parsed("\"test\""), 7), 7);
        QCOMPARE(json::integer(parsed("\"\""), 7), 7);
        QCOMPARE(json::integer(parsed("\"1.0.0\""), 7), 7); // 5.1.1 "version": "1.0.0"
    }

    void integer_nullGivesFallback()
    {
        // 5.10.7 example: ImStatusV2 "status": null
        QCOMPARE(json::integer(QJsonValue(QJsonValue::Null), -5), -5);
        QCOMPARE(json::integer(QJsonValue(QJsonValue::Undefined), -5), -5);
        QCOMPARE(json::integer(parsed("{}"), -5), -5);
    }

    void integer_outOfRangeGivesFallback()
    {
        QCOMPARE(json::integer(parsed("1e30"), 3), 3);
        QCOMPARE(json::integer(parsed("\"1e30\""), 3), 3);
    }

    // ---- number() ----
    void number_number() { QCOMPARE(json::number(parsed("2.5")), 2.5); }

    void number_numericString_limitSize()
    {
        // 5.5.6: limit_size typed String, example 4 (and the reverse must work as well)
        QCOMPARE(json::number(parsed("\" 4.5 \"")), 4.5);
    }

    void number_boolIsZeroOrOne() { QCOMPARE(json::number(QJsonValue(true)), 1.0); }

    void number_otherGivesFallback()
    {
        QCOMPARE(json::number(parsed("\"test\""), -1.5), -1.5);
        QCOMPARE(json::number(QJsonValue(QJsonValue::Null), -1.5), -1.5);
        QCOMPARE(json::number(parsed("\"inf\""), -1.5), -1.5);
    }

    // ---- boolean() ----
    void boolean_trueFalse()
    {
        QCOMPARE(json::boolean(QJsonValue(true)), true);
        QCOMPARE(json::boolean(QJsonValue(false), true), false);
    }

    void boolean_numberOneZero_canUseSupportPlan()
    {
        // API.md §8: Booleans returned as 1 (can_use_support_plan, show); 5.6.4 backup flags 0/1
        QCOMPARE(json::boolean(parsed("1")), true);
        QCOMPARE(json::boolean(parsed("0"), true), false);
    }

    void boolean_strings()
    {
        QCOMPARE(json::boolean(parsed("\"1\"")), true);
        QCOMPARE(json::boolean(parsed("\"0\""), true), false);
        QCOMPARE(json::boolean(parsed("\"true\"")), true);
        QCOMPARE(json::boolean(parsed("\" FALSE \""), true), false);
    }

    void boolean_otherGivesFallback()
    {
        QCOMPARE(json::boolean(parsed("\"test\""), true), true);
        QCOMPARE(json::boolean(parsed("\"test\""), false), false);
        QCOMPARE(json::boolean(QJsonValue(QJsonValue::Null), true), true);
        QCOMPARE(json::boolean(parsed("[]"), true), true);
    }

    // ---- timestamp() ----
    void timestamp_epochSecondsNumber_caseDetail()
    {
        // 5.11.4 example: "create_time": 1640995200
        const QDateTime t = json::timestamp(parsed("1640995200"));
        QCOMPARE(t, utc(2022, 1, 1, 0, 0, 0));
        QCOMPARE(t.timeSpec(), Qt::UTC);
    }

    void timestamp_epochSecondsString()
    {
        // 5.11.4 example's second "create_time": "123" — a numeric string
        QCOMPARE(json::timestamp(parsed("\"1640995200\"")), utc(2022, 1, 1, 0, 0, 0));
        QCOMPARE(json::timestamp(parsed("\"123\"")), utc(1970, 1, 1, 0, 2, 3));
    }

    void timestamp_epochMilliseconds_listMoreMessages()
    {
        // 5.10.6 example create_time 1774860177173: above 1e11, so milliseconds
        QCOMPARE(json::timestamp(parsed("1774860177173")), utc(2026, 3, 30, 8, 42, 57, 173));
        QCOMPARE(json::timestamp(parsed("\"1774860177173\"")), utc(2026, 3, 30, 8, 42, 57, 173));
    }

    void timestamp_isoMillisecondsWithOffset_messages()
    {
        // 5.10.5-5.10.7 message create_time
        const QDateTime t = json::timestamp(parsed("\"2026-03-30T08:57:47.921+00:00\""));
        QCOMPARE(t, utc(2026, 3, 30, 8, 57, 47, 921));
        QCOMPARE(t.timeSpec(), Qt::UTC);
    }

    void timestamp_isoMicrosecondsZ_iamExpiresAt()
    {
        // IAM token expires_at (chapter 3.3)
        QCOMPARE(json::timestamp(parsed("\"2019-02-13T06:52:13.855000Z\"")),
                 utc(2019, 2, 13, 6, 52, 13, 855));
    }

    void timestamp_isoWithoutFraction_chapter4()
    {
        // chapter 4 case detail "2020-12-25T09:24:18Z", 5.6.4 "2020-07-07T09:33:43.000Z"
        QCOMPARE(json::timestamp(parsed("\"2020-12-25T09:24:18Z\"")), utc(2020, 12, 25, 9, 24, 18));
        QCOMPARE(json::timestamp(parsed("\"2020-12-25T09:24:18Z\"")).timeSpec(), Qt::UTC);
        QCOMPARE(json::timestamp(parsed("\"2020-07-07T09:33:43.000Z\"")), utc(2020, 7, 7, 9, 33, 43));
    }

    void timestamp_isoNonUtcOffsetConvertedToUtc()
    {
        const QDateTime t = json::timestamp(parsed("\"2026-03-30T16:57:47+08:00\""));
        QCOMPARE(t, utc(2026, 3, 30, 8, 57, 47));
        QCOMPARE(t.timeSpec(), Qt::UTC);
        QCOMPARE(json::timestamp(parsed("\"2026-03-30T03:27:47-0530\"")), utc(2026, 3, 30, 8, 57, 47));
    }

    void timestamp_zonelessTextDefaultsToUtc_v1CreateTime()
    {
        // "yyyy-MM-dd HH:mm:ss" (v1 "2019-05-22 03:30:52", 5.11.9 query_start_time format)
        const QDateTime t = json::timestamp(parsed("\"2019-05-22 03:30:52\""));
        QCOMPARE(t, utc(2019, 5, 22, 3, 30, 52));
        QCOMPARE(t.timeSpec(), Qt::UTC);
    }

    void timestamp_zonelessTextInXTimeZone()
    {
        // Table 3-3: time data is processed in X-Time-Zone, default GMT+8.
        const QTimeZone gmt8 = json::timeZone(u"GMT+8");
        QCOMPARE(json::timestamp(parsed("\"2019-05-22 03:30:52\""), gmt8), utc(2019, 5, 21, 19, 30, 52));
        QCOMPARE(json::timestamp(parsed("\"2019-05-22T03:30:52\""), gmt8), utc(2019, 5, 21, 19, 30, 52));
        // An explicit offset wins over the zone.
        QCOMPARE(json::timestamp(parsed("\"2019-05-22T03:30:52Z\""), gmt8), utc(2019, 5, 22, 3, 30, 52));
        // Epoch values are zone-free.
        QCOMPARE(json::timestamp(parsed("1640995200"), gmt8), utc(2022, 1, 1, 0, 0, 0));
    }

    void timestamp_dateOnly()
    {
        QCOMPARE(json::timestamp(parsed("\"2026-04-02\"")), utc(2026, 4, 2, 0, 0, 0));
    }

    void timestamp_placeholderTestIsInvalid()
    {
        // list examples: "create_time": "test"
        QVERIFY(!json::timestamp(parsed("\"test\"")).isValid());
        QVERIFY(!json::timestamp(parsed("\"\"")).isValid());
        QVERIFY(!json::timestamp(parsed("\"2026-13-40 25:00:00\"")).isValid());
        QVERIFY(!json::timestamp(parsed("\"2026-03-30T08:57:47+08:99\"")).isValid());
    }

    // The hand-written ISO reader (it replaced a regular expression) accepts exactly the old grammar:
    // yyyy-M[M]-d[d] [(T|space) H[H]:mm [:ss [(.|,)fraction]]] blanks [Z | (+|-)hh [[:]mm]], letters in any case.
    void timestamp_isoGrammarEdges()
    {
        QCOMPARE(json::timestamp(parsed("\"2026-4-2t8:05\"")), utc(2026, 4, 2, 8, 5, 0));
        QCOMPARE(json::timestamp(parsed("\"2026-04-02 08:05:06,5z\"")), utc(2026, 4, 2, 8, 5, 6, 500));
        QCOMPARE(json::timestamp(parsed("\"2026-04-02T08:05:06.07 +01\"")), utc(2026, 4, 2, 7, 5, 6, 70));
        QCOMPARE(json::timestamp(parsed("\"2026-04-02 +0100\"")), utc(2026, 4, 1, 23, 0, 0));
        QCOMPARE(json::timestamp(parsed("\"2026-04-02 Z\"")), utc(2026, 4, 2, 0, 0, 0));
        QCOMPARE(json::timestamp(parsed("\"  2026-04-02T08:05:06Z  \"")), utc(2026, 4, 2, 8, 5, 6));
        QCOMPARE(json::timestamp(parsed("\"2026-04-02T08:05:06.123456789-00:30\"")), utc(2026, 4, 2, 8, 35, 6, 123));
        QCOMPARE(json::timestamp(parsed("\"2026-03-30T08:57:47.921+00:00\"")).timeSpec(), Qt::UTC);
        for (const char *bad : {"\"2026-04-02T\"", "\"2026-04-02T08\"", "\"2026-04-02T08:5\"", "\"2026-04-02T08:05:6\"",
                                "\"2026-04-02T08:05:06.\"", "\"2026-04-02T08:05:06+08:\"", "\"2026-04-02T08:05:06+080\"",
                                "\"2026-04-02T08:05:06+8\"", "\"2026-04-02T08:05:06Zx\"", "\"2026-04-02x\"",
                                "\"2026-004-02\"", "\"20260-04-02\"", "\"2026-04-02 1\"", "\"2026-02-30\"",
                                "\"2026-04-02T24:00:00Z\"", "\"2026-04-02T08:60:00Z\"", "\"1234-\""})
            QVERIFY2(!json::timestamp(parsed(bad)).isValid(), bad);
    }

    void timestamp_nullAndOtherTypesInvalid()
    {
        QVERIFY(!json::timestamp(QJsonValue(QJsonValue::Null)).isValid());
        QVERIFY(!json::timestamp(QJsonValue(QJsonValue::Undefined)).isValid());
        QVERIFY(!json::timestamp(QJsonValue(true)).isValid());
        QVERIFY(!json::timestamp(parsed("{}")).isValid());
    }

    void timestamp_zeroIsNotSet_resolveTime()
    {
        // chapter 4: "resolve_time": 0 on an unresolved case
        QVERIFY(!json::timestamp(parsed("0")).isValid());
        QVERIFY(!json::timestamp(parsed("\"0\"")).isValid());
    }

    // ---- timeZone() ----
    void timeZone_xTimeZoneHeaderForms()
    {
        QCOMPARE(json::timeZone(u"GMT+8").offsetFromUtc(QDateTime::currentDateTimeUtc()), 8 * 3600);
        QCOMPARE(json::timeZone(u"GMT+08:00").offsetFromUtc(QDateTime::currentDateTimeUtc()), 8 * 3600);
        QCOMPARE(json::timeZone(u"UTC-5:30").offsetFromUtc(QDateTime::currentDateTimeUtc()),
                 -(5 * 3600 + 1800));
        QCOMPARE(json::timeZone(u"+0800").offsetFromUtc(QDateTime::currentDateTimeUtc()), 8 * 3600);
        QCOMPARE(json::timeZone(u"GMT").offsetFromUtc(QDateTime::currentDateTimeUtc()), 0);
    }

    void timeZone_ianaIdAndGarbage()
    {
        QVERIFY(json::timeZone(u"Asia/Shanghai").isValid());
        QVERIFY(!json::timeZone(u"test").isValid());
        QVERIFY(!json::timeZone(u"GMT+99").isValid());
        QVERIFY(!json::timeZone(u"").isValid());
    }

    // ---- array() ----
    void array_arrayAsIs()
    {
        const QJsonArray a = json::array(parsed("[1, \"b\", {}]"));
        QCOMPARE(a.size(), 3);
        QCOMPARE(a.at(1).toString(), QStringLiteral("b"));
    }

    void array_singleObjectBecomesArray_specialApprovalCaseInfo()
    {
        // 5.7.1 special_approval_case_info, 5.8.3 extends_params: arrays in tables, objects in examples
        const QJsonArray a = json::array(parsed("{\"used\": 1, \"max_quota\": 5}"));
        QCOMPARE(a.size(), 1);
        QCOMPARE(a.at(0).toObject().value(QLatin1String("max_quota")).toInt(), 5);
    }

    void array_stringHoldingJsonArray_itemIds()
    {
        // API.md §8: item_ids arrays sent as strings
        const QJsonArray a = json::array(parsed("\"[\\\"id1\\\", \\\"id2\\\"]\""));
        QCOMPARE(a, (QJsonArray{QStringLiteral("id1"), QStringLiteral("id2")}));
    }

    void array_commaSeparatedString_relatedIdList()
    {
        // API.md §8: related_id_list sent as a string; 5.14.1 config_value "test1,test2"
        QCOMPARE(json::array(parsed("\"a,b\"")), (QJsonArray{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(json::array(parsed("\" a , ,b \"")), (QJsonArray{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(json::array(parsed("\"single\"")), QJsonArray{QStringLiteral("single")});
    }

    void array_nullAndEmptyStringAreEmpty()
    {
        QVERIFY(json::array(QJsonValue(QJsonValue::Null)).isEmpty());
        QVERIFY(json::array(QJsonValue(QJsonValue::Undefined)).isEmpty());
        QVERIFY(json::array(parsed("\"  \"")).isEmpty());
    }

    void array_scalarBecomesOneElement()
    {
        QCOMPARE(json::array(parsed("7")), QJsonArray{7});
        QCOMPARE(json::array(QJsonValue(true)), QJsonArray{true});
    }

    // ---- object() ----
    void object_objectAsIs()
    {
        QCOMPARE(json::object(parsed("{\"a\": 1}")).value(QLatin1String("a")).toInt(), 1);
    }

    void object_arrayGivesFirstObject_extInfo()
    {
        // 5.11.4 ext_info, 5.11.6 cc_email_info, 5.11.8 partners_service_info: objects in tables, arrays in
        // examples
        const QJsonObject o = json::object(parsed("[null, {\"area_code\": \"86\"}, {\"area_code\": \"1\"}]"));
        QCOMPARE(o.value(QLatin1String("area_code")).toString(), QStringLiteral("86"));
    }

    void object_emptyArrayGivesEmpty()
    {
        QVERIFY(json::object(parsed("[]")).isEmpty());
        QVERIFY(json::object(parsed("[1, 2]")).isEmpty());
    }

    void object_nullGivesEmpty()
    {
        QVERIFY(json::object(QJsonValue(QJsonValue::Null)).isEmpty());
        QVERIFY(json::object(QJsonValue(QJsonValue::Undefined)).isEmpty());
        QVERIFY(json::object(parsed("\"test\"")).isEmpty());
    }

    void object_stringHoldingJsonObject_formData()
    {
        // 5.5.1 form_data is a JSON document inside a String
        const QJsonObject o = json::object(parsed("\"{\\\"fileName\\\": \\\"test.jpg\\\"}\""));
        QCOMPARE(o.value(QLatin1String("fileName")).toString(), QStringLiteral("test.jpg"));
    }

    // ---- field() ----
    void field_countOrTotalCount()
    {
        // 5.8.2, 5.11.5, 5.11.9: table "count", example "total_count"
        const QJsonObject table{{QLatin1String("count"), 3}};
        const QJsonObject example{{QLatin1String("total_count"), 1}};
        QCOMPARE(json::field(table, {"count", "total_count"}).toInt(), 3);
        QCOMPARE(json::field(example, {"count", "total_count"}).toInt(), 1);
        // the first alias wins when both are present
        const QJsonObject both{{QLatin1String("count"), 3}, {QLatin1String("total_count"), 1}};
        QCOMPARE(json::field(both, {"count", "total_count"}).toInt(), 3);
        QCOMPARE(json::field(both, {"total_count", "count"}).toInt(), 1);
    }

    void field_incidentStatusesCounts()
    {
        // 5.11.3: table incident_statuses_counts, example incident_status_counts
        const QJsonObject example{{QLatin1String("incident_status_counts"), QJsonArray{1}}};
        const QJsonValue v = json::field(example, {"incident_statuses_counts", "incident_status_counts"});
        QVERIFY(v.isArray());
        QCOMPARE(v.toArray().size(), 1);
    }

    void field_mcEmailInfo_latin1Overload()
    {
        // 5.11.6: mc_email_info / mc_email_infos
        const QJsonObject example{{QLatin1String("mc_email_infos"), QStringLiteral("x")}};
        const QJsonValue v =
            json::field(example, {QLatin1StringView("mc_email_info"), QLatin1StringView("mc_email_infos")});
        QCOMPARE(v.toString(), QStringLiteral("x"));
    }

    void field_nullAliasSkipped()
    {
        const QJsonObject o{{QLatin1String("count"), QJsonValue::Null}, {QLatin1String("total_count"), 5}};
        QCOMPARE(json::field(o, {"count", "total_count"}).toInt(), 5);
    }

    void field_noneGivesUndefined()
    {
        const QJsonObject o{{QLatin1String("count"), QJsonValue::Null}};
        QVERIFY(json::field(o, {"count", "total_count"}).isUndefined());
        QCOMPARE(json::integer(json::field(o, {"count", "total_count"}), 42), 42);
    }

    // ---- stringList() ----
    void stringList_arrayOfMixedScalars()
    {
        QCOMPARE(json::stringList(parsed("[\"password\", 12, true]")),
                 (QStringList{QStringLiteral("password"), QStringLiteral("12"), QStringLiteral("true")}));
    }

    void stringList_commaSeparatedString_contactType()
    {
        // chapter 4 ext_info "contact_type": "0,1,2"
        QCOMPARE(json::stringList(parsed("\"0,1,2\"")),
                 (QStringList{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2")}));
    }

    void stringList_dropsEmptyAndNull()
    {
        QCOMPARE(json::stringList(parsed("[\"a\", null, \"\", \"b\"]")),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QVERIFY(json::stringList(QJsonValue(QJsonValue::Null)).isEmpty());
    }

    // ---- writers ----
    void writers_isoTextAndEpochSeconds()
    {
        QCOMPARE(json::isoText(utc(2026, 3, 24, 1, 29, 42, 464)).toString(),
                 QStringLiteral("2026-03-24T01:29:42.464Z"));
        QCOMPARE(json::isoText(QDateTime()).toString(), QString());
        QCOMPARE(json::epochSeconds(utc(2022, 1, 1, 0, 0, 0)).toInteger(), Q_INT64_C(1640995200));
        QVERIFY(json::epochSeconds(QDateTime()).isNull());
        // what is written reads back
        QCOMPARE(json::timestamp(json::isoText(utc(2026, 3, 24, 1, 29, 42, 464))),
                 utc(2026, 3, 24, 1, 29, 42, 464));
    }

    void writers_mergedKeepsUnknownKeys()
    {
        const QJsonObject raw{{QLatin1String("a"), 1}, {QLatin1String("b"), 2}};
        const QJsonObject m = json::merged(raw, QJsonObject{{QLatin1String("b"), 3}});
        QCOMPARE(m.value(QLatin1String("a")).toInt(), 1);
        QCOMPARE(m.value(QLatin1String("b")).toInt(), 3);
    }
};

QTEST_GUILESS_MAIN(TestJsonRead)
#include "tst_jsonread.moc"
