#pragma once

#include "BastionFileTransferLog.h"

#include <QJsonObject>
#include <QList>

namespace osm {

// The answer of 5.6.9 list_bastion_file_transfer_logs: one page of the file operations of a bastion-host session.
struct BastionFileTransferLogList
{
    qint64 totalCount = 0; // total_count (count is read too)
    QList<BastionFileTransferLog> logs; // file_ops_list

    static BastionFileTransferLogList fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const BastionFileTransferLogList &, const BastionFileTransferLogList &) = default;
};

} // namespace osm
