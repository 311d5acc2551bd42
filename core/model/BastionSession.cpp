#include "BastionSession.h"

#include "JsonRead.h"

namespace osm {

BastionSession BastionSession::fromJson(const QJsonObject &json)
{
    BastionSession s;
    s.duration = json::string(json.value(QLatin1String("duration")));
    s.sessionId = json::integer(json.value(QLatin1String("session_id")));
    s.startTime = json::string(json.value(QLatin1String("start_time")));
    s.endTime = json::string(json.value(QLatin1String("end_time")));
    s.operatorName = json::string(json.value(QLatin1String("operator")));
    s.canDownloadedVideo = static_cast<int>(json::integer(json.value(QLatin1String("can_downloaded_video"))));
    return s;
}

QJsonObject BastionSession::toJson() const
{
    return QJsonObject{
        {QLatin1String("duration"), duration},
        {QLatin1String("session_id"), sessionId},
        {QLatin1String("start_time"), startTime},
        {QLatin1String("end_time"), endTime},
        {QLatin1String("operator"), operatorName},
        {QLatin1String("can_downloaded_video"), canDownloadedVideo},
    };
}

} // namespace osm
