#include "Accounts.h"

#include "DemoCredentials.h"

#include <QCryptographicHash>

namespace osm::sim {

Accounts Accounts::demo()
{
    Accounts accounts;
    const QString domainId = QString::fromLatin1(demo::kDomainId);
    accounts.addDomain(domainId, QString::fromLatin1(demo::kDomainName));
    accounts.addAccessKey(demo::kAccessKey, demo::kSecretKey, domainId);
    accounts.addUser(domainId, QString::fromLatin1(demo::kUserName), QString::fromLatin1(demo::kPassword));
    return accounts;
}

QString Accounts::stableId(const QString &seedText)
{
    return QString::fromLatin1(QCryptographicHash::hash(seedText.toUtf8(), QCryptographicHash::Md5).toHex());
}

void Accounts::addDomain(const QString &id, const QString &name)
{
    for (Domain &domain : m_domains) {
        if (domain.id == id) {
            domain.name = name;
            return;
        }
    }
    m_domains.append({id, name});
}

void Accounts::addAccessKey(const QByteArray &accessKey, const QByteArray &secretKey, const QString &domainId)
{
    for (AccessKey &key : m_keys) {
        if (key.accessKey == accessKey) {
            key = {accessKey, secretKey, domainId};
            return;
        }
    }
    m_keys.append({accessKey, secretKey, domainId});
}

void Accounts::addUser(const QString &domainId, const QString &name, const QString &password)
{
    const QString id = stableId(QStringLiteral("user:") + domainId + QLatin1Char('/') + name);
    for (User &user : m_users) {
        if (user.domainId == domainId && user.name == name) {
            user.password = password;
            return;
        }
    }
    m_users.append({id, name, password, domainId});
}

void Accounts::clear()
{
    m_domains.clear();
    m_keys.clear();
    m_users.clear();
}

std::optional<Accounts::Domain> Accounts::domainById(const QString &id) const
{
    for (const Domain &domain : m_domains) {
        if (domain.id == id)
            return domain;
    }
    return std::nullopt;
}

std::optional<Accounts::Domain> Accounts::domainByName(const QString &name) const
{
    for (const Domain &domain : m_domains) {
        if (domain.name == name)
            return domain;
    }
    return std::nullopt;
}

std::optional<Accounts::AccessKey> Accounts::accessKey(const QByteArray &accessKey) const
{
    for (const AccessKey &key : m_keys) {
        if (key.accessKey == accessKey)
            return key;
    }
    return std::nullopt;
}

std::optional<Accounts::User> Accounts::user(const QString &domainId, const QString &name) const
{
    for (const User &user : m_users) {
        if (user.domainId == domainId && user.name == name)
            return user;
    }
    return std::nullopt;
}

} // namespace osm::sim
