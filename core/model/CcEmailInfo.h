#pragma once

#include <QJsonObject>
#include <QString>

namespace osm {

// IncidentOrderCCEmailInfoV2 (5.11.6 show_cc_emails): the most recently used CC e-mails.
struct CcEmailInfo
{
    QString userId;     // user_id, 0-64
    QString customerId; // customer_id, 0-64
    QString ccEmail;    // cc_email, 0-5000: the e-mails as one text (separator not documented)

    static CcEmailInfo fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const CcEmailInfo &, const CcEmailInfo &) = default;
};

} // namespace osm
