#pragma once

#include "DiagnoseItemResult.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace osm {

// The answer of 5.15.3 show_diagnose_job: a diagnosis job's state and its check items so far.
struct DiagnoseJob
{
    // status (the table's enum).
    static constexpr int kPreparing = 0;
    static constexpr int kRunning = 2;
    static constexpr int kCompleted = 3;
    static constexpr int kFailed = 4;
    static constexpr int kNotExecuted = 7;
    static constexpr int kUnavailable = 8;

    int status = kPreparing;
    // job_id: an Integer 1-2147483647 here, a String in 5.15.5's answer; kept as text for both.
    QString jobId;
    QString domainId; // domain_id, the tenant, 0-64
    QList<DiagnoseItemResult> items; // items_result
    QDateTime createTime; // create_time, Long 0-2147483647: epoch seconds (the unit is not stated)

    // Polling can stop: every status but preparing and running is final.
    bool finished() const { return status != kPreparing && status != kRunning; }
    int abnormalCount() const;

    static DiagnoseJob fromJson(const QJsonObject &json);
    // Writes the table's fields: job_id as its Integer when it is numeric, create_time as epoch seconds.
    QJsonObject toJson() const;

    friend bool operator==(const DiagnoseJob &, const DiagnoseJob &) = default;
};

} // namespace osm
