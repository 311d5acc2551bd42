// 5.3 case writes, end to end: each typed operation against the in-process simulator (the request as received
// and the parsed answer), the reference's own response examples, the limits refused before sending, and the
// service's rules as the simulator applies them: create_case's checks and quota, the action status rules, urging
// too soon / too often, the rating rules and the group rule.
#include "ApiTestSupport.h"
#include "api/CaseQueries.h"
#include "api/CaseWrites.h"
#include "data/AgreementBook.h"
#include "data/CaseJournal.h"
#include "data/Catalog.h"
#include "data/QuotaBook.h"
#include "data/UrgeRules.h"
#include "routes/GroupAccess.h"

#include <QRegularExpression>
#include <QTest>

using namespace osm;
using osmtest::wait;

class TestCaseWrites : public osmtest::SimulatorTest
{
    Q_OBJECT

    sim::UrgeRules &urge() { return sim::UrgeRules::of(*m_server); }
    static const sim::Catalog &catalog() { return sim::Catalog::instance(); }

    // A case of the demo account in `status` (optionally not rated / without a group).
    sim::CaseRecord *caseIn(int status, bool unrated = false)
    {
        for (sim::CaseRecord &c : data().cases()) {
            if (c.customerId == osmtest::demoDomain() && c.status == status
                && (!unrated || (c.satisfaction.isEmpty() && c.judgement.isEmpty())))
                return &c;
        }
        return nullptr;
    }

    sim::CaseRecord *record(const QString &caseId) { return data().findCase(osmtest::demoDomain(), caseId); }

    // A valid fault report (ECS "cannot log in": case type 5, so a region is required).
    static api::CreateCaseParams faultReport()
    {
        const sim::Catalog::Entry &type = catalog().businessTypes.at(0);
        api::CreateCaseParams p;
        p.incidentSubTypeId = QStringLiteral("2");
        p.productCategoryId = type.parentId;
        p.businessTypeId = type.id;
        p.regionId = QStringLiteral("cn-north-4");
        p.simpleDescription = QStringLiteral("无法通过 SSH 登录 ECS 实例");
        return p;
    }

    // A consultation (billing questions: 10 a month by the QuotaBook).
    static api::CreateCaseParams consultation()
    {
        const sim::Catalog::Entry &type = catalog().businessTypes.at(6);
        api::CreateCaseParams p;
        p.productCategoryId = type.parentId;
        p.businessTypeId = type.id;
        p.simpleDescription = QStringLiteral("How are promotions billed?");
        return p;
    }

    QString createCase(const api::CreateCaseParams &params)
    {
        const auto created = wait(api::createCase(client(), params));
        if (!created.ok())
            qWarning("%s", qPrintable(created.error().detailedMessage()));
        return created.ok() ? created->incidentId : QString();
    }

    api::RunCaseActionParams action(const QString &caseId, api::CaseAction a)
    {
        api::RunCaseActionParams p;
        p.caseId = caseId;
        p.action = a;
        return p;
    }

    // A signing record of the demo account (5.1.3 sign_agreement on the latest type-0 version).
    qint64 signedRecord()
    {
        const auto latest = sim::AgreementBook::latest(0);
        sim::AgreementBook::Signature record;
        if (!latest || sim::AgreementBook::of(*m_server).sign(osmtest::demoDomain(), {}, latest->id, {}, &record)
                           != sim::AgreementBook::SignResult::Signed)
            return 0;
        return record.recordId;
    }

    int journalCount(const QString &caseId, int type)
    {
        int n = 0;
        const sim::CaseRecord *c = record(caseId);
        for (const auto &e : sim::CaseJournal::of(*m_server).entriesOf(*c))
            n += e.operateType == type ? 1 : 0;
        return n;
    }

private Q_SLOTS:
    void init() { startSimulator(); }
    void cleanup() { stopSimulator(); }

    // ---- (a) contract: the request as the simulator received it, and the parsed answer ----

    void updateContactInfoContract()
    {
        sim::CaseRecord *open = caseIn(1);
        QVERIFY(open);
        const QString caseId = open->incidentId;
        api::UpdateContactInfoParams p;
        p.caseId = caseId;
        p.areaCode = QStringLiteral("852");
        p.remindMobile = QStringLiteral("91234567");
        p.remindMail = QStringLiteral("ops@example.org");
        p.remindTime = QStringLiteral("9:00-18:00");
        p.extensionMap = QJsonObject{{QLatin1String(api::extension::kContactType), QStringLiteral("1")},
                                     {QLatin1String(api::extension::kRemindCcEmail),
                                      QStringLiteral("a@example.org,b@example.org")}};
        const auto result = wait(api::updateCaseContactInfo(client(), p));
        QVERIFY2(result.ok(), qPrintable(result.error().detailedMessage()));
        const sim::RecordedRequest request = m_server->requests().last();
        QCOMPARE(request.method, QByteArray("PUT"));
        QCOMPARE(request.path, QStringLiteral("/v2/servicerequest/cases/%1/contact-info").arg(caseId));
        QVERIFY(request.rawQuery.isEmpty());
        const QJsonObject expected{{QStringLiteral("area_code"), QStringLiteral("852")},
                                   {QStringLiteral("remind_mobile"), QStringLiteral("91234567")},
                                   {QStringLiteral("remind_mail"), QStringLiteral("ops@example.org")},
                                   {QStringLiteral("remind_time"), QStringLiteral("9:00-18:00")},
                                   {QStringLiteral("extension_map"), p.extensionMap}};
        QCOMPARE(osmtest::lastBody(*m_server), expected);
        QCOMPARE(result.value(), Acknowledgement{});
        const sim::CaseRecord *c = record(caseId);
        QCOMPARE(c->areaCode, QStringLiteral("852"));
        QCOMPARE(c->remindMail, QStringLiteral("ops@example.org"));
        QCOMPARE(c->contactType, QStringLiteral("1"));
        QCOMPARE(c->ccEmail, QStringLiteral("a@example.org,b@example.org"));
        QCOMPARE(journalCount(caseId, sim::CaseJournal::ContactModified), 1);
        // Visible in the case detail's ext_info.
        const auto detail = wait(api::showCaseDetail(client(), caseId));
        QVERIFY(detail.ok());
        QCOMPARE(detail->extInfo.remindMail, QStringLiteral("ops@example.org"));
    }

