// osmctl diagnose (the /v2.0 group): resources, start, job, items, records, feedback — end to end against the
// simulator.

#include "OsmctlTestSupport.h"

#include "api/Diagnosis.h"
#include "data/DiagnoseBook.h"

using namespace osmtest;
using Book = osm::sim::DiagnoseBook;

class TstOsmctlDiagnose : public QObject
{
    Q_OBJECT

    static QString projectId() { return QString::fromLatin1(osm::sim::demo::kProjectId); }

private Q_SLOTS:
    void resources()
    {
        CtlFixture fx;
        const QString region = QStringLiteral("cn-south-1");
        const CtlRun run = fx.run({QStringLiteral("--json"), QStringLiteral("diagnose"), QStringLiteral("resources"),
                                   QStringLiteral("--project-id"), projectId(), QStringLiteral("--region"), region,
                                   QStringLiteral("--offset"), QStringLiteral("1"), QStringLiteral("--limit"), QStringLiteral("3")});
        OSMCTL_VERIFY_OK(run);
        const osm::sim::RecordedRequest request = fx.osmRequests().last();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QStringLiteral("/v2.0/servicerequest/diagnose/job/vm/resources"));
        QVERIFY(request.rawQuery.isEmpty());
        osm::api::ListDiagnoseVmResourcesParams p;
        p.projectId = projectId();
        p.region = region;
        p.offset = 1;
        p.limit = 3;
        QCOMPARE(fx.lastBody(), p.body());
        const auto expected = fx.core<osm::DiagnoseResourceList>([&](osm::ApiClient &c) { return osm::api::listDiagnoseVmResources(c, p); });
        QVERIFY(expected.ok());
        QCOMPARE(run.json(), expected->toJson());
        const QJsonArray vms = run.json().value(QLatin1String("result")).toArray();
        QCOMPARE(vms.size(), 3);
        QCOMPARE(vms.first().toObject().value(QLatin1String("id")).toString(), Book::vms(region).first().id);
        QCOMPARE(run.json().value(QLatin1String("total_count")).toInteger(), Book::vms(region).size());

        const CtlRun readable = fx.run({QStringLiteral("diagnose"), QStringLiteral("resources"), QStringLiteral("--project-id"),
                                        projectId(), QStringLiteral("--vm-name"), Book::vms(region).first().name});
        OSMCTL_VERIFY_OK(readable);
        QCOMPARE(fx.lastBody().value(QLatin1String("vm_name")).toString(), Book::vms(region).first().name);
        QVERIFY(readable.outText().contains(QLatin1String("result (")));
        QVERIFY(readable.outText().contains(Book::vms(region).first().id));

        // An unknown region: the API's OSM.01010033, exit 3.
        const CtlRun unknownRegion = fx.run({QStringLiteral("diagnose"), QStringLiteral("resources"), QStringLiteral("--project-id"),
                                             projectId(), QStringLiteral("--region"), QStringLiteral("xx-nowhere-9")});
        QCOMPARE(unknownRegion.exitCode, 3);
        QVERIFY2(unknownRegion.errText().contains(QLatin1String("OSM.01010033")), qPrintable(unknownRegion.errText()));

