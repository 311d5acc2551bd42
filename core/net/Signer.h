#pragma once

#include "QueryItems.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <utility>

namespace osm {

using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

// SDK-HMAC-SHA256 request signing, as the official Huawei Cloud SDKs do it (docs/architecture.md, "Signing").
// Pure functions: the pipeline signs outgoing requests with them and the simulator verifies incoming ones.
class Signer
{
public:
    static constexpr const char *kAlgorithm = "SDK-HMAC-SHA256";
    static constexpr const char *kUnsignedPayload = "UNSIGNED-PAYLOAD";

    struct Input
    {
        QByteArray method;      // "GET", "POST", ...
        QString host;           // hostname[:port], the port only when the URL names one
        QString path;           // the decoded path, without the signing-only trailing slash
        QueryItems query;       // decoded pairs
        HeaderList headers;     // every header sent except Host and X-Sdk-Date (names in any case)
        QByteArray payloadHash; // hex SHA-256 of the body bytes, or UNSIGNED-PAYLOAD
        QByteArray sdkDate;     // YYYYMMDDTHHMMSSZ
    };

    struct Output
    {
        QByteArray canonicalRequest;
        QByteArray stringToSign;
        QByteArray signedHeaders;
        QByteArray signature;
        QByteArray authorization; // the Authorization header value
    };

    static Output sign(const Input &input, const QByteArray &accessKey, const QByteArray &secretKey);

    // Building blocks, public for the verifier and the tests.
    static QByteArray encode(const QString &text);
    static QByteArray canonicalUri(const QString &decodedPath);
    static QByteArray canonicalQuery(const QueryItems &query);
    static QByteArray wireQuery(const QueryItems &query);
    static QByteArray canonicalRequest(const QByteArray &method, const QString &decodedPath,
                                       const QueryItems &query, const HeaderList &signedHeadersLowerSorted,
                                       const QByteArray &payloadHash);
    static QByteArray stringToSign(const QByteArray &sdkDate, const QByteArray &canonicalRequest);
    static QByteArray signature(const QByteArray &secretKey, const QByteArray &stringToSign);
    static QByteArray payloadHash(const QByteArray &body);
    static QByteArray formatDate(const QDateTime &time);
    static QDateTime parseDate(const QByteArray &sdkDate);

    // The three parts of an "SDK-HMAC-SHA256 Access=.., SignedHeaders=.., Signature=.." header.
    struct Authorization
    {
        bool valid = false;
        QByteArray access;
        QList<QByteArray> signedHeaders;
        QByteArray signature;
    };
    static Authorization parseAuthorization(const QByteArray &header);

    // Decodes a raw (percent-encoded) query string into pairs; '+' is kept as a literal plus.
    static QueryItems decodeQuery(const QByteArray &rawQuery);
};

} // namespace osm
