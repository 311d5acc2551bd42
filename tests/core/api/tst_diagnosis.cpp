// 5.15 one-click diagnosis (/v2.0), end to end: each typed operation against the in-process simulator (the
// request as received and the parsed answer), the reference's response examples (verbatim; 5.15.6's is not
// JSON: refused clearly, then parsed after a minimal repair), the limits refused before sending, and the
// simulator's rules — a job's lifecycle (preparing → running → completed/failed with its items), records,
// and one helpful/not-helpful verdict per job.
#include "ApiExampleRepair.h"
#include "ApiTestSupport.h"
#include "api/Diagnosis.h"
#include "data/DiagnoseBook.h"

#include <QTest>

using namespace osm;
using osmtest::wait;

namespace {
const QByteArray kVmResourcesSha = "6ca6f155ee3308367ae18a7a1024eb17b42ea8d2550081da9892012f4fa9c72f";
const QString kPrefix = QStringLiteral("/v2.0/servicerequest/diagnose");

QString projectId() { return QString::fromLatin1(sim::demo::kProjectId); }

// The table's fields without error_code/error_msg: a failing code becomes an Error and never reaches a model.
QSet<QString> dataFields(const QString &id, const QStringList &path = {})
{
    QSet<QString> fields = osmtest::tableFields(id, path);
    fields.remove(QStringLiteral("error_code"));
    fields.remove(QStringLiteral("error_msg"));
    return fields;
}
} // namespace

// The call is made once (OSM_VERIFY_BUSINESS_ERROR reads its argument several times).
#define VERIFY_BUSINESS(call, code)                                                                           \
    do {                                                                                                       \
        const auto answer_ = (call);                                                                           \
        OSM_VERIFY_BUSINESS_ERROR(answer_, code);                                                              \
    } while (false)

class TestDiagnosis : public osmtest::SimulatorTest
{
    Q_OBJECT

    sim::DiagnoseBook &book() { return sim::DiagnoseBook::of(*m_server); }
    static sim::DiagnoseBook::Vm vm(int index) { return sim::DiagnoseBook::vms(QStringLiteral("cn-south-1")).at(index); }

    sim::RecordedRequest last() const { return m_server->requests().last(); }

    QString startEcs(const QString &vmId)
    {
        const auto started = wait(api::startDiagnoseJob(
            client(), {api::diagnose::kEcs, {{QStringLiteral("vm_id"), vmId}}, QStringLiteral("cn-south-1")}));
        return started.ok() ? started->jobId : QString();
    }

    DiagnoseJob poll(const QString &jobId)
    {
        const auto job = wait(api::showDiagnoseJob(client(), {jobId, {}}));
        return job.ok() ? job.value() : DiagnoseJob{};
    }

    QList<int> levels(const DiagnoseJob &job)
    {
        QList<int> out;
        for (const DiagnoseItemResult &item : job.items)
            out << item.problemLevel;
        return out;
    }

private Q_SLOTS:
    void init()
    {
        startSimulator();
        m_client->setLanguage(QStringLiteral("zh-cn"));
        book().setStageInterval(0); // jobs move on by polls only: deterministic
    }

    void cleanup() { stopSimulator(); }

    // ---- (a) contract: the request as the simulator received it, and the parsed answer ----

    void listDiagnoseVmResourcesContract()
    {
        api::ListDiagnoseVmResourcesParams params;
        params.projectId = projectId();
        params.region = QStringLiteral("cn-south-1");
        params.offset = 2;
        params.limit = 5;
        const auto page = wait(api::listDiagnoseVmResources(client(), params));
        QVERIFY2(page.ok(), qPrintable(page.error().detailedMessage()));
        QCOMPARE(last().method, QByteArray("POST"));
        QCOMPARE(last().path, kPrefix + QStringLiteral("/job/vm/resources"));
        QVERIFY(last().rawQuery.isEmpty());
        QCOMPARE(osmtest::lastBody(*m_server),
                 (QJsonObject{{QStringLiteral("project_id"), projectId()}, {QStringLiteral("region"), QStringLiteral("cn-south-1")},
                              {QStringLiteral("offset"), 2}, {QStringLiteral("limit"), 5}}));
        // offset counts pages from 1: the second page of 5 holds the 6th and 7th VM.
        QCOMPARE(page->totalCount, 7);
        QCOMPARE(page->resources.size(), 2);
        const DiagnoseResource &cache = page->resources.first();
        QCOMPARE(cache.name, QStringLiteral("ecs-cache-01"));
        QCOMPARE(cache.id, vm(5).id);
        QCOMPARE(cache.tenantId, projectId()); // sent as the example's tenant_id
        QVERIFY(!cache.userId.isEmpty());      // user_id
        QCOMPARE(cache.ipAddresses(), (QStringList{vm(5).privateIp, vm(5).publicIp}));
        QCOMPARE(cache.publicIpAddress, vm(5).publicIp);
        QCOMPARE(cache.accessIpv4, vm(5).privateIp);
        QCOMPARE(cache.flavorName(), QStringLiteral("m6.large.8"));
        QCOMPARE(cache.osType(), QStringLiteral("Linux"));
        QCOMPARE(cache.status, QStringLiteral("ACTIVE"));
        QCOMPARE(page->resources.at(1).fault, QStringLiteral("Memory usage high"));

        // Only project_id: every region, the first page of the default 5.
        const auto all = wait(api::listDiagnoseVmResources(client(), {projectId(), {}, {}, {}, {}, {}, {}}));
        QVERIFY(all.ok());
        QCOMPARE(osmtest::lastBody(*m_server), (QJsonObject{{QStringLiteral("project_id"), projectId()}}));
        QCOMPARE(all->totalCount, 13);
        QCOMPARE(all->resources.size(), 5);

        // Filters: name (part of it), eip, vm_id.
        api::ListDiagnoseVmResourcesParams byName{projectId(), QStringLiteral("cn-south-1"), {}, {}, {}, {}, QStringLiteral("WEB")};
        QCOMPARE(wait(api::listDiagnoseVmResources(client(), byName))->totalCount, 2);
        QCOMPARE(osmtest::lastBody(*m_server).value(QLatin1String("vm_name")).toString(), QStringLiteral("WEB"));
        api::ListDiagnoseVmResourcesParams byEip{projectId(), QStringLiteral("cn-south-1"), {}, {}, {}, vm(3).publicIp, {}};
        const auto jump = wait(api::listDiagnoseVmResources(client(), byEip));
        QCOMPARE(jump->resources.size(), 1);
        QCOMPARE(jump->resources.first().name, QStringLiteral("ecs-jump-host"));
        api::ListDiagnoseVmResourcesParams byId{projectId(), {}, {}, {}, vm(1).id, {}, {}};
        QCOMPARE(wait(api::listDiagnoseVmResources(client(), byId))->resources.first().name, QStringLiteral("ecs-web-02"));
        // Another project holds nothing.
        QCOMPARE(wait(api::listDiagnoseVmResources(client(), {QStringLiteral("other"), {}, {}, {}, {}, {}, {}}))->totalCount, 0);
    }