        // Usage errors, refused before sending.
        const qsizetype before = fx.server.requests().size();
        const CtlRun noProject = fx.run({QStringLiteral("diagnose"), QStringLiteral("resources")});
        QCOMPARE(noProject.exitCode, 2);
        QVERIFY(noProject.errText().contains(QLatin1String("--project-id")));
        const CtlRun pageZero = fx.run({QStringLiteral("diagnose"), QStringLiteral("resources"), QStringLiteral("--project-id"),
                                        projectId(), QStringLiteral("--offset"), QStringLiteral("0")});
        QCOMPARE(pageZero.exitCode, 2);
        QVERIFY(pageZero.errText().contains(QLatin1String("--offset")));
        QCOMPARE(fx.server.requests().size(), before);
    }

    // start, then job (polled until it completes), items, feedback: one diagnosis from beginning to end.
    void startJobItemsFeedback()
    {
        CtlFixture fx;
        Book::of(fx.server).setStageInterval(0); // the job moves on with polls only
        const Book::Vm vm = Book::vms(QStringLiteral("cn-south-1")).first();

        CtlRun run = fx.run({QStringLiteral("--json"), QStringLiteral("diagnose"), QStringLiteral("start"), QStringLiteral("--type"),
                             QStringLiteral("1"), QStringLiteral("--params"), QStringLiteral("vm_id=") + vm.id,
                             QStringLiteral("--region-id"), QStringLiteral("cn-south-1")});
        OSMCTL_VERIFY_OK(run);
        QCOMPARE(fx.osmRequests().last().method, QByteArray("POST"));
        QCOMPARE(fx.osmRequests().last().path, QStringLiteral("/v2.0/servicerequest/diagnose/job/start"));
        QCOMPARE(fx.lastBody(), (QJsonObject{{QStringLiteral("type"), 1},
                                            {QStringLiteral("params"), QJsonObject{{QStringLiteral("vm_id"), vm.id}}},
                                            {QStringLiteral("region_id"), QStringLiteral("cn-south-1")}}));
        const QString jobId = run.json().value(QLatin1String("job_id")).toString(); // a String here (5.15.5)
        QVERIFY(!jobId.isEmpty());
        const Book::Job *job = Book::of(fx.server).job(demoDomain(), jobId);
        QVERIFY(job);
        QCOMPARE(job->params.value(QStringLiteral("vm_id")), vm.id);

        // job: preparing, running, completed — one stage per poll.
        const QList<int> stages{osm::DiagnoseJob::kPreparing, osm::DiagnoseJob::kRunning, osm::DiagnoseJob::kCompleted};
        for (int expectedStatus : stages) {
            run = fx.run({QStringLiteral("--json"), QStringLiteral("diagnose"), QStringLiteral("job"), QStringLiteral("--job-id"),
                          jobId, QStringLiteral("--region-id"), QStringLiteral("cn-south-1")});
            OSMCTL_VERIFY_OK(run);
            QCOMPARE(fx.osmRequests().last().method, QByteArray("GET"));
            QCOMPARE(fx.osmRequests().last().path, QStringLiteral("/v2.0/servicerequest/diagnose/job"));
            QCOMPARE(fx.lastQuery(), (osm::QueryItems{{QStringLiteral("job_id"), jobId},
                                                     {QStringLiteral("region_id"), QStringLiteral("cn-south-1")}}));
            const osm::DiagnoseJob parsed = osm::DiagnoseJob::fromJson(run.json());
            QCOMPARE(parsed.toJson(), run.json()); // printed with the API's names: reads back unchanged
            QCOMPARE(parsed.status, expectedStatus);
            QCOMPARE(parsed.jobId, jobId);
            QCOMPARE(parsed.items.size(), Book::checks(Book::kEcs).size());
        }

        // items: the advice of two checks; reading them does not move the job on, so the core sees the same.
        const QList<Book::Check> checks = Book::checks(Book::kEcs);
        QVERIFY(checks.size() >= 2);
        run = fx.run({QStringLiteral("--json"), QStringLiteral("diagnose"), QStringLiteral("items"), QStringLiteral("--job-id"), jobId,
                      QStringLiteral("--item-ids"), checks.at(0).id, QStringLiteral("--item-ids"), checks.at(1).id,
                      QStringLiteral("--region-id"), QStringLiteral("cn-south-1")});
        OSMCTL_VERIFY_OK(run);
        QCOMPARE(fx.osmRequests().last().method, QByteArray("POST"));
        QCOMPARE(fx.osmRequests().last().path, QStringLiteral("/v2.0/servicerequest/diagnose/job/show-items"));
        osm::api::ShowDiagnoseItemResultsParams items;
        items.jobId = jobId;
        items.itemIds = {checks.at(0).id, checks.at(1).id};
        items.regionId = QStringLiteral("cn-south-1");
        QCOMPARE(fx.lastBody(), items.body());
        const auto expectedItems = fx.core<osm::DiagnoseItemDetailList>(
            [&](osm::ApiClient &c) { return osm::api::showDiagnoseItemResults(c, items); });
        QVERIFY(expectedItems.ok());
        QCOMPARE(run.json(), expectedItems->toJson());
        QCOMPARE(run.json().value(QLatin1String("item_results")).toArray().size(), 2);

        // feedback: once per finished job; a second verdict is the API's OSM.01010019 (exit 3).
        run = fx.run({QStringLiteral("diagnose"), QStringLiteral("feedback"), QStringLiteral("--type"), QStringLiteral("1"),
                      QStringLiteral("--is-helpful"), QStringLiteral("true"), QStringLiteral("--content"),
                      QStringLiteral("Found the full disk."), QStringLiteral("--region-id"), QStringLiteral("cn-south-1")});
        OSMCTL_VERIFY_OK(run);
        QCOMPARE(run.outText(), QStringLiteral("Thank you: the feedback was sent.\n"));
        QCOMPARE(fx.osmRequests().last().method, QByteArray("POST"));
        QCOMPARE(fx.osmRequests().last().path, QStringLiteral("/v2.0/servicerequest/diagnose/feedback"));
        QCOMPARE(fx.lastBody(), (QJsonObject{{QStringLiteral("type"), 1},
                                            {QStringLiteral("is_helpful"), true},
                                            {QStringLiteral("content"), QStringLiteral("Found the full disk.")},
                                            {QStringLiteral("region_id"), QStringLiteral("cn-south-1")}}));
        QCOMPARE(Book::of(fx.server).job(demoDomain(), jobId)->helpful, std::optional<bool>(true));
        run = fx.run({QStringLiteral("--json"), QStringLiteral("diagnose"), QStringLiteral("feedback"), QStringLiteral("--type"),
                      QStringLiteral("1"), QStringLiteral("--is-helpful"), QStringLiteral("false")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.outText().contains(QLatin1String("OSM.01010019")), qPrintable(run.outText()));
        QCOMPARE(fx.lastBody(), (QJsonObject{{QStringLiteral("type"), 1}, {QStringLiteral("is_helpful"), false}}));

        // An unknown job: the API's OSM.01010001, exit 3.
        run = fx.run({QStringLiteral("diagnose"), QStringLiteral("job"), QStringLiteral("--job-id"), QStringLiteral("987654")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.errText().contains(QLatin1String("OSM.01010001")));
    }

    void records()
    {
        CtlFixture fx;
        const CtlRun run = fx.run({QStringLiteral("--json"), QStringLiteral("diagnose"), QStringLiteral("records"),
                                   QStringLiteral("--page-size"), QStringLiteral("5"), QStringLiteral("--page-no"),
                                   QStringLiteral("2"), QStringLiteral("--type"), QStringLiteral("1")});
        OSMCTL_VERIFY_OK(run);
        QCOMPARE(fx.osmRequests().last().method, QByteArray("GET"));
        QCOMPARE(fx.osmRequests().last().path, QStringLiteral("/v2.0/servicerequest/diagnose/records"));
        QCOMPARE(fx.lastQuery(), (osm::QueryItems{{QStringLiteral("page_size"), QStringLiteral("5")},
                                                 {QStringLiteral("page_no"), QStringLiteral("2")},
                                                 {QStringLiteral("type"), QStringLiteral("1")}}));
        osm::api::ListDiagnoseRecordsParams p;
        p.pageSize = 5;
        p.pageNo = 2;
        p.type = 1;
        const auto expected = fx.core<osm::DiagnoseRecordList>([&](osm::ApiClient &c) { return osm::api::listDiagnoseRecords(c, p); });
        QVERIFY(expected.ok());
        QCOMPARE(run.json(), expected->toJson());
        QCOMPARE(run.json().value(QLatin1String("records")).toArray().size(), 5); // 12 seeded ECS diagnoses
        QCOMPARE(run.json().value(QLatin1String("total_count")).toInteger(), 12);

        const CtlRun readable = fx.run({QStringLiteral("diagnose"), QStringLiteral("records"), QStringLiteral("--type"), QStringLiteral("2")});
        OSMCTL_VERIFY_OK(readable);
        QVERIFY(readable.outText().contains(QLatin1String("records (")));
    }

    void usageErrors()
    {
        CtlFixture fx;
        const qsizetype before = fx.server.requests().size();
        const auto refused = [&fx](const QStringList &arguments, const char *option) {
            const CtlRun run = fx.run(QStringList{QStringLiteral("diagnose")} + arguments);
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.errText().contains(QLatin1String(option)), qPrintable(run.errText()));
        };
        refused({QStringLiteral("start"), QStringLiteral("--type"), QStringLiteral("5")}, "--type");
        refused({QStringLiteral("start"), QStringLiteral("--type"), QStringLiteral("1"), QStringLiteral("--params"),
                 QStringLiteral("vm_id")}, "--params");
        refused({QStringLiteral("job")}, "--job-id");
        refused({QStringLiteral("items"), QStringLiteral("--job-id"), QString(65, QLatin1Char('j'))}, "--job-id");
        refused({QStringLiteral("records"), QStringLiteral("--page-size"), QStringLiteral("101")}, "--page-size");
        refused({QStringLiteral("feedback"), QStringLiteral("--type"), QStringLiteral("1"), QStringLiteral("--is-helpful"),
                 QStringLiteral("maybe")}, "--is-helpful");
        refused({QStringLiteral("feedback"), QStringLiteral("--type"), QStringLiteral("1")}, "--is-helpful");
        QCOMPARE(fx.server.requests().size(), before);
    }
};

QTEST_GUILESS_MAIN(TstOsmctlDiagnose)
#include "tst_osmctl_diagnose.moc"
