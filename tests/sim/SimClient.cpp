#include "SimClient.h"

#include "DemoCredentials.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QUrl>

using namespace osm;
using namespace osm::sim;

QByteArray SimClient::Reply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QJsonObject SimClient::Reply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

bool SimClient::Reply::isJson() const
{
    QJsonParseError error;
    QJsonDocument::fromJson(body, &error);
    return error.error == QJsonParseError::NoError;
}

SimClient::SimClient(Server &server)
    : m_server(server)
{
}

SimClient::Call SimClient::prepared(Call call)
{
    bool hasDomain = false;
    bool hasType = false;
    for (const auto &[name, value] : call.headers) {
        hasDomain = hasDomain || name.compare("X-Domain-Id", Qt::CaseInsensitive) == 0;
        hasType = hasType || name.compare("Content-Type", Qt::CaseInsensitive) == 0;
    }
    if (!hasDomain)
        call.headers.append({QByteArray("X-Domain-Id"), QByteArray(demo::kDomainId)});
    if (!call.body.isEmpty() && !hasType)
        call.headers.append({QByteArray("Content-Type"), QByteArray("application/json")});
    return call;
}

HeaderList SimClient::signingHeaders(const Call &call, const QByteArray &ak, const QByteArray &sk,
                                     const QDateTime &at) const
{
    Signer::Input input;
    input.method = call.method;
    input.host = QStringLiteral("127.0.0.1:%1").arg(m_server.port());
    input.path = call.path;
    input.query = call.query;
    input.headers = call.headers;
    bool unsignedPayload = false;
    for (const auto &[name, value] : call.headers)
        unsignedPayload = unsignedPayload || (name.compare("X-Sdk-Content-Sha256", Qt::CaseInsensitive) == 0
                                              && value == Signer::kUnsignedPayload);
    input.payloadHash = unsignedPayload ? QByteArray(Signer::kUnsignedPayload) : Signer::payloadHash(call.body);
    input.sdkDate = Signer::formatDate(at);
    const Signer::Output out = Signer::sign(input, ak, sk);
    return {{"X-Sdk-Date", input.sdkDate}, {"Authorization", out.authorization}};
}

SimClient::Reply SimClient::signedCall(Call call)
{
    call = prepared(call);
    return send(call, signingHeaders(call, demo::kAccessKey, demo::kSecretKey));
}

SimClient::Reply SimClient::send(const Call &call, const HeaderList &extra)
{
    QByteArray url = m_server.baseUrl().toEncoded() + Signer::canonicalUri(call.path);
    url.chop(1); // canonicalUri adds the signing-only trailing slash
    if (!call.query.isEmpty())
        url += '?' + Signer::wireQuery(call.query);
    QNetworkRequest request(QUrl::fromEncoded(url));
    for (const auto &[name, value] : call.headers)
        request.setRawHeader(name, value);
    for (const auto &[name, value] : extra)
        request.setRawHeader(name, value);
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = m_nam.sendCustomRequest(request, call.method, call.body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(10000);
    Reply r;
    r.elapsedMs = timer.elapsed();
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.error = reply->error();
    r.body = reply->readAll();
    r.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return r;
}

SimClient::Reply SimClient::withToken(const QByteArray &token, const Call &call)
{
    return send(call, {{"X-Auth-Token", token}});
}

QByteArray SimClient::issueToken()
{
    const QByteArray body = R"({"auth":{"identity":{"methods":["password"],"password":{"user":{"name":"demo",)"
                            R"("password":"demo-password","domain":{"name":"osmdesk-demo"}}}},)"
                            R"("scope":{"project":{"id":"5a7b9c1d2e3f40516273849506a7b8c9"}}}})";
    const Reply r = send({"POST", QStringLiteral("/v3/auth/tokens"), {}, body, {{"Content-Type", "application/json"}}});
    return r.status == 201 ? r.header("X-Subject-Token") : QByteArray();
}
