#pragma once

#include <QJsonObject>
#include <QString>

namespace osm {

// AgreementVO (5.1.1 show_published_agreement case_agreement): one published version of an agreement.
struct Agreement
{
    // agreement_type: a String holding one of these numbers.
    enum Type : int { NewCaseNormalUser = 0, NewCaseIsvUser = 1, Authorization = 2 };

    QString id;                // id, 1-11 characters; sign_agreement takes it as an Integer path parameter
    QString agreementName;     // agreement_name
    QString agreementType;     // agreement_type: "0", "1" or "2"
    QString agreementTypeName; // agreement_type_name
    QString content;           // content: the terms, server text (shown as plain text, never as HTML)
    // version: an Integer in the table, "1.0.0" in the example — kept as text, written as a number when it is one.
    QString version;

    static Agreement fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const Agreement &, const Agreement &) = default;
};

} // namespace osm
