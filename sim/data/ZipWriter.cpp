#include "ZipWriter.h"

#include <QtEndian>

#include <array>

namespace osm::sim {

namespace {

void put16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

void put32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

constexpr quint16 kUtf8Names = 0x0800; // general purpose flag bit 11
constexpr quint16 kVersion = 20;

} // namespace

quint32 ZipWriter::crc32(const QByteArray &data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : data)
        crc = table[(crc ^ quint8(byte)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

void ZipWriter::add(const QString &name, const QByteArray &data, const QDateTime &modified)
{
    Entry entry;
    entry.name = name.toUtf8();
    entry.crc = crc32(data);
    entry.size = quint32(data.size());
    entry.offset = quint32(m_data.size());
    const QDate d = modified.date();
    const QTime t = modified.time();
    entry.date = quint16(((std::max(d.year(), 1980) - 1980) << 9) | (d.month() << 5) | d.day());
    entry.time = quint16((t.hour() << 11) | (t.minute() << 5) | (t.second() / 2));

    put32(m_data, 0x04034b50);
    put16(m_data, kVersion);
    put16(m_data, kUtf8Names);
    put16(m_data, 0); // stored
    put16(m_data, entry.time);
    put16(m_data, entry.date);
    put32(m_data, entry.crc);
    put32(m_data, entry.size);
    put32(m_data, entry.size);
    put16(m_data, quint16(entry.name.size()));
    put16(m_data, 0);
    m_data.append(entry.name);
    m_data.append(data);
    m_entries.append(entry);
}

QByteArray ZipWriter::finish() const
{
    QByteArray out = m_data;
    const quint32 directoryOffset = quint32(out.size());
    for (const Entry &entry : m_entries) {
        put32(out, 0x02014b50);
        put16(out, kVersion);
        put16(out, kVersion);
        put16(out, kUtf8Names);
        put16(out, 0);
        put16(out, entry.time);
        put16(out, entry.date);
        put32(out, entry.crc);
        put32(out, entry.size);
        put32(out, entry.size);
        put16(out, quint16(entry.name.size()));
        put16(out, 0); // extra
        put16(out, 0); // comment
        put16(out, 0); // disk
        put16(out, 0); // internal attributes
        put32(out, 0); // external attributes
        put32(out, entry.offset);
        out.append(entry.name);
    }
    const quint32 directorySize = quint32(out.size()) - directoryOffset;
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint16(m_entries.size()));
    put16(out, quint16(m_entries.size()));
    put32(out, directorySize);
    put32(out, directoryOffset);
    put16(out, 0);
    return out;
}

} // namespace osm::sim
