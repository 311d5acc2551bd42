// osmctl cases: list (every filter), show, count — end to end against the simulator.

#include "OsmctlTestSupport.h"

#include "api/CaseQueries.h"

using namespace osmtest;

class TstOsmctlCases : public QObject
{
    Q_OBJECT

    static QString firstCaseOf(CtlFixture &fx)
    {
        for (const osm::sim::CaseRecord &record : fx.server.dataSet().cases()) {
            if (record.customerId == demoDomain())
                return record.incidentId;
        }
        return {};
    }

private Q_SLOTS:
    void listEveryFilter()
    {
        CtlFixture fx;
        const CtlRun run = fx.run({QStringLiteral("--json"), QStringLiteral("cases"), QStringLiteral("list"),
                                   QStringLiteral("--search-key"), QStringLiteral("disk"), QStringLiteral("--search-key=slow"),
                                   QStringLiteral("--label-id-list"), QStringLiteral("1"), QStringLiteral("--label-id-list"), QStringLiteral("2"),
                                   QStringLiteral("--app-key"), QStringLiteral("app"), QStringLiteral("--incident-id"), QStringLiteral("TT1"),
                                   QStringLiteral("--query-start-time"), QStringLiteral("2026-01-01 00:00:00"),
                                   QStringLiteral("--query-end-time"), QStringLiteral("2026-12-31 23:59:59"),
                                   QStringLiteral("--status"), QStringLiteral("1"), QStringLiteral("--incident-statuses"), QStringLiteral("1,2"),
                                   QStringLiteral("--x-customer-id"), QStringLiteral("u1"), QStringLiteral("--x-customer-name"), QStringLiteral("Ann"),
                                   QStringLiteral("--group-id"), QStringLiteral("g1"), QStringLiteral("--offset"), QStringLiteral("2"),
                                   QStringLiteral("--limit"), QStringLiteral("7"), QStringLiteral("--product-category-id"), QStringLiteral("pc"),
                                   QStringLiteral("--business-type-id"), QStringLiteral("bt"), QStringLiteral("--incident-sub-type-id"), QStringLiteral("st"),
                                   QStringLiteral("--root-cause"), QStringLiteral("rc"), QStringLiteral("--incident-service-type"), QStringLiteral("svc"),
                                   QStringLiteral("--trim-osm-rich-text-label"), QStringLiteral("false")});
        OSMCTL_VERIFY_OK(run);
        osm::api::ListCasesParams p;
        p.searchKey = {QStringLiteral("disk"), QStringLiteral("slow")};
        p.labelIdList = {1, 2};
        p.appKey = QStringLiteral("app");
        p.incidentId = QStringLiteral("TT1");
        p.queryStartTime = QStringLiteral("2026-01-01 00:00:00");
        p.queryEndTime = QStringLiteral("2026-12-31 23:59:59");
        p.status = 1;
        p.incidentStatuses = QStringLiteral("1,2");
        p.xCustomerId = QStringLiteral("u1");
        p.xCustomerName = QStringLiteral("Ann");
        p.groupId = QStringLiteral("g1");
        p.offset = 2;
        p.limit = 7;
        p.productCategoryId = QStringLiteral("pc");
        p.businessTypeId = QStringLiteral("bt");
        p.incidentSubTypeId = QStringLiteral("st");
        p.rootCause = QStringLiteral("rc");
        p.incidentServiceType = QStringLiteral("svc");
        p.trimOsmRichTextLabel = false;
        QCOMPARE(fx.osmRequests().size(), 1);
        QCOMPARE(fx.osmRequests().last().method, QByteArray("GET"));
        QCOMPARE(fx.osmRequests().last().path, QStringLiteral("/v2/servicerequest/cases"));
        QCOMPARE(fx.lastQuery(), p.query());
        QCOMPARE(queryValues(fx.lastQuery(), QStringLiteral("search_key")), (QStringList{QStringLiteral("disk"), QStringLiteral("slow")}));
        QCOMPARE(queryValues(fx.lastQuery(), QStringLiteral("label_id_list")), (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
        const auto expected = fx.core<osm::CaseList>([&](osm::ApiClient &c) { return osm::api::listCases(c, p); });
        QVERIFY(expected.ok());
        QCOMPARE(run.json(), expected->toJson());
    }

    void listMatchesTheSimulatorsCases()
    {
        CtlFixture fx;
        const CtlRun run = fx.run({QStringLiteral("--json"), QStringLiteral("cases"), QStringLiteral("list"),
                                   QStringLiteral("--limit"), QStringLiteral("100")});
        OSMCTL_VERIFY_OK(run);
        const QJsonArray rows = run.json().value(QLatin1String("incident_info_list")).toArray();
        QVERIFY(!rows.isEmpty());
        for (const QJsonValue &row : rows) {
            const osm::sim::CaseRecord *record =
                fx.server.dataSet().findCase(demoDomain(), row.toObject().value(QLatin1String("incident_id")).toString());
            QVERIFY(record);
            QCOMPARE(row.toObject().value(QLatin1String("status")).toInt(), record->status);
        }
        QVERIFY(run.json().value(QLatin1String("count")).toInteger() >= rows.size());
        const auto expected = fx.core<osm::CaseList>([](osm::ApiClient &c) {
            osm::api::ListCasesParams p;
            p.limit = 100;
            return osm::api::listCases(c, p);
        });
        QCOMPARE(run.json(), expected->toJson());
    }

    void show()
    {
        CtlFixture fx;
        const QString caseId = firstCaseOf(fx);
        const CtlRun run = fx.run({QStringLiteral("cases"), QStringLiteral("show"), QStringLiteral("--case-id"), caseId,
                                   QStringLiteral("--json"), QStringLiteral("--group-id"), QStringLiteral("g1")});
        OSMCTL_VERIFY_OK(run);
        QCOMPARE(fx.osmRequests().last().path, QStringLiteral("/v2/servicerequest/cases/%1").arg(caseId));
        QCOMPARE(queryValues(fx.lastQuery(), QStringLiteral("group_id")), QStringList{QStringLiteral("g1")});
        const auto expected = fx.core<osm::CaseDetail>([&](osm::ApiClient &c) {
            osm::api::ShowCaseDetailParams p;
            p.groupId = QStringLiteral("g1");
            return osm::api::showCaseDetail(c, caseId, p);
        });
        QVERIFY(expected.ok());
        QCOMPARE(run.json(), expected->toJson());

        // The readable view names the case.
        const CtlRun readable = fx.run({QStringLiteral("cases"), QStringLiteral("show"), QStringLiteral("--case-id"), caseId});
        OSMCTL_VERIFY_OK(readable);
        QVERIFY(readable.outText().contains(caseId));

        // An unknown case is the API's business error: exit 3.
        const CtlRun unknown = fx.run({QStringLiteral("cases"), QStringLiteral("show"), QStringLiteral("--case-id"), QStringLiteral("TT-NOPE")});
        QCOMPARE(unknown.exitCode, 3);
        QVERIFY(unknown.errText().contains(QLatin1String("error_code: ")));
        QVERIFY(unknown.errText().contains(QLatin1String("request_id: ")));
    }

    void count()
    {
        CtlFixture fx;
        const CtlRun run = fx.run({QStringLiteral("--json"), QStringLiteral("cases"), QStringLiteral("count"),
                                   QStringLiteral("--status"), QStringLiteral("1")});
        OSMCTL_VERIFY_OK(run);
        QCOMPARE(fx.osmRequests().last().path, QStringLiteral("/v2/servicerequest/cases/count"));
        QCOMPARE(fx.lastQuery(), (osm::QueryItems{{QStringLiteral("status"), QStringLiteral("1")}}));
        const auto expected = fx.core<osm::StatusCounts>([](osm::ApiClient &c) {
            osm::api::CountCasesParams p;
            p.status = 1;
            return osm::api::countCasesByStatus(c, p);
        });
        QVERIFY(expected.ok());
        QCOMPARE(run.json(), expected->toJson());
        int inProgress = 0;
        for (const osm::sim::CaseRecord &record : fx.server.dataSet().cases())
            inProgress += record.customerId == demoDomain() && record.status == 1;
        QCOMPARE(expected->countFor(1), qint64(inProgress));

        const CtlRun refused = fx.run({QStringLiteral("cases"), QStringLiteral("count"), QStringLiteral("--status"), QStringLiteral("9")});
        QCOMPARE(refused.exitCode, 2);
    }

    void statusLogsAndCcEmails()
    {
        CtlFixture fx;
        const QString caseId = firstCaseOf(fx);
        CtlRun run = fx.run({QStringLiteral("--json"), QStringLiteral("cases"), QStringLiteral("status"), QStringLiteral("--case-id"), caseId});
        OSMCTL_VERIFY_OK(run);
        QCOMPARE(fx.osmRequests().last().path, QStringLiteral("/v2/servicerequest/cases/%1/status").arg(caseId));
        const auto status = fx.core<osm::CaseStatusInfo>([&](osm::ApiClient &c) { return osm::api::showCaseStatus(c, caseId); });
        QVERIFY(status.ok());
        QCOMPARE(run.json(), status->toJson());
        QCOMPARE(run.json().value(QLatin1String("status")).toInt(), fx.server.dataSet().findCase(demoDomain(), caseId)->status);

        run = fx.run({QStringLiteral("--json"), QStringLiteral("cases"), QStringLiteral("logs"), QStringLiteral("--case-id"), caseId,
                      QStringLiteral("--offset"), QStringLiteral("0"), QStringLiteral("--limit"), QStringLiteral("5")});
        OSMCTL_VERIFY_OK(run);
        QCOMPARE(fx.osmRequests().last().path, QStringLiteral("/v2/servicerequest/cases/%1/operate-logs").arg(caseId));
        osm::api::ListCaseOperateLogsParams logs;
        logs.caseId = caseId;
        logs.offset = 0;
        logs.limit = 5;
        QCOMPARE(fx.lastQuery(), logs.query());
        const auto expectedLogs = fx.core<osm::CaseOperateLogList>([&](osm::ApiClient &c) { return osm::api::listCaseOperateLogs(c, logs); });
        QVERIFY(expectedLogs.ok());
        QCOMPARE(run.json(), expectedLogs->toJson());

        run = fx.run({QStringLiteral("--json"), QStringLiteral("cases"), QStringLiteral("cc-emails")});
        OSMCTL_VERIFY_OK(run);
        QCOMPARE(fx.osmRequests().last().path, QStringLiteral("/v2/servicerequest/carbon-copy-emails"));
        const auto cc = fx.core<osm::CcEmails>([](osm::ApiClient &c) { return osm::api::showCcEmails(c); });
        QVERIFY(cc.ok());
        QCOMPARE(run.json(), cc->toJson());

        QCOMPARE(fx.run({QStringLiteral("cases"), QStringLiteral("logs"), QStringLiteral("--case-id"), caseId,
                         QStringLiteral("--limit"), QStringLiteral("0")}).exitCode, 2); // limit is 1-100 here
    }
};

QTEST_GUILESS_MAIN(TstOsmctlCases)
#include "tst_osmctl_cases.moc"
