#pragma once

// An in-memory transport for benchmarks that measure what happens after the network: every request is
// answered at once with the bytes `page()` returns (200, application/json), so the ApiClient pipeline,
// the interpreter and the typed parsing run as in the app, without sockets or a server.

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <functional>

namespace osm::bench {

class CannedReply : public QNetworkReply
{
public:
    CannedReply(QNetworkAccessManager::Operation operation, const QNetworkRequest &request, QByteArray body,
                QObject *parent)
        : QNetworkReply(parent), m_body(std::move(body))
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(operation);
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, 200);
        setRawHeader("Content-Type", "application/json;charset=UTF-8");
        setRawHeader("X-Request-Id", "bench");
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        // Like a real reply, the answer arrives from the event loop, after the caller has connected.
        QTimer::singleShot(0, this, [this] {
            setFinished(true);
            Q_EMIT metaDataChanged();
            Q_EMIT readyRead();
            Q_EMIT finished();
        });
    }

    void abort() override {}
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_body.size() - m_offset + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = std::min<qint64>(maxSize, m_body.size() - m_offset);
        if (count <= 0)
            return -1;
        std::memcpy(data, m_body.constData() + m_offset, size_t(count));
        m_offset += count;
        return count;
    }

private:
    QByteArray m_body;
    qint64 m_offset = 0;
};

class CannedNetwork : public QNetworkAccessManager
{
public:
    explicit CannedNetwork(std::function<QByteArray(const QNetworkRequest &)> page, QObject *parent = nullptr)
        : QNetworkAccessManager(parent), m_page(std::move(page))
    {
    }

    int requestCount() const { return m_requests; }

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request, QIODevice *) override
    {
        ++m_requests;
        return new CannedReply(operation, request, m_page(request), this);
    }

private:
    std::function<QByteArray(const QNetworkRequest &)> m_page;
    int m_requests = 0;
};

} // namespace osm::bench
