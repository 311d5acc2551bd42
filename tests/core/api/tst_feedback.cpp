// 5.16 report feedback, end to end: create_report_feedback against the in-process simulator (the body as
// received, the report as kept), the reference's response example, the limits refused before sending, and
// the simulator's rules (what an infringement report needs besides the table, table limits as OSM.0001).
#include "ApiTestSupport.h"
#include "api/Feedback.h"
#include "data/FeedbackBook.h"

#include <QTest>

using namespace osm;
using osmtest::wait;

namespace {
const QString kPath = QStringLiteral("/v2/servicerequest/feedbacks");

// An infringement report with everything the tables and the descriptions ask for.
api::ReportFeedbackParams infringement()
{
    api::ReportFeedbackParams params;
    params.type = QStringLiteral("infringement");
    params.title = QStringLiteral("OBS; https://example.com/copied");
    params.content = QStringLiteral("Our photographs are published without permission.");
    params.files = {QStringLiteral("file-1"), QStringLiteral("file-2")};
    params.ip = api::IntellectualProperty{QStringLiteral("copyright"), QStringLiteral("中国"), QStringLiteral("2024-A-1"),
                                          QStringLiteral("Photographs registered in 2024."), {QStringLiteral("ip-file")}};
    params.contacts.name = QStringLiteral("Example Photo Ltd.");
    params.contacts.mobile = QStringLiteral("123xxxx4567");
    params.contacts.mail = QStringLiteral("legal@example.com");
    params.contacts.idType = api::ReportContacts::kEnterprise;
    params.contacts.companyName = QStringLiteral("Example Photo Ltd.");
    params.contacts.idFiles = {QStringLiteral("fileId"), QStringLiteral("fileId2")};
    params.complaintName = QStringLiteral("copier.example");
    params.complaintProductName = QStringLiteral("Photo gallery");
    return params;
}

// An illegal-information report: only the table's required fields.
api::ReportFeedbackParams illegal()
{
    api::ReportFeedbackParams params;
    params.type = QStringLiteral("illegal");
    params.content = QStringLiteral("Phishing mails from a hosted server.");
    params.files = {QStringLiteral("mail-headers")};
    params.contacts.idType = api::ReportContacts::kIndividual;
    params.reportType = QStringLiteral("spam");
    return params;
}
} // namespace

class TestFeedback : public osmtest::SimulatorTest
{
    Q_OBJECT

    QList<sim::FeedbackBook::Report> reports() { return sim::FeedbackBook::of(*m_server).reports(osmtest::demoDomain()); }