    void startDiagnoseJobContract()
    {
        api::StartDiagnoseJobParams params{api::diagnose::kEcs, {{QStringLiteral("vm_id"), vm(1).id}}, QStringLiteral("cn-south-1")};
        const auto started = wait(api::startDiagnoseJob(client(), params));
        QVERIFY2(started.ok(), qPrintable(started.error().detailedMessage()));
        QCOMPARE(last().method, QByteArray("POST"));
        QCOMPARE(last().path, kPrefix + QStringLiteral("/job/start"));
        QCOMPARE(osmtest::lastBody(*m_server),
                 (QJsonObject{{QStringLiteral("type"), 1},
                              {QStringLiteral("params"), QJsonObject{{QStringLiteral("vm_id"), vm(1).id}}},
                              {QStringLiteral("region_id"), QStringLiteral("cn-south-1")}}));
        // A String job_id of digits (5.15.3 answers it as an Integer).
        bool numeric = false;
        started->jobId.toLongLong(&numeric);
        QVERIFY(numeric);
        QVERIFY(book().job(osmtest::demoDomain(), started->jobId));

        // RDS takes instanceId; a network-health check needs nothing; region_id defaults to cn-south-1.
        const auto rds = wait(api::startDiagnoseJob(client(), {api::diagnose::kRds, {{QStringLiteral("instanceId"), QStringLiteral("rds-1")}}, {}}));
        QVERIFY(rds.ok());
        QCOMPARE(osmtest::lastBody(*m_server),
                 (QJsonObject{{QStringLiteral("type"), 2}, {QStringLiteral("params"), QJsonObject{{QStringLiteral("instanceId"), QStringLiteral("rds-1")}}}}));
        QCOMPARE(book().job(osmtest::demoDomain(), rds->jobId)->region, QStringLiteral("cn-south-1"));
        const auto network = wait(api::startDiagnoseJob(client(), {api::diagnose::kNetworkHealth, {}, QStringLiteral("cn-east-3")}));
        QVERIFY(network.ok());
        QCOMPARE(osmtest::lastBody(*m_server).value(QLatin1String("params")), QJsonValue(QJsonObject{}));
    }

    void showDiagnoseJobContract()
    {
        // ecs-web-02: CPU usage high.
        const QString jobId = startEcs(vm(1).id);
        QVERIFY(!jobId.isEmpty());
        const auto first = wait(api::showDiagnoseJob(client(), {jobId, {}}));
        QVERIFY2(first.ok(), qPrintable(first.error().detailedMessage()));
        QCOMPARE(last().method, QByteArray("GET"));
        QCOMPARE(last().path, kPrefix + QStringLiteral("/job"));
        QCOMPARE(osmtest::lastQuery(*m_server), (QueryItems{{QStringLiteral("job_id"), jobId}}));
        QVERIFY(last().body.isEmpty());
        QCOMPARE(first->jobId, jobId); // an Integer on the wire
        QCOMPARE(first->domainId, osmtest::demoDomain());
        QCOMPARE(first->status, DiagnoseJob::kPreparing);
        QVERIFY(!first->finished());
        QVERIFY(qAbs(first->createTime.secsTo(QDateTime::currentDateTimeUtc())) < 120);
        QCOMPARE(first->items.size(), 5);
        QCOMPARE(first->items.first(),
                 (DiagnoseItemResult{0, 1, QStringLiteral("instance"), QStringLiteral("实例"), QStringLiteral("ecs_instance_status"),
                                     QStringLiteral("实例运行状态"), DiagnoseItemResult::kNotExecuted}));

        // region_id is sent when given; names follow X-Language.
        client().setLanguage(QStringLiteral("en-us"));
        const auto second = wait(api::showDiagnoseJob(client(), {jobId, QStringLiteral("cn-south-1")}));
        QVERIFY(second.ok());
        QCOMPARE(osmtest::lastQuery(*m_server),
                 (QueryItems{{QStringLiteral("job_id"), jobId}, {QStringLiteral("region_id"), QStringLiteral("cn-south-1")}}));
        QCOMPARE(second->items.at(1).checkName, QStringLiteral("CPU usage"));
        QCOMPARE(second->status, DiagnoseJob::kRunning);
    }

