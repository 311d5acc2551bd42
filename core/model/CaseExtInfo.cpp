#include "CaseExtInfo.h"

#include "JsonRead.h"

namespace osm {

QStringList CaseExtInfo::contactTypes() const
{
    return json::stringList(contactType);
}

CaseExtInfo CaseExtInfo::fromJson(const QJsonObject &json)
{
    const auto v = [&json](const char *name) { return json.value(QLatin1StringView(name)); };
    CaseExtInfo ext;
    ext.areaCode = json::string(v("area_code"));
    ext.remindMobile = json::string(v("remind_mobile"));
    ext.remindMail = json::string(v("remind_mail"));
    ext.contactType = json::string(v("contact_type"));
    ext.remindTime = json::string(v("remind_time"));
    ext.ccEmail = json::string(v("cc_email"));
    ext.commodityId = json::string(v("commodity_id"));
    return ext;
}

QJsonObject CaseExtInfo::toJson() const
{
    return QJsonObject{
        {QLatin1String("area_code"), areaCode},       {QLatin1String("remind_mobile"), remindMobile},
        {QLatin1String("remind_mail"), remindMail},   {QLatin1String("contact_type"), contactType},
        {QLatin1String("remind_time"), remindTime},   {QLatin1String("cc_email"), ccEmail},
        {QLatin1String("commodity_id"), commodityId},
    };
}

} // namespace osm
