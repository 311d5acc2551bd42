#pragma once

#include "CaseOperateLog.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace osm {

// The answer of 5.11.5 list_case_operate_logs. The table says count, the example total_count: both are read,
// the table's name is written.
struct CaseOperateLogList
{
    qint64 count = 0;           // count (total_count is read too; absent: the list's size)
    QList<CaseOperateLog> logs; // incident_operate_log_list

    static CaseOperateLogList fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const CaseOperateLogList &, const CaseOperateLogList &) = default;
};

} // namespace osm