    void createAndListExtendsParamsContract()
    {
        sim::CaseRecord *open = caseIn(17);
        QVERIFY(open);
        const QString caseId = open->incidentId;
        const QString messageId = data().messagesOf(caseId).first().messageId;
        api::CreateCaseExtendsParamsParams p;
        p.caseId = caseId;
        p.messageId = messageId;
        p.extendsMap = QJsonObject{{QStringLiteral("ECS_Instance_IP"), 123}, {QStringLiteral("remark"), QStringLiteral("x")}};
        const auto created = wait(api::createCaseExtendsParams(client(), p));
        QVERIFY2(created.ok(), qPrintable(created.error().detailedMessage()));
        sim::RecordedRequest request = m_server->requests().last();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QStringLiteral("/v2/servicerequest/cases/%1/extends-param").arg(caseId));
        QCOMPARE(osmtest::lastBody(*m_server), (QJsonObject{{QStringLiteral("message_id"), messageId},
                                                           {QStringLiteral("extends_map"), p.extendsMap}}));
        QCOMPARE(created.value(), Acknowledgement{});

        const auto listed = wait(api::listCaseExtendsParams(client(), caseId, open->groupId));
        QVERIFY2(listed.ok(), qPrintable(listed.error().detailedMessage()));
        request = m_server->requests().last();
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.path, QStringLiteral("/v2/servicerequest/cases/%1/extends-param").arg(caseId));
        QCOMPARE(osmtest::lastQuery(*m_server),
                 open->groupId.isEmpty() ? QueryItems{} : (QueryItems{{QStringLiteral("group_id"), open->groupId}}));
        QVERIFY(request.body.isEmpty());
        QCOMPARE(listed->extParams.size(), 2);
        QCOMPARE(listed->extParams.at(0).paramKey, QStringLiteral("ECS_Instance_IP"));
        QCOMPARE(listed->extParams.at(0).relaObjectPropertiesValue, QStringLiteral("123"));
        QCOMPARE(listed->extParams.at(0).paramType, 1);
        QCOMPARE(listed->extParams.at(1).relaObjectPropertiesValue, QStringLiteral("x"));
        QCOMPARE(listed->extParams.at(1).paramType, 3);
    }

    void listCustomerRegionsContract()
    {
        const auto result = wait(api::listCustomerRegions(client()));
        QVERIFY2(result.ok(), qPrintable(result.error().detailedMessage()));
        const sim::RecordedRequest request = m_server->requests().last();
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.path, QStringLiteral("/v2/servicerequest/customers/regions"));
        QVERIFY(request.rawQuery.isEmpty());
        QVERIFY(request.body.isEmpty());
        QVERIFY(!result->regionInfos.isEmpty());
        QCOMPARE(result->count, result->regionInfos.size());
        // Names in the request's X-Language.
        const bool english = request.header("X-Language").startsWith("en");
        for (const RegionInfo &region : result->regionInfos)
            QCOMPARE(region.regionName, sim::Catalog::nameOf(catalog().regions, region.regionId, english));
    }

    void createCaseContract()
    {
        api::CreateCaseParams p = faultReport();
        p.severityId = QStringLiteral("3");
        p.remindMail = QStringLiteral("me@example.org");
        p.remindMobile = QStringLiteral("13800000000");
        p.remindTime = QStringLiteral("9:00-18:00");
        p.areaCode = QStringLiteral("86");
        p.accessoryIds = {QStringLiteral("0123456789abcdef0123456789abcdef")};
        p.extendsMap = QJsonObject{{QStringLiteral("ecs_instance_id"), QStringLiteral("i-1")}};
        p.extensionMap = QJsonObject{{QLatin1String(api::extension::kRemindCcEmail), QStringLiteral("cc@example.org")}};
        p.incidentServiceType = QStringLiteral("IncidentService");
        p.agreementSignedRecordId = signedRecord();
        QVERIFY(*p.agreementSignedRecordId > 0);
        p.agentCode = QStringLiteral("1");
        const auto created = wait(api::createCase(client(), p));
        QVERIFY2(created.ok(), qPrintable(created.error().detailedMessage()));
        const sim::RecordedRequest request = m_server->requests().last();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QStringLiteral("/v2/servicerequest/cases"));
        QVERIFY(request.rawQuery.isEmpty());
        const QJsonObject expected{
            {QStringLiteral("incident_sub_type_id"), QStringLiteral("2")},
            {QStringLiteral("product_category_id"), p.productCategoryId},
            {QStringLiteral("business_type_id"), p.businessTypeId},
            {QStringLiteral("region_id"), QStringLiteral("cn-north-4")},
            {QStringLiteral("simple_description"), p.simpleDescription},
            {QStringLiteral("source_id"), QStringLiteral("83aeb0f2834c4df49826c781d32a963e")},
            {QStringLiteral("remind_mobile"), QStringLiteral("13800000000")},
            {QStringLiteral("remind_mail"), QStringLiteral("me@example.org")},
            {QStringLiteral("remind_time"), QStringLiteral("9:00-18:00")},
            {QStringLiteral("accessory_ids"), QJsonArray{QStringLiteral("0123456789abcdef0123456789abcdef")}},
            {QStringLiteral("extends_map"), p.extendsMap},
            {QStringLiteral("extension_map"), p.extensionMap},
            {QStringLiteral("severity_id"), QStringLiteral("3")},
            {QStringLiteral("area_code"), QStringLiteral("86")},
            {QStringLiteral("incident_service_type"), QStringLiteral("IncidentService")},
            {QStringLiteral("agreement_signed_record_id"), *p.agreementSignedRecordId},
            {QStringLiteral("agent_code"), QStringLiteral("1")},
        };
        QCOMPARE(osmtest::lastBody(*m_server), expected);

        const QString id = created->incidentId;
        // Shaped like the seeded ids: TS + date + digit + 8 letters + 4 digits (path-safe).
        QVERIFY2(QRegularExpression(QStringLiteral("^TS\\d{9}[A-Z]{8}\\d{4}$")).match(id).hasMatch(), qPrintable(id));
        const sim::CaseRecord *c = record(id);
        QVERIFY(c);
        QCOMPARE(c->status, 0); // 待受理
        QCOMPARE(c->caseTypeId, 5);
        QCOMPARE(c->regionId, QStringLiteral("cn-north-4"));
        QCOMPARE(c->ccEmail, QStringLiteral("cc@example.org"));
        // The description is the first message and carries the attachment ids.
        const QList<sim::MessageRecord> messages = data().messagesOf(id);
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.first().accessories.size(), 1);
        QCOMPARE(messages.first().accessories.first().id, QStringLiteral("0123456789abcdef0123456789abcdef"));
        QCOMPARE(journalCount(id, sim::CaseJournal::Create), 1);

        // Visible to the queries.
        const auto status = wait(api::showCaseStatus(client(), id));
        QVERIFY(status.ok());
        QCOMPARE(status->status, 0);
        api::ListCasesParams byId;
        byId.incidentId = id;
        const auto listed = wait(api::listCases(client(), byId));
        QVERIFY(listed.ok());
        QCOMPARE(listed->cases.size(), 1);
        const auto extended = wait(api::listCaseExtendsParams(client(), id));
        QVERIFY(extended.ok());
        QCOMPARE(extended->extParams.size(), 1);
        QCOMPARE(extended->extParams.first().paramKey, QStringLiteral("ecs_instance_id"));
    }

    void createCaseSendsVerifiedIdsAsHeaders()
    {
        // 5.3.5's two header parameters: the verified_id of a non-registered mobile / e-mail (5.13.2), signed
        // with the other headers (the simulator checks the signature) and absent when not given.
        api::CreateCaseParams p = faultReport();
        p.phoneVerifiedId = QStringLiteral("phone-verified-1");
        p.emailVerifiedId = QStringLiteral("mail-verified-2");
        const auto created = wait(api::createCase(client(), p));
        QVERIFY2(created.ok(), qPrintable(created.error().detailedMessage()));
        const sim::RecordedRequest request = m_server->requests().last();
        QCOMPARE(request.header("x-phone-verifiedid"), QByteArray("phone-verified-1"));
        QCOMPARE(request.header("x-email-verifiedid"), QByteArray("mail-verified-2"));
        QVERIFY(!QJsonDocument::fromJson(request.body).object().contains(QStringLiteral("x-phone-verifiedid")));

        const auto plain = wait(api::createCase(client(), faultReport()));
        QVERIFY(plain.ok());
        QVERIFY(m_server->requests().last().header("x-phone-verifiedid").isEmpty());
        QVERIFY(m_server->requests().last().header("x-email-verifiedid").isEmpty());
    }

    void createCaseTakesFromTheQuota()
    {
        const api::CreateCaseParams p = consultation();
        const auto before = sim::QuotaBook::of(*m_server).quota(osmtest::demoDomain(), p.productCategoryId, p.businessTypeId);
        QVERIFY(before);
        QVERIFY(!createCase(p).isEmpty());
        const auto after = sim::QuotaBook::of(*m_server).quota(osmtest::demoDomain(), p.productCategoryId, p.businessTypeId);
        QCOMPARE(after->unUsed, before->unUsed - 1);
        // The minimum body: the three required fields and the two the type needs.
        QCOMPARE(osmtest::keys(osmtest::lastBody(*m_server)),
                 (QSet<QString>{QStringLiteral("product_category_id"), QStringLiteral("business_type_id"),
                                QStringLiteral("simple_description"), QStringLiteral("source_id")}));
    }

    void createCaseScoreContract()
    {
        sim::CaseRecord *done = caseIn(3, true);
        QVERIFY(done);
        const QString caseId = done->incidentId;
        api::CreateCaseScoreParams p;
        p.caseId = caseId;
        p.judgement = QStringLiteral("很及时");
        Satisfaction timeliness;
        timeliness.satisfactionId = 6;
        timeliness.satisfactionValue = 5;
        timeliness.parentCategoryId = QStringLiteral("111");
        Satisfaction result;
        result.satisfactionId = 7;
        result.satisfactionValue = 4;
        p.satisfactions = {timeliness, result};
        const auto scored = wait(api::createCaseScore(client(), p));
        QVERIFY2(scored.ok(), qPrintable(scored.error().detailedMessage()));
        const sim::RecordedRequest request = m_server->requests().last();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QStringLiteral("/v2/servicerequest/cases/%1/score").arg(caseId));
        const QJsonObject expected{
            {QStringLiteral("judgement"), QStringLiteral("很及时")},
            {QStringLiteral("incident_satisfaction_list"),
             QJsonArray{QJsonObject{{QStringLiteral("satisfaction_id"), 6},
                                    {QStringLiteral("satisfaction_value"), 5},
                                    {QStringLiteral("parent_category_id"), QStringLiteral("111")}},
                        QJsonObject{{QStringLiteral("satisfaction_id"), 7}, {QStringLiteral("satisfaction_value"), 4}}}},
        };
        QCOMPARE(osmtest::lastBody(*m_server), expected);
        QCOMPARE(scored.value(), Acknowledgement{});
        const sim::CaseRecord *c = record(caseId);
        QCOMPARE(c->judgement, QStringLiteral("很及时"));
        QCOMPARE(c->satisfaction.size(), 2);
        QCOMPARE(c->satisfaction.at(1).value, 4);
        QCOMPARE(journalCount(caseId, sim::CaseJournal::Evaluate), 1);
        // Both required fields are sent even when empty.
        api::CreateCaseScoreParams empty;
        empty.caseId = caseId;
        QCOMPARE(empty.body(), (QJsonObject{{QStringLiteral("judgement"), QString()},
                                            {QStringLiteral("incident_satisfaction_list"), QJsonArray{}}}));
    }

    void runCaseActionContract_data()
    {
        QTest::addColumn<int>("action");
        QTest::addColumn<QString>("actionId");
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<int>("logType");
        QTest::newRow("cancel") << int(api::CaseAction::Cancel) << "cancel" << 0 << 4 << int(sim::CaseJournal::Cancel);
        QTest::newRow("close") << int(api::CaseAction::Close) << "close" << 2 << 3 << int(sim::CaseJournal::Close);
        QTest::newRow("press") << int(api::CaseAction::Press) << "press" << 1 << 1 << int(sim::CaseJournal::Press);
        QTest::newRow("delete") << int(api::CaseAction::Delete) << "delete" << 4 << 13 << int(sim::CaseJournal::Delete);
    }

    void runCaseActionContract()
    {
        QFETCH(int, action);
        QFETCH(QString, actionId);
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(int, logType);
        sim::CaseRecord *c = caseIn(from);
        QVERIFY(c);
        const QString caseId = c->incidentId;
        api::RunCaseActionParams p = this->action(caseId, api::CaseAction(action));
        p.operateDesc = QStringLiteral("test");
        const auto result = wait(api::runCaseAction(client(), p));
        QVERIFY2(result.ok(), qPrintable(result.error().detailedMessage()));
        const sim::RecordedRequest request = m_server->requests().last();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QStringLiteral("/v2/servicerequest/cases/%1/action").arg(caseId));
        QCOMPARE(osmtest::lastQuery(*m_server), (QueryItems{{QStringLiteral("action_id"), actionId}}));
        QCOMPARE(osmtest::lastBody(*m_server), (QJsonObject{{QStringLiteral("operate_desc"), QStringLiteral("test")}}));
        QCOMPARE(result.value(), Acknowledgement{});
        QCOMPARE(record(caseId)->status, to);
        QCOMPARE(journalCount(caseId, logType), 1);
        // The new status shows in show_case_status and show_case_detail.
        const auto status = wait(api::showCaseStatus(client(), caseId));
        QVERIFY(status.ok());
        QCOMPARE(status->status, to);
        const auto detail = wait(api::showCaseDetail(client(), caseId));
        QVERIFY(detail.ok());
        QCOMPARE(detail->status, to);
    }

    void closeWithRating()
    {
        sim::CaseRecord *c = caseIn(1);
        QVERIFY(c);
        const QString caseId = c->incidentId;
        api::RunCaseActionParams p = action(caseId, api::CaseAction::Close);
        p.judgement = QStringLiteral("good");
        Satisfaction s;
        s.satisfactionId = 6;
        s.satisfactionValue = 5;
        p.satisfactions = {s};
        QVERIFY(wait(api::runCaseAction(client(), p)).ok());
        QCOMPARE(osmtest::lastBody(*m_server),
                 (QJsonObject{{QStringLiteral("judgement"), QStringLiteral("good")},
                              {QStringLiteral("incident_satisfaction_list"),
                               QJsonArray{QJsonObject{{QStringLiteral("satisfaction_id"), 6},
                                                      {QStringLiteral("satisfaction_value"), 5}}}}}));
        QCOMPARE(record(caseId)->status, 3);
        QCOMPARE(record(caseId)->judgement, QStringLiteral("good"));
        QCOMPARE(journalCount(caseId, sim::CaseJournal::Evaluate), 1);
        // Rated with the close: a second rating is refused.
        api::CreateCaseScoreParams again;
        again.caseId = caseId;
        again.satisfactions = {s};
        OSM_VERIFY_BUSINESS_ERROR(wait(api::createCaseScore(client(), again)), "OSM.01010019");
    }

    // ---- (b) the reference's response examples, verbatim ----

    void createCaseExample()
    {
        QCOMPARE(osmtest::endpoint(QStringLiteral("create_case")).value(QLatin1String("response_example_is_valid_json")),
                 QJsonValue(true));
        const auto parsed = osmtest::parseBody<CaseCreated>(osmtest::responseExample(QStringLiteral("create_case")));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().detailedMessage()));
        QCOMPARE(parsed->incidentId, QStringLiteral("123"));
        QCOMPARE(osmtest::keys(parsed->toJson()), osmtest::tableFields(QStringLiteral("create_case")));
        QCOMPARE(CaseCreated::fromJson(parsed->toJson()), parsed.value());
    }

    void listCaseExtendsParamsExample()
    {
        const QString id = QStringLiteral("list_case_extends_params");
        QCOMPARE(osmtest::endpoint(id).value(QLatin1String("response_example_is_valid_json")), QJsonValue(true));
        const auto parsed = osmtest::parseBody<CaseExtendsParamList>(osmtest::responseExample(id));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().detailedMessage()));
        QCOMPARE(parsed->extParams.size(), 1);
        const CaseExtendsParam &e = parsed->extParams.first();
        QCOMPARE(e.paramKey, QStringLiteral("RESOURCE_ID"));
        QCOMPARE(e.relaObjectPropertiesValue, QStringLiteral("RESOURCE_ID"));
        QCOMPARE(e.paramName, QStringLiteral("ECS Resource Id"));
        QCOMPARE(e.paramDesc, QStringLiteral("ECS Resource Id (System parameter, do not delete)"));
        QCOMPARE(e.paramType, 3);
        // select_item is JSON inside a string: kept as the text.
        QCOMPARE(e.selectItem, QStringLiteral("{\"A\":\"选项1_EN\",\"B\":\"选项2_EN\"}"));
        // The example has no error_code/error_msg; the table has, and toJson writes them.
        QCOMPARE(osmtest::keys(parsed->toJson()), osmtest::tableFields(id));
        QCOMPARE(osmtest::keys(e.toJson()), osmtest::tableFields(id, {QStringLiteral("ext_params")}));
        QCOMPARE(CaseExtendsParamList::fromJson(parsed->toJson()), parsed.value());
    }

    void listCustomerRegionsExample()
    {
        const QString id = QStringLiteral("list_customer_regions");
        QCOMPARE(osmtest::endpoint(id).value(QLatin1String("response_example_is_valid_json")), QJsonValue(true));
        const auto parsed = osmtest::parseBody<CustomerRegionList>(osmtest::responseExample(id));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().detailedMessage()));
        QCOMPARE(parsed->count, 2);
        QCOMPARE(parsed->regionInfos, (QList<RegionInfo>{{QStringLiteral("1"), QStringLiteral("1")},
                                                         {QStringLiteral("2"), QStringLiteral("2")}}));
        QCOMPARE(osmtest::keys(parsed->toJson()), osmtest::tableFields(id));
        QCOMPARE(osmtest::keys(parsed->regionInfos.first().toJson()), osmtest::tableFields(id, {QStringLiteral("region_infos")}));
        // total_count instead of count, or no total at all.
        QCOMPARE(osmtest::parseBody<CustomerRegionList>("{\"total_count\":\"5\",\"region_infos\":[]}")->count, 5);
        QCOMPARE(osmtest::parseBody<CustomerRegionList>("{\"region_infos\":[{\"region_id\":\"a\"}]}")->count, 1);
    }

    void writeEndpointsExamples_data()
    {
        QTest::addColumn<QString>("id");
        for (const char *id : {"update_case_contact_info", "create_case_extends_params", "create_case_score", "run_case_action"})
            QTest::newRow(id) << QString::fromLatin1(id);
    }

    void writeEndpointsExamples()
    {
        QFETCH(QString, id);
        // The example is "无" (none): null in endpoints.json, neither valid nor invalid JSON.
        OSM_VERIFY_ACKNOWLEDGEMENT_WITHOUT_EXAMPLE(id);
    }

    // ---- (c) limits refused before sending ----

    void updateContactInfoRefused()
    {
        api::UpdateContactInfoParams p;
        OSM_VERIFY_REFUSED(*m_server, api::updateCaseContactInfo(client(), p), "case_id");
        p.caseId = QString(33, QLatin1Char('T'));
        OSM_VERIFY_REFUSED(*m_server, api::updateCaseContactInfo(client(), p), "case_id");
        p.caseId = QStringLiteral("TS1");
        p.areaCode = QString(33, QLatin1Char('8'));
        OSM_VERIFY_REFUSED(*m_server, api::updateCaseContactInfo(client(), p), "area_code");
        p.areaCode.clear();
        p.remindMobile = QString(33, QLatin1Char('1'));
        OSM_VERIFY_REFUSED(*m_server, api::updateCaseContactInfo(client(), p), "remind_mobile");
        p.remindMobile.clear();
        p.remindMail = QString(129, QLatin1Char('m'));
        OSM_VERIFY_REFUSED(*m_server, api::updateCaseContactInfo(client(), p), "remind_mail");
        p.remindMail.clear();
        p.remindTime = QString(17, QLatin1Char('9'));
        OSM_VERIFY_REFUSED(*m_server, api::updateCaseContactInfo(client(), p), "remind_time");
        p.remindTime.clear();
        p.groupId = QString(65, QLatin1Char('g'));
        OSM_VERIFY_REFUSED(*m_server, api::updateCaseContactInfo(client(), p), "group_id");
        p.groupId.clear();
        p.extensionMap = QJsonObject{{QStringLiteral("favouriteColour"), QStringLiteral("blue")}};
        OSM_VERIFY_REFUSED(*m_server, api::updateCaseContactInfo(client(), p), "extension_map");
    }

    void extendsParamsRefused()
    {
        // 5.3.2/5.3.3 allow 64 characters for case_id, not 32.
        const QString long64(64, QLatin1Char('T'));
        const QString long65(65, QLatin1Char('T'));
        OSM_VERIFY_REFUSED(*m_server, api::listCaseExtendsParams(client(), long65), "case_id");
        OSM_VERIFY_REFUSED(*m_server, api::listCaseExtendsParams(client(), {}), "case_id");
        OSM_VERIFY_REFUSED(*m_server, api::listCaseExtendsParams(client(), long64, QString(65, QLatin1Char('g'))), "group_id");
        OSM_VERIFY_BUSINESS_ERROR(wait(api::listCaseExtendsParams(client(), long64)), "OSM.01010015"); // sent
        api::CreateCaseExtendsParamsParams p;
        p.caseId = long64;
        OSM_VERIFY_REFUSED(*m_server, api::createCaseExtendsParams(client(), p), "extends_map"); // 1-100 entries
        QJsonObject many;
        for (int i = 0; i < 101; ++i)
            many.insert(QStringLiteral("k%1").arg(i), i);
        p.extendsMap = many;
        OSM_VERIFY_REFUSED(*m_server, api::createCaseExtendsParams(client(), p), "extends_map");
        p.extendsMap = QJsonObject{{QString(33, QLatin1Char('k')), 1}};
        OSM_VERIFY_REFUSED(*m_server, api::createCaseExtendsParams(client(), p), "extends_map");
        p.extendsMap = QJsonObject{{QStringLiteral("k"), 1}};
        p.messageId = QString(65, QLatin1Char('m'));
        OSM_VERIFY_REFUSED(*m_server, api::createCaseExtendsParams(client(), p), "message_id");
        p.messageId.clear();
        p.caseId = long65;
        OSM_VERIFY_REFUSED(*m_server, api::createCaseExtendsParams(client(), p), "case_id");
    }

    void createCaseRefused_data()
    {
        QTest::addColumn<QString>("field");
        for (const char *f : {"business_type_id", "simple_description", "source_id", "incident_sub_type_id",
                              "product_category_id", "region_id", "remind_mobile", "remind_mail", "remind_time",
                              "project_id", "accessory_ids", "extends_map", "extension_map", "severity_id",
                              "verify_code", "area_code", "incident_service_type", "session_ids", "agent_code",
                              "x-phone-verifiedid", "x-email-verifiedid"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }

    void createCaseRefused()
    {
        QFETCH(QString, field);
        api::CreateCaseParams p = faultReport();
        const auto tooLong = [](int n) { return QString(n + 1, QLatin1Char('x')); };
        QJsonObject big;
        for (int i = 0; i < 101; ++i)
            big.insert(QStringLiteral("k%1").arg(i), i);
        if (field == QLatin1String("business_type_id")) p.businessTypeId.clear();
        else if (field == QLatin1String("simple_description")) p.simpleDescription = tooLong(2000);
        else if (field == QLatin1String("source_id")) p.sourceId.clear();
        else if (field == QLatin1String("incident_sub_type_id")) p.incidentSubTypeId = tooLong(32);
        else if (field == QLatin1String("product_category_id")) p.productCategoryId = tooLong(64);
        else if (field == QLatin1String("region_id")) p.regionId = tooLong(64);
        else if (field == QLatin1String("remind_mobile")) p.remindMobile = tooLong(32);
        else if (field == QLatin1String("remind_mail")) p.remindMail = tooLong(128);
        else if (field == QLatin1String("remind_time")) p.remindTime = tooLong(16);
        else if (field == QLatin1String("project_id")) p.projectId = tooLong(64);
        else if (field == QLatin1String("accessory_ids")) p.accessoryIds = QStringList(101, QStringLiteral("a"));
        else if (field == QLatin1String("extends_map")) p.extendsMap = big;
        else if (field == QLatin1String("extension_map")) p.extensionMap = QJsonObject{{tooLong(32), 1}};
        else if (field == QLatin1String("severity_id")) p.severityId = tooLong(64);
        else if (field == QLatin1String("verify_code")) p.verifyCode = QStringLiteral("1234567");
        else if (field == QLatin1String("area_code")) p.areaCode = tooLong(32);
        else if (field == QLatin1String("incident_service_type")) p.incidentServiceType = QStringLiteral("Phone");
        else if (field == QLatin1String("session_ids")) p.sessionIds = QStringList(6, QStringLiteral("s"));
        else if (field == QLatin1String("agent_code")) p.agentCode = QStringLiteral("3");
        else if (field == QLatin1String("x-phone-verifiedid")) p.phoneVerifiedId = tooLong(32);
        else if (field == QLatin1String("x-email-verifiedid")) p.emailVerifiedId = tooLong(32);
        const qsizetype before = m_server->requests().size();
        const auto refused = wait(api::createCase(client(), p));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().category(), Error::Category::Validation);
        QCOMPARE(refused.error().field(), field);
        QCOMPARE(m_server->requests().size(), before);
    }

    void scoreAndActionRefused()
    {
        api::CreateCaseScoreParams score;
        OSM_VERIFY_REFUSED(*m_server, api::createCaseScore(client(), score), "case_id");
        score.caseId = QStringLiteral("TS1");
        score.judgement = QString(401, QLatin1Char('j'));
        OSM_VERIFY_REFUSED(*m_server, api::createCaseScore(client(), score), "judgement");
        score.judgement.clear();
        Satisfaction s;
        s.satisfactionId = 10000;
        score.satisfactions = {s};
        OSM_VERIFY_REFUSED(*m_server, api::createCaseScore(client(), score), "satisfaction_id");
        score.satisfactions = QList<Satisfaction>(101, Satisfaction{});
        OSM_VERIFY_REFUSED(*m_server, api::createCaseScore(client(), score), "incident_satisfaction_list");
        score.satisfactions.clear();
        score.groupId = QString(65, QLatin1Char('g'));
        OSM_VERIFY_REFUSED(*m_server, api::createCaseScore(client(), score), "group_id");

        api::RunCaseActionParams act = action(QString(33, QLatin1Char('T')), api::CaseAction::Press);
        OSM_VERIFY_REFUSED(*m_server, api::runCaseAction(client(), act), "case_id");
        act.caseId = QStringLiteral("TS1");
        act.operateDesc = QString(401, QLatin1Char('d'));
        OSM_VERIFY_REFUSED(*m_server, api::runCaseAction(client(), act), "operate_desc");
        act.operateDesc.clear();
        act.judgement = QString(401, QLatin1Char('j'));
        OSM_VERIFY_REFUSED(*m_server, api::runCaseAction(client(), act), "judgement");
        act.judgement.clear();
        act.groupId = QString(65, QLatin1Char('g'));
        OSM_VERIFY_REFUSED(*m_server, api::runCaseAction(client(), act), "group_id");
        act.groupId.clear();
        act.satisfactions = {s};
        OSM_VERIFY_REFUSED(*m_server, api::runCaseAction(client(), act), "satisfaction_id");
    }

    // ---- (d) the service's rules ----

    void urgeTooSoonThenTooOften()
    {
        const QString id = createCase(faultReport());
        QVERIFY(!id.isEmpty());
        OSM_VERIFY_BUSINESS_ERROR(wait(api::runCaseAction(client(), action(id, api::CaseAction::Press))), "OSM.01010022");
        urge().advance(urge().minCaseAgeMs() + 1000); // the case is old enough now
        QVERIFY(wait(api::runCaseAction(client(), action(id, api::CaseAction::Press))).ok());
        OSM_VERIFY_BUSINESS_ERROR(wait(api::runCaseAction(client(), action(id, api::CaseAction::Press))), "OSM.01010004");
        urge().advance(urge().minIntervalMs() - 5000);
        OSM_VERIFY_BUSINESS_ERROR(wait(api::runCaseAction(client(), action(id, api::CaseAction::Press))), "OSM.01010004");
        urge().advance(10000);
        QVERIFY(wait(api::runCaseAction(client(), action(id, api::CaseAction::Press))).ok());
        QCOMPARE(journalCount(id, sim::CaseJournal::Press), 2);
        QCOMPARE(record(id)->status, 0); // urging changes nothing but the log
        // The intervals are settable.
        urge().setMinIntervalMs(0);
        QVERIFY(wait(api::runCaseAction(client(), action(id, api::CaseAction::Press))).ok());
    }

    void actionStatusRules_data()
    {
        QTest::addColumn<int>("action");
        QTest::addColumn<int>("status");
        QTest::newRow("cancel a completed case") << int(api::CaseAction::Cancel) << 3;
        QTest::newRow("cancel a cancelled case") << int(api::CaseAction::Cancel) << 4;
        QTest::newRow("close a pending case") << int(api::CaseAction::Close) << 0;
        QTest::newRow("close a completed case") << int(api::CaseAction::Close) << 3;
        QTest::newRow("press a completed case") << int(api::CaseAction::Press) << 3;
        QTest::newRow("press a case to confirm") << int(api::CaseAction::Press) << 2;
        QTest::newRow("delete an open case") << int(api::CaseAction::Delete) << 1;
        QTest::newRow("delete a deleted case") << int(api::CaseAction::Delete) << 13;
    }

    void actionStatusRules()
    {
        QFETCH(int, action);
        QFETCH(int, status);
        sim::CaseRecord *c = caseIn(status);
        if (!c) { // the seed may have none in that status: make one
            c = caseIn(1);
            QVERIFY(c);
            c->status = status;
        }
        const QString caseId = c->incidentId;
        OSM_VERIFY_BUSINESS_ERROR(wait(api::runCaseAction(client(), this->action(caseId, api::CaseAction(action)))),
                                  "OSM.01010034");
        QCOMPARE(record(caseId)->status, status);
    }

    void actionErrors()
    {
        OSM_VERIFY_BUSINESS_ERROR(wait(api::runCaseAction(client(), action(QStringLiteral("TS404"), api::CaseAction::Cancel))),
                                  "OSM.01010015");
        const sim::CaseRecord *c = caseIn(1);
        const QString path = QStringLiteral("/v2/servicerequest/cases/%1/action").arg(c->incidentId);
        // An action outside cancel/close/press/delete: OSM.01010013 (HTTP 200).
        const auto unknown = osmtest::rawCall(client(), "POST", path, {{QStringLiteral("action_id"), QStringLiteral("reopen")}}, "{}");
        QVERIFY(!unknown.ok);
        QCOMPARE(unknown.error.code(), QStringLiteral("OSM.01010013"));
        QCOMPARE(unknown.error.httpStatus(), 200);
        // Malformed: no action_id, or a satisfaction list that is not an array.
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "POST", path, {}, "{}"));
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "POST", path, {{QStringLiteral("action_id"), QStringLiteral("close")}},
                                                "{\"incident_satisfaction_list\":5}"));
    }

    void scoreRules()
    {
        sim::CaseRecord *open = caseIn(1);
        QVERIFY(open);
        api::CreateCaseScoreParams p;
        p.caseId = open->incidentId;
        Satisfaction s;
        s.satisfactionId = 6;
        s.satisfactionValue = 5;
        p.satisfactions = {s};
        OSM_VERIFY_BUSINESS_ERROR(wait(api::createCaseScore(client(), p)), "OSM.01010034"); // only completed cases
        sim::CaseRecord *done = caseIn(3, true);
        QVERIFY(done);
        p.caseId = done->incidentId;
        p.satisfactions.first().satisfactionValue = 6; // outside 1..5
        OSM_VERIFY_BUSINESS_ERROR(wait(api::createCaseScore(client(), p)), "OSM.01010001");
        p.satisfactions.first().satisfactionValue = 1;
        QVERIFY(wait(api::createCaseScore(client(), p)).ok());
        OSM_VERIFY_BUSINESS_ERROR(wait(api::createCaseScore(client(), p)), "OSM.01010019"); // once
        p.caseId = QStringLiteral("TS404");
        OSM_VERIFY_BUSINESS_ERROR(wait(api::createCaseScore(client(), p)), "OSM.01010015");
        // judgement is required by the table (an empty one is fine).
        const QString path = QStringLiteral("/v2/servicerequest/cases/%1/score").arg(done->incidentId);
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "POST", path, {}, "{\"incident_satisfaction_list\":[]}"));
    }

    void createCaseQuotaExhausted()
    {
        const api::CreateCaseParams p = consultation();
        sim::QuotaBook::of(*m_server).setUsed(osmtest::demoDomain(), p.productCategoryId, p.businessTypeId, 9);
        QVERIFY(!createCase(p).isEmpty()); // the last one
        const qsizetype cases = data().cases().size();
        OSM_VERIFY_BUSINESS_ERROR(wait(api::createCase(client(), p)), "OSM.01010037");
        QCOMPARE(data().cases().size(), cases); // nothing created
    }

    void createCaseRules_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("code");
        QTest::newRow("unknown source") << "source" << "OSM.01010027";
        QTest::newRow("unknown problem type") << "business" << "OSM.01010028";
        QTest::newRow("problem type of another category") << "category" << "OSM.01010001";
        QTest::newRow("sub-type of another category") << "subtype" << "OSM.01010001";
        QTest::newRow("fault report without region") << "noregion" << "OSM.01010001";
        QTest::newRow("unknown region") << "region" << "OSM.01010033";
        QTest::newRow("unknown severity") << "severity" << "OSM.01010006";
        QTest::newRow("bad reminder e-mail") << "mail" << "OSM.01010001";
        QTest::newRow("bad CC e-mail") << "cc" << "OSM.01010008";
        QTest::newRow("eleven CC e-mails") << "cc11" << "OSM.01010008";
        QTest::newRow("unknown agreement signing") << "agreement" << "OSM.01010001";
    }

    void createCaseRules()
    {
        QFETCH(QString, change);
        QFETCH(QString, code);
        api::CreateCaseParams p = faultReport();
        if (change == QLatin1String("source")) p.sourceId = QStringLiteral("123");
        else if (change == QLatin1String("business")) p.businessTypeId = QStringLiteral("123");
        else if (change == QLatin1String("category")) p.productCategoryId = catalog().productCategories.at(1).id;
        else if (change == QLatin1String("subtype")) p.incidentSubTypeId = QStringLiteral("3");
        else if (change == QLatin1String("noregion")) p.regionId.clear();
        else if (change == QLatin1String("region")) p.regionId = QStringLiteral("mars-1");
        else if (change == QLatin1String("severity")) p.severityId = QStringLiteral("9");
        else if (change == QLatin1String("mail")) p.remindMail = QStringLiteral("not-an-address");
        else if (change == QLatin1String("agreement")) p.agreementSignedRecordId = 987654;
        else if (change == QLatin1String("cc"))
            p.extensionMap = QJsonObject{{QStringLiteral("remindCCEmail"), QStringLiteral("a@example.org;broken")}};
        else if (change == QLatin1String("cc11")) {
            QStringList many;
            for (int i = 0; i < 11; ++i)
                many.append(QStringLiteral("u%1@example.org").arg(i));
            p.extensionMap = QJsonObject{{QStringLiteral("remindCCEmail"), many.join(QLatin1Char(','))}};
        }
        const qsizetype cases = data().cases().size();
        const auto result = wait(api::createCase(client(), p));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code(), code);
        QCOMPARE(result.error().httpStatus(), 200);
        QCOMPARE(data().cases().size(), cases);
    }

    void createCaseReferenceExampleBody()
    {
        // The request example as printed: [] for the maps, a number for area_code, nulls; source_id "123" is
        // not the fixed value, so the service answers OSM.01010027 rather than OSM.0001.
        const QByteArray example = "{\"incident_sub_type_id\":\"2\",\"business_type_id\":\"x\",\"region_id\":\"cn-north-1\","
                                   "\"simple_description\":\"test\",\"source_id\":\"123\",\"remind_mobile\":null,"
                                   "\"remind_mail\":null,\"remind_time\":\"9:00-18:00\",\"project_id\":null,"
                                   "\"accessory_ids\":[],\"extends_map\":[],\"extension_map\":[],\"severity_id\":\"123\","
                                   "\"verify_code\":null,\"area_code\":86}";
        const auto answer = osmtest::rawCall(client(), "POST", QStringLiteral("/v2/servicerequest/cases"), {}, example);
        QVERIFY(!answer.ok);
        QCOMPARE(answer.error.code(), QStringLiteral("OSM.01010027"));
        // Malformed: a map that is a string, a missing description.
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "POST", QStringLiteral("/v2/servicerequest/cases"), {},
                                                "{\"business_type_id\":\"x\",\"simple_description\":\"d\",\"source_id\":\"s\","
                                                "\"extends_map\":\"a=b\"}"));
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "POST", QStringLiteral("/v2/servicerequest/cases"), {},
                                                "{\"business_type_id\":\"x\",\"source_id\":\"s\"}"));
    }

    void contactInfoRules()
    {
        sim::CaseRecord *done = caseIn(3);
        QVERIFY(done);
        api::UpdateContactInfoParams p;
        p.caseId = done->incidentId;
        p.remindTime = QStringLiteral("0");
        OSM_VERIFY_BUSINESS_ERROR(wait(api::updateCaseContactInfo(client(), p)), "OSM.01010034"); // closed
        p.caseId = caseIn(1)->incidentId;
        p.extensionMap = QJsonObject{{QStringLiteral("remindCCEmail"), QStringLiteral("nope")}};
        OSM_VERIFY_BUSINESS_ERROR(wait(api::updateCaseContactInfo(client(), p)), "OSM.01010008");
        p.extensionMap = {};
        p.remindMail = QStringLiteral("nope");
        OSM_VERIFY_BUSINESS_ERROR(wait(api::updateCaseContactInfo(client(), p)), "OSM.01010001");
        // The request example's path spelling (/contactInfo) is answered too; "min length 1" refuses "".
        const QString alt = QStringLiteral("/v2/servicerequest/cases/%1/contactInfo").arg(p.caseId);
        QVERIFY(osmtest::rawCall(client(), "PUT", alt, {}, "{\"remind_time\":\"1\",\"extension_map\":[]}").ok);
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "PUT", alt, {}, "{\"remind_time\":\"\"}"));
    }

    void extendsParamsRules()
    {
        sim::CaseRecord *open = caseIn(1);
        api::CreateCaseExtendsParamsParams p;
        p.caseId = open->incidentId;
        p.extendsMap = QJsonObject{{QStringLiteral("k"), 1}};
        p.messageId = data().messagesOf(caseIn(0)->incidentId).first().messageId; // another case's message
        OSM_VERIFY_BUSINESS_ERROR(wait(api::createCaseExtendsParams(client(), p)), "OSM.01010001");
        p.messageId.clear();
        p.caseId = caseIn(4)->incidentId;
        OSM_VERIFY_BUSINESS_ERROR(wait(api::createCaseExtendsParams(client(), p)), "OSM.01010034");
        const QString path = QStringLiteral("/v2/servicerequest/cases/%1/extends-param").arg(open->incidentId);
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "POST", path, {}, "{\"extends_map\":{}}")); // 1-100 entries
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "POST", path, {}, "{}"));
    }

    void groupCasesNeedTheirGroup()
    {
        // Rule (unit): the account and the owner need no group; others need the case's group.
        sim::CaseRecord groupCase;
        groupCase.xcustomerId = QStringLiteral("owner");
        groupCase.groupId = QStringLiteral("g1");
        sim::Identity account;
        sim::Identity owner;
        owner.userId = QStringLiteral("owner");
        sim::Identity colleague;
        colleague.userId = QStringLiteral("colleague");
        QVERIFY(sim::GroupAccess::allows(account, groupCase, {}));
        QVERIFY(sim::GroupAccess::allows(owner, groupCase, {}));
        QVERIFY(!sim::GroupAccess::allows(colleague, groupCase, {}));
        QVERIFY(!sim::GroupAccess::allows(colleague, groupCase, QStringLiteral("g2")));
        QVERIFY(sim::GroupAccess::allows(colleague, groupCase, QStringLiteral("g1")));

        // End to end with the IAM user "demo" (token) on another user's group case.
        const auto subUser = tokenClient();
        sim::CaseRecord *other = nullptr;
        for (sim::CaseRecord &c : data().cases()) {
            if (c.customerId == osmtest::demoDomain() && !c.groupId.isEmpty() && c.status == 1
                && c.xcustomerName != QLatin1String("demo"))
                other = &c;
        }
        QVERIFY(other);
        urge().advance(0);
        api::RunCaseActionParams p = action(other->incidentId, api::CaseAction::Press);
        OSM_VERIFY_BUSINESS_ERROR(wait(api::runCaseAction(*subUser, p)), "OSM.01010035");
        p.groupId = other->groupId;
        const auto allowed = wait(api::runCaseAction(*subUser, p));
        QVERIFY2(allowed.ok(), qPrintable(allowed.error().detailedMessage()));
        // The journal names the IAM user.
        const auto entries = sim::CaseJournal::of(*m_server).entriesOf(*other);
        QCOMPARE(entries.last().operatorName, QString::fromLatin1(sim::demo::kUserName));
        QCOMPARE(entries.last().operatorType, int(sim::CaseJournal::SubUser));
    }
};

QTEST_MAIN(TestCaseWrites)
#include "tst_casewrites.moc"
