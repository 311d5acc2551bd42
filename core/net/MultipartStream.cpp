#include "MultipartStream.h"

#include <QCoreApplication>
#include <QFile>

#include <cstring>

namespace osm {

namespace {

// A quoted-string parameter value: quotes and line breaks would end the header early.
QByteArray quoted(const QString &value)
{
    QByteArray bytes = value.toUtf8();
    bytes.replace('\\', "\\\\");
    bytes.replace('"', "%22");
    bytes.replace('\r', "");
    bytes.replace('\n', "");
    return '"' + bytes + '"';
}

} // namespace

MultipartStream *MultipartStream::open(const MultipartBody &body, QString *problem, QObject *parent)
{
    auto *stream = new MultipartStream(parent);
    QByteArray pending; // boundary and headers gathered until the next file
    for (const MultipartBody::Part &part : body.parts) {
        pending += "--" + body.boundary +
                   "\r\nContent-Disposition: form-data; name=" + quoted(QString::fromUtf8(part.name));
        if (!part.filePath.isEmpty() || !part.fileName.isEmpty())
            pending += "; filename=" + quoted(part.fileName);
        pending += "\r\n";
        if (!part.contentType.isEmpty())
            pending += "Content-Type: " + part.contentType + "\r\n";
        pending += "\r\n";
        if (part.filePath.isEmpty()) {
            pending += part.data + "\r\n";
            continue;
        }
        auto *file = new QFile(part.filePath, stream);
        if (!file->open(QIODevice::ReadOnly)) {
            if (problem) {
                *problem = QCoreApplication::translate("osm::MultipartBody", "“%1” could not be read: %2")
                               .arg(part.filePath, file->errorString());
            }
            delete stream;
            return nullptr;
        }
        stream->m_pieces.append({pending, nullptr, pending.size()});
        stream->m_pieces.append({{}, file, file->size()});
        pending = "\r\n";
    }
    pending += "--" + body.boundary + "--\r\n";
    stream->m_pieces.append({pending, nullptr, pending.size()});
    for (const Piece &piece : std::as_const(stream->m_pieces))
        stream->m_length += piece.size;
    stream->QIODevice::open(QIODevice::ReadOnly);
    return stream;
}

qint64 MultipartStream::readData(char *data, qint64 maxSize)
{
    qint64 done = 0;
    while (done < maxSize && m_index < m_pieces.size()) {
        Piece &piece = m_pieces[m_index];
        const qint64 wanted = std::min(maxSize - done, piece.size - m_offset);
        if (wanted > 0) {
            if (piece.file) {
                const qint64 got = piece.file->read(data + done, wanted);
                if (got <= 0) {
                    // The file shrank or failed while being sent: the declared length cannot be met.
                    setErrorString(piece.file->errorString());
                    return done > 0 ? done : -1;
                }
                done += got;
                m_offset += got;
            } else {
                std::memcpy(data + done, piece.bytes.constData() + m_offset, size_t(wanted));
                done += wanted;
                m_offset += wanted;
            }
        }
        if (m_offset >= piece.size) {
            if (piece.file)
                piece.file->close();
            ++m_index;
            m_offset = 0;
        }
    }
    m_read += done;
    return done;
}

} // namespace osm
