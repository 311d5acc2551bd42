#pragma once

#include "MultipartBody.h"

#include <QIODevice>
#include <QList>

class QFile;

namespace osm {

// A multipart/form-data body read piece by piece: boundary lines and headers from memory, file contents from
// disk while they are sent, so memory stays bounded whatever the file size. Sequential, with its length known
// up front (sent as Content-Length), and it cannot be rewound once read: QNetworkAccessManager therefore
// cannot silently send an upload again after a dropped connection (it reports ContentReSendError), and
// whether a POST is repeated stays RetryPolicy's decision (the pipeline builds a new stream for an attempt it
// repeats).
class MultipartStream : public QIODevice
{
    Q_OBJECT

public:
    // An open stream over `body`, or nullptr with `problem` set when a file cannot be opened.
    static MultipartStream *open(const MultipartBody &body, QString *problem, QObject *parent = nullptr);

    qint64 length() const { return m_length; } // the whole body, for Content-Length

    bool isSequential() const override { return true; }
    bool reset() override { return m_read == 0 && QIODevice::bytesAvailable() == 0; }
    qint64 bytesAvailable() const override { return m_length - m_read + QIODevice::bytesAvailable(); }
    bool atEnd() const override { return bytesAvailable() == 0; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    explicit MultipartStream(QObject *parent) : QIODevice(parent) {}

    struct Piece
    {
        QByteArray bytes;
        QFile *file = nullptr;
        qint64 size = 0;
    };
    QList<Piece> m_pieces;
    qsizetype m_index = 0;
    qint64 m_offset = 0; // within the current piece
    qint64 m_read = 0;
    qint64 m_length = 0;
};

} // namespace osm
