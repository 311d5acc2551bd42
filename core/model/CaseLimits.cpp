#include "CaseLimits.h"

#include "JsonRead.h"

namespace osm {

CaseLimits CaseLimits::fromJson(const QJsonObject &json)
{
    CaseLimits limits;
    // json::object also takes the config as a one-element array or as JSON text.
    const QJsonObject config = json::object(json.value(QLatin1String("config")));
    limits.ccEmailMaxCount = static_cast<int>(json::integer(config.value(QLatin1String("create_case_ccemail_max_count"))));
    return limits;
}

QJsonObject CaseLimits::toJson() const
{
    return QJsonObject{
        {QLatin1String("config"), QJsonObject{{QLatin1String("create_case_ccemail_max_count"), ccEmailMaxCount}}},
    };
}

} // namespace osm
