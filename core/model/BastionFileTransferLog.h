#pragma once

#include <QJsonObject>
#include <QString>

namespace osm {

// FileOperateLog (5.6.9 file_ops_list): one file operation in a bastion-host session.
struct BastionFileTransferLog
{
    QString duration;    // duration, "hh:ii:ss", 0-64
    QString operateTime; // operate_time, 0-64
    // operate_type, 0-64: UPLOAD(1), DOWNLOAD(2), RENAME(3), DELETE(4), CREATE(5), UNKNOWN(-1); the reference
    // does not say whether the name or the number is sent, so it is kept as sent.
    QString operateType;
    QString fileName;    // file_name, 0-512
    QString fromPath;    // from_path, 0-1024
    QString toPath;      // to_path, 0-1024
    QString fileSize;    // file_size, "k", "M" or "G" text, 0-64
    QString operResult;  // oper_result, 0-64

    static BastionFileTransferLog fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const BastionFileTransferLog &, const BastionFileTransferLog &) = default;
};

} // namespace osm
