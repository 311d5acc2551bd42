#include "Feedback.h"

#include "Operation.h"
#include "Validator.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace osm::api {

namespace {
const Operation kCreateReportFeedback{"create_report_feedback", "POST", "/v2/servicerequest/feedbacks"};

void insertText(QJsonObject &object, const char *key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(QLatin1String(key), value);
}

void insertList(QJsonObject &object, const char *key, const QStringList &values)
{
    if (!values.isEmpty())
        object.insert(QLatin1String(key), QJsonArray::fromStringList(values));
}

// A string field that must be one of `allowed` when it is given.
void oneOfText(Validator &validator, const char *field, const QString &value, const QStringList &allowed)
{
    if (value.isEmpty() || allowed.contains(value))
        return;
    QStringList escaped;
    for (const QString &a : allowed)
        escaped.append(QRegularExpression::escape(a));
    const QRegularExpression exact(QStringLiteral("^(?:%1)$").arg(escaped.join(QLatin1Char('|'))));
    validator.pattern(field, value, exact,
                      QCoreApplication::translate("osm::api::Feedback", "it must be one of %1.")
                          .arg(allowed.join(QLatin1String(", "))));
}
} // namespace

QJsonObject IntellectualProperty::toJson() const
{
    QJsonObject json;
    insertText(json, "ip_type", ipType);
    insertText(json, "ip_area", ipArea);
    insertText(json, "ip_number", ipNumber);
    insertText(json, "ip_content", ipContent);
    insertList(json, "ip_files", ipFiles);
    return json;
}

QJsonObject ReportContacts::toJson() const
{
    QJsonObject json;
    insertText(json, "name", name);
    insertText(json, "mobile", mobile);
    insertText(json, "mail", mail);
    insertText(json, "area", area);
    insertText(json, "address", address);
    json.insert(QLatin1String("id_type"), idType);
    insertText(json, "company_name", companyName);
    insertList(json, "id_files", idFiles);
    insertText(json, "other_way", otherWay);
    insertList(json, "authorization_files", authorizationFiles);
    return json;
}

const QStringList &ReportFeedbackParams::reportTypes()
{
    static const QStringList types{
        QStringLiteral("sex breach"),        QStringLiteral("gamble breach"),
        QStringLiteral("policy breach"),     QStringLiteral("fraud breach"),
        QStringLiteral("virtual currency breach"), QStringLiteral("proxy server breach"),
        QStringLiteral("ICP undocumented"),  QStringLiteral("sensitive message"),
        QStringLiteral("violent terror"),    QStringLiteral("rumour"),
        QStringLiteral("insulting heroes"),  QStringLiteral("religion"),
        QStringLiteral("harm minors"),       QStringLiteral("cyberattack"),
        QStringLiteral("spam"),
    };
    return types;
}

Error ReportFeedbackParams::validate() const
{
    Validator v;
    v.required("type", type);
    oneOfText(v, "type", type, {QString::fromLatin1(kInfringement), QString::fromLatin1(kIllegal)});
    v.maxLength("title", title, 2048)
        .required("content", content)
        .maxLength("content", content, 5000)
        .minItems("files", files.size(), 1)
        .maxItems("files", files.size(), 3);
    for (const QString &file : files)
        v.required("files", file);
    v.eachMaxLength("files", files, 32);

    // ip: required for an infringement, with its type and description.
    if (infringement() && !ip)
        v.required("ip", QString());
    if (ip) {
        if (infringement())
            v.required("ip.ip_type", ip->ipType).required("ip.ip_content", ip->ipContent);
        oneOfText(v, "ip.ip_type", ip->ipType,
                  {QStringLiteral("copyright"), QStringLiteral("trademark"), QStringLiteral("patent"), QStringLiteral("other")});
        v.maxLength("ip.ip_type", ip->ipType, 32)
            .maxLength("ip.ip_area", ip->ipArea, 128)
            .maxLength("ip.ip_number", ip->ipNumber, 512)
            .maxLength("ip.ip_content", ip->ipContent, 5000)
            .maxItems("ip.ip_files", ip->ipFiles.size(), 3);
    }

    // contacts: always required (id_type), name/mobile/mail too for an infringement.
    if (infringement())
        v.required("contacts.name", contacts.name).required("contacts.mobile", contacts.mobile).required("contacts.mail", contacts.mail);
    v.maxLength("contacts.name", contacts.name, 512)
        .maxLength("contacts.mobile", contacts.mobile, 32)
        .maxLength("contacts.mail", contacts.mail, 128)
        .maxLength("contacts.area", contacts.area, 128)
        .maxLength("contacts.address", contacts.address, 512)
        .oneOf("contacts.id_type", contacts.idType,
               {ReportContacts::kEnterprise, ReportContacts::kIndividual, ReportContacts::kAuthorizedAgent,
                ReportContacts::kLawyer, ReportContacts::kRightOwner})
        .maxLength("contacts.company_name", contacts.companyName, 512)
        .maxItems("contacts.id_files", contacts.idFiles.size(), 3)
        .maxLength("contacts.other_way", contacts.otherWay, 512)
        .maxItems("contacts.authorization_files", contacts.authorizationFiles.size(), 3);

    oneOfText(v, "report_type", reportType, reportTypes());
    v.maxLength("report_type", reportType, 32)
        .maxLength("complaint_name", complaintName, 255)
        .maxLength("complaint_product_name", complaintProductName, 255);
    return v.error();
}

QJsonObject ReportFeedbackParams::body() const
{
    QJsonObject body{
        {QLatin1String("type"), type},
        {QLatin1String("title"), title},
        {QLatin1String("content"), content},
        {QLatin1String("files"), QJsonArray::fromStringList(files)},
        {QLatin1String("contacts"), contacts.toJson()},
    };
    if (ip)
        body.insert(QLatin1String("ip"), ip->toJson());
    insertText(body, "report_type", reportType);
    insertText(body, "complaint_name", complaintName);
    insertText(body, "complaint_product_name", complaintProductName);
    return body;
}

QFuture<Result<Acknowledgement>> createReportFeedback(ApiClient &client, const ReportFeedbackParams &params)
{
    const QJsonObject body = params.body();
    return run<Acknowledgement>(client, kCreateReportFeedback, {}, {}, params.validate(), &body);
}

} // namespace osm::api
