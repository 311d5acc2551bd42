#include "KeychainCredentialStore.h"

#include "net/Logging.h"

#include <QPointer>

#include <qt6keychain/keychain.h>

namespace osm {

KeychainCredentialStore::KeychainCredentialStore(QObject *parent)
    : KeychainCredentialStore(QStringLiteral("osmdesk"), parent)
{}

KeychainCredentialStore::KeychainCredentialStore(const QString &service, QObject *parent)
    : CredentialStore(parent), m_service(service)
{}

void KeychainCredentialStore::prepare(QKeychain::Job *job, const QString &profileId)
{
    job->setKey(profileId);
    job->setAutoDelete(true);
    // The fallback would write the secret in plain text to a settings file.
    job->setInsecureFallback(false);
}

bool KeychainCredentialStore::isUnavailable(const QKeychain::Job *job)
{
    // QtKeychain 0.13 has no isAvailable(); the failing job is the probe. Without a D-Bus session the
    // Secret Service backend answers OtherError ("The given address is empty", or "Cannot autolaunch D-Bus
    // without X11 $DISPLAY"); a locked or missing collection is OtherError too.
    switch (job->error()) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        return true;
    default:
        return false;
    }
}

void KeychainCredentialStore::noteUnavailable(const QKeychain::Job *job)
{
    if (m_memoryOnly)
        return;
    m_memoryOnly = true;
    //: %1 is the keychain library's own error text
    m_memoryOnlyReason = tr("No keychain is available (%1). Secrets entered now are kept in memory only and "
                            "will be forgotten when the app quits.")
                             .arg(job->errorString());
    qCWarning(lcAuth) << "keychain unavailable, keeping secrets in memory for this run:"
                      << job->errorString();
    Q_EMIT backendUnavailable(m_memoryOnlyReason);
}

Error KeychainCredentialStore::noKeychainError() const
{
    return Error(Error::Category::Credentials, QStringLiteral("no-keychain")).setDetail(m_memoryOnlyReason);
}

Error KeychainCredentialStore::jobError(const QKeychain::Job *job)
{
    const bool denied =
        job->error() == QKeychain::AccessDenied || job->error() == QKeychain::AccessDeniedByUser;
    const QString code = denied ? QStringLiteral("access-denied") : QStringLiteral("keychain");
    //: %1 is the keychain library's own error text
    return Error(Error::Category::Credentials, code)
        .setDetail(tr("The keychain refused: %1").arg(job->errorString()));
}

void KeychainCredentialStore::readSecret(const QString &profileId, QObject *context,
                                         std::function<void(Result<Secret>)> done)
{
    if (m_memoryOnly || m_memory.contains(profileId)) {
        Result<Secret> result = m_memory.contains(profileId) ? Result<Secret>(m_memory.value(profileId))
                                                             : Result<Secret>(noKeychainError());
        answerLater(context, [done = std::move(done), result = std::move(result)] { done(result); });
        return;
    }

    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    prepare(job, profileId);
    const QPointer<QObject> guard(context ? context : this);
    connect(job, &QKeychain::Job::finished, this, [this, job, profileId, guard, done = std::move(done)] {
        Result<Secret> result;
        if (job->error() == QKeychain::NoError) {
            if (std::optional<Secret> secret = Secret::fromJson(job->textData().toUtf8()))
                result = *secret;
            else
                result = Error(Error::Category::Credentials, QStringLiteral("corrupt"))
                             .setDetail(tr("The keychain entry of this account is not in a format the app "
                                           "understands. Enter the secret again."));
        } else if (job->error() == QKeychain::EntryNotFound) {
            result = notFound();
        } else if (isUnavailable(job)) {
            noteUnavailable(job);
            result = m_memory.contains(profileId) ? Result<Secret>(m_memory.value(profileId))
                                                  : Result<Secret>(noKeychainError());
        } else {
            result = jobError(job);
        }
        if (guard)
            answerLater(guard, [done, result] { done(result); });
    });
    job->start();
}

void KeychainCredentialStore::writeSecret(const QString &profileId, const Secret &secret, QObject *context,
                                          std::function<void(Error)> done)
{
    if (m_memoryOnly) {
        m_memory.insert(profileId, secret);
        answerLater(context, [done = std::move(done), error = noKeychainError()] { done(error); });
        return;
    }

    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    prepare(job, profileId);
    job->setTextData(QString::fromUtf8(secret.toJson()));
    const QPointer<QObject> guard(context ? context : this);
    connect(job, &QKeychain::Job::finished, this,
            [this, job, profileId, secret, guard, done = std::move(done)] {
                Error error;
                if (job->error() == QKeychain::NoError) {
                    m_memory.remove(profileId);
                } else {
                    // Keep it for this run whatever went wrong, so the account works until the app quits.
                    m_memory.insert(profileId, secret);
                    if (isUnavailable(job)) {
                        noteUnavailable(job);
                        error = noKeychainError();
                    } else {
                        error = jobError(job);
                    }
                }
                if (guard)
                    answerLater(guard, [done, error] { done(error); });
            });
    job->start();
}

void KeychainCredentialStore::removeSecret(const QString &profileId, QObject *context,
                                           std::function<void(Error)> done)
{
    m_memory.remove(profileId);
    if (m_memoryOnly) {
        answerLater(context, [done = std::move(done), error = noKeychainError()] { done(error); });
        return;
    }

    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    prepare(job, profileId);
    const QPointer<QObject> guard(context ? context : this);
    connect(job, &QKeychain::Job::finished, this, [this, job, guard, done = std::move(done)] {
        Error error;
        if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound) {
            // Nothing left either way.
        } else if (isUnavailable(job)) {
            noteUnavailable(job);
            error = noKeychainError();
        } else {
            error = jobError(job);
        }
        if (guard)
            answerLater(guard, [done, error] { done(error); });
    });
    job->start();
}

} // namespace osm
