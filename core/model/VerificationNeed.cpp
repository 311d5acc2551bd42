#include "VerificationNeed.h"

#include "JsonRead.h"

namespace osm {

VerificationNeed VerificationNeed::fromJson(const QJsonObject &json)
{
    VerificationNeed need;
    need.needVerifyCode = json::boolean(json.value(QLatin1String("need_verify_code")));
    need.expireTime = json::string(json.value(QLatin1String("expire_time")));
    return need;
}

QJsonObject VerificationNeed::toJson() const
{
    return QJsonObject{
        {QLatin1String("need_verify_code"), needVerifyCode ? 1 : 0},
        {QLatin1String("expire_time"), expireTime},
    };
}

} // namespace osm
