#pragma once

#include "CredentialStore.h"

#include <QHash>

namespace QKeychain {
class Job;
}

namespace osm {

// Secrets in the system keychain through QtKeychain: one entry per profile (service "osmdesk", key = profile
// id, value = Secret's JSON), never QtKeychain's plaintext fallback.
//
// When no keychain answers (no D-Bus session, no Secret Service), the store switches to memory-only for the
// rest of the process: secrets written are kept in a member map so the app keeps working this run, every
// write and remove answers a "no-keychain" error (the keychain was not reached; the memory part was done),
// and backendUnavailable() tells the UI that secrets will be forgotten on exit. A write that fails for
// another reason is also kept in memory, and reads prefer it, since it is newer than the keychain's copy.
class KeychainCredentialStore : public CredentialStore
{
    Q_OBJECT

public:
    explicit KeychainCredentialStore(QObject *parent = nullptr);
    // Another service name keeps tests away from the real entries.
    explicit KeychainCredentialStore(const QString &service, QObject *parent = nullptr);

    void readSecret(const QString &profileId, QObject *context,
                    std::function<void(Result<Secret>)> done) override;
    void writeSecret(const QString &profileId, const Secret &secret, QObject *context,
                     std::function<void(Error)> done) override;
    void removeSecret(const QString &profileId, QObject *context, std::function<void(Error)> done) override;

    QString service() const { return m_service; }
    bool memoryOnly() const { return m_memoryOnly; }
    QString memoryOnlyReason() const
    {
        return m_memoryOnlyReason;
    } // translated; empty while the keychain works

Q_SIGNALS:
    // Emitted once, when the store falls back to memory. `reason` is a translated sentence for the UI.
    void backendUnavailable(const QString &reason);

private:
    void prepare(QKeychain::Job *job, const QString &profileId);
    static bool isUnavailable(const QKeychain::Job *job);
    void noteUnavailable(const QKeychain::Job *job);
    Error noKeychainError() const;
    static Error jobError(const QKeychain::Job *job);

    QString m_service;
    bool m_memoryOnly = false;
    QString m_memoryOnlyReason;
    QHash<QString, Secret> m_memory; // this process only; never written anywhere
};

} // namespace osm
