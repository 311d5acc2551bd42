#pragma once

#include <QJsonObject>
#include <QString>

namespace osm {

// OperateHistorySession (5.6.8 session_list): one bastion-host (CBH) session on an authorized host.
// The times are Strings without a documented format (the example says "test"), so they are kept as sent.
struct BastionSession
{
    QString duration;           // duration, "hh:ii:ss", 0-64
    qint64 sessionId = 0;       // session_id, Long ≥ 0
    QString startTime;          // start_time, 0-64
    QString endTime;            // end_time, 0-64
    QString operatorName;       // operator
    int canDownloadedVideo = 0; // can_downloaded_video: 0 not downloadable, 1 downloadable (not in the example)

    bool videoDownloadable() const { return canDownloadedVideo == 1; }

    static BastionSession fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const BastionSession &, const BastionSession &) = default;
};

} // namespace osm
