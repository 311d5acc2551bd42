#pragma once

#include "CredentialStore.h"

#include <QHash>

namespace osm {

// An in-memory CredentialStore for tests (and for running without any keychain). Answers through a queued
// call like the real one, so callers cannot come to depend on a synchronous answer.
class MemoryCredentialStore : public CredentialStore
{
    Q_OBJECT

public:
    using CredentialStore::CredentialStore;

    void readSecret(const QString &profileId, QObject *context,
                    std::function<void(Result<Secret>)> done) override;
    void writeSecret(const QString &profileId, const Secret &secret, QObject *context,
                     std::function<void(Error)> done) override;
    void removeSecret(const QString &profileId, QObject *context, std::function<void(Error)> done) override;

    bool contains(const QString &profileId) const { return m_secrets.contains(profileId); }
    qsizetype count() const { return m_secrets.size(); }

    // Test hook: while set, every call answers this error and changes nothing (a locked or broken keychain).
    void setFailure(const Error &error) { m_failure = error; }

private:
    QHash<QString, Secret> m_secrets;
    Error m_failure;
};

} // namespace osm