    void showDiagnoseItemResultsContract()
    {
        const QString jobId = startEcs(vm(1).id);
        for (int i = 0; i < 3; ++i)
            poll(jobId);
        api::ShowDiagnoseItemResultsParams params{jobId, {QStringLiteral("ecs_cpu_usage"), QStringLiteral("ecs_disk_usage")}, {}};
        const auto result = wait(api::showDiagnoseItemResults(client(), params));
        QVERIFY2(result.ok(), qPrintable(result.error().detailedMessage()));
        QCOMPARE(last().method, QByteArray("POST"));
        QCOMPARE(last().path, kPrefix + QStringLiteral("/job/show-items"));
        QCOMPARE(osmtest::lastBody(*m_server),
                 (QJsonObject{{QStringLiteral("job_id"), jobId},
                              {QStringLiteral("item_ids"), QJsonArray{QStringLiteral("ecs_cpu_usage"), QStringLiteral("ecs_disk_usage")}}}));
        QCOMPARE(result->site, DiagnoseItemDetailList::kChinaSite);
        QCOMPARE(result->items.size(), 2);
        const DiagnoseItemDetail &cpu = result->items.at(0);
        QCOMPARE(cpu.checkId, QStringLiteral("ecs_cpu_usage"));
        QCOMPARE(cpu.level, DiagnoseItemResult::kAbnormal);
        QCOMPARE(cpu.status, 100);
        QVERIFY(cpu.response.contains(QLatin1String("97%")));
        QCOMPARE(cpu.name(QStringLiteral("en-us")), QStringLiteral("CPU usage"));
        QCOMPARE(cpu.name(QStringLiteral("zh-cn")), QStringLiteral("CPU使用率"));
        QVERIFY(!cpu.advice(QStringLiteral("en-us")).isEmpty());
        QCOMPARE(cpu.adviceUrl(DiagnoseItemDetailList::kChinaSite, QStringLiteral("en-us")), cpu.suggestionUrlEn);
        QCOMPARE(cpu.adviceUrl(DiagnoseItemDetailList::kEuropeSite, QStringLiteral("zh-cn")), cpu.suggestionUrlIntlZh);
        const DiagnoseItemDetail &disk = result->items.at(1);
        QCOMPARE(disk.level, DiagnoseItemResult::kNormal);
        QCOMPARE(disk.response, QStringLiteral("OK"));
        QVERIFY(disk.suggestion.isEmpty());

        // Without item_ids: every item of the job; region_id is sent when given.
        const auto all = wait(api::showDiagnoseItemResults(client(), {jobId, {}, QStringLiteral("cn-south-1")}));
        QVERIFY(all.ok());
        QCOMPARE(osmtest::lastBody(*m_server),
                 (QJsonObject{{QStringLiteral("job_id"), jobId}, {QStringLiteral("region_id"), QStringLiteral("cn-south-1")}}));
        QCOMPARE(all->items.size(), 5);
    }

    void listDiagnoseRecordsContract()
    {
        api::ListDiagnoseRecordsParams params;
        params.pageSize = 5;
        params.pageNo = 3;
        params.type = api::diagnose::kEcs;
        const auto page = wait(api::listDiagnoseRecords(client(), params));
        QVERIFY2(page.ok(), qPrintable(page.error().detailedMessage()));
        QCOMPARE(last().method, QByteArray("GET"));
        QCOMPARE(last().path, kPrefix + QStringLiteral("/records"));
        // The request example's order.
        QCOMPARE(last().rawQuery, QByteArray("page_size=5&page_no=3&type=1"));
        QVERIFY(last().body.isEmpty());
        // The demo history: 12 ECS diagnoses, newest first; the third page of 5 holds the two oldest.
        QCOMPARE(page->totalCount, 12);
        QCOMPARE(page->records.size(), 2);
        const DiagnoseRecord &oldest = page->records.last();
        QCOMPARE(oldest.jobId, QStringLiteral("1"));
        QCOMPARE(oldest.status, QStringLiteral("3")); // a String
        QCOMPARE(oldest.params, (QMap<QString, QString>{{QStringLiteral("vm_id"), vm(0).id}}));
        QCOMPARE(oldest.domainId, osmtest::demoDomain());
        QCOMPARE(oldest.createTime, QDateTime(QDate(2026, 3, 2), QTime(1, 0), Qt::UTC));
        QCOMPARE(oldest.region, QStringLiteral("cn-south-1"));
        QCOMPARE(oldest.id.size(), 32);
        QCOMPARE(page->records.first().abnormalItems, QStringList{QStringLiteral("ecs_cpu_usage")}); // ecs-web-02
        QCOMPARE(page->records.first().redCount, 1);

        // Without parameters: nothing is sent and type defaults to 1 (ECS); 10 per page.
        const auto defaults = wait(api::listDiagnoseRecords(client()));
        QVERIFY(defaults.ok());
        QVERIFY(last().rawQuery.isEmpty());
        QCOMPARE(defaults->totalCount, 12);
        QCOMPARE(defaults->records.size(), 10);
        QCOMPARE(defaults->records.first().region, QStringLiteral("cn-north-4"));

        // By type and region.
        const auto rds = wait(api::listDiagnoseRecords(client(), {{}, {}, api::diagnose::kRds, QStringLiteral("cn-south-1")}));
        QCOMPARE(last().rawQuery, QByteArray("type=2&region_id=cn-south-1"));
        QCOMPARE(rds->totalCount, 3);
        QVERIFY(rds->records.first().params.contains(QStringLiteral("instanceId")));
        QCOMPARE(wait(api::listDiagnoseRecords(client(), {{}, {}, 1, QStringLiteral("cn-north-4")}))->totalCount, 3);

        // A new job is the newest record, with its status as it stands.
        const QString jobId = startEcs(vm(0).id);
        const auto after = wait(api::listDiagnoseRecords(client()));
        QCOMPARE(after->totalCount, 13);
        QCOMPARE(after->records.first().jobId, jobId);
        QCOMPARE(after->records.first().status, QStringLiteral("0"));
        QVERIFY(after->records.first().abnormalItems.isEmpty());
    }

