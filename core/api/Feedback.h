#pragma once

#include "model/Acknowledgement.h"
#include "net/ApiClient.h"

#include <QFuture>
#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace osm::api {

// 5.16 feedback: reporting an intellectual-property infringement or illegal information on Huawei Cloud.

// IntellectualPropertyV2: the right that is infringed (required, with ip_type and ip_content, for infringement).
struct IntellectualProperty
{
    QString ipType;      // ip_type: copyright, trademark, patent or other, 0-32
    QString ipArea;      // ip_area, the country/region of registration, 0-128
    QString ipNumber;    // ip_number, trademark registration / patent application number, 0-512
    QString ipContent;   // ip_content, a short description of the right, 0-5000
    QStringList ipFiles; // ip_files, proof of the right, 0-3

    QJsonObject toJson() const;
};

// ContactWayInfoV2: who reports (name, mobile and mail are required for infringement).
struct ReportContacts
{
    // id_type
    static constexpr int kEnterprise = 10;
    static constexpr int kIndividual = 20;
    static constexpr int kAuthorizedAgent = 21;
    static constexpr int kLawyer = 22;
    static constexpr int kRightOwner = 23;

    QString name;                   // name, 1-512
    QString mobile;                 // mobile, 1-32
    QString mail;                   // mail, 1-128
    QString area;                   // area, country/region, 1-128
    QString address;                // address, 1-512
    int idType = 0;                 // id_type, required: 10, 20, 21, 22 or 23
    QString companyName;            // company_name, 0-512
    QStringList idFiles;            // id_files, proof of identity, 0-3
    QString otherWay;               // other_way, another way to reach the reporter, 0-512
    QStringList authorizationFiles; // authorization_files, proof of authorisation, 0-3

    QJsonObject toJson() const;
};

// 5.16.1 create_report_feedback
struct ReportFeedbackParams
{
    static constexpr const char *kInfringement = "infringement"; // intellectual-property infringement
    static constexpr const char *kIllegal = "illegal";           // illegal information
    // The values of report_type the table lists ("sex breach" ... "spam").
    static const QStringList &reportTypes();

    QString type;              // type, required: infringement or illegal
    QString title;             // title, "<product or service>; <website URL>", 0-2048 (always sent)
    QString content;           // content, required, 1-5000
    QStringList files;         // files, required, 1-3 of 1-32 characters (attachment ids)
    std::optional<IntellectualProperty> ip; // ip, required for infringement
    ReportContacts contacts;   // contacts, required
    QString reportType;        // report_type, one of reportTypes(), 0-32
    QString complaintName;     // complaint_name, the reported party or merchant, 0-255
    QString complaintProductName; // complaint_product_name, the infringing product or service, 0-255

    bool infringement() const { return type == QLatin1String(kInfringement); }

    Error validate() const;
    QJsonObject body() const;
};
QFuture<Result<Acknowledgement>> createReportFeedback(ApiClient &client, const ReportFeedbackParams &params);

} // namespace osm::api
