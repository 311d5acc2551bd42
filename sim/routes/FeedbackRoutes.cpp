#include "FeedbackRoutes.h"

#include "Server.h"
#include "data/FeedbackBook.h"
#include "http/BodyReader.h"
#include "http/Params.h"
#include "http/Router.h"

#include <QJsonArray>
#include <QJsonObject>

#include <limits>

namespace osm::sim {

namespace {

constexpr int kUnlimited = std::numeric_limits<int>::max();

// A string field of a table enum: another value is malformed (400 OSM.0001).
void requireOneOf(Params &p, const QString &field, const QString &value, const QStringList &allowed)
{
    if (!value.isEmpty() && !allowed.contains(value))
        p.fail(QStringLiteral("Field %1 must be one of: %2").arg(field, allowed.join(QLatin1String(", "))));
}

const QStringList &reportTypes()
{
    static const QStringList types{
        QStringLiteral("sex breach"), QStringLiteral("gamble breach"), QStringLiteral("policy breach"),
        QStringLiteral("fraud breach"), QStringLiteral("virtual currency breach"), QStringLiteral("proxy server breach"),
        QStringLiteral("ICP undocumented"), QStringLiteral("sensitive message"), QStringLiteral("violent terror"),
        QStringLiteral("rumour"), QStringLiteral("insulting heroes"), QStringLiteral("religion"),
        QStringLiteral("harm minors"), QStringLiteral("cyberattack"), QStringLiteral("spam"),
    };
    return types;
}

// 5.16.1 create_report_feedback. Table limits → 400 OSM.0001; what an infringement report needs besides
// (ip with ip_type and ip_content; contacts name, mobile, mail) → 200 OSM.01010001.
Response createReport(Server &server, Request &r)
{
    Params p(r);
    BodyReader body(p, p.bodyObject(true));
    FeedbackBook::Report report;
    report.domainId = r.identity.domainId;
    report.type = body.string(QStringLiteral("type"), 1, 32, true);
    requireOneOf(p, QStringLiteral("type"), report.type, {QStringLiteral("infringement"), QStringLiteral("illegal")});
    report.title = body.string(QStringLiteral("title"), 0, 2048, true);
    report.content = body.string(QStringLiteral("content"), 1, 5000, true);
    report.files = body.strings(QStringLiteral("files"), 1, 3, 1, 32, true);
    report.reportType = body.string(QStringLiteral("report_type"), 0, 32);
    requireOneOf(p, QStringLiteral("report_type"), report.reportType, reportTypes());
    report.complaintName = body.string(QStringLiteral("complaint_name"), 0, 255);
    report.complaintProductName = body.string(QStringLiteral("complaint_product_name"), 0, 255);

    QString ipType, ipContent;
    if (const std::optional<QJsonObject> ip = body.object(QStringLiteral("ip"))) {
        report.ip = *ip;
        BodyReader fields(p, *ip, QStringLiteral("ip."));
        ipType = fields.string(QStringLiteral("ip_type"), 0, 32);
        requireOneOf(p, QStringLiteral("ip.ip_type"), ipType,
                     {QStringLiteral("copyright"), QStringLiteral("trademark"), QStringLiteral("patent"), QStringLiteral("other")});
        fields.string(QStringLiteral("ip_area"), 0, 128);
        fields.string(QStringLiteral("ip_number"), 0, 512);
        ipContent = fields.string(QStringLiteral("ip_content"), 0, 5000);
        fields.strings(QStringLiteral("ip_files"), 0, 3, 0, kUnlimited);
    }
    QString name, mobile, mail;
    if (const std::optional<QJsonObject> contacts = body.object(QStringLiteral("contacts"), true)) {
        report.contacts = *contacts;
        BodyReader fields(p, *contacts, QStringLiteral("contacts."));
        name = fields.string(QStringLiteral("name"), 1, 512);
        mobile = fields.string(QStringLiteral("mobile"), 1, 32);
        mail = fields.string(QStringLiteral("mail"), 1, 128);
        fields.string(QStringLiteral("area"), 1, 128);
        fields.string(QStringLiteral("address"), 1, 512);
        const std::optional<qint64> idType = fields.integer(QStringLiteral("id_type"), 0, 99, true);
        if (idType && !QList<qint64>{10, 20, 21, 22, 23}.contains(*idType))
            p.fail(QStringLiteral("Field contacts.id_type must be one of: 10, 20, 21, 22, 23"));
        fields.string(QStringLiteral("company_name"), 0, 512);
        fields.strings(QStringLiteral("id_files"), 0, 3, 0, kUnlimited);
        fields.string(QStringLiteral("other_way"), 0, 512);
        fields.strings(QStringLiteral("authorization_files"), 0, 3, 0, kUnlimited);
    }
    if (!p.ok())
        return p.error();
    if (report.type == QLatin1String("infringement")
        && (ipType.isEmpty() || ipContent.trimmed().isEmpty() || name.trimmed().isEmpty() || mobile.trimmed().isEmpty()
            || mail.trimmed().isEmpty()))
        return Response::osmError(200, QStringLiteral("OSM.01010001"), QStringLiteral("Param validation failed."));
    FeedbackBook::of(server).add(std::move(report));
    return Response::empty();
}

} // namespace

void FeedbackRoutes::registerRoutes(Router &router, Server &server)
{
    FeedbackBook::of(server);
    router.add("POST", QStringLiteral("/v2/servicerequest/feedbacks"), Router::Auth::Osm,
               [&server](Request &r) { return createReport(server, r); });
}

} // namespace osm::sim
