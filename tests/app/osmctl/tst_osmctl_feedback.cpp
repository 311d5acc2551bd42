// osmctl feedback create (5.16.1) — end to end against the simulator: the nested ip and contacts objects
// built from their flattened options, the limits refused before sending, and the API's errors.

#include "OsmctlTestSupport.h"

#include "api/Feedback.h"
#include "data/FeedbackBook.h"

using namespace osmtest;

class TstOsmctlFeedback : public QObject
{
    Q_OBJECT

    static QStringList illegalReport()
    {
        return {QStringLiteral("feedback"), QStringLiteral("create"),
                QStringLiteral("--type"), QStringLiteral("illegal"),
                QStringLiteral("--title"), QStringLiteral("OBS; https://example.com/shop"),
                QStringLiteral("--content"), QStringLiteral("A shop selling counterfeit goods."),
                QStringLiteral("--files"), QStringLiteral("att-1"),
                QStringLiteral("--report-type"), QStringLiteral("fraud breach"),
                QStringLiteral("--complaint-name"), QStringLiteral("Example Shop"),
                QStringLiteral("--id-type"), QStringLiteral("20"),
                QStringLiteral("--name"), QStringLiteral("Li Lei"),
                QStringLiteral("--mail"), QStringLiteral("li.lei@example.com")};
    }

    static QStringList infringementReport()
    {
        return {QStringLiteral("feedback"), QStringLiteral("create"),
                QStringLiteral("--type"), QStringLiteral("infringement"),
                QStringLiteral("--title"), QStringLiteral("CDN; https://example.org/films"),
                QStringLiteral("--content"), QStringLiteral("Our films are offered for download."),
                QStringLiteral("--files"), QStringLiteral("att-1"), QStringLiteral("--files"), QStringLiteral("att-2"),
                QStringLiteral("--complaint-product-name"), QStringLiteral("Film mirror"),
                QStringLiteral("--ip-type"), QStringLiteral("copyright"),
                QStringLiteral("--ip-area"), QStringLiteral("China"),
                QStringLiteral("--ip-number"), QStringLiteral("2024-F-0001"),
                QStringLiteral("--ip-content"), QStringLiteral("Copyright of three films."),
                QStringLiteral("--ip-files"), QStringLiteral("att-3"), QStringLiteral("--ip-files"), QStringLiteral("att-4"),
                QStringLiteral("--name"), QStringLiteral("Han Meimei"),
                QStringLiteral("--mobile"), QStringLiteral("+86-13800000000"),
                QStringLiteral("--mail"), QStringLiteral("legal@example.org"),
                QStringLiteral("--area"), QStringLiteral("China"),
                QStringLiteral("--address"), QStringLiteral("1 Example Road"),
                QStringLiteral("--id-type"), QStringLiteral("22"),
                QStringLiteral("--company-name"), QStringLiteral("Example Films"),
                QStringLiteral("--id-files"), QStringLiteral("att-5"),
                QStringLiteral("--other-way"), QStringLiteral("fax +86-10-0000"),
                QStringLiteral("--authorization-files"), QStringLiteral("att-6")};
    }

    // The command line without the option `name` and its value.
    static QStringList without(QStringList arguments, const QString &name)
    {
        const qsizetype at = arguments.indexOf(name);
        if (at >= 0)
            arguments.remove(at, 2);
        return arguments;
    }

private Q_SLOTS:
    void illegal()
    {
        CtlFixture fx;
        const CtlRun run = fx.run(illegalReport());
        OSMCTL_VERIFY_OK(run);
        QCOMPARE(run.outText(), QStringLiteral("The report was sent.\n"));
        QCOMPARE(fx.osmRequests().last().method, QByteArray("POST"));
        QCOMPARE(fx.osmRequests().last().path, QStringLiteral("/v2/servicerequest/feedbacks"));
        QVERIFY(fx.osmRequests().last().rawQuery.isEmpty());
        osm::api::ReportFeedbackParams p;
        p.type = QStringLiteral("illegal");
        p.title = QStringLiteral("OBS; https://example.com/shop");
        p.content = QStringLiteral("A shop selling counterfeit goods.");
        p.files = {QStringLiteral("att-1")};
        p.reportType = QStringLiteral("fraud breach");
        p.complaintName = QStringLiteral("Example Shop");
        p.contacts.idType = osm::api::ReportContacts::kIndividual;
        p.contacts.name = QStringLiteral("Li Lei");
        p.contacts.mail = QStringLiteral("li.lei@example.com");
        QCOMPARE(fx.lastBody(), p.body());
        QVERIFY(!fx.lastBody().contains(QLatin1String("ip"))); // no --ip-* option: no ip object

        const QList<osm::sim::FeedbackBook::Report> reports = osm::sim::FeedbackBook::of(fx.server).reports(demoDomain());
        QCOMPARE(reports.size(), 1);
        QCOMPARE(reports.first().type, QStringLiteral("illegal"));
        QCOMPARE(reports.first().reportType, QStringLiteral("fraud breach"));
        QCOMPARE(reports.first().contacts.value(QLatin1String("id_type")).toInt(), 20);

        // --json prints the (empty) acknowledgement as an object.
        const CtlRun json = fx.run(QStringList{QStringLiteral("--json")} + illegalReport());
        OSMCTL_VERIFY_OK(json);
        QVERIFY(QJsonDocument::fromJson(json.out).isObject());
        QCOMPARE(osm::sim::FeedbackBook::of(fx.server).reports(demoDomain()).size(), 2);
    }

