#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace osm::sim {

// A ZIP archive built in memory with stored (uncompressed) entries and UTF-8 names: what download_accessory
// (5.5.4) answers for several attachments (v1 6.5: "downloaded as a compressed package").
class ZipWriter
{
public:
    void add(const QString &name, const QByteArray &data,
             const QDateTime &modified = QDateTime::currentDateTime());
    QByteArray finish() const;

    static quint32 crc32(const QByteArray &data);

private:
    struct Entry
    {
        QByteArray name;
        quint32 crc = 0;
        quint32 size = 0;
        quint32 offset = 0;
        quint16 time = 0;
        quint16 date = 0;
    };
    QByteArray m_data;
    QList<Entry> m_entries;
};

} // namespace osm::sim
