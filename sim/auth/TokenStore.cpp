#include "TokenStore.h"

#include <QRandomGenerator>

namespace osm::sim {

QByteArray TokenStore::issue(const QString &userId, const QString &userName, const QString &domainId,
                             const QString &projectId, Token *issued)
{
    // Real IAM tokens are long base64 blobs starting with "MII"; the length matters to header-size code.
    QByteArray random;
    for (int i = 0; i < 96; ++i) {
        const quint32 word = QRandomGenerator::system()->generate();
        random.append(reinterpret_cast<const char *>(&word), sizeof word);
    }
    const QByteArray token = "MIIsim" + random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    Token record;
    record.userId = userId;
    record.userName = userName;
    record.domainId = domainId;
    record.projectId = projectId;
    record.issuedAt = QDateTime::currentDateTimeUtc();
    record.expiresAt = record.issuedAt.addSecs(m_lifetimeSeconds);
    m_tokens.insert(token, record);
    if (issued)
        *issued = record;
    return token;
}

std::optional<TokenStore::Token> TokenStore::validate(const QByteArray &token) const
{
    const auto it = m_tokens.constFind(token);
    if (it == m_tokens.constEnd() || it->expiresAt <= QDateTime::currentDateTimeUtc())
        return std::nullopt;
    return *it;
}

void TokenStore::expireAll()
{
    const QDateTime past = QDateTime::currentDateTimeUtc().addSecs(-1);
    for (Token &token : m_tokens)
        token.expiresAt = past;
}

} // namespace osm::sim
