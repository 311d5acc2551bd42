#include "Agreement.h"

#include "JsonRead.h"

namespace osm {

Agreement Agreement::fromJson(const QJsonObject &json)
{
    const auto v = [&json](const char *name) { return json.value(QLatin1StringView(name)); };
    Agreement agreement;
    agreement.id = json::string(v("id"));
    agreement.agreementName = json::string(v("agreement_name"));
    agreement.agreementType = json::string(v("agreement_type"));
    agreement.agreementTypeName = json::string(v("agreement_type_name"));
    agreement.content = json::string(v("content"));
    agreement.version = json::string(v("version"));
    return agreement;
}

QJsonObject Agreement::toJson() const
{
    bool isInteger = false;
    const qint64 number = version.toLongLong(&isInteger);
    return QJsonObject{
        {QLatin1String("id"), id},
        {QLatin1String("agreement_name"), agreementName},
        {QLatin1String("agreement_type"), agreementType},
        {QLatin1String("agreement_type_name"), agreementTypeName},
        {QLatin1String("content"), content},
        {QLatin1String("version"), isInteger ? QJsonValue(number) : QJsonValue(version)},
    };
}

} // namespace osm
