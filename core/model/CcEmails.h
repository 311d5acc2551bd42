#pragma once

#include "CcEmailInfo.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace osm {

// The answer of 5.11.6 show_cc_emails. cc_email_info is an object in the table, an array in the example
// (its first object is read); mc_email_info is spelled mc_email_infos in the example (both are read).
// The table's names and shapes are written.
struct CcEmails
{
    CcEmailInfo ccEmailInfo; // cc_email_info
    QStringList mcEmailInfo; // mc_email_info, 0-5 e-mails of 1-32 characters

    static CcEmails fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const CcEmails &, const CcEmails &) = default;
};

} // namespace osm
