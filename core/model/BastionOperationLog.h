#pragma once

#include <QJsonObject>
#include <QString>

namespace osm {

// OperateLog (5.6.7 ops_list): one command run in a bastion-host session.
struct BastionOperationLog
{
    QString oper;        // oper, the command, 0-64
    QString operateTime; // operate_time, 0-64 (format not documented; kept as sent)

    static BastionOperationLog fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const BastionOperationLog &, const BastionOperationLog &) = default;
};

} // namespace osm
