#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace osm {

// A Content-Disposition header read as RFC 6266 / RFC 7578 write it: `attachment; filename="a.txt";
// filename*=UTF-8''%E6%97%A5%E5%BF%97.log` or `form-data; name="file"; filename="a.txt"`. The file name is
// the server's text, untrusted: pass it through FileNameSanitizer before it touches the disk.
struct ContentDisposition
{
    QByteArray type;                   // "attachment", "inline", "form-data" (lower case)
    QHash<QByteArray, QString> params; // lower-case names; filename* already decoded

    static ContentDisposition parse(const QByteArray &header);

    // filename* (RFC 5987, UTF-8 or ISO-8859-1) when present and decodable, else filename (read as UTF-8).
    QString fileName() const;
    QString param(const QByteArray &name) const { return params.value(name); }
};

} // namespace osm
