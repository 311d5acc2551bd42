#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace osm {

// IncidentOperateLogV2 (5.11.5 list_case_operate_logs): one entry of a case's operation log.
struct CaseOperateLog
{
    QString incidentLogId;        // incident_log_id, 0-64
    QString incidentId;           // incident_id, 0-64
    int operateType = 0;          // operate_type: OperateType (an undocumented code is kept)
    int operatorType = 0;         // operator_type, 0..3 (meaning not documented)
    QString operatorId;           // operator_id, 0-64
    QString operatorName;         // operator_name, 0-256
    QString operateDesc;          // operate_desc, 0-400
    QString operateTime;          // operate_time, a String without a format: kept as text
    QString timestampOperateTime; // timestamp_operate_time, a String: kept as text

    // The documented operate_type codes.
    enum OperateType : int {
        Create = 0,
        Press = 2, // urge (催单)
        Close = 3,
        Cancel = 4,
        Evaluate = 5,
        Delete = 13,
        UserCenterRejected = 16,
        TenantConfirmedAuthorization = 73,
        TenantRejectedAuthorization = 74,
        TenantCancelledAuthorization = 83,
        TenantExportedCases = 84,
        CustomerRepliedAwaitingFeedback = 85,
        ContactModified = 114,
        ContactDeleted = 115,
    };

    // When it happened: timestamp_operate_time, else operate_time, read leniently (epoch or ISO text);
    // invalid when neither reads as a time.
    QDateTime time() const;

    static CaseOperateLog fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const CaseOperateLog &, const CaseOperateLog &) = default;
};

} // namespace osm
