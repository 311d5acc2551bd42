#pragma once

#include "Server.h"
#include "net/Signer.h"

#include <QDateTime>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

// A plain QNetworkAccessManager client for the simulator tests, signing with osm::Signer::sign.
class SimClient
{
public:
    struct Call
    {
        QByteArray method = "GET";
        QString path;
        osm::QueryItems query;
        QByteArray body;
        osm::HeaderList headers; // sent as given (X-Domain-Id, Content-Type, ...)
    };

    struct Reply
    {
        int status = 0;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers;
        qint64 elapsedMs = 0;
        QByteArray header(const QByteArray &name) const;
        QJsonObject json() const;
        bool isJson() const;
    };

    explicit SimClient(osm::sim::Server &server);

    // X-Sdk-Date, Authorization (and the UNSIGNED-PAYLOAD header when asked) for exactly this call.
    osm::HeaderList signingHeaders(const Call &call, const QByteArray &ak, const QByteArray &sk,
                                   const QDateTime &at = QDateTime::currentDateTimeUtc()) const;
    // Adds the demo X-Domain-Id (and Content-Type for a body), signs with the demo AK/SK, sends.
    Reply signedCall(Call call);
    Reply get(const QString &path, const osm::QueryItems &query = {}) { return signedCall({"GET", path, query, {}, {}}); }
    Reply post(const QString &path, const QByteArray &json) { return signedCall({"POST", path, {}, json, {}}); }
    Reply send(const Call &call, const osm::HeaderList &extra = {});
    Reply withToken(const QByteArray &token, const Call &call);
    QByteArray issueToken(); // demo user; empty on failure

    static Call prepared(Call call); // what signedCall adds before signing

private:
    osm::sim::Server &m_server;
    QNetworkAccessManager m_nam;
};
