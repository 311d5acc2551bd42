#pragma once

#include "ApiRequest.h"
#include "Error.h"

#include <QJsonValue>
#include <QObject>

namespace osm {

class ApiClient;

// One call in flight through the pipeline. Emits finished() exactly once, then deletes itself later.
class ApiCall : public QObject
{
    Q_OBJECT

public:
    const ApiRequest &request() const { return m_request; }
    const Error &error() const { return m_error; }
    bool ok() const { return !m_error.isError(); }
    const QJsonValue &json() const { return m_json; }
    const QByteArray &body() const { return m_body; }
    int httpStatus() const { return m_httpStatus; }
    QByteArray header(const QByteArray &name) const;
    QString requestId() const { return QString::fromLatin1(header("X-Request-Id")); }
    bool isFinished() const { return m_finished; }
    int attempts() const { return m_attempts; }

    // Stops the call; finished() follows with a Cancelled error unless it had already finished.
    void abort();

Q_SIGNALS:
    void finished();
    // A failed attempt will be repeated after `delayMs` (the UI can say "retrying in 5 s").
    void retrying(int delayMs, const osm::Error &error);
    void downloadProgress(qint64 received, qint64 total);
    void uploadProgress(qint64 sent, qint64 total);
    // ApiRequest::streamResponse only: an attempt's 2xx file body begins (again, after a retry: start over)...
    void responseStarted(int httpStatus, const QList<std::pair<QByteArray, QByteArray>> &headers);
    // ...and arrives piece by piece.
    void bodyReceived(const QByteArray &chunk);

private:
    friend class ApiClient;
    ApiCall(ApiRequest request, ApiClient *client);
    void finish(Error error, QJsonValue json, QByteArray body, int status,
                QList<std::pair<QByteArray, QByteArray>> headers);

    ApiClient *m_client;
    ApiRequest m_request;
    Error m_error;
    QJsonValue m_json;
    QByteArray m_body;
    int m_httpStatus = 0;
    QList<std::pair<QByteArray, QByteArray>> m_headers;
    bool m_finished = false;
    bool m_reauthenticated = false;
    bool m_clockCorrected = false;
    int m_attempts = 0;
};

} // namespace osm
