#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace osm {

// DiagnoseRecordVo (5.15.4 list_diagnose_records): one past diagnosis.
struct DiagnoseRecord
{
    QString id;                     // id, 0-64
    QString status;                 // status, 0-64: a String here (5.15.3's status is an Integer)
    QMap<QString, QString> params;  // params, what the diagnosis was started with (5.15.5 params)
    QString domainId;               // domain_id, "创建人" (creator), 0-64
    QDateTime createTime;           // create_time, Long 0-2147483647: epoch seconds (unit not stated)
    QString jobId;                  // job_id, 0-64 (5.15.3 and 5.15.2 take it)
    QStringList abnormalItems;      // abnormal_items, the check ids found abnormal
    int redCount = 0;               // red_count, how many items are abnormal
    QString region;                 // region, 0-64

    static DiagnoseRecord fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const DiagnoseRecord &, const DiagnoseRecord &) = default;
};

} // namespace osm
