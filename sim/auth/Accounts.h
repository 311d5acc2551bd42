#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace osm::sim {

// The accounts (domains) the simulator knows: their AK/SK pairs and IAM users.
class Accounts
{
public:
    struct Domain
    {
        QString id;
        QString name;
    };
    struct AccessKey
    {
        QByteArray accessKey;
        QByteArray secretKey;
        QString domainId;
    };
    struct User
    {
        QString id;
        QString name;
        QString password;
        QString domainId;
    };

    // The demo account of DemoCredentials.h: one domain, one AK/SK, one IAM user.
    static Accounts demo();

    void addDomain(const QString &id, const QString &name);
    void addAccessKey(const QByteArray &accessKey, const QByteArray &secretKey, const QString &domainId);
    // The user id is derived from the names, so it is stable across runs.
    void addUser(const QString &domainId, const QString &name, const QString &password);
    void clear();

    std::optional<Domain> domainById(const QString &id) const;
    std::optional<Domain> domainByName(const QString &name) const;
    std::optional<AccessKey> accessKey(const QByteArray &accessKey) const;
    std::optional<User> user(const QString &domainId, const QString &name) const;

    const QList<Domain> &domains() const { return m_domains; }
    const QList<AccessKey> &accessKeys() const { return m_keys; }
    const QList<User> &users() const { return m_users; }

    static QString stableId(const QString &seedText); // 32 hex

private:
    QList<Domain> m_domains;
    QList<AccessKey> m_keys;
    QList<User> m_users;
};

} // namespace osm::sim
