#pragma once

#include "BastionOperationLog.h"

#include <QJsonObject>
#include <QList>

namespace osm {

// The answer of 5.6.7 list_bastion_operation_logs: one page of the commands of a bastion-host session.
struct BastionOperationLogList
{
    qint64 totalCount = 0; // total_count (count is read too)
    QList<BastionOperationLog> logs; // ops_list

    static BastionOperationLogList fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const BastionOperationLogList &, const BastionOperationLogList &) = default;
};

} // namespace osm
