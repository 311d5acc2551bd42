// osmctl cases: create, action, score, export, contact, extends-params, set-extends-params, regions — end to end
// against the simulator: exit code, the JSON printed against the simulator's data, and the request it received.

#include "OsmctlTestSupport.h"

#include "api/CaseWrites.h"
#include "data/AgreementBook.h"
#include "data/Catalog.h"

#include <QDir>
#include <QFile>

using namespace osmtest;

class TstOsmctlCaseWrites : public QObject
{
    Q_OBJECT

    static osm::sim::CaseRecord *caseIn(CtlFixture &fx, int status, bool unrated = false)
    {
        for (osm::sim::CaseRecord &c : fx.server.dataSet().cases()) {
            if (c.customerId == demoDomain() && c.status == status
                && (!unrated || (c.satisfaction.isEmpty() && c.judgement.isEmpty())))
                return &c;
        }
        return nullptr;
    }

    static const osm::sim::CaseRecord *record(CtlFixture &fx, const QString &caseId)
    {
        return fx.server.dataSet().findCase(demoDomain(), caseId);
    }

    static QStringList args(const char *group, const char *command, const QStringList &options)
    {
        return QStringList{QString::fromLatin1(group), QString::fromLatin1(command)} + options;
    }

private Q_SLOTS:
    void createWithEveryField()
    {
        CtlFixture fx;
        const osm::sim::Catalog::Entry &type = osm::sim::Catalog::instance().businessTypes.at(0); // case type 5
        const auto latest = osm::sim::AgreementBook::latest(0);
        QVERIFY(latest);
        osm::sim::AgreementBook::Signature signature;
        QCOMPARE(osm::sim::AgreementBook::of(fx.server).sign(demoDomain(), {}, latest->id, {}, &signature),
                 osm::sim::AgreementBook::SignResult::Signed);
        const QString accessoryId = QStringLiteral("0123456789abcdef0123456789abcdef");
        const CtlRun run = fx.run(QStringList{QStringLiteral("--json")}
                                  + args("cases", "create",
                                         {QStringLiteral("--business-type-id"), type.id,
                                          QStringLiteral("--simple-description"), QStringLiteral("无法通过 SSH 登录"),
                                          QStringLiteral("--incident-sub-type-id"), QStringLiteral("2"),
                                          QStringLiteral("--product-category-id"), type.parentId,
                                          QStringLiteral("--region-id"), QStringLiteral("cn-north-4"),
                                          QStringLiteral("--remind-mobile"), QStringLiteral("13800000000"),
                                          QStringLiteral("--remind-mail"), QStringLiteral("me@example.org"),
                                          QStringLiteral("--remind-time"), QStringLiteral("9:00-18:00"),
                                          QStringLiteral("--project-id"), QStringLiteral("p1"),
                                          QStringLiteral("--accessory-ids"), accessoryId,
                                          QStringLiteral("--extends-map"), QStringLiteral("ecs_instance_id=i-1"),
                                          QStringLiteral("--extends-map"), QStringLiteral("cores:=4"),
                                          QStringLiteral("--extension-map"), QStringLiteral("remindCCEmail=cc@example.org"),
                                          QStringLiteral("--severity-id"), QStringLiteral("3"),
                                          QStringLiteral("--area-code"), QStringLiteral("86"),
                                          QStringLiteral("--incident-service-type"), QStringLiteral("IncidentService"),
                                          QStringLiteral("--agreement-signed-record-id"), QString::number(signature.recordId),
                                          QStringLiteral("--agent-code"), QStringLiteral("1")}));
        OSMCTL_VERIFY_OK(run);
        QCOMPARE(fx.osmRequests().last().method, QByteArray("POST"));
        QCOMPARE(fx.osmRequests().last().path, QStringLiteral("/v2/servicerequest/cases"));
        QVERIFY(fx.osmRequests().last().rawQuery.isEmpty());
        osm::api::CreateCaseParams p;
        p.businessTypeId = type.id;
        p.simpleDescription = QStringLiteral("无法通过 SSH 登录");
        p.incidentSubTypeId = QStringLiteral("2");
        p.productCategoryId = type.parentId;
        p.regionId = QStringLiteral("cn-north-4");
        p.remindMobile = QStringLiteral("13800000000");
        p.remindMail = QStringLiteral("me@example.org");
        p.remindTime = QStringLiteral("9:00-18:00");
        p.projectId = QStringLiteral("p1");
        p.accessoryIds = {accessoryId};
        p.extendsMap = QJsonObject{{QStringLiteral("ecs_instance_id"), QStringLiteral("i-1")}, {QStringLiteral("cores"), 4}};
        p.extensionMap = QJsonObject{{QStringLiteral("remindCCEmail"), QStringLiteral("cc@example.org")}};
        p.severityId = QStringLiteral("3");
        p.areaCode = QStringLiteral("86");
        p.incidentServiceType = QStringLiteral("IncidentService");
        p.agreementSignedRecordId = signature.recordId;
        p.agentCode = QStringLiteral("1");
        QCOMPARE(fx.lastBody(), p.body());
        QCOMPARE(fx.lastBody().value(QLatin1String("source_id")).toString(),
                 QString::fromLatin1(osm::api::CreateCaseParams::kSourceId));

        const QString id = run.json().value(QLatin1String("incident_id")).toString();
        QCOMPARE(run.json(), (QJsonObject{{QStringLiteral("incident_id"), id}}));
        const osm::sim::CaseRecord *created = record(fx, id);
        QVERIFY(created);
        QCOMPARE(created->status, 0);
        QCOMPARE(created->regionId, QStringLiteral("cn-north-4"));
        QCOMPARE(created->ccEmail, QStringLiteral("cc@example.org"));

        // The readable view prints the id.
        const CtlRun readable = fx.run(args("cases", "create",
                                            {QStringLiteral("--business-type-id"), type.id, QStringLiteral("--region-id"),
                                             QStringLiteral("cn-north-4"), QStringLiteral("--simple-description"),
                                             QStringLiteral("second")}));
        OSMCTL_VERIFY_OK(readable);
        QVERIFY(readable.outText().startsWith(QLatin1String("incident_id: TS")));
    }

