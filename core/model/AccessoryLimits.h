#pragma once

#include <QJsonObject>
#include <QStringList>

namespace osm {

// The answer of 5.5.6 show_accessory_limits: {"accessory_limit": AccessoryLimitVo}. The table types every
// limit as a String, the example sends numbers (5, 4, 100): both are read. A limit of 0 (or one that is
// absent) means the server set none.
struct AccessoryLimits
{
    int limitCount = 0;               // limit_count: files per case or message
    int limitSizeMb = 0;              // limit_size: per file, in MB ("单位是M")
    QStringList limitFileTypes;       // limit_file_type: "jpg,jpeg,png,...", read as lower-case extensions
    int limitZipDecompressSizeMb = 0; // limit_zip_decompress_size: an archive's unpacked size, in MB

    static constexpr qint64 kBytesPerMb = 1024 * 1024; // a choice: the reference does not say 10^6 or 2^20

    static AccessoryLimits fromJson(const QJsonObject &json);
    // As the table types it: every limit a String.
    QJsonObject toJson() const;

    qint64 maxFileBytes() const { return qint64(limitSizeMb) * kBytesPerMb; }
    qint64 maxZipDecompressBytes() const { return qint64(limitZipDecompressSizeMb) * kBytesPerMb; }
    // Whether a file of this extension (without the dot, any case) may be uploaded; true when no list is set.
    bool allowsExtension(const QString &extension) const;

    friend bool operator==(const AccessoryLimits &, const AccessoryLimits &) = default;
};

} // namespace osm
