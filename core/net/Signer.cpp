#include "Signer.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QTimeZone>

#include <algorithm>

namespace osm {

namespace {

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
           || c == '_' || c == '~';
}

QByteArray hex(const QByteArray &bytes)
{
    return bytes.toHex();
}

} // namespace

QByteArray Signer::encode(const QString &text)
{
    static const char digits[] = "0123456789ABCDEF";
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() * 3);
    for (const char c : utf8) {
        if (isUnreserved(c)) {
            out.append(c);
        } else {
            const auto byte = static_cast<unsigned char>(c);
            out.append('%').append(digits[byte >> 4]).append(digits[byte & 0xF]);
        }
    }
    return out;
}

QByteArray Signer::canonicalUri(const QString &decodedPath)
{
    const QStringList segments = decodedPath.split(QLatin1Char('/'));
    QByteArray out;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (i > 0)
            out.append('/');
        out.append(encode(segments.at(i)));
    }
    if (!out.endsWith('/'))
        out.append('/');
    return out;
}

QByteArray Signer::canonicalQuery(const QueryItems &query)
{
    QList<std::pair<QByteArray, QByteArray>> encoded;
    encoded.reserve(query.size());
    for (const auto &[key, value] : query)
        encoded.append({encode(key), encode(value)});
    // Sorted by key, then by value: the SDK sorts the values of a repeated key as strings.
    std::sort(encoded.begin(), encoded.end());
    QByteArray out;
    for (const auto &[key, value] : encoded) {
        if (!out.isEmpty())
            out.append('&');
        out.append(key).append('=').append(value);
    }
    return out;
}

QByteArray Signer::wireQuery(const QueryItems &query)
{
    QByteArray out;
    for (const auto &[key, value] : query) {
        if (!out.isEmpty())
            out.append('&');
        out.append(encode(key)).append('=').append(encode(value));
    }
    return out;
}

QByteArray Signer::canonicalRequest(const QByteArray &method, const QString &decodedPath, const QueryItems &query,
                                    const HeaderList &signedHeadersLowerSorted, const QByteArray &payloadHash)
{
    QByteArray headerBlock;
    QByteArray names;
    for (const auto &[name, value] : signedHeadersLowerSorted) {
        headerBlock.append(name).append(':').append(value.trimmed()).append('\n');
        if (!names.isEmpty())
            names.append(';');
        names.append(name);
    }
    return method.toUpper() + '\n' + canonicalUri(decodedPath) + '\n' + canonicalQuery(query) + '\n' + headerBlock
           + '\n' + names + '\n' + payloadHash;
}

QByteArray Signer::stringToSign(const QByteArray &sdkDate, const QByteArray &canonicalRequest)
{
    return QByteArray(kAlgorithm) + '\n' + sdkDate + '\n'
           + hex(QCryptographicHash::hash(canonicalRequest, QCryptographicHash::Sha256));
}

QByteArray Signer::signature(const QByteArray &secretKey, const QByteArray &stringToSign)
{
    return hex(QMessageAuthenticationCode::hash(stringToSign, secretKey, QCryptographicHash::Sha256));
}

QByteArray Signer::payloadHash(const QByteArray &body)
{
    return hex(QCryptographicHash::hash(body, QCryptographicHash::Sha256));
}

QByteArray Signer::formatDate(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

QDateTime Signer::parseDate(const QByteArray &sdkDate)
{
    QDateTime parsed = QDateTime::fromString(QString::fromLatin1(sdkDate), QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    parsed.setTimeZone(QTimeZone::utc());
    return parsed;
}

Signer::Output Signer::sign(const Input &input, const QByteArray &accessKey, const QByteArray &secretKey)
{
    const bool unsignedPayload = input.payloadHash == kUnsignedPayload;
    HeaderList signedHeaders;
    signedHeaders.append({"host", input.host.toUtf8()});
    signedHeaders.append({"x-sdk-date", input.sdkDate});
    for (const auto &[name, value] : input.headers) {
        const QByteArray lower = name.toLower();
        if (lower == "host" || lower == "x-sdk-date" || lower == "authorization")
            continue;
        // A multipart body is not hashed, so its boundary-carrying content type is not signed either.
        if (unsignedPayload && lower == "content-type")
            continue;
        signedHeaders.append({lower, value});
    }
    std::sort(signedHeaders.begin(), signedHeaders.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });

    Output out;
    out.canonicalRequest = canonicalRequest(input.method, input.path, input.query, signedHeaders, input.payloadHash);
    out.stringToSign = stringToSign(input.sdkDate, out.canonicalRequest);
    for (const auto &header : std::as_const(signedHeaders)) {
        if (!out.signedHeaders.isEmpty())
            out.signedHeaders.append(';');
        out.signedHeaders.append(header.first);
    }
    out.signature = signature(secretKey, out.stringToSign);
    out.authorization = QByteArray(kAlgorithm) + " Access=" + accessKey + ", SignedHeaders=" + out.signedHeaders
                        + ", Signature=" + out.signature;
    return out;
}

Signer::Authorization Signer::parseAuthorization(const QByteArray &header)
{
    Authorization auth;
    const QByteArray prefix = QByteArray(kAlgorithm) + ' ';
    if (!header.startsWith(prefix))
        return auth;
    const QList<QByteArray> parts = header.mid(prefix.size()).split(',');
    for (const QByteArray &rawPart : parts) {
        const QByteArray part = rawPart.trimmed();
        const qsizetype eq = part.indexOf('=');
        if (eq <= 0)
            return auth;
        const QByteArray key = part.left(eq);
        const QByteArray value = part.mid(eq + 1);
        if (key == "Access")
            auth.access = value;
        else if (key == "SignedHeaders")
            auth.signedHeaders = value.split(';');
        else if (key == "Signature")
            auth.signature = value;
    }
    auth.valid = !auth.access.isEmpty() && !auth.signedHeaders.isEmpty() && !auth.signature.isEmpty();
    return auth;
}

QueryItems Signer::decodeQuery(const QByteArray &rawQuery)
{
    QueryItems items;
    if (rawQuery.isEmpty())
        return items;
    for (const QByteArray &pair : rawQuery.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QByteArray key = eq < 0 ? pair : pair.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        items.append({QString::fromUtf8(QByteArray::fromPercentEncoding(key)),
                      QString::fromUtf8(QByteArray::fromPercentEncoding(value))});
    }
    return items;
}

} // namespace osm
