#include "CcEmails.h"

#include "JsonRead.h"

#include <QJsonArray>

namespace osm {

CcEmails CcEmails::fromJson(const QJsonObject &json)
{
    CcEmails r;
    r.ccEmailInfo = CcEmailInfo::fromJson(json::object(json.value(QLatin1String("cc_email_info"))));
    r.mcEmailInfo = json::stringList(json::field(json, {"mc_email_info", "mc_email_infos"}));
    return r;
}

QJsonObject CcEmails::toJson() const
{
    return QJsonObject{
        {QLatin1String("cc_email_info"), ccEmailInfo.toJson()},
        {QLatin1String("mc_email_info"), QJsonArray::fromStringList(mcEmailInfo)},
    };
}

} // namespace osm
