// The remaining case queries (5.11.1, 5.11.2, 5.11.5-5.11.8, 5.11.10), end to end: each typed operation against
// the in-process simulator (the request as received and the parsed answer), the reference's own response
// examples with their table/example disagreements, the limits refused before sending, and the simulator's rules.
#include "ApiTestSupport.h"
#include "api/CaseQueries.h"
#include "api/CaseWrites.h"
#include "data/CaseJournal.h"
#include "data/Catalog.h"
#include "data/CustomerBook.h"
#include "data/UrgeRules.h"

#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace osm;
using osmtest::wait;

class TestCaseQueries : public osmtest::SimulatorTest
{
    Q_OBJECT


    sim::CaseRecord *caseIn(int status)
    {
        for (sim::CaseRecord &c : data().cases()) {
            if (c.customerId == osmtest::demoDomain() && c.status == status)
                return &c;
        }
        return nullptr;
    }

    void verifyGet(const QString &path)
    {
        const sim::RecordedRequest request = m_server->requests().last();
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.path, path);
        QVERIFY(request.body.isEmpty());
    }

private Q_SLOTS:
    void init() { startSimulator(); }
    void cleanup() { stopSimulator(); }

    // ---- (a) contract ----

    void listAgenciesContract()
    {
        const auto result = wait(api::listAgencies(client()));
        QVERIFY2(result.ok(), qPrintable(result.error().detailedMessage()));
        verifyGet(QStringLiteral("/v2/servicerequest/agencies"));
        QVERIFY(m_server->requests().last().rawQuery.isEmpty());
        const QList<sim::CustomerBook::Agency> seeded = sim::CustomerBook::of(*m_server).agencies(osmtest::demoDomain());
        QCOMPARE(result->totalCount, seeded.size());
        QCOMPARE(result->agencies.size(), seeded.size());
        QCOMPARE(result->agencies.at(0).id, seeded.at(0).id);
        QCOMPARE(result->agencies.at(0).name, seeded.at(0).name);
        QCOMPARE(result->agencies.at(0).trustDomainName, seeded.at(0).trustDomainName);
        QVERIFY(result->agencies.at(0).valid);  // no expiry
        QVERIFY(!result->agencies.at(1).valid); // expired
        QVERIFY(result->agencies.at(1).duration.size() <= 1); // the table's limit
        QVERIFY(json::timestamp(result->agencies.at(1).expireTime).isValid());
    }

    void checkPartnerCasePrivilegeContract()
    {
        const auto result = wait(api::checkPartnerCasePrivilege(client()));
        QVERIFY2(result.ok(), qPrintable(result.error().detailedMessage()));
        verifyGet(QStringLiteral("/v2/servicerequest/cases/partners/privilege/cases-processing"));
        QVERIFY(m_server->requests().last().rawQuery.isEmpty());
        QCOMPARE(result->hasPrivilege, false); // the demo account is a customer
        sim::CustomerBook::of(*m_server).setPartnerPrivilege(osmtest::demoDomain(), true);
        const auto partner = wait(api::checkPartnerCasePrivilege(client()));
        QVERIFY(partner.ok());
        QCOMPARE(partner->hasPrivilege, true);
    }

    void listCaseOperateLogsContract()
    {
        sim::CaseRecord *c = caseIn(1);
        QVERIFY(c);
        const QString caseId = c->incidentId;
        api::RunCaseActionParams press;
        press.caseId = caseId;
        press.action = api::CaseAction::Press;
        press.operateDesc = QStringLiteral("please hurry");
        QVERIFY(wait(api::runCaseAction(client(), press)).ok());
        api::RunCaseActionParams cancel = press;
        cancel.action = api::CaseAction::Cancel;
        cancel.operateDesc.clear();
        QVERIFY(wait(api::runCaseAction(client(), cancel)).ok());

        api::ListCaseOperateLogsParams p;
        p.caseId = caseId;
        p.offset = 0;
        p.limit = 10;
        const auto result = wait(api::listCaseOperateLogs(client(), p));
        QVERIFY2(result.ok(), qPrintable(result.error().detailedMessage()));
        verifyGet(QStringLiteral("/v2/servicerequest/cases/%1/operate-logs").arg(caseId));
        QCOMPARE(osmtest::lastQuery(*m_server), (QueryItems{{QStringLiteral("offset"), QStringLiteral("0")},
                                                            {QStringLiteral("limit"), QStringLiteral("10")}}));
        QCOMPARE(result->count, 3); // creation (seeded, synthesised), urge, cancel; oldest first
        QCOMPARE(result->logs.size(), 3);
        QCOMPARE(result->logs.at(0).operateType, int(CaseOperateLog::Create));
        QCOMPARE(result->logs.at(0).incidentId, caseId);
        QCOMPARE(result->logs.at(0).time(), QDateTime::fromMSecsSinceEpoch(c->createTimeMs, QTimeZone::utc()));
        QCOMPARE(result->logs.at(1).operateType, int(CaseOperateLog::Press));
        QCOMPARE(result->logs.at(1).operateDesc, QStringLiteral("please hurry"));
        QCOMPARE(result->logs.at(1).operatorId, osmtest::demoDomain()); // AK/SK acts as the account
        QCOMPARE(result->logs.at(2).operateType, int(CaseOperateLog::Cancel));
        QVERIFY(result->logs.at(2).time() >= result->logs.at(1).time());
        QVERIFY(!result->logs.at(1).incidentLogId.isEmpty());

        // Paging.
        api::ListCaseOperateLogsParams page;
        page.caseId = caseId;
        page.offset = 1;
        page.limit = 1;
        const auto second = wait(api::listCaseOperateLogs(client(), page));
        QVERIFY(second.ok());
        QCOMPARE(second->count, 3);
        QCOMPARE(second->logs.size(), 1);
        QCOMPARE(second->logs.first().operateType, int(CaseOperateLog::Press));
    }

    void showCcEmailsContract()
    {
        const auto seeded = wait(api::showCcEmails(client()));
        QVERIFY2(seeded.ok(), qPrintable(seeded.error().detailedMessage()));
        verifyGet(QStringLiteral("/v2/servicerequest/carbon-copy-emails"));
        QVERIFY(m_server->requests().last().rawQuery.isEmpty());
        QVERIFY(seeded->mcEmailInfo.size() <= 5);

        api::UpdateContactInfoParams p;
        p.caseId = caseIn(1)->incidentId;
        p.extensionMap = QJsonObject{{QLatin1String(api::extension::kRemindCcEmail),
                                      QStringLiteral("x@example.org,y@example.org")}};
        QVERIFY(wait(api::updateCaseContactInfo(client(), p)).ok());
        const auto used = wait(api::showCcEmails(client()));
        QVERIFY(used.ok());
        QCOMPARE(used->ccEmailInfo.ccEmail, QStringLiteral("x@example.org,y@example.org"));
        QCOMPARE(used->ccEmailInfo.customerId, osmtest::demoDomain());
        QCOMPARE(used->ccEmailInfo.userId, osmtest::demoDomain());
        QCOMPARE(used->mcEmailInfo, (QStringList{QStringLiteral("x@example.org"), QStringLiteral("y@example.org")}));
    }

    void showCaseStatusContract()
    {
        const sim::CaseRecord *c = caseIn(17);
        QVERIFY(c);
        const auto result = wait(api::showCaseStatus(client(), c->incidentId));
        QVERIFY2(result.ok(), qPrintable(result.error().detailedMessage()));
        verifyGet(QStringLiteral("/v2/servicerequest/cases/%1/status").arg(c->incidentId));
        QVERIFY(m_server->requests().last().rawQuery.isEmpty());
        QCOMPARE(result->status, 17);
        OSM_VERIFY_BUSINESS_ERROR(wait(api::showCaseStatus(client(), QStringLiteral("TS404"))), "OSM.01010015");
    }

    void showPartnerServiceInfoContract()
    {
        const sim::CaseRecord *c = caseIn(1);
        api::ShowPartnerServiceInfoParams p;
        p.caseSubTypeId = QStringLiteral("2");
        p.productId = QStringLiteral("isv-product-1");
        p.caseId = c->incidentId;
        const auto result = wait(api::showPartnerServiceInfo(client(), p));
        QVERIFY2(result.ok(), qPrintable(result.error().detailedMessage()));
        verifyGet(QStringLiteral("/v2/servicerequest/cases/partners/service-info"));
        QCOMPARE(osmtest::lastQuery(*m_server), (QueryItems{{QStringLiteral("case_sub_type_id"), QStringLiteral("2")},
                                                            {QStringLiteral("product_id"), QStringLiteral("isv-product-1")},
                                                            {QStringLiteral("case_id"), c->incidentId}}));
        const PartnersServiceInfo &info = result->partnersServiceInfo;
        QCOMPARE(info.customerName, QStringLiteral("partner-demo"));
        QCOMPARE(info.serviceTimeZone, QStringLiteral("GMT+08:00"));
        QCOMPARE(info.serviceStartDay, QStringLiteral("1"));
        QCOMPARE(info.serviceEndDay, QStringLiteral("5"));
        QCOMPARE(info.serviceStartTime, QStringLiteral("09:00"));
        QCOMPARE(info.serviceEndTime, QStringLiteral("18:00"));
        QVERIFY(!info.customerId.isEmpty());
        api::ShowPartnerServiceInfoParams unknown;
        unknown.caseId = QStringLiteral("TS404");
        OSM_VERIFY_BUSINESS_ERROR(wait(api::showPartnerServiceInfo(client(), unknown)), "OSM.01010015");
        QVERIFY(wait(api::showPartnerServiceInfo(client())).ok()); // no parameters at all
        QVERIFY(m_server->requests().last().rawQuery.isEmpty());
    }

    void listSubCustomersContract()
    {
        int users = 0;
        for (const sim::DataSet::SubUser &u : data().subUsers())
            users += u.domainId == osmtest::demoDomain() ? 1 : 0;
        const auto all = wait(api::listSubCustomers(client()));
        QVERIFY2(all.ok(), qPrintable(all.error().detailedMessage()));
        verifyGet(QStringLiteral("/v2/servicerequest/customers/sub-customers"));
        QVERIFY(m_server->requests().last().rawQuery.isEmpty());
        QCOMPARE(all->subCustomerInfos.size(), users);
        for (const SubCustomer &s : all->subCustomerInfos) {
            QCOMPARE(s.domainId, osmtest::demoDomain());
            QVERIFY(s.mobile.contains(QLatin1String("****"))); // anonymised
            QVERIFY(s.email.contains(QLatin1String("***@")));
            QVERIFY(s.customerName.endsWith(QLatin1String("***")));
        }
        const sim::DataSet::SubUser &li = *std::find_if(data().subUsers().cbegin(), data().subUsers().cend(),
                                                         [](const auto &u) { return u.name == QLatin1String("li.na"); });
        api::ListSubCustomersParams p;
        p.subCustomerName = QStringLiteral("li.na");
        p.subCustomerId = li.id;
        const auto one = wait(api::listSubCustomers(client(), p));
        QVERIFY(one.ok());
        QCOMPARE(osmtest::lastQuery(*m_server), (QueryItems{{QStringLiteral("sub_customer_name"), QStringLiteral("li.na")},
                                                            {QStringLiteral("sub_customer_id"), li.id}}));
        QCOMPARE(one->subCustomerInfos.size(), 1);
        QCOMPARE(one->subCustomerInfos.first().customerId, li.id);
        QCOMPARE(one->subCustomerInfos.first().areaCode, QStringLiteral("86"));
    }

    // ---- (b) the reference's response examples, verbatim ----

    void listAgenciesExample()
    {
        const QString id = QStringLiteral("list_agencies");
        QCOMPARE(osmtest::endpoint(id).value(QLatin1String("response_example_is_valid_json")), QJsonValue(true));
        const auto parsed = osmtest::parseBody<AgencyList>(osmtest::responseExample(id));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().detailedMessage()));
        QCOMPARE(parsed->totalCount, 1);
        const QString v = QStringLiteral("123");
        QCOMPARE(parsed->agencies, (QList<Agency>{{v, v, v, v, v, v, v, true}}));
        QCOMPARE(osmtest::keys(parsed->toJson()), osmtest::tableFields(id));
        QCOMPARE(osmtest::keys(parsed->agencies.first().toJson()), osmtest::tableFields(id, {QStringLiteral("agency_list")}));
        QCOMPARE(AgencyList::fromJson(parsed->toJson()), parsed.value());
    }

    void checkPartnerCasePrivilegeExample()
    {
        const QString id = QStringLiteral("check_partner_case_privilege");
        QCOMPARE(osmtest::endpoint(id).value(QLatin1String("response_example_is_valid_json")), QJsonValue(true));
        const auto parsed = osmtest::parseBody<PartnerCasePrivilege>(osmtest::responseExample(id));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().detailedMessage()));
        QCOMPARE(parsed->hasPrivilege, true);
        QCOMPARE(osmtest::keys(parsed->toJson()), osmtest::tableFields(id));
        QCOMPARE(osmtest::parseBody<PartnerCasePrivilege>("{\"has_privilege\":\"false\"}")->hasPrivilege, false);
    }

    void listCaseOperateLogsExample()
    {
        const QString id = QStringLiteral("list_case_operate_logs");
        QCOMPARE(osmtest::endpoint(id).value(QLatin1String("response_example_is_valid_json")), QJsonValue(true));
        const auto parsed = osmtest::parseBody<CaseOperateLogList>(osmtest::responseExample(id));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().detailedMessage()));
        // The example says total_count, the table count: read either, the table's name is written.
        QCOMPARE(parsed->count, 1);
        QCOMPARE(parsed->logs.size(), 1);
        const CaseOperateLog &log = parsed->logs.first();
        QCOMPARE(log.incidentLogId, QStringLiteral("123"));
        QCOMPARE(log.operateType, 1); // not in the documented enum: kept as read
        QCOMPARE(log.operatorType, 1);
        QCOMPARE(log.operatorName, QStringLiteral("123"));
        QCOMPARE(log.timestampOperateTime, QStringLiteral("123"));
        QCOMPARE(osmtest::keys(parsed->toJson()), osmtest::tableFields(id));
        QCOMPARE(osmtest::keys(log.toJson()), osmtest::tableFields(id, {QStringLiteral("incident_operate_log_list")}));
        QCOMPARE(CaseOperateLogList::fromJson(parsed->toJson()), parsed.value());
        QCOMPARE(osmtest::parseBody<CaseOperateLogList>("{\"count\":7,\"incident_operate_log_list\":[]}")->count, 7);
    }

    void showCcEmailsExample()
    {
        const QString id = QStringLiteral("show_cc_emails");
        QCOMPARE(osmtest::endpoint(id).value(QLatin1String("response_example_is_valid_json")), QJsonValue(true));
        const auto parsed = osmtest::parseBody<CcEmails>(osmtest::responseExample(id));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().detailedMessage()));
        // cc_email_info: an array in the example (an object in the table); mc_email_infos (table: mc_email_info).
        QCOMPARE(parsed->ccEmailInfo, (CcEmailInfo{QStringLiteral("123"), QStringLiteral("123"), QStringLiteral("123")}));
        QCOMPARE(parsed->mcEmailInfo, (QStringList{QStringLiteral("123"), QStringLiteral("456")}));
        const QJsonObject written = parsed->toJson();
        QCOMPARE(osmtest::keys(written), osmtest::tableFields(id));
        QVERIFY(written.value(QLatin1String("cc_email_info")).isObject());
        QCOMPARE(osmtest::keys(parsed->ccEmailInfo.toJson()), osmtest::tableFields(id, {QStringLiteral("cc_email_info")}));
        QCOMPARE(CcEmails::fromJson(written), parsed.value());
    }

    void showCaseStatusExample()
    {
        const QString id = QStringLiteral("show_case_status");
        QCOMPARE(osmtest::endpoint(id).value(QLatin1String("response_example_is_valid_json")), QJsonValue(true));
        const auto parsed = osmtest::parseBody<CaseStatusInfo>(osmtest::responseExample(id));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().detailedMessage()));
        QCOMPARE(parsed->status, 0);
        QCOMPARE(osmtest::keys(parsed->toJson()), osmtest::tableFields(id));
        QCOMPARE(osmtest::parseBody<CaseStatusInfo>("{\"status\":\"13\"}")->status, 13);
    }

    void showPartnerServiceInfoExample()
    {
        const QString id = QStringLiteral("show_partner_service_info");
        QCOMPARE(osmtest::endpoint(id).value(QLatin1String("response_example_is_valid_json")), QJsonValue(true));
        const auto parsed = osmtest::parseBody<PartnerServiceInfoResult>(osmtest::responseExample(id));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().detailedMessage()));
        // An array of one object in the example, an object in the table; "GMT+8" kept as sent.
        const PartnersServiceInfo expected{QStringLiteral("test"), QStringLiteral("test"), QStringLiteral("GMT+8"),
                                           QStringLiteral("1"), QStringLiteral("5"), QStringLiteral("09:00"),
                                           QStringLiteral("18:00")};
        QCOMPARE(parsed->partnersServiceInfo, expected);
        QCOMPARE(osmtest::keys(parsed->toJson()), osmtest::tableFields(id));
        QVERIFY(parsed->toJson().value(QLatin1String("partners_service_info")).isObject());
        QCOMPARE(osmtest::keys(expected.toJson()), osmtest::tableFields(id, {QStringLiteral("partners_service_info")}));
        QCOMPARE(PartnerServiceInfoResult::fromJson(parsed->toJson()), parsed.value());
    }

    void listSubCustomersExample()
    {
        const QString id = QStringLiteral("list_sub_customers");
        QCOMPARE(osmtest::endpoint(id).value(QLatin1String("response_example_is_valid_json")), QJsonValue(true));
        const auto parsed = osmtest::parseBody<SubCustomerList>(osmtest::responseExample(id));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().detailedMessage()));
        const QString v = QStringLiteral("123");
        QCOMPARE(parsed->subCustomerInfos, (QList<SubCustomer>{{v, v, v, v, v, QStringLiteral("86")}}));
        QCOMPARE(osmtest::keys(parsed->toJson()), osmtest::tableFields(id));
        QCOMPARE(osmtest::keys(parsed->subCustomerInfos.first().toJson()),
                 osmtest::tableFields(id, {QStringLiteral("sub_customer_infos")}));
        QCOMPARE(SubCustomerList::fromJson(parsed->toJson()), parsed.value());
    }

    // ---- (c) limits refused before sending ----

    void refusedBeforeSending()
    {
        api::ListCaseOperateLogsParams logs;
        OSM_VERIFY_REFUSED(*m_server, api::listCaseOperateLogs(client(), logs), "case_id");
        logs.caseId = QString(33, QLatin1Char('T'));
        OSM_VERIFY_REFUSED(*m_server, api::listCaseOperateLogs(client(), logs), "case_id");
        logs.caseId = QStringLiteral("TS1");
        logs.groupId = QString(65, QLatin1Char('g'));
        OSM_VERIFY_REFUSED(*m_server, api::listCaseOperateLogs(client(), logs), "group_id");
        logs.groupId.clear();
        logs.offset = 65536;
        OSM_VERIFY_REFUSED(*m_server, api::listCaseOperateLogs(client(), logs), "offset");
        logs.offset = 0;
        logs.limit = 0; // minimum 1 here
        OSM_VERIFY_REFUSED(*m_server, api::listCaseOperateLogs(client(), logs), "limit");
        logs.limit = 101;
        OSM_VERIFY_REFUSED(*m_server, api::listCaseOperateLogs(client(), logs), "limit");

        OSM_VERIFY_REFUSED(*m_server, api::showCaseStatus(client(), {}), "case_id");
        OSM_VERIFY_REFUSED(*m_server, api::showCaseStatus(client(), QString(33, QLatin1Char('T'))), "case_id");

        api::ShowPartnerServiceInfoParams partner;
        partner.caseSubTypeId = QString(33, QLatin1Char('s'));
        OSM_VERIFY_REFUSED(*m_server, api::showPartnerServiceInfo(client(), partner), "case_sub_type_id");
        partner.caseSubTypeId.clear();
        partner.productId = QString(65, QLatin1Char('p'));
        OSM_VERIFY_REFUSED(*m_server, api::showPartnerServiceInfo(client(), partner), "product_id");
        partner.productId.clear();
        partner.caseId = QString(33, QLatin1Char('T'));
        OSM_VERIFY_REFUSED(*m_server, api::showPartnerServiceInfo(client(), partner), "case_id");

        api::ListSubCustomersParams subs;
        subs.subCustomerName = QString(65, QLatin1Char('n'));
        OSM_VERIFY_REFUSED(*m_server, api::listSubCustomers(client(), subs), "sub_customer_name");
        subs.subCustomerName.clear();
        subs.subCustomerId = QString(65, QLatin1Char('i'));
        OSM_VERIFY_REFUSED(*m_server, api::listSubCustomers(client(), subs), "sub_customer_id");
    }

    // ---- (d) the simulator's rules ----

    void simulatorRules()
    {
        api::ListCaseOperateLogsParams logs;
        logs.caseId = QStringLiteral("TS404");
        OSM_VERIFY_BUSINESS_ERROR(wait(api::listCaseOperateLogs(client(), logs)), "OSM.01010015");
        const QString path = QStringLiteral("/v2/servicerequest/cases/%1/operate-logs").arg(caseIn(1)->incidentId);
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "GET", path, {{QStringLiteral("limit"), QStringLiteral("0")}}));
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "GET", path, {{QStringLiteral("offset"), QStringLiteral("x")}}));
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "GET", QStringLiteral("/v2/servicerequest/customers/sub-customers"),
                                                {{QStringLiteral("sub_customer_id"), QString(65, QLatin1Char('i'))}}));
        // A deleted case still answers its status: 13.
        sim::CaseRecord *done = caseIn(4);
        QVERIFY(done);
        api::RunCaseActionParams del;
        del.caseId = done->incidentId;
        del.action = api::CaseAction::Delete;
        QVERIFY(wait(api::runCaseAction(client(), del)).ok());
        const auto status = wait(api::showCaseStatus(client(), done->incidentId));
        QVERIFY(status.ok());
        QCOMPARE(status->status, 13);
        // A case created now starts its log with the creation, by the account.
        const sim::Catalog::Entry &type = sim::Catalog::instance().businessTypes.at(6);
        api::CreateCaseParams create;
        create.productCategoryId = type.parentId;
        create.businessTypeId = type.id;
        create.simpleDescription = QStringLiteral("question");
        const auto created = wait(api::createCase(client(), create));
        QVERIFY2(created.ok(), qPrintable(created.error().detailedMessage()));
        logs.caseId = created->incidentId;
        const auto log = wait(api::listCaseOperateLogs(client(), logs));
        QVERIFY(log.ok());
        QCOMPARE(log->count, 1);
        QCOMPARE(log->logs.first().operateType, int(CaseOperateLog::Create));
        QCOMPARE(log->logs.first().operatorType, int(sim::CaseJournal::Account));
    }
};

QTEST_MAIN(TestCaseQueries)
#include "tst_casequeries.moc"
