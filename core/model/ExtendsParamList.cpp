#include "ExtendsParamList.h"

#include "JsonRead.h"

namespace osm {

ExtendsParamList ExtendsParamList::fromJson(const QJsonObject &json)
{
    ExtendsParamList list;
    list.extendsParams = json::objects<ExtendsParam>(json.value(QLatin1String("extends_params")));
    list.commonParams = json::objects<CommonParam>(json.value(QLatin1String("common_params")));
    return list;
}

QJsonObject ExtendsParamList::toJson() const
{
    return QJsonObject{
        {QLatin1String("extends_params"), json::toArray(extendsParams)},
        {QLatin1String("common_params"), json::toArray(commonParams)},
    };
}

} // namespace osm