    void createDiagnoseFeedbackContract()
    {
        api::DiagnoseFeedbackParams params{api::diagnose::kEcs, true, QStringLiteral("Found the CPU hog."), {}};
        const auto ack = wait(api::createDiagnoseFeedback(client(), params));
        QVERIFY2(ack.ok(), qPrintable(ack.error().detailedMessage()));
        QCOMPARE(last().method, QByteArray("POST"));
        QCOMPARE(last().path, kPrefix + QStringLiteral("/feedback"));
        QCOMPARE(osmtest::lastBody(*m_server),
                 (QJsonObject{{QStringLiteral("type"), 1}, {QStringLiteral("is_helpful"), true},
                              {QStringLiteral("content"), QStringLiteral("Found the CPU hog.")}}));
        QCOMPARE(ack.value(), Acknowledgement{});
        // The verdict belongs to the latest ECS job (the history's job 12).
        const sim::DiagnoseBook::Job *latest = book().history(osmtest::demoDomain(), 1, {}).first();
        QCOMPARE(latest->id, 12);
        QCOMPARE(latest->helpful, std::optional<bool>(true));
        QCOMPARE(latest->feedback, QStringLiteral("Found the CPU hog."));

        // is_helpful false is sent (never left out); region_id when given.
        const auto rds = wait(api::createDiagnoseFeedback(client(), {api::diagnose::kRds, false, {}, QStringLiteral("cn-south-1")}));
        QVERIFY(rds.ok());
        QCOMPARE(osmtest::lastBody(*m_server),
                 (QJsonObject{{QStringLiteral("type"), 2}, {QStringLiteral("is_helpful"), false},
                              {QStringLiteral("region_id"), QStringLiteral("cn-south-1")}}));
        QCOMPARE(book().history(osmtest::demoDomain(), 2, {}).first()->helpful, std::optional<bool>(false));
    }

    // ---- (b) the reference's response examples ----

    void createDiagnoseFeedbackExample()
    {
        const QString id = QStringLiteral("create_diagnose_feedback");
        QCOMPARE(osmtest::endpoint(id).value(QLatin1String("response_example_is_valid_json")), QJsonValue(true));
        // Verbatim, the example's placeholder "错误码" is a non-empty error_code: read as the API's failure.
        OSM_VERIFY_FAILED_ACKNOWLEDGEMENT(osmtest::responseExample(id), "错误码");
        // The table's success shape, and what the simulator sends ({}).
        OSM_VERIFY_TABLE_ACKNOWLEDGEMENT(id);
        QVERIFY(osmtest::parseBody<Acknowledgement>("{}").ok());
    }