    void createUsageErrors()
    {
        CtlFixture fx;
        const qsizetype before = fx.server.requests().size();
        CtlRun run = fx.run(args("cases", "create", {QStringLiteral("--simple-description"), QStringLiteral("x")}));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(QLatin1String("--business-type-id")), qPrintable(run.errText()));
        run = fx.run(args("cases", "create",
                          {QStringLiteral("--business-type-id"), QStringLiteral("b"), QStringLiteral("--simple-description"),
                           QStringLiteral("x"), QStringLiteral("--extends-map"), QStringLiteral("novalue")}));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(QLatin1String("--extends-map")), qPrintable(run.errText()));
        run = fx.run(args("cases", "create",
                          {QStringLiteral("--business-type-id"), QStringLiteral("b"), QStringLiteral("--simple-description"),
                           QStringLiteral("x"), QStringLiteral("--extends-map"), QStringLiteral("n:={broken")}));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(QLatin1String("--extends-map")), qPrintable(run.errText()));
        run = fx.run(args("cases", "create",
                          {QStringLiteral("--business-type-id"), QStringLiteral("b"), QStringLiteral("--simple-description"),
                           QStringLiteral("x"), QStringLiteral("--agent-code"), QStringLiteral("7")}));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(QLatin1String("(option --agent-code)")), qPrintable(run.errText()));
        QCOMPARE(fx.server.requests().size(), before);

        // Sent, refused by the service: an unknown problem type.
        run = fx.run(args("cases", "create",
                          {QStringLiteral("--business-type-id"), QStringLiteral("no-such-type"),
                           QStringLiteral("--simple-description"), QStringLiteral("x")}));
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.errText().contains(QLatin1String("OSM.01010028")), qPrintable(run.errText()));
    }

    void actionCancelAndCloseWithRating()
    {
        CtlFixture fx;
        const QString pending = caseIn(fx, 0)->incidentId;
        CtlRun run = fx.run(args("cases", "action",
                                 {QStringLiteral("--case-id"), pending, QStringLiteral("--action"), QStringLiteral("cancel"),
                                  QStringLiteral("--operate-desc"), QStringLiteral("solved myself")}));
        OSMCTL_VERIFY_OK(run);
        QCOMPARE(run.outText(), QStringLiteral("Done.\n"));
        QCOMPARE(fx.osmRequests().last().method, QByteArray("POST"));
        QCOMPARE(fx.osmRequests().last().path, QStringLiteral("/v2/servicerequest/cases/%1/action").arg(pending));
        QCOMPARE(fx.lastQuery(), (osm::QueryItems{{QStringLiteral("action_id"), QStringLiteral("cancel")}}));
        QCOMPARE(fx.lastBody(), (QJsonObject{{QStringLiteral("operate_desc"), QStringLiteral("solved myself")}}));
        QCOMPARE(record(fx, pending)->status, 4);

        const QString open = caseIn(fx, 1)->incidentId;
        run = fx.run(QStringList{QStringLiteral("--json")}
                     + args("cases", "action",
                            {QStringLiteral("--case-id"), open, QStringLiteral("--action=close"), QStringLiteral("--judgement"),
                             QStringLiteral("good"), QStringLiteral("--incident-satisfaction-list"), QStringLiteral("6=5"),
                             QStringLiteral("--incident-satisfaction-list"),
                             QStringLiteral("{\"satisfaction_id\":7,\"satisfaction_value\":4,\"parent_category_id\":\"111\"}")}));
        OSMCTL_VERIFY_OK(run);
        QCOMPARE(fx.lastQuery(), (osm::QueryItems{{QStringLiteral("action_id"), QStringLiteral("close")}}));
        const QJsonObject expected{
            {QStringLiteral("judgement"), QStringLiteral("good")},
            {QStringLiteral("incident_satisfaction_list"),
             QJsonArray{QJsonObject{{QStringLiteral("satisfaction_id"), 6}, {QStringLiteral("satisfaction_value"), 5}},
                        QJsonObject{{QStringLiteral("satisfaction_id"), 7},
                                    {QStringLiteral("satisfaction_value"), 4},
                                    {QStringLiteral("parent_category_id"), QStringLiteral("111")}}}}};
        QCOMPARE(fx.lastBody(), expected);
        QCOMPARE(record(fx, open)->status, 3);
        QCOMPARE(record(fx, open)->judgement, QStringLiteral("good"));
        QCOMPARE(record(fx, open)->satisfaction.size(), 2);

        // Usage errors: an unknown action, a rating that is not ID=VALUE; nothing sent.
        const qsizetype before = fx.server.requests().size();
        run = fx.run(args("cases", "action", {QStringLiteral("--case-id"), open, QStringLiteral("--action"), QStringLiteral("reopen")}));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(QLatin1String("--action")), qPrintable(run.errText()));
        run = fx.run(args("cases", "action", {QStringLiteral("--case-id"), open}));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(QLatin1String("--action")), qPrintable(run.errText()));
        run = fx.run(args("cases", "action",
                          {QStringLiteral("--case-id"), open, QStringLiteral("--action"), QStringLiteral("close"),
                           QStringLiteral("--incident-satisfaction-list"), QStringLiteral("six=5")}));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(QLatin1String("--incident-satisfaction-list")), qPrintable(run.errText()));
        QCOMPARE(fx.server.requests().size(), before);

        // API errors: cancelling a closed case, acting on an unknown one.
        run = fx.run(args("cases", "action", {QStringLiteral("--case-id"), open, QStringLiteral("--action"), QStringLiteral("cancel")}));
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.errText().contains(QLatin1String("OSM.01010034")), qPrintable(run.errText()));
        run = fx.run(QStringList{QStringLiteral("--json")}
                     + args("cases", "action", {QStringLiteral("--case-id"), QStringLiteral("TS404"), QStringLiteral("--action"), QStringLiteral("press")}));
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(run.json().value(QLatin1String("error")).toObject().value(QLatin1String("error_code")).toString(),
                 QStringLiteral("OSM.01010015"));
    }

    void score()
    {
        CtlFixture fx;
        osm::sim::CaseRecord *done = caseIn(fx, 3, true);
        QVERIFY(done);
        const QString caseId = done->incidentId;
        CtlRun run = fx.run(args("cases", "score",
                                 {QStringLiteral("--case-id"), caseId, QStringLiteral("--judgement"), QStringLiteral("很及时"),
                                  QStringLiteral("--incident-satisfaction-list"), QStringLiteral("6=5")}));
        OSMCTL_VERIFY_OK(run);
        QCOMPARE(run.outText(), QStringLiteral("The rating was sent.\n"));
        QCOMPARE(fx.osmRequests().last().method, QByteArray("POST"));
        QCOMPARE(fx.osmRequests().last().path, QStringLiteral("/v2/servicerequest/cases/%1/score").arg(caseId));
        QCOMPARE(fx.lastBody(),
                 (QJsonObject{{QStringLiteral("judgement"), QStringLiteral("很及时")},
                              {QStringLiteral("incident_satisfaction_list"),
                               QJsonArray{QJsonObject{{QStringLiteral("satisfaction_id"), 6},
                                                      {QStringLiteral("satisfaction_value"), 5}}}}}));
        QCOMPARE(record(fx, caseId)->judgement, QStringLiteral("很及时"));

        // Rated once only: the service refuses the second (exit 3, its code printed).
        run = fx.run(args("cases", "score", {QStringLiteral("--case-id"), caseId, QStringLiteral("--incident-satisfaction-list"), QStringLiteral("6=4")}));
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.errText().contains(QLatin1String("OSM.01010019")), qPrintable(run.errText()));
        // A judgement over 400 characters: refused before sending, the option named.
        const qsizetype before = fx.server.requests().size();
        run = fx.run(args("cases", "score", {QStringLiteral("--case-id"), caseId, QStringLiteral("--judgement"), QString(401, QLatin1Char('j'))}));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(QLatin1String("(option --judgement)")), qPrintable(run.errText()));
        QCOMPARE(fx.server.requests().size(), before);
    }

    void exportToFile()
    {
        CtlFixture fx;
        QTemporaryDir out;
        const QString file = out.filePath(QStringLiteral("cases.csv"));
        CtlRun run = fx.run(QStringList{QStringLiteral("--json")}
                            + args("cases", "export",
                                   {QStringLiteral("--output"), file, QStringLiteral("--status"), QStringLiteral("3"),
                                    QStringLiteral("--timezone"), QStringLiteral("GMT+8"), QStringLiteral("--limit"),
                                    QStringLiteral("-1")}));
        OSMCTL_VERIFY_OK(run);
        QVERIFY2(run.err.isEmpty(), run.err.constData()); // no progress: stderr is not a terminal
        QCOMPARE(fx.osmRequests().last().method, QByteArray("GET"));
        QCOMPARE(fx.osmRequests().last().path, QStringLiteral("/v2/servicerequest/cases/export"));
        // language follows the client's X-Language (English here).
        QCOMPARE(fx.lastQuery(), (osm::QueryItems{{QStringLiteral("language"), QStringLiteral("en-us")},
                                                  {QStringLiteral("timezone"), QStringLiteral("GMT+8")},
                                                  {QStringLiteral("status"), QStringLiteral("3")},
                                                  {QStringLiteral("limit"), QStringLiteral("-1")}}));
        QCOMPARE(QString::fromLatin1(fx.osmRequests().last().header("X-Language")), QStringLiteral("en-us"));
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray content = csv.readAll();
        csv.close();
        int expected = 0;
        for (const osm::sim::CaseRecord &c : fx.server.dataSet().cases())
            expected += c.customerId == demoDomain() && c.status == 3 ? 1 : 0;
        QVERIFY(expected > 0);
        QCOMPARE(content.count('\n'), expected + 1); // the header and one line per case
        QVERIFY(content.contains("Case ID"));
        const QJsonObject printed = run.json();
        QCOMPARE(printed.value(QLatin1String("file")).toString(), QFileInfo(file).absoluteFilePath());
        QCOMPARE(printed.value(QLatin1String("file_name")).toString(), QStringLiteral("cases.csv"));
        QVERIFY(printed.value(QLatin1String("server_file_name")).toString().startsWith(QLatin1String("cases-export_")));
        QCOMPARE(printed.value(QLatin1String("size")).toInteger(), qint64(content.size()));

        // Again, two chosen cases: the file is replaced, nothing else is left in the folder.
        const QStringList ids{caseIn(fx, 1)->incidentId, caseIn(fx, 3)->incidentId};
        run = fx.run(args("cases", "export", {QStringLiteral("--output"), file, QStringLiteral("--incident-id"), ids.at(0),
                                              QStringLiteral("--incident-id"), ids.at(1)}));
        OSMCTL_VERIFY_OK(run);
        QCOMPARE(queryValues(fx.lastQuery(), QStringLiteral("incident_id")), QStringList{ids.join(QLatin1Char(','))});
        QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("cases.csv")});
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll().count('\n'), 3);

        // Usage errors: --output missing, a folder as --output, a status the table does not list.
        const qsizetype before = fx.server.requests().size();
        run = fx.run(args("cases", "export", {QStringLiteral("--status"), QStringLiteral("3")}));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(QLatin1String("--output")), qPrintable(run.errText()));
        run = fx.run(args("cases", "export", {QStringLiteral("--output"), out.path()}));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(QLatin1String("(option --output)")), qPrintable(run.errText()));
        run = fx.run(args("cases", "export", {QStringLiteral("--output"), file, QStringLiteral("--status"), QStringLiteral("5")}));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(QLatin1String("(option --status)")), qPrintable(run.errText()));
        QCOMPARE(fx.server.requests().size(), before);

        // An error answer: nothing written, the old file kept.
        fx.server.faults().addBusinessError(QStringLiteral("OSM.01010001"), QStringLiteral("no"), 1,
                                            QStringLiteral("/v2/servicerequest/cases/export"));
        run = fx.run(args("cases", "export", {QStringLiteral("--output"), out.filePath(QStringLiteral("new.csv"))}));
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("cases.csv")});
    }

    void contact()
    {
        CtlFixture fx;
        const QString caseId = caseIn(fx, 1)->incidentId;
        CtlRun run = fx.run(args("cases", "contact",
                                 {QStringLiteral("--case-id"), caseId, QStringLiteral("--area-code"), QStringLiteral("852"),
                                  QStringLiteral("--remind-mobile"), QStringLiteral("91234567"), QStringLiteral("--remind-mail"),
                                  QStringLiteral("ops@example.org"), QStringLiteral("--remind-time"), QStringLiteral("9:00-18:00"),
                                  QStringLiteral("--extension-map"), QStringLiteral("contactType=1"), QStringLiteral("--extension-map"),
                                  QStringLiteral("remindCCEmail=a@example.org,b@example.org")}));
        OSMCTL_VERIFY_OK(run);
        QCOMPARE(run.outText(), QStringLiteral("The contact information was changed.\n"));
        QCOMPARE(fx.osmRequests().last().method, QByteArray("PUT"));
        QCOMPARE(fx.osmRequests().last().path, QStringLiteral("/v2/servicerequest/cases/%1/contact-info").arg(caseId));
        QCOMPARE(fx.lastBody(), (QJsonObject{{QStringLiteral("area_code"), QStringLiteral("852")},
                                             {QStringLiteral("remind_mobile"), QStringLiteral("91234567")},
                                             {QStringLiteral("remind_mail"), QStringLiteral("ops@example.org")},
                                             {QStringLiteral("remind_time"), QStringLiteral("9:00-18:00")},
                                             {QStringLiteral("extension_map"),
                                              QJsonObject{{QStringLiteral("contactType"), QStringLiteral("1")},
                                                          {QStringLiteral("remindCCEmail"),
                                                           QStringLiteral("a@example.org,b@example.org")}}}}));
        QCOMPARE(record(fx, caseId)->remindMail, QStringLiteral("ops@example.org"));
        QCOMPARE(record(fx, caseId)->ccEmail, QStringLiteral("a@example.org,b@example.org"));

        // An undocumented extension key: refused before sending, the option named.
        run = fx.run(args("cases", "contact", {QStringLiteral("--case-id"), caseId, QStringLiteral("--extension-map"), QStringLiteral("colour=blue")}));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(QLatin1String("(option --extension-map)")), qPrintable(run.errText()));
        // A closed case: refused by the service.
        run = fx.run(args("cases", "contact", {QStringLiteral("--case-id"), caseIn(fx, 3)->incidentId, QStringLiteral("--remind-time"), QStringLiteral("0")}));
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.errText().contains(QLatin1String("OSM.01010034")), qPrintable(run.errText()));
    }

    void extendsParams()
    {
        CtlFixture fx;
        const osm::sim::CaseRecord *waiting = caseIn(fx, 17);
        QVERIFY(waiting);
        const QString caseId = waiting->incidentId;
        const QString messageId = fx.server.dataSet().messagesOf(caseId).first().messageId;
        CtlRun run = fx.run(args("cases", "set-extends-params",
                                 {QStringLiteral("--case-id"), caseId, QStringLiteral("--message-id"), messageId,
                                  QStringLiteral("--extends-map"), QStringLiteral("ECS_Instance_IP:=123"),
                                  QStringLiteral("--extends-map"), QStringLiteral("remark=x")}));
        OSMCTL_VERIFY_OK(run);
        QCOMPARE(run.outText(), QStringLiteral("The additional parameters were sent.\n"));
        QCOMPARE(fx.osmRequests().last().method, QByteArray("POST"));
        QCOMPARE(fx.osmRequests().last().path, QStringLiteral("/v2/servicerequest/cases/%1/extends-param").arg(caseId));
        QCOMPARE(fx.lastBody(), (QJsonObject{{QStringLiteral("message_id"), messageId},
                                             {QStringLiteral("extends_map"),
                                              QJsonObject{{QStringLiteral("ECS_Instance_IP"), 123},
                                                          {QStringLiteral("remark"), QStringLiteral("x")}}}}));

        run = fx.run(QStringList{QStringLiteral("--json")} + args("cases", "extends-params", {QStringLiteral("--case-id"), caseId}));
        OSMCTL_VERIFY_OK(run);
        QCOMPARE(fx.osmRequests().last().method, QByteArray("GET"));
        QCOMPARE(fx.osmRequests().last().path, QStringLiteral("/v2/servicerequest/cases/%1/extends-param").arg(caseId));
        const auto expected = fx.core<osm::CaseExtendsParamList>([&](osm::ApiClient &c) { return osm::api::listCaseExtendsParams(c, caseId); });
        QVERIFY(expected.ok());
        QCOMPARE(run.json(), expected->toJson());
        QCOMPARE(expected->extParams.size(), 2);
        QCOMPARE(expected->extParams.at(0).relaObjectPropertiesValue, QStringLiteral("123"));

        const CtlRun readable = fx.run(args("cases", "extends-params", {QStringLiteral("--case-id"), caseId}));
        OSMCTL_VERIFY_OK(readable);
        QVERIFY(readable.outText().contains(QLatin1String("ECS_Instance_IP")));

        // --extends-map is required (1-100 entries); an unknown case is the service's error.
        run = fx.run(args("cases", "set-extends-params", {QStringLiteral("--case-id"), caseId}));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(QLatin1String("--extends-map")), qPrintable(run.errText()));
        run = fx.run(args("cases", "extends-params", {QStringLiteral("--case-id"), QStringLiteral("TS404")}));
        QCOMPARE(run.exitCode, 3);
    }

    void regions()
    {
        CtlFixture fx;
        const CtlRun run = fx.run({QStringLiteral("--json"), QStringLiteral("cases"), QStringLiteral("regions")});
        OSMCTL_VERIFY_OK(run);
        QCOMPARE(fx.osmRequests().last().method, QByteArray("GET"));
        QCOMPARE(fx.osmRequests().last().path, QStringLiteral("/v2/servicerequest/customers/regions"));
        QVERIFY(fx.osmRequests().last().rawQuery.isEmpty());
        const auto expected = fx.core<osm::CustomerRegionList>([](osm::ApiClient &c) { return osm::api::listCustomerRegions(c); });
        QVERIFY(expected.ok());
        QVERIFY(!expected->regionInfos.isEmpty());
        QCOMPARE(run.json(), expected->toJson());
    }

    void helpListsTheNewCommands()
    {
        CtlFixture fx;
        const CtlRun run = fx.run({QStringLiteral("cases"), QStringLiteral("--help")});
        OSMCTL_VERIFY_OK(run);
        for (const char *command : {"create", "action", "score", "export", "contact", "extends-params",
                                    "set-extends-params", "regions", "list", "show", "cc-emails"})
            QVERIFY2(run.outText().contains(QStringLiteral("\n  %1 ").arg(QLatin1String(command))), command);
        const CtlRun create = fx.run({QStringLiteral("cases"), QStringLiteral("create"), QStringLiteral("--help")});
        OSMCTL_VERIFY_OK(create);
        for (const char *option : {"--business-type-id", "--simple-description", "--incident-sub-type-id", "--product-category-id",
                                   "--region-id", "--source-id", "--remind-mobile", "--remind-mail", "--remind-time",
                                   "--project-id", "--accessory-ids", "--extends-map", "--extension-map", "--severity-id",
                                   "--verify-code", "--area-code", "--incident-service-type", "--session-ids",
                                   "--agreement-signed-record-id", "--ask-for-case-words", "--agent-code"})
            QVERIFY2(create.outText().contains(QLatin1String(option)), option);
    }
};

QTEST_GUILESS_MAIN(TstOsmctlCaseWrites)
#include "tst_osmctl_casewrites.moc"
