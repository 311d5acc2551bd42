#include "ZipSize.h"

#include <QByteArray>
#include <QIODevice>
#include <QtEndian>

#include <algorithm>
#include <limits>

namespace osm::api {

namespace {

constexpr quint32 kEndOfCentralDirectory = 0x06054b50;
constexpr quint32 kCentralFileHeader = 0x02014b50;
constexpr quint32 kZip64EndOfCentralDirectory = 0x06064b50;
constexpr quint32 kZip64Locator = 0x07064b50;
constexpr qint64 kMaxCentralDirectory = 64 * 1024 * 1024; // larger directories are refused, not read

template <typename T> T at(const QByteArray &bytes, qsizetype offset)
{
    return qFromLittleEndian<T>(bytes.constData() + offset);
}

QByteArray readAt(QIODevice &device, qint64 offset, qint64 size)
{
    if (offset < 0 || size < 0 || !device.seek(offset))
        return {};
    const QByteArray bytes = device.read(size);
    return bytes.size() == size ? bytes : QByteArray();
}

} // namespace

std::optional<qint64> zipUncompressedSize(QIODevice &device)
{
    const qint64 fileSize = device.size();
    if (fileSize < 22)
        return std::nullopt;
    // The end record is within the last 22 + 65535 (comment) bytes.
    const qint64 tailSize = std::min<qint64>(fileSize, 22 + 65535);
    const QByteArray tail = readAt(device, fileSize - tailSize, tailSize);
    if (tail.isEmpty())
        return std::nullopt;
    qsizetype end = -1;
    for (qsizetype i = tail.size() - 22; i >= 0; --i) {
        if (at<quint32>(tail, i) == kEndOfCentralDirectory) {
            end = i;
            break;
        }
    }
    if (end < 0)
        return std::nullopt;
    quint64 entries = at<quint16>(tail, end + 10);
    quint64 directorySize = at<quint32>(tail, end + 12);
    quint64 directoryOffset = at<quint32>(tail, end + 16);
    if (entries == 0xFFFF || directorySize == 0xFFFFFFFF || directoryOffset == 0xFFFFFFFF) {
        // ZIP64: the locator just before the end record points to the ZIP64 end record.
        if (end < 20 || at<quint32>(tail, end - 20) != kZip64Locator)
            return std::nullopt;
        const QByteArray record = readAt(device, qint64(at<quint64>(tail, end - 20 + 8)), 56);
        if (record.isEmpty() || at<quint32>(record, 0) != kZip64EndOfCentralDirectory)
            return std::nullopt;
        entries = at<quint64>(record, 32);
        directorySize = at<quint64>(record, 40);
        directoryOffset = at<quint64>(record, 48);
    }
    if (directorySize > quint64(kMaxCentralDirectory) || directoryOffset + directorySize > quint64(fileSize))
        return std::nullopt;
    const QByteArray directory = readAt(device, qint64(directoryOffset), qint64(directorySize));
    if (directory.size() != qsizetype(directorySize))
        return std::nullopt;

    qint64 total = 0;
    qsizetype pos = 0;
    for (quint64 n = 0; n < entries; ++n) {
        if (pos + 46 > directory.size() || at<quint32>(directory, pos) != kCentralFileHeader)
            return std::nullopt;
        quint64 size = at<quint32>(directory, pos + 24);
        const qsizetype nameLength = at<quint16>(directory, pos + 28);
        const qsizetype extraLength = at<quint16>(directory, pos + 30);
        const qsizetype commentLength = at<quint16>(directory, pos + 32);
        const qsizetype extra = pos + 46 + nameLength;
        if (extra + extraLength + commentLength > directory.size())
            return std::nullopt;
        if (size == 0xFFFFFFFF) {
            // The ZIP64 extra field (id 1) holds the real size first (then the compressed one).
            bool found = false;
            for (qsizetype e = extra; e + 4 <= extra + extraLength;) {
                const quint16 id = at<quint16>(directory, e);
                const quint16 length = at<quint16>(directory, e + 2);
                if (id == 1 && length >= 8 && e + 4 + 8 <= extra + extraLength) {
                    size = at<quint64>(directory, e + 4);
                    found = true;
                    break;
                }
                e += 4 + length;
            }
            if (!found)
                return std::nullopt;
        }
        if (size > quint64(std::numeric_limits<qint64>::max() - total))
            return std::nullopt;
        total += qint64(size);
        pos = extra + extraLength + commentLength;
    }
    return total;
}

} // namespace osm::api
