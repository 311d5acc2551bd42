// Case value types read from the reference's own response examples (tests/data/endpoints.json), verbatim.
#include "ReferenceExamples.h"
#include "model/CaseDetail.h"
#include "model/CaseList.h"
#include "model/CaseStatus.h"
#include "model/JsonRead.h"
#include "model/Label.h"
#include "model/StatusCounts.h"

#include <QTest>
#include <QTimeZone>

using namespace osm;

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi, int s)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc());
}

} // namespace

class TestCaseModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // ---- Label ----
    void label_fromListLabelsExample()
    {
        QJsonParseError error;
        const QJsonObject body =
            QJsonDocument::fromJson(osmtest::responseExample("list_labels"), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const Label label =
            Label::fromJson(body.value(QLatin1String("label_list")).toArray().at(0).toObject());
        QCOMPARE(label.labelId, 1);
        QCOMPARE(label.name, QStringLiteral("test"));
        QCOMPARE(label.color, QStringLiteral("#000000"));
    }

    void label_roundTripWritesTableNames()
    {
        const Label label{7, QStringLiteral("urgent"), QStringLiteral("#ff0000")};
        const QJsonObject written = label.toJson();
        QCOMPARE(osmtest::keys(written), osmtest::tableFields("list_labels", {QStringLiteral("label_list")}));
        QCOMPARE(written.value(QLatin1String("label_id")).toInt(), 7);
        QCOMPARE(Label::fromJson(written), label);
    }

    void label_idAsString()
    {
        const QJsonObject o{{QLatin1String("label_id"), QStringLiteral("12")}, {QLatin1String("name"), 5}};
        const Label label = Label::fromJson(o);
        QCOMPARE(label.labelId, 12);
        QCOMPARE(label.name, QStringLiteral("5"));
    }

    // ---- CaseStatus ----
    void caseStatus_allDocumentedCodes()
    {
        QCOMPARE(CaseStatus::all(), (QList<int>{0, 1, 2, 3, 4, 5, 12, 13, 17}));
        QVERIFY(CaseStatus::isKnown(17));
        QVERIFY(!CaseStatus::isKnown(6));
    }

    void caseStatus_displayNames()
    {
        // No translator installed: the English source texts.
        QCOMPARE(CaseStatus::displayName(CaseStatus::PendingAcceptance),
                 QStringLiteral("Pending acceptance"));
        QCOMPARE(CaseStatus::displayName(1), QStringLiteral("In progress"));
        QCOMPARE(CaseStatus::displayName(2), QStringLiteral("Result to be confirmed"));
        QCOMPARE(CaseStatus::displayName(3), QStringLiteral("Completed"));
        QCOMPARE(CaseStatus::displayName(4), QStringLiteral("Cancelled"));
        QCOMPARE(CaseStatus::displayName(5), QStringLiteral("Paused"));
        QCOMPARE(CaseStatus::displayName(12), QStringLiteral("Invalid"));
        QCOMPARE(CaseStatus::displayName(13), QStringLiteral("Deleted"));
        QCOMPARE(CaseStatus::displayName(17), QStringLiteral("Awaiting feedback"));
        QSet<QString> names;
        for (int status : CaseStatus::all())
            names.insert(CaseStatus::displayName(status));
        QCOMPARE(names.size(), CaseStatus::all().size());
    }

    void caseStatus_unknownCode()
    {
        QCOMPARE(CaseStatus::displayName(42), QStringLiteral("Status 42"));
        QCOMPARE(CaseStatus::displayName(-1), QStringLiteral("Status -1"));
    }

    // ---- CaseList / CaseSummary ----
    void caseList_fromListCasesExample_totalCount()
    {
        const QJsonObject endpoint = osmtest::endpoint(QStringLiteral("list_cases"));
        QVERIFY(endpoint.value(QLatin1String("response_example_is_valid_json")).toBool());
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(osmtest::responseExample("list_cases"), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(doc.object().contains(QLatin1String("total_count"))); // the example's name, not the table's

        const CaseList list = CaseList::fromJson(doc.object());
        QCOMPARE(list.count, 1);
        QCOMPARE(list.cases.size(), 1);
        const CaseSummary &c = list.cases.first();
        QCOMPARE(c.xcustomerId, QStringLiteral("test"));
        QCOMPARE(c.xcustomerName, QStringLiteral("test"));
        QCOMPARE(c.status, 0);
        QCOMPARE(c.incidentId, QStringLiteral("test"));
        QCOMPARE(c.businessTypeName, QStringLiteral("test"));
        QCOMPARE(c.incidentTypeName, QStringLiteral("test"));
        QCOMPARE(c.customerId, QStringLiteral("test"));
        QCOMPARE(c.dcName, QStringLiteral("test"));
        QCOMPARE(c.simpleDescription, QStringLiteral("test"));
        QVERIFY(!c.createTime.isValid()); // "create_time": "test"
        QVERIFY(!c.confirmedTime.isValid());
        QVERIFY(c.productCategoryName.isEmpty());
        QCOMPARE(c.gray, false);
        QCOMPARE(c.labels.size(), 1);
        QCOMPARE(c.labels.first(), (Label{1, QStringLiteral("test"), QStringLiteral("test")}));
    }

    void caseList_totalCountIsNotThePageSize()
    {
        // The example's total_count equals its page size; the total must come from the field, not the page.
        const QJsonObject body{{QLatin1String("total_count"), 40},
                               {QLatin1String("incident_info_list"), QJsonArray{QJsonObject{}}}};
        const CaseList list = CaseList::fromJson(body);
        QCOMPARE(list.count, 40);
        QCOMPARE(list.cases.size(), 1);
    }

    void caseList_countFromTableName()
    {
        const QJsonObject body{{QLatin1String("count"), 250},
                               {QLatin1String("incident_info_list"), QJsonArray{}}};
        QCOMPARE(CaseList::fromJson(body).count, 250);
    }

    void caseList_countAsString()
    {
        // API.md §8: "count": "123"
        const QJsonObject body{{QLatin1String("count"), QStringLiteral("123")}};
        QCOMPARE(CaseList::fromJson(body).count, 123);
    }

    void caseList_missingCountIsPageSize()
    {
        const QJsonObject body{
            {QLatin1String("incident_info_list"), QJsonArray{QJsonObject{}, QJsonObject{}}}};
        const CaseList list = CaseList::fromJson(body);
        QCOMPARE(list.cases.size(), 2);
        QCOMPARE(list.count, 2);
    }

    void caseSummary_isoTimesAndGray()
    {
        const QJsonObject o{{QLatin1String("create_time"), QStringLiteral("2026-03-24T01:29:42.464+00:00")},
                            {QLatin1String("confirmed_time"), 1640995200},
                            {QLatin1String("gray"), 1},
                            {QLatin1String("status"), QStringLiteral("17")},
                            {QLatin1String("type"), 2}};
        const CaseSummary c = CaseSummary::fromJson(o);
        QCOMPARE(c.createTime, QDateTime(QDate(2026, 3, 24), QTime(1, 29, 42, 464), QTimeZone::utc()));
        QCOMPARE(c.confirmedTime, utc(2022, 1, 1, 0, 0, 0));
        QCOMPARE(c.gray, true);
        QCOMPARE(c.status, 17);
        QCOMPARE(c.type, 2);
    }

    void caseList_roundTripWritesTableNames()
    {
        const CaseList list =
            CaseList::fromJson(QJsonDocument::fromJson(osmtest::responseExample("list_cases")).object());
        const QJsonObject written = list.toJson();
        QCOMPARE(osmtest::keys(written), osmtest::tableFields("list_cases"));
        QVERIFY(written.contains(QLatin1String("count")));
        QVERIFY(!written.contains(QLatin1String("total_count")));
        QCOMPARE(written.value(QLatin1String("count")).toInteger(), 1);

        const QJsonObject summary =
            written.value(QLatin1String("incident_info_list")).toArray().at(0).toObject();
        QCOMPARE(osmtest::keys(summary),
                 osmtest::tableFields("list_cases", {QStringLiteral("incident_info_list")}));
        QCOMPARE(summary.value(QLatin1String("incident_id")).toString(), QStringLiteral("test"));
        QCOMPARE(summary.value(QLatin1String("label_list"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("label_id"))
                     .toInt(),
                 1);

        // Reading what was written gives the same value, and writing it again the same JSON.
        const CaseList again = CaseList::fromJson(written);
        QCOMPARE(again.count, list.count);
        QCOMPARE(again.cases.first().incidentId, list.cases.first().incidentId);
        QCOMPARE(again.cases.first().labels, list.cases.first().labels);
        QCOMPARE(again.toJson(), written);
    }

    void caseSummary_timesWrittenAsIsoText()
    {
        CaseSummary c;
        c.createTime = utc(2026, 3, 24, 1, 29, 42);
        const QJsonObject written = c.toJson();
        QCOMPARE(written.value(QLatin1String("create_time")).toString(),
                 QStringLiteral("2026-03-24T01:29:42.000Z"));
        QCOMPARE(written.value(QLatin1String("confirmed_time")).toString(), QString());
        QCOMPARE(CaseSummary::fromJson(written).createTime, c.createTime);
    }

    void caseSummary_unknownFieldsSurvive()
    {
        const QJsonObject o{{QLatin1String("incident_id"), QStringLiteral("TS-1")},
                            {QLatin1String("future_field"), QStringLiteral("kept")}};
        const QJsonObject written = CaseSummary::fromJson(o).toJson();
        QCOMPARE(written.value(QLatin1String("future_field")).toString(), QStringLiteral("kept"));
        QCOMPARE(written.value(QLatin1String("incident_id")).toString(), QStringLiteral("TS-1"));
    }

    void caseSummary_keepsOnlyUnmodelledFieldsAndUtcTimes()
    {
        // A list holds up to 100,000 summaries: no copy of the modelled fields, times without a zone object.
        const QJsonObject o{{QLatin1String("incident_id"), QStringLiteral("TS-2")},
                            {QLatin1String("simple_description"), QStringLiteral("disk full")},
                            {QLatin1String("create_time"), QStringLiteral("2026-03-24T09:29:42+08:00")},
                            {QLatin1String("future_field"), 7}};
        const CaseSummary c = CaseSummary::fromJson(o);
        QCOMPARE(c.extra, QJsonObject({{QLatin1String("future_field"), 7}}));
        QCOMPARE(c.createTime.timeSpec(), Qt::UTC);
        QCOMPARE(c.createTime, QDateTime(QDate(2026, 3, 24), QTime(1, 29, 42), QTimeZone::utc()));
        QCOMPARE(CaseSummary::fromJson(QJsonObject{{QLatin1String("incident_id"), QStringLiteral("TS-3")}}).extra,
                 QJsonObject());
        const QJsonObject written = c.toJson();
        QCOMPARE(written.value(QLatin1String("future_field")).toInt(), 7);
        QCOMPARE(written.value(QLatin1String("simple_description")).toString(), QStringLiteral("disk full"));
    }

    // ---- StatusCounts ----
    void statusCounts_fromExample_incidentStatusCounts()
    {
        QJsonParseError error;
        const QJsonDocument doc =
            QJsonDocument::fromJson(osmtest::responseExample("count_cases_by_status"), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(doc.object().contains(QLatin1String("incident_status_counts"))); // the example's spelling

        const StatusCounts counts = StatusCounts::fromJson(doc.object());
        QCOMPARE(counts.counts.size(), 1);
        QCOMPARE(counts.counts.first().status, 1);
        QCOMPARE(counts.counts.first().count, 1);
        QCOMPARE(counts.countFor(CaseStatus::InProgress), 1);
        QCOMPARE(counts.countFor(CaseStatus::Completed), 0);
        QCOMPARE(counts.total(), 1);
    }

    void statusCounts_fromTableName()
    {
        const QJsonObject body{
            {QLatin1String("incident_statuses_counts"),
             QJsonArray{QJsonObject{{QLatin1String("status"), 0}, {QLatin1String("count"), 4}},
                        QJsonObject{{QLatin1String("status"), 17}, {QLatin1String("count"), "2"}}}}};
        const StatusCounts counts = StatusCounts::fromJson(body);
        QCOMPARE(counts.countFor(0), 4);
        QCOMPARE(counts.countFor(17), 2);
        QCOMPARE(counts.total(), 6);
    }

    void statusCounts_roundTripWritesTableName()
    {
        const StatusCounts counts = StatusCounts::fromJson(
            QJsonDocument::fromJson(osmtest::responseExample("count_cases_by_status")).object());
        const QJsonObject written = counts.toJson();
        QCOMPARE(osmtest::keys(written), osmtest::tableFields("count_cases_by_status"));
        QVERIFY(written.contains(QLatin1String("incident_statuses_counts")));
        QVERIFY(!written.contains(QLatin1String("incident_status_counts")));
        const QJsonObject row =
            written.value(QLatin1String("incident_statuses_counts")).toArray().at(0).toObject();
        QCOMPARE(osmtest::keys(row),
                 osmtest::tableFields("count_cases_by_status", {QStringLiteral("incident_statuses_counts")}));
        QCOMPARE(StatusCounts::fromJson(written), counts);
    }

    // ---- CaseDetail ----
    void caseDetail_fromShowCaseDetailExample()
    {
        QVERIFY(osmtest::endpoint(QStringLiteral("show_case_detail"))
                    .value(QLatin1String("response_example_is_valid_json"))
                    .toBool());
        QJsonParseError error;
        const QJsonDocument doc =
            QJsonDocument::fromJson(osmtest::responseExample("show_case_detail"), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);

        const CaseDetail d = CaseDetail::fromJson(doc.object());
        QCOMPARE(d.incidentId, QStringLiteral("123"));
        QCOMPARE(d.businessTypeName, QStringLiteral("123"));
        QCOMPARE(d.incidentTypeName, QStringLiteral("123"));
        QCOMPARE(d.customerId, QStringLiteral("123"));
        QCOMPARE(d.xcustomerId, QStringLiteral("123"));
        QCOMPARE(d.xcustomerName, QStringLiteral("123"));
        QCOMPARE(d.dcName, QStringLiteral("123"));
        QCOMPARE(d.simpleDescription, QStringLiteral("123"));
        QCOMPARE(d.status, 1);
        QCOMPARE(d.judgement, QStringLiteral("123"));
        QCOMPARE(d.incidentSubTypeName, QStringLiteral("公共基础类"));
        QCOMPARE(d.caseTypeId, 0);
        QCOMPARE(d.caseSubtypeId, QStringLiteral("1"));
        QCOMPARE(d.businessTypeId, QStringLiteral("bbc55125113045b8bfec2b10b2b97f7a"));
        QCOMPARE(d.productCategoryId, QStringLiteral("0c0d845de042443c98257417d89e6c3b"));
        QCOMPARE(d.productCategoryName, QStringLiteral("配额类"));
        QCOMPARE(d.problemTypeId, QStringLiteral("2"));
        QCOMPARE(d.confirmedTime, utc(2022, 1, 1, 0, 0, 0)); // 1640995200
        // The example has "create_time" twice: 1640995200, then "123". QJsonDocument keeps the last one,
        // a numeric string, read as epoch seconds.
        QCOMPARE(d.createTime, QDateTime::fromSecsSinceEpoch(123, QTimeZone::utc()));
        QCOMPARE(d.sourceName, QStringLiteral("123"));
        QCOMPARE(d.severityName, QStringLiteral("test"));
        QCOMPARE(d.businessOwnership, int(CaseDetail::BpPartner));
        QVERIFY(!d.resolveTime.isValid()); // "resolve_time": "test"
        QVERIFY(!d.isAuthorized.has_value());

        QCOMPARE(d.messages.size(), 1);
        const Message &m = d.messages.first();
        QCOMPARE(m.type, int(Message::CustomerMessage));
        QCOMPARE(m.replier, QStringLiteral("test"));
        QCOMPARE(m.messageId, QStringLiteral("test"));
        QCOMPARE(m.content, QStringLiteral("test"));
        QCOMPARE(m.replierName, QStringLiteral("test"));
        QVERIFY(!m.createTime.isValid());
        QCOMPARE(m.accessories.size(), 1);
        QCOMPARE(m.accessories.first().accessoryId, QStringLiteral("test"));
        QCOMPARE(m.accessories.first().fileActualName, QStringLiteral("test"));

        QCOMPARE(d.satisfaction.size(), 1);
        const Satisfaction &s = d.satisfaction.first();
        QCOMPARE(s.satisfactionValue, 1);
        QCOMPARE(s.satisfactionId, 1);
        QCOMPARE(s.satisfactionName, QStringLiteral("test"));
        QCOMPARE(s.parentCategoryId, QStringLiteral("test"));
        QCOMPARE(s.instanceName, QStringLiteral("test"));
        QCOMPARE(s.satCategoryId, QStringLiteral("test"));
        QCOMPARE(s.satCategoryName, QStringLiteral("test"));

        // ext_info: an array in the example, an object in the table
        QVERIFY(doc.object()
                    .value(QLatin1String("incident_detail_info"))
                    .toObject()
                    .value(QLatin1String("ext_info"))
                    .isArray());
        QCOMPARE(d.extInfo.areaCode, QStringLiteral("test"));
        QCOMPARE(d.extInfo.remindMobile, QStringLiteral("test"));
        QCOMPARE(d.extInfo.remindMail, QStringLiteral("test"));
        QCOMPARE(d.extInfo.contactType, QStringLiteral("test"));
        QCOMPARE(d.extInfo.remindTime, QStringLiteral("test"));
        QCOMPARE(d.extInfo.ccEmail, QStringLiteral("test"));
        QCOMPARE(d.extInfo.commodityId, QStringLiteral("test"));
    }

    void caseDetail_extInfoAsObject_chapter4Siblings()
    {
        // Chapter 4's example (repaired: it is not well-formed) closes incident_detail_info early, leaving
        // is_authorized, resolve_time, business_ownership and ext_info (an object there) beside it.
        const QByteArray body = R"({
          "incident_detail_info": {
            "xcustomer_name": "test", "status": 0, "incident_id": "TT-123456",
            "business_type_name": "活动规则咨询", "source_name": "用户中心",
            "create_time": "2020-12-25T09:24:18Z",
            "message_list": [ { "type": 0, "replier": "", "content": "123", "message_id": "",
                                "replier_name": "", "create_time": "2020-12-25T09:24:18Z",
                                "is_first_message": 0,
                                "accessory_list": [ { "accessory_id": "", "file_actual_name": "test.jpg" } ] } ]
          },
          "incident_satisfaction": [],
          "is_authorized": 0,
          "resolve_time": 0,
          "business_ownership": 2,
          "ext_info": { "area_code": "", "remind_mobile": "", "remind_mail": "", "contact_type": "0,1,2",
                        "remind_time": "0", "cc_email": "" }
        })";
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const CaseDetail d = CaseDetail::fromJson(doc.object());
        QCOMPARE(d.incidentId, QStringLiteral("TT-123456"));
        QCOMPARE(d.status, int(CaseStatus::PendingAcceptance)); // "Status 0表示待受理"
        QCOMPARE(d.businessTypeName, QStringLiteral("活动规则咨询"));
        QCOMPARE(d.createTime, utc(2020, 12, 25, 9, 24, 18));
        QCOMPARE(d.isAuthorized, std::optional<int>(0));
        QVERIFY(!d.resolveTime.isValid()); // 0 = not resolved
        QCOMPARE(d.businessOwnership, int(CaseDetail::Isv));
        QCOMPARE(d.extInfo.contactType, QStringLiteral("0,1,2"));
        QCOMPARE(d.extInfo.contactTypes(),
                 (QStringList{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2")}));
        QCOMPARE(d.extInfo.remindTime, QStringLiteral("0"));
        QCOMPARE(d.messages.size(), 1);
        QCOMPARE(d.messages.first().isFirstMessage, std::optional<int>(0));
        QCOMPARE(d.messages.first().accessories.first().fileActualName, QStringLiteral("test.jpg"));
        QCOMPARE(d.messages.first().createTime, utc(2020, 12, 25, 9, 24, 18));
    }

    void caseDetail_bareObjectWithoutWrapper()
    {
        const QJsonObject inner{{QLatin1String("incident_id"), QStringLiteral("TS-9")},
                                {QLatin1String("status"), 3}};
        const CaseDetail d = CaseDetail::fromJson(inner);
        QCOMPARE(d.incidentId, QStringLiteral("TS-9"));
        QCOMPARE(d.status, 3);
    }

    void caseDetail_roundTripWritesTableNames()
    {
        const CaseDetail d = CaseDetail::fromJson(
            QJsonDocument::fromJson(osmtest::responseExample("show_case_detail")).object());
        const QJsonObject written = d.toJson();
        QCOMPARE(osmtest::keys(written), osmtest::tableFields("show_case_detail"));
        const QJsonObject inner = written.value(QLatin1String("incident_detail_info")).toObject();
        const QSet<QString> table =
            osmtest::tableFields("show_case_detail", {QStringLiteral("incident_detail_info")});
        QVERIFY(table.size() >= 30);
        QSet<QString> missing = table;
        missing.subtract(osmtest::keys(inner));
        QVERIFY2(missing.isEmpty(), "a table field is not written");
        QSet<QString> extra = osmtest::keys(inner);
        extra.subtract(table);
        QVERIFY2(extra.isEmpty(), "a field outside the table is written");

        // Table shapes and types: ext_info an object, Timestamp fields epoch seconds.
        QVERIFY(inner.value(QLatin1String("ext_info")).isObject());
        QCOMPARE(osmtest::keys(inner.value(QLatin1String("ext_info")).toObject()),
                 osmtest::tableFields("show_case_detail",
                                      {QStringLiteral("incident_detail_info"), QStringLiteral("ext_info")}));
        QCOMPARE(inner.value(QLatin1String("confirmed_time")).toInteger(), Q_INT64_C(1640995200));
        QCOMPARE(inner.value(QLatin1String("create_time")).toInteger(), Q_INT64_C(123));
        QVERIFY(inner.value(QLatin1String("resolve_time")).isNull());
        const QJsonObject satisfaction =
            inner.value(QLatin1String("incident_satisfaction")).toArray().at(0).toObject();
        QCOMPARE(osmtest::keys(satisfaction),
                 osmtest::tableFields("show_case_detail", {QStringLiteral("incident_detail_info"),
                                                           QStringLiteral("incident_satisfaction")}));

        const CaseDetail again = CaseDetail::fromJson(written);
        QCOMPARE(again.incidentId, d.incidentId);
        QCOMPARE(again.confirmedTime, d.confirmedTime);
        QCOMPARE(again.createTime, d.createTime);
        QCOMPARE(again.extInfo, d.extInfo);
        QCOMPARE(again.satisfaction, d.satisfaction);
        QCOMPARE(again.messages.size(), 1);
        QCOMPARE(again.messages.first().accessories.first().fileActualName, QStringLiteral("test"));
        QCOMPARE(again.toJson(), written);
    }

    void caseDetail_unknownFieldsSurvive()
    {
        const QJsonObject body{
            {QLatin1String("incident_detail_info"),
             QJsonObject{{QLatin1String("incident_id"), QStringLiteral("TS-1")},
                         {QLatin1String("new_nested"), QJsonObject{{QLatin1String("k"), 1}}}}}};
        const CaseDetail d = CaseDetail::fromJson(body);
        QCOMPARE(d.raw.value(QLatin1String("new_nested")).toObject().value(QLatin1String("k")).toInt(), 1);
        const QJsonObject inner = d.toJson().value(QLatin1String("incident_detail_info")).toObject();
        QCOMPARE(inner.value(QLatin1String("new_nested")).toObject().value(QLatin1String("k")).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCaseModels)
#include "tst_casemodels.moc"
