#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

namespace osm::sim {

// IAM tokens the simulator issued. Tokens are opaque random strings; only this store knows what they mean.
class TokenStore
{
public:
    struct Token
    {
        QString userId;
        QString userName;
        QString domainId;
        QString projectId; // empty for a domain-scoped token
        QDateTime issuedAt;
        QDateTime expiresAt;
    };

    void setLifetime(qint64 seconds) { m_lifetimeSeconds = seconds; }
    qint64 lifetime() const { return m_lifetimeSeconds; }

    // Returns the X-Subject-Token value; *issued receives the stored record.
    QByteArray issue(const QString &userId, const QString &userName, const QString &domainId,
                     const QString &projectId, Token *issued = nullptr);
    // The token when it is known and not expired.
    std::optional<Token> validate(const QByteArray &token) const;
    bool isKnown(const QByteArray &token) const { return m_tokens.contains(token); }
    void expireAll();
    void clear() { m_tokens.clear(); }
    qsizetype count() const { return m_tokens.size(); }

private:
    qint64 m_lifetimeSeconds = 24 * 3600;
    QHash<QByteArray, Token> m_tokens;
};

} // namespace osm::sim