    void showDiagnoseItemResultsExample()
    {
        const QString id = QStringLiteral("show_diagnose_item_results");
        QCOMPARE(osmtest::endpoint(id).value(QLatin1String("response_example_is_valid_json")), QJsonValue(true));
        const auto parsed = osmtest::parseBody<DiagnoseItemDetailList>(osmtest::responseExample(id));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().detailedMessage()));
        QCOMPARE(parsed->site, 0);
        QCOMPARE(parsed->items.size(), 1);
        const DiagnoseItemDetail &item = parsed->items.first();
        QCOMPARE(item.status, 1);
        QCOMPARE(item.level, 1);
        QCOMPARE(item.suggestion, QStringLiteral("检查项修复建议"));
        QCOMPARE(item.response, QStringLiteral("检查项response"));
        QCOMPARE(item.checkId, QStringLiteral("检查项ID"));
        QCOMPARE(item.checkName, QStringLiteral("检查项中文名称"));
        QCOMPARE(item.checkNameEn, QStringLiteral("检查项英文名称"));
        QCOMPARE(item.suggestionUrl, QStringLiteral("检查项修复建议URL"));
        QCOMPARE(item.suggestionEn, QStringLiteral("检查项英文修复建议"));
        // Printed "String suggestion_url_en" in the table; the example's name is read.
        QCOMPARE(item.suggestionUrlEn, QStringLiteral("中国站检查项英文修复建议URL"));
        QCOMPARE(item.suggestionUrlIntlZh, QStringLiteral("非中国站检查项中文修复建议URL"));
        QCOMPARE(item.suggestionUrlIntlEn, QStringLiteral("非中国站检查项英文修复建议URL"));
        QCOMPARE(osmtest::keys(parsed->toJson()), dataFields(id));
        QCOMPARE(osmtest::keys(item.toJson()), dataFields(id, {QStringLiteral("item_results")}));
        QCOMPARE(DiagnoseItemDetailList::fromJson(parsed->toJson()), parsed.value());
    }

    void showDiagnoseJobExample()
    {
        const QString id = QStringLiteral("show_diagnose_job");
        QCOMPARE(osmtest::endpoint(id).value(QLatin1String("response_example_is_valid_json")), QJsonValue(true));
        const auto parsed = osmtest::parseBody<DiagnoseJob>(osmtest::responseExample(id));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().detailedMessage()));
        QCOMPARE(parsed->status, DiagnoseJob::kPreparing);
        QCOMPARE(parsed->jobId, QStringLiteral("1")); // the Integer 1 read as text (5.15.5 sends a String)
        QCOMPARE(parsed->domainId, QStringLiteral("租户ID"));
        QVERIFY(!parsed->createTime.isValid()); // absent from the example
        QCOMPARE(parsed->items,
                 (QList<DiagnoseItemResult>{{1, 0, QStringLiteral("检查项的大类Id"), QStringLiteral("检查项的大类名称"),
                                             QStringLiteral("检查项ID"), QStringLiteral("检查项名称"), 0}}));
        const QJsonObject written = parsed->toJson();
        QCOMPARE(osmtest::keys(written), dataFields(id));
        QVERIFY(written.value(QLatin1String("job_id")).isDouble()); // the table's Integer
        QCOMPARE(osmtest::keys(parsed->items.first().toJson()), dataFields(id, {QStringLiteral("items_result")}));
        QCOMPARE(DiagnoseJob::fromJson(written), parsed.value());
        // Epoch seconds, as a number or a string.
        QCOMPARE(osmtest::parseBody<DiagnoseJob>("{\"create_time\":\"1774860177\"}")->createTime.toSecsSinceEpoch(), 1774860177);
    }

    void listDiagnoseRecordsExample()
    {
        const QString id = QStringLiteral("list_diagnose_records");
        QCOMPARE(osmtest::endpoint(id).value(QLatin1String("response_example_is_valid_json")), QJsonValue(true));
        const auto parsed = osmtest::parseBody<DiagnoseRecordList>(osmtest::responseExample(id));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().detailedMessage()));
        QCOMPARE(parsed->totalCount, 85);
        QCOMPARE(parsed->records.size(), 1);
        const DiagnoseRecord &record = parsed->records.first();
        QCOMPARE(record.id, QStringLiteral("id"));
        QCOMPARE(record.status, QStringLiteral("status"));
        QCOMPARE(record.domainId, QStringLiteral("domain-id"));
        QCOMPARE(record.jobId, QStringLiteral("任务ID"));
        QCOMPARE(record.abnormalItems, QStringList{QStringLiteral("异常项id")});
        QCOMPARE(record.redCount, 8); // as sent, although the list holds one id
        QCOMPARE(record.region, QStringLiteral("cn-north-1"));
        QVERIFY(record.params.isEmpty());
        QVERIFY(!record.createTime.isValid());
        QCOMPARE(osmtest::keys(parsed->toJson()), dataFields(id));
        QCOMPARE(osmtest::keys(record.toJson()), dataFields(id, {QStringLiteral("records")}));
        QCOMPARE(DiagnoseRecordList::fromJson(parsed->toJson()), parsed.value());
        // Without red_count the list says how many; count for total_count.
        const auto lenient = osmtest::parseBody<DiagnoseRecordList>(
            "{\"count\":\"4\",\"records\":[{\"abnormal_items\":[\"a\",\"b\"],\"params\":{\"vm_id\":\"x\",\"n\":1}}]}");
        QCOMPARE(lenient->totalCount, 4);
        QCOMPARE(lenient->records.first().redCount, 2);
        QCOMPARE(lenient->records.first().params.value(QStringLiteral("n")), QStringLiteral("1"));
    }

    void startDiagnoseJobExample()
    {
        const QString id = QStringLiteral("start_diagnose_job");
        QCOMPARE(osmtest::endpoint(id).value(QLatin1String("response_example_is_valid_json")), QJsonValue(true));
        const auto parsed = osmtest::parseBody<DiagnoseJobStarted>(osmtest::responseExample(id));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().detailedMessage()));
        QCOMPARE(parsed->jobId, QStringLiteral("任务ID"));
        QCOMPARE(osmtest::keys(parsed->toJson()), dataFields(id));
        QCOMPARE(DiagnoseJobStarted::fromJson(parsed->toJson()), parsed.value());
    }

    void listDiagnoseVmResourcesExample()
    {
        const QString id = QStringLiteral("list_diagnose_vm_resources");
        QCOMPARE(osmtest::endpoint(id).value(QLatin1String("response_example_is_valid_json")), QJsonValue(false));
        const QByteArray example = osmtest::responseExample(id);
        // Verbatim: an address object is never closed and the page break leaves public_ip_address outside
        // its object — a clear MalformedBody, not a half-read list.
        const auto verbatim = osmtest::parseBody<DiagnoseResourceList>(example);
        QVERIFY(!verbatim.ok());
        QCOMPARE(verbatim.error().category(), Error::Category::MalformedBody);

        QString why;
        const QByteArray repaired = osmtest::repairedExample(
            example, kVmResourcesSha,
            {{"\"9d9eb62b-89df-494c-83b6-xxxxxx\"\n      ]", "\"9d9eb62b-89df-494c-83b6-xxxxxx\"\n      }]"},
             {"\"user_id\": \"26154744xxxxxxxxxxxx\"\n  ]\n}\n    \"public_ip_address\": \"127.0.0.1\"\n  }\n}",
              "\"user_id\": \"26154744xxxxxxxxxxxx\",\n    \"public_ip_address\": \"127.0.0.1\"\n  }]\n}"}},
            &why);
        QVERIFY2(!repaired.isEmpty(), qPrintable(why));
        const auto parsed = osmtest::parseBody<DiagnoseResourceList>(repaired);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().detailedMessage()));
        QCOMPARE(parsed->totalCount, 3); // as sent, over a list of one
        QCOMPARE(parsed->resources.size(), 1);
        const DiagnoseResource &vm = parsed->resources.first();
        QCOMPARE(vm.id, QStringLiteral("8e5a9391-4659-4ed5-977c-9926c93fa5787"));
        QCOMPARE(vm.name, QStringLiteral("ecs-跳板机-不能删除"));
        QCOMPARE(vm.ipAddresses(), QStringList{QStringLiteral("127.0.0.1")});
        QCOMPARE(vm.flavorName(), QStringLiteral("s6.large.2"));
        QCOMPARE(vm.flavor.value(QLatin1String("ram")).toString(), QStringLiteral("4096"));
        QCOMPARE(vm.status, QStringLiteral("ACTIVE"));
        QCOMPARE(vm.progress, QStringLiteral("0"));
        QCOMPARE(vm.osType(), QStringLiteral("Linux"));
        QCOMPARE(vm.metadata.size(), 12);
        // tenant_id/user_id (example) for the table's tenantId/userId.
        QCOMPARE(vm.tenantId, QStringLiteral("53xxxxxxxxxxxx"));
        QCOMPARE(vm.userId, QStringLiteral("26154744xxxxxxxxxxxx"));
        QCOMPARE(vm.publicIpAddress, QStringLiteral("127.0.0.1"));
        QVERIFY(vm.fault.isEmpty() && vm.hostId.isEmpty() && vm.accessIpv4.isEmpty());
        QCOMPARE(osmtest::keys(parsed->toJson()), dataFields(id));
        QCOMPARE(osmtest::keys(vm.toJson()), dataFields(id, {QStringLiteral("result")}));
        QCOMPARE(DiagnoseResourceList::fromJson(parsed->toJson()), parsed.value());
        // The table's names are read too.
        const auto table = osmtest::parseBody<DiagnoseResourceList>("{\"result\":[{\"tenantId\":\"t\",\"userId\":\"u\",\"hostId\":\"h\"}]}");
        QCOMPARE(table->totalCount, 1);
        QCOMPARE(table->resources.first().tenantId, QStringLiteral("t"));
        QCOMPARE(table->resources.first().userId, QStringLiteral("u"));
        QCOMPARE(table->resources.first().hostId, QStringLiteral("h"));
    }

    // ---- (c) limits refused before sending ----

    void createDiagnoseFeedbackLimits()
    {
        QVERIFY(!api::DiagnoseFeedbackParams({4, false, QString(10000, QLatin1Char('c')), {}}).validate());
        OSM_VERIFY_REFUSED(*m_server, api::createDiagnoseFeedback(client(), {}), "type");
        OSM_VERIFY_REFUSED(*m_server, api::createDiagnoseFeedback(client(), {5, true, {}, {}}), "type");
        OSM_VERIFY_REFUSED(*m_server, api::createDiagnoseFeedback(client(), {1, true, QString(10001, QLatin1Char('c')), {}}),
                           "content");
    }

    void showDiagnoseItemResultsLimits()
    {
        QStringList hundred;
        for (int i = 0; i < 100; ++i)
            hundred << QString(64, QLatin1Char('i'));
        QVERIFY(!api::ShowDiagnoseItemResultsParams({QString(64, QLatin1Char('j')), hundred, {}}).validate());
        OSM_VERIFY_REFUSED(*m_server, api::showDiagnoseItemResults(client(), {QString(65, QLatin1Char('j')), {}, {}}), "job_id");
        OSM_VERIFY_REFUSED(*m_server, api::showDiagnoseItemResults(client(), {QStringLiteral("1"), hundred + QStringList{QStringLiteral("x")}, {}}),
                           "item_ids");
        OSM_VERIFY_REFUSED(*m_server, api::showDiagnoseItemResults(client(), {QStringLiteral("1"), {QString(65, QLatin1Char('i'))}, {}}),
                           "item_ids");
    }

    void showDiagnoseJobLimits()
    {
        QVERIFY(!api::ShowDiagnoseJobParams({QString(64, QLatin1Char('1')), {}}).validate());
        OSM_VERIFY_REFUSED(*m_server, api::showDiagnoseJob(client(), {}), "job_id");
        OSM_VERIFY_REFUSED(*m_server, api::showDiagnoseJob(client(), {QStringLiteral("  "), {}}), "job_id");
        OSM_VERIFY_REFUSED(*m_server, api::showDiagnoseJob(client(), {QString(65, QLatin1Char('1')), {}}), "job_id");
    }

    void listDiagnoseRecordsLimits()
    {
        QVERIFY(!api::ListDiagnoseRecordsParams({100, 2147483647, 4, {}}).validate());
        OSM_VERIFY_REFUSED(*m_server, api::listDiagnoseRecords(client(), {0, {}, {}, {}}), "page_size");
        OSM_VERIFY_REFUSED(*m_server, api::listDiagnoseRecords(client(), {101, {}, {}, {}}), "page_size");
        OSM_VERIFY_REFUSED(*m_server, api::listDiagnoseRecords(client(), {{}, 0, {}, {}}), "page_no");
        OSM_VERIFY_REFUSED(*m_server, api::listDiagnoseRecords(client(), {{}, {}, 0, {}}), "type");
        OSM_VERIFY_REFUSED(*m_server, api::listDiagnoseRecords(client(), {{}, {}, 5, {}}), "type");
    }

    void startDiagnoseJobLimits()
    {
        QVERIFY(!api::StartDiagnoseJobParams({1, {{QStringLiteral("eip"), QStringLiteral("x")}}, QString(64, QLatin1Char('r'))}).validate());
        OSM_VERIFY_REFUSED(*m_server, api::startDiagnoseJob(client(), {}), "type");
        OSM_VERIFY_REFUSED(*m_server, api::startDiagnoseJob(client(), {5, {}, {}}), "type");
        OSM_VERIFY_REFUSED(*m_server, api::startDiagnoseJob(client(), {1, {}, QString(65, QLatin1Char('r'))}), "region_id");
        OSM_VERIFY_REFUSED(*m_server, api::startDiagnoseJob(client(), {1, {{QString(), QStringLiteral("x")}}, {}}), "params");
    }

    void listDiagnoseVmResourcesLimits()
    {
        QVERIFY(!api::ListDiagnoseVmResourcesParams({QStringLiteral("p"), {}, 1, 100, {}, {}, {}}).validate());
        OSM_VERIFY_REFUSED(*m_server, api::listDiagnoseVmResources(client(), {}), "project_id");
        OSM_VERIFY_REFUSED(*m_server, api::listDiagnoseVmResources(client(), {QStringLiteral("p"), {}, 0, {}, {}, {}, {}}), "offset");
        OSM_VERIFY_REFUSED(*m_server, api::listDiagnoseVmResources(client(), {QStringLiteral("p"), {}, {}, 0, {}, {}, {}}), "limit");
        OSM_VERIFY_REFUSED(*m_server, api::listDiagnoseVmResources(client(), {QStringLiteral("p"), {}, {}, 101, {}, {}, {}}), "limit");
    }

    // ---- (d) the simulator's rules ----

    void jobLifecycle()
    {
        // ecs-jump-host: the security group blocks SSH.
        const QString jobId = startEcs(vm(3).id);
        const DiagnoseJob preparing = poll(jobId);
        QCOMPARE(preparing.status, DiagnoseJob::kPreparing);
        QCOMPARE(levels(preparing), (QList<int>{0, 0, 0, 0, 0}));
        // The poll moved the job on: its items now stand as the next poll will show them. What has run has
        // a result, what has not is empty.
        const auto partial = wait(api::showDiagnoseItemResults(
            client(), {jobId, {QStringLiteral("ecs_cpu_usage"), QStringLiteral("ecs_security_group")}, {}}));
        QCOMPARE(partial->items.size(), 2);
        QCOMPARE(partial->items.first().level, DiagnoseItemResult::kNormal);
        QCOMPARE(partial->items.first().response, QStringLiteral("OK"));
        QCOMPARE(partial->items.last().level, DiagnoseItemResult::kNotExecuted);
        QVERIFY(partial->items.last().response.isEmpty());

        const DiagnoseJob running = poll(jobId);
        QCOMPARE(running.status, DiagnoseJob::kRunning);
        QVERIFY(!running.finished());
        // The first half has run (all normal so far), the next item is under way.
        QCOMPARE(levels(running), (QList<int>{3, 3, 3, 0, 0}));
        QCOMPARE(running.items.at(3).status, 50);
        QCOMPARE(running.items.at(4).status, 0);

        const DiagnoseJob completed = poll(jobId);
        QCOMPARE(completed.status, DiagnoseJob::kCompleted);
        QVERIFY(completed.finished());
        QCOMPARE(levels(completed), (QList<int>{3, 3, 3, 3, 4}));
        QCOMPARE(completed.abnormalCount(), 1);
        QCOMPARE(completed.items.last().checkId, QStringLiteral("ecs_security_group"));
        QCOMPARE(poll(jobId), completed); // it stays so

        // Remote login on the same VM: the port check fails too; found by its EIP.
        const auto login = wait(api::startDiagnoseJob(
            client(), {api::diagnose::kRemoteLogin, {{QStringLiteral("eip"), vm(3).publicIp}}, QStringLiteral("cn-south-1")}));
        QVERIFY(login.ok());
        poll(login->jobId);
        poll(login->jobId);
        const DiagnoseJob loginDone = poll(login->jobId);
        QCOMPARE(loginDone.status, DiagnoseJob::kCompleted);
        QCOMPARE(levels(loginDone), (QList<int>{3, 4, 4, 3}));

        // The record follows.
        const auto records = wait(api::listDiagnoseRecords(client(), {{}, {}, api::diagnose::kEcs, {}}));
        QCOMPARE(records->records.first().jobId, jobId);
        QCOMPARE(records->records.first().status, QStringLiteral("3"));
        QCOMPARE(records->records.first().abnormalItems, QStringList{QStringLiteral("ecs_security_group")});
    }

    void jobOfAnUnknownVmFails()
    {
        const QString jobId = startEcs(QStringLiteral("no-such-vm"));
        QVERIFY(!jobId.isEmpty());
        QCOMPARE(poll(jobId).status, DiagnoseJob::kPreparing);
        QCOMPARE(poll(jobId).status, DiagnoseJob::kRunning);
        const DiagnoseJob failed = poll(jobId);
        QCOMPARE(failed.status, DiagnoseJob::kFailed);
        QVERIFY(failed.finished());
        QCOMPARE(levels(failed), (QList<int>{0, 0, 0, 0, 0}));
        // A VM of another region is not found either.
        const auto elsewhere = wait(api::startDiagnoseJob(
            client(), {api::diagnose::kEcs, {{QStringLiteral("vm_id"), vm(0).id}}, QStringLiteral("cn-north-4")}));
        poll(elsewhere->jobId);
        poll(elsewhere->jobId);
        QCOMPARE(poll(elsewhere->jobId).status, DiagnoseJob::kFailed);
    }

    void jobsAlsoMoveOnWithTime()
    {
        book().setStageInterval(40);
        const QString jobId = startEcs(vm(0).id);
        QTest::qWait(150);
        const DiagnoseJob job = poll(jobId); // the first poll, but the stages have passed
        QCOMPARE(job.status, DiagnoseJob::kCompleted);
        QCOMPARE(levels(job), (QList<int>{3, 3, 3, 3, 3}));
    }

    void startRules()
    {
        // The request example's region cn-north-7 is not one of the simulator's.
        const auto north7 = wait(api::startDiagnoseJob(
            client(), {api::diagnose::kEcs, {{QStringLiteral("vm_id"), QStringLiteral("8e5a5ff1-4669-43f5-978c-9926c4tfr189")}},
                       QStringLiteral("cn-north-7")}));
        OSM_VERIFY_BUSINESS_ERROR(north7, "OSM.01010033");
        // ECS and remote login need vm_id or eip, RDS instanceId.
        VERIFY_BUSINESS(wait(api::startDiagnoseJob(client(), {api::diagnose::kEcs, {}, {}})), "OSM.01010001");
        VERIFY_BUSINESS(wait(api::startDiagnoseJob(client(), {api::diagnose::kRemoteLogin, {{QStringLiteral("vm_id"), QStringLiteral(" ")}}, {}})),
                                  "OSM.01010001");
        VERIFY_BUSINESS(wait(api::startDiagnoseJob(client(), {api::diagnose::kRds, {{QStringLiteral("vm_id"), vm(0).id}}, {}})),
                                  "OSM.01010001");
        QVERIFY(wait(api::startDiagnoseJob(client(), {api::diagnose::kRds, {{QStringLiteral("instance_id"), QStringLiteral("r")}}, {}})).ok());
    }

    void unknownJobs()
    {
        VERIFY_BUSINESS(wait(api::showDiagnoseJob(client(), {QStringLiteral("999999"), {}})), "OSM.01010001");
        VERIFY_BUSINESS(wait(api::showDiagnoseItemResults(client(), {QStringLiteral("999999"), {}, {}})), "OSM.01010001");
        // job_id is optional in 5.15.2's table, but without it there is no job to read.
        VERIFY_BUSINESS(wait(api::showDiagnoseItemResults(client(), {})), "OSM.01010001");
        // A job asked for in another region.
        VERIFY_BUSINESS(wait(api::showDiagnoseJob(client(), {QStringLiteral("1"), QStringLiteral("cn-east-3")})), "OSM.01010001");
        QVERIFY(wait(api::showDiagnoseJob(client(), {QStringLiteral("1"), QStringLiteral("cn-south-1")})).ok());
        // Unknown item ids are left out.
        QVERIFY(wait(api::showDiagnoseItemResults(client(), {QStringLiteral("1"), {QStringLiteral("nope")}, {}}))->items.isEmpty());
    }

    void feedbackOncePerFinishedJob()
    {
        const api::DiagnoseFeedbackParams helpful{api::diagnose::kEcs, true, {}, {}};
        QVERIFY(wait(api::createDiagnoseFeedback(client(), helpful)).ok());
        // Twice for the same job: refused, and the first verdict stays.
        const auto twice = wait(api::createDiagnoseFeedback(client(), {api::diagnose::kEcs, false, QStringLiteral("changed my mind"), {}}));
        OSM_VERIFY_BUSINESS_ERROR(twice, "OSM.01010019");
        QCOMPARE(book().history(osmtest::demoDomain(), 1, {}).first()->helpful, std::optional<bool>(true));

        // A new job: not before it has finished.
        const QString jobId = startEcs(vm(0).id);
        VERIFY_BUSINESS(wait(api::createDiagnoseFeedback(client(), helpful)), "OSM.01010034");
        poll(jobId); // preparing
        VERIFY_BUSINESS(wait(api::createDiagnoseFeedback(client(), helpful)), "OSM.01010034");
        poll(jobId); // running; after this poll the job has finished
        QVERIFY(wait(api::createDiagnoseFeedback(client(), {api::diagnose::kEcs, false, {}, {}})).ok());
        QCOMPARE(book().job(osmtest::demoDomain(), jobId)->helpful, std::optional<bool>(false));

        // No job of the type in the region: nothing to judge.
        VERIFY_BUSINESS(wait(api::createDiagnoseFeedback(client(), {api::diagnose::kNetworkHealth, true, {}, QStringLiteral("cn-south-1")})),
                                  "OSM.01010001");
        QVERIFY(wait(api::createDiagnoseFeedback(client(), {api::diagnose::kNetworkHealth, true, {}, QStringLiteral("cn-east-3")})).ok());
    }

    void vmResourceRules()
    {
        VERIFY_BUSINESS(wait(api::listDiagnoseVmResources(client(), {projectId(), QStringLiteral("cn-north-7"), {}, {}, {}, {}, {}})),
                                  "OSM.01010033");
        // A page past the end is empty; the total stays.
        const auto past = wait(api::listDiagnoseVmResources(client(), {projectId(), QStringLiteral("cn-south-1"), 3, 5, {}, {}, {}}));
        QCOMPARE(past->totalCount, 7);
        QVERIFY(past->resources.isEmpty());
    }

    void malformedRequestsAreBadRequests()
    {
        const auto post = [this](const char *path, const QByteArray &body) {
            return osmtest::rawCall(client(), "POST", kPrefix + QLatin1String(path), {}, body);
        };
        const auto get = [this](const char *path, std::initializer_list<std::pair<const char *, const char *>> query) {
            QueryItems items;
            for (const auto &[key, value] : query)
                items.append({QString::fromLatin1(key), QString::fromLatin1(value)});
            return osmtest::rawCall(client(), "GET", kPrefix + QLatin1String(path), items);
        };
        OSM_VERIFY_BAD_REQUEST(post("/job/start", "{\"params\":{}}"));                  // no type
        OSM_VERIFY_BAD_REQUEST(post("/job/start", "{\"type\":\"1\",\"params\":{}}"));   // type as a string
        OSM_VERIFY_BAD_REQUEST(post("/job/start", "{\"type\":5,\"params\":{}}"));
        OSM_VERIFY_BAD_REQUEST(post("/job/start", "{\"type\":1}"));                     // no params
        OSM_VERIFY_BAD_REQUEST(post("/job/start", "{\"type\":1,\"params\":[\"vm\"]}"));
        OSM_VERIFY_BAD_REQUEST(post("/job/start", "not json"));
        OSM_VERIFY_BAD_REQUEST(post("/feedback", "{\"type\":1}"));                      // no is_helpful
        OSM_VERIFY_BAD_REQUEST(post("/feedback", "{\"type\":1,\"is_helpful\":\"yes\"}"));
        OSM_VERIFY_BAD_REQUEST(post("/job/vm/resources", "{\"region\":\"cn-south-1\"}"));
        OSM_VERIFY_BAD_REQUEST(post("/job/vm/resources", "{\"project_id\":\"p\",\"offset\":0}"));
        OSM_VERIFY_BAD_REQUEST(post("/job/show-items", "{\"job_id\":\"1\",\"item_ids\":[]}"));
        OSM_VERIFY_BAD_REQUEST(get("/job", {}));
        OSM_VERIFY_BAD_REQUEST(get("/records", {{"page_size", "0"}}));
        OSM_VERIFY_BAD_REQUEST(get("/records", {{"page_no", "x"}}));
        OSM_VERIFY_BAD_REQUEST(get("/records", {{"type", "5"}}));
        // The request example's item_ids as a string is understood.
        QVERIFY(post("/job/show-items", "{\"job_id\":\"1\",\"item_ids\":\"ecs_cpu_usage,ecs_disk_usage\"}").ok);
    }
};

QTEST_GUILESS_MAIN(TestDiagnosis)
#include "tst_diagnosis.moc"
