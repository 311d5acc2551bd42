#include "ApiCall.h"

#include "ApiClient.h"

namespace osm {

ApiCall::ApiCall(ApiRequest request, ApiClient *client)
    : QObject(client), m_client(client), m_request(std::move(request))
{
}

QByteArray ApiCall::header(const QByteArray &name) const
{
    for (const auto &[key, value] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

void ApiCall::abort()
{
    if (!m_finished)
        m_client->abortCall(this);
}

void ApiCall::finish(Error error, QJsonValue json, QByteArray body, int status,
                     QList<std::pair<QByteArray, QByteArray>> headers)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = std::move(error);
    m_json = std::move(json);
    m_body = std::move(body);
    m_httpStatus = status;
    m_headers = std::move(headers);
    Q_EMIT finished();
    deleteLater();
}

} // namespace osm
