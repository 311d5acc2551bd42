#include "CaseExtendsParamList.h"

#include "JsonRead.h"

namespace osm {

CaseExtendsParamList CaseExtendsParamList::fromJson(const QJsonObject &json)
{
    CaseExtendsParamList r;
    r.errorCode = json::string(json.value(QLatin1String("error_code")));
    r.errorMsg = json::string(json.value(QLatin1String("error_msg")));
    r.extParams = json::objects<CaseExtendsParam>(json.value(QLatin1String("ext_params")));
    return r;
}

QJsonObject CaseExtendsParamList::toJson() const
{
    return QJsonObject{
        {QLatin1String("error_code"), errorCode},
        {QLatin1String("error_msg"), errorMsg},
        {QLatin1String("ext_params"), json::toArray(extParams)},
    };
}

} // namespace osm
