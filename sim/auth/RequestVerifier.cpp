#include "RequestVerifier.h"

#include "net/Signer.h"

namespace osm::sim {

namespace {

RequestVerifier::Result reject(const QString &message, const QString &code = QStringLiteral("APIGW.0301"))
{
    RequestVerifier::Result result;
    result.failure = Response::gatewayError(401, code, message);
    return result;
}

bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    char diff = 0; // no early exit: the comparison time does not depend on where they differ
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= char(a.at(i) ^ b.at(i));
    return diff == 0;
}

} // namespace

RequestVerifier::RequestVerifier(const Accounts &accounts, const TokenStore &tokens)
    : m_accounts(accounts)
    , m_tokens(tokens)
{
}

RequestVerifier::Result RequestVerifier::verify(const Request &request, Router::Auth auth, const QDateTime &now) const
{
    if (auth == Router::Auth::None) {
        Result result;
        result.ok = true;
        return result;
    }
    if (request.hasHeader("X-Auth-Token"))
        return verifyToken(request);
    return verifyAkSk(request, auth, now);
}

RequestVerifier::Result RequestVerifier::verifyToken(const Request &request) const
{
    const auto token = m_tokens.validate(request.header("X-Auth-Token").trimmed());
    if (!token)
        return reject(QStringLiteral("The token must be updated."), QStringLiteral("APIGW.0307"));
    Result result;
    result.ok = true;
    result.identity.kind = Identity::Kind::Token;
    result.identity.domainId = token->domainId;
    result.identity.userId = token->userId;
    result.identity.userName = token->userName;
    if (const auto domain = m_accounts.domainById(token->domainId))
        result.identity.domainName = domain->name;
    return result;
}

RequestVerifier::Result RequestVerifier::verifyAkSk(const Request &request, Router::Auth auth, const QDateTime &now) const
{
    const QString signatureFail = QString::fromLatin1(kSignatureFail);
    const Signer::Authorization authorization = Signer::parseAuthorization(request.header("Authorization").trimmed());
    if (!authorization.valid)
        return reject(signatureFail);
    if (!authorization.signedHeaders.contains("host") || !authorization.signedHeaders.contains("x-sdk-date"))
        return reject(QStringLiteral("Incorrect IAM authentication information: SignedHeaders must include host and x-sdk-date"));

    const QByteArray sdkDate = request.header("X-Sdk-Date").trimmed();
    const QDateTime signedAt = Signer::parseDate(sdkDate);
    if (sdkDate.isEmpty() || !signedAt.isValid())
        return reject(QStringLiteral("Incorrect IAM authentication information: X-Sdk-Date is missing or not in the format YYYYMMDDTHHMMSSZ"));
    if (qAbs(signedAt.secsTo(now)) > m_maxSkew)
        return reject(QStringLiteral("Incorrect IAM authentication information: X-Sdk-Date is more than 15 minutes away from the server time"));

    const auto key = m_accounts.accessKey(authorization.access);
    if (!key)
        return reject(QStringLiteral("Incorrect IAM authentication information: the access key does not exist"));

    // Canonical headers in the order SignedHeaders names them, with the values as received.
    HeaderList signedHeaders;
    for (const QByteArray &name : authorization.signedHeaders)
        signedHeaders.append({name.toLower(), request.header(name)});
    const QByteArray payloadHash = request.header("X-Sdk-Content-Sha256").trimmed() == Signer::kUnsignedPayload
                                       ? QByteArray(Signer::kUnsignedPayload)
                                       : Signer::payloadHash(request.body);
    const QByteArray canonical = Signer::canonicalRequest(request.method, request.path,
                                                          Signer::decodeQuery(request.rawQuery), signedHeaders,
                                                          payloadHash);
    const QByteArray expected = Signer::signature(key->secretKey, Signer::stringToSign(sdkDate, canonical));
    if (!sameBytes(expected, authorization.signature.toLower()))
        return reject(signatureFail);

    // OSM is a global service: the SDK's global credentials name the account in X-Domain-Id.
    if (auth == Router::Auth::Osm && QString::fromUtf8(request.header("X-Domain-Id").trimmed()) != key->domainId)
        return reject(QStringLiteral("Incorrect IAM authentication information: X-Domain-Id is missing or does not match the access key's account"));

    Result result;
    result.ok = true;
    result.identity.kind = Identity::Kind::AkSk;
    result.identity.domainId = key->domainId;
    result.identity.accessKey = key->accessKey;
    if (const auto domain = m_accounts.domainById(key->domainId))
        result.identity.domainName = domain->name;
    return result;
}

} // namespace osm::sim