    void infringement()
    {
        CtlFixture fx;
        const CtlRun run = fx.run(infringementReport());
        OSMCTL_VERIFY_OK(run);
        osm::api::ReportFeedbackParams p;
        p.type = QStringLiteral("infringement");
        p.title = QStringLiteral("CDN; https://example.org/films");
        p.content = QStringLiteral("Our films are offered for download.");
        p.files = {QStringLiteral("att-1"), QStringLiteral("att-2")};
        p.complaintProductName = QStringLiteral("Film mirror");
        osm::api::IntellectualProperty ip;
        ip.ipType = QStringLiteral("copyright");
        ip.ipArea = QStringLiteral("China");
        ip.ipNumber = QStringLiteral("2024-F-0001");
        ip.ipContent = QStringLiteral("Copyright of three films.");
        ip.ipFiles = {QStringLiteral("att-3"), QStringLiteral("att-4")};
        p.ip = ip;
        p.contacts.name = QStringLiteral("Han Meimei");
        p.contacts.mobile = QStringLiteral("+86-13800000000");
        p.contacts.mail = QStringLiteral("legal@example.org");
        p.contacts.area = QStringLiteral("China");
        p.contacts.address = QStringLiteral("1 Example Road");
        p.contacts.idType = osm::api::ReportContacts::kLawyer;
        p.contacts.companyName = QStringLiteral("Example Films");
        p.contacts.idFiles = {QStringLiteral("att-5")};
        p.contacts.otherWay = QStringLiteral("fax +86-10-0000");
        p.contacts.authorizationFiles = {QStringLiteral("att-6")};
        QCOMPARE(fx.lastBody(), p.body());
        const QList<osm::sim::FeedbackBook::Report> reports = osm::sim::FeedbackBook::of(fx.server).reports(demoDomain());
        QCOMPARE(reports.size(), 1);
        QCOMPARE(reports.first().ip, ip.toJson());
        QCOMPARE(reports.first().contacts, p.contacts.toJson());
    }

    void usageErrors()
    {
        CtlFixture fx;
        const qsizetype before = fx.server.requests().size();
        const auto refused = [&fx](const QStringList &arguments, const char *option) {
            const CtlRun run = fx.run(arguments);
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.errText().contains(QLatin1String(option)), qPrintable(run.errText()));
        };
        // An infringement needs its right (any --ip-* option missing entirely, or its type) and the reporter's mobile.
        QStringList noIp = infringementReport();
        for (const char *option : {"--ip-type", "--ip-area", "--ip-number", "--ip-content", "--ip-files"}) {
            while (noIp.contains(QLatin1String(option)))
                noIp = without(noIp, QLatin1String(option));
        }
        refused(noIp, "--ip-type");
        refused(without(infringementReport(), QStringLiteral("--ip-content")), "--ip-content");
        refused(without(infringementReport(), QStringLiteral("--mobile")), "--mobile");
        refused(without(illegalReport(), QStringLiteral("--id-type")), "--id-type");
        refused(without(illegalReport(), QStringLiteral("--content")), "--content");
        QStringList badIdType = illegalReport();
        badIdType[badIdType.indexOf(QStringLiteral("--id-type")) + 1] = QStringLiteral("99");
        refused(badIdType, "--id-type");
        QStringList badType = illegalReport();
        badType[badType.indexOf(QStringLiteral("--type")) + 1] = QStringLiteral("spam");
        refused(badType, "--type");
        refused(illegalReport() + QStringList{QStringLiteral("--files"), QStringLiteral("b"), QStringLiteral("--files"),
                                              QStringLiteral("c"), QStringLiteral("--files"), QStringLiteral("d")},
                "--files");
        refused(illegalReport() + QStringList{QStringLiteral("--mobile"), QString(33, QLatin1Char('1'))}, "--mobile");
        QCOMPARE(fx.server.requests().size(), before);
        QVERIFY(osm::sim::FeedbackBook::of(fx.server).reports(demoDomain()).isEmpty());
    }

    // The simulator's own rules are all checked by the core first, so the error is an injected one (a fault
    // answers the route's request with the business error; the route itself still ran).
    void apiError()
    {
        CtlFixture fx;
        fx.server.faults().addBusinessError(QStringLiteral("OSM.01010014"), QStringLiteral("Too many requests."), 1,
                                            QStringLiteral("/v2/servicerequest/feedbacks"));
        const CtlRun run = fx.run(QStringList{QStringLiteral("--json")} + illegalReport());
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.outText().contains(QLatin1String("OSM.01010014")), qPrintable(run.outText()));
        QCOMPARE(fx.osmRequests().last().path, QStringLiteral("/v2/servicerequest/feedbacks"));
        QVERIFY(run.errText().contains(QLatin1String("OSM.01010014")));
    }
};

QTEST_GUILESS_MAIN(TstOsmctlFeedback)
#include "tst_osmctl_feedback.moc"