    osmtest::RawAnswer post(const QJsonObject &body)
    {
        return osmtest::rawCall(client(), "POST", kPath, {}, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

private Q_SLOTS:
    void init() { startSimulator(); }
    void cleanup() { stopSimulator(); }

    // ---- (a) contract ----

    void createReportFeedbackContract()
    {
        const auto ack = wait(api::createReportFeedback(client(), infringement()));
        QVERIFY2(ack.ok(), qPrintable(ack.error().detailedMessage()));
        const sim::RecordedRequest request = m_server->requests().last();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, kPath);
        QVERIFY(request.rawQuery.isEmpty());
        const QJsonObject contacts{
            {QStringLiteral("name"), QStringLiteral("Example Photo Ltd.")},
            {QStringLiteral("mobile"), QStringLiteral("123xxxx4567")},
            {QStringLiteral("mail"), QStringLiteral("legal@example.com")},
            {QStringLiteral("id_type"), 10},
            {QStringLiteral("company_name"), QStringLiteral("Example Photo Ltd.")},
            {QStringLiteral("id_files"), QJsonArray{QStringLiteral("fileId"), QStringLiteral("fileId2")}},
        };
        const QJsonObject ip{
            {QStringLiteral("ip_type"), QStringLiteral("copyright")},
            {QStringLiteral("ip_area"), QStringLiteral("中国")},
            {QStringLiteral("ip_number"), QStringLiteral("2024-A-1")},
            {QStringLiteral("ip_content"), QStringLiteral("Photographs registered in 2024.")},
            {QStringLiteral("ip_files"), QJsonArray{QStringLiteral("ip-file")}},
        };
        QCOMPARE(osmtest::lastBody(*m_server),
                 (QJsonObject{{QStringLiteral("type"), QStringLiteral("infringement")},
                              {QStringLiteral("title"), QStringLiteral("OBS; https://example.com/copied")},
                              {QStringLiteral("content"), QStringLiteral("Our photographs are published without permission.")},
                              {QStringLiteral("files"), QJsonArray{QStringLiteral("file-1"), QStringLiteral("file-2")}},
                              {QStringLiteral("ip"), ip},
                              {QStringLiteral("contacts"), contacts},
                              {QStringLiteral("complaint_name"), QStringLiteral("copier.example")},
                              {QStringLiteral("complaint_product_name"), QStringLiteral("Photo gallery")}}));
        QCOMPARE(ack.value(), Acknowledgement{});
        QCOMPARE(reports().size(), 1);
        QCOMPARE(reports().first().contacts, contacts);
        QCOMPARE(reports().first().ip, ip);

        // The smallest illegal-information report: title is always sent (required, 0 characters allowed).
        QVERIFY(wait(api::createReportFeedback(client(), illegal())).ok());
        QCOMPARE(osmtest::lastBody(*m_server),
                 (QJsonObject{{QStringLiteral("type"), QStringLiteral("illegal")},
                              {QStringLiteral("title"), QString()},
                              {QStringLiteral("content"), QStringLiteral("Phishing mails from a hosted server.")},
                              {QStringLiteral("files"), QJsonArray{QStringLiteral("mail-headers")}},
                              {QStringLiteral("contacts"), QJsonObject{{QStringLiteral("id_type"), 20}}},
                              {QStringLiteral("report_type"), QStringLiteral("spam")}}));
        QCOMPARE(reports().size(), 2);
        QCOMPARE(reports().last().reportType, QStringLiteral("spam"));
    }

    // ---- (b) the reference's response example ----

    void createReportFeedbackExample()
    {
        const QString id = QStringLiteral("create_report_feedback");
        QCOMPARE(osmtest::endpoint(id).value(QLatin1String("response_example_is_valid_json")), QJsonValue(true));
        // Verbatim, the example's placeholder "错误码" is a non-empty error_code: the API's failure.
        OSM_VERIFY_FAILED_ACKNOWLEDGEMENT(osmtest::responseExample(id), "错误码");
        // The table's success shape, and the simulator's {}.
        OSM_VERIFY_TABLE_ACKNOWLEDGEMENT(id);
        QVERIFY(osmtest::parseBody<Acknowledgement>("{}").ok());
    }

    // ---- (c) limits refused before sending ----

    void reportLimits_data()
    {
        QTest::addColumn<int>("variant");
        QTest::addColumn<QString>("field");
        const char *fields[] = {"type", "type", "title", "content", "content", "files", "files", "files", "files",
                                "ip", "ip.ip_type", "ip.ip_content", "ip.ip_type", "ip.ip_files", "contacts.name",
                                "contacts.mobile", "contacts.mail", "contacts.id_type", "contacts.mail",
                                "contacts.id_files", "report_type", "complaint_name", "complaint_product_name"};
        for (int i = 0; i < int(std::size(fields)); ++i)
            QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(i).arg(QLatin1String(fields[i]))))
                << i << QString::fromLatin1(fields[i]);
    }

    void reportLimits()
    {
        QFETCH(int, variant);
        QFETCH(QString, field);
        api::ReportFeedbackParams p = infringement();
        switch (variant) {
        case 0: p.type.clear(); break;
        case 1: p.type = QStringLiteral("complaint"); break;
        case 2: p.title = QString(2049, QLatin1Char('t')); break;
        case 3: p.content = QStringLiteral("  "); break;
        case 4: p.content = QString(5001, QLatin1Char('c')); break;
        case 5: p.files.clear(); break;
        case 6: p.files = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")}; break;
        case 7: p.files = {QString(33, QLatin1Char('f'))}; break;
        case 8: p.files = {QString()}; break;
        case 9: p.ip.reset(); break; // required for an infringement
        case 10: p.ip->ipType.clear(); break;
        case 11: p.ip->ipContent.clear(); break;
        case 12: p.ip->ipType = QStringLiteral("design"); break;
        case 13: p.ip->ipFiles = {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")}; break;
        case 14: p.contacts.name.clear(); break;
        case 15: p.contacts.mobile = QString(33, QLatin1Char('1')); break;
        case 16: p.contacts.mail.clear(); break;
        case 17: p.contacts.idType = 11; break;
        case 18: p.contacts.mail = QString(129, QLatin1Char('m')); break;
        case 19: p.contacts.idFiles = {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")}; break;
        case 20: p.reportType = QStringLiteral("sexbreach"); break;
        case 21: p.complaintName = QString(256, QLatin1Char('n')); break;
        case 22: p.complaintProductName = QString(256, QLatin1Char('n')); break;
        }
        const qsizetype before = m_server->requests().size();
        const auto refused = wait(api::createReportFeedback(client(), p));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().category(), Error::Category::Validation);
        QCOMPARE(refused.error().field(), field);
        QVERIFY(!refused.error().userMessage().isEmpty());
        QCOMPARE(m_server->requests().size(), before);
    }

    void reportLimitsAccepted()
    {
        QVERIFY(!infringement().validate());
        QVERIFY(!illegal().validate());
        // An illegal-information report needs neither ip nor the contact's name, mobile and mail.
        api::ReportFeedbackParams p = illegal();
        p.title = QString(2048, QLatin1Char('t'));
        p.content = QString(5000, QLatin1Char('c'));
        p.files = {QString(32, QLatin1Char('f')), QStringLiteral("b"), QStringLiteral("c")};
        p.complaintName = QString(255, QLatin1Char('n'));
        QVERIFY(!p.validate());
        for (const QString &type : api::ReportFeedbackParams::reportTypes()) {
            p.reportType = type;
            QVERIFY2(!p.validate(), qPrintable(type));
        }
        QCOMPARE(api::ReportFeedbackParams::reportTypes().size(), 15);
        for (int idType : {10, 20, 21, 22, 23}) {
            p.contacts.idType = idType;
            QVERIFY(!p.validate());
        }
    }

    // ---- (d) the simulator's rules ----

    void infringementNeedsMoreThanTheTable()
    {
        // What the descriptions require for an infringement: OSM.01010001 with HTTP 200.
        QJsonObject body = infringement().body();
        body.remove(QStringLiteral("ip"));
        const auto noIp = post(body);
        QVERIFY(!noIp.ok);
        QCOMPARE(noIp.error.httpStatus(), 200);
        QCOMPARE(noIp.error.code(), QStringLiteral("OSM.01010001"));

        QJsonObject contacts = body.value(QLatin1String("contacts")).toObject();
        body = infringement().body();
        contacts.remove(QStringLiteral("mail"));
        body.insert(QStringLiteral("contacts"), contacts);
        QCOMPARE(post(body).error.code(), QStringLiteral("OSM.01010001"));
        QVERIFY(reports().isEmpty());
        // The same for an illegal-information report is fine.
        body.insert(QStringLiteral("type"), QStringLiteral("illegal"));
        body.remove(QStringLiteral("ip"));
        QVERIFY(post(body).ok);
        QCOMPARE(reports().size(), 1);
    }

    void malformedRequestsAreBadRequests()
    {
        const QJsonObject good = illegal().body();
        const auto without = [&good](const char *key) {
            QJsonObject body = good;
            body.remove(QLatin1String(key));
            return body;
        };
        const auto with = [&good](const char *key, const QJsonValue &value) {
            QJsonObject body = good;
            body.insert(QLatin1String(key), value);
            return body;
        };
        OSM_VERIFY_BAD_REQUEST(post(without("type")));
        OSM_VERIFY_BAD_REQUEST(post(without("title")));
        OSM_VERIFY_BAD_REQUEST(post(without("content")));
        OSM_VERIFY_BAD_REQUEST(post(without("files")));
        OSM_VERIFY_BAD_REQUEST(post(without("contacts")));
        OSM_VERIFY_BAD_REQUEST(post(with("type", QStringLiteral("举报类型")))); // the request example's placeholder
        OSM_VERIFY_BAD_REQUEST(post(with("files", QJsonArray{})));
        OSM_VERIFY_BAD_REQUEST(post(with("files", QJsonArray{1})));
        OSM_VERIFY_BAD_REQUEST(post(with("report_type", QStringLiteral("junk"))));
        OSM_VERIFY_BAD_REQUEST(post(with("contacts", QJsonObject{})));                               // no id_type
        OSM_VERIFY_BAD_REQUEST(post(with("contacts", QJsonObject{{QStringLiteral("id_type"), 30}})));
        OSM_VERIFY_BAD_REQUEST(post(with("contacts", QJsonObject{{QStringLiteral("id_type"), 20}, {QStringLiteral("name"), QString()}})));
        OSM_VERIFY_BAD_REQUEST(post(with("ip", QJsonObject{{QStringLiteral("ip_type"), QStringLiteral("design")}})));
        OSM_VERIFY_BAD_REQUEST(osmtest::rawCall(client(), "POST", kPath, {}, "[]"));
        QVERIFY(reports().isEmpty());
        QVERIFY(post(good).ok);
    }
};

QTEST_GUILESS_MAIN(TestFeedback)
#include "tst_feedback.moc"
