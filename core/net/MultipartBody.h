#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace osm {

// A multipart/form-data body, described rather than serialised: the pipeline opens a fresh MultipartStream
// for every attempt, and a file part is read from disk while it is sent, so a large file never sits in
// memory. Such a body is not hashed for the AK/SK signature (X-Sdk-Content-Sha256: UNSIGNED-PAYLOAD).
struct MultipartBody
{
    struct Part
    {
        QByteArray name;        // the form field, e.g. "file"
        QByteArray data;        // the content of a part without filePath
        QString filePath;       // a file part: its content is streamed from here
        QString fileName;       // filename="..." of a file part
        QByteArray contentType; // of a file part, e.g. application/octet-stream
    };

    QByteArray boundary; // a random one is chosen by ApiRequest::setMultipart() when empty
    QList<Part> parts;

    bool isEmpty() const { return parts.isEmpty(); }
    // multipart/form-data; boundary=...
    QByteArray contentType() const;

    static QByteArray newBoundary();
};

} // namespace osm
