#include "MemoryCredentialStore.h"

namespace osm {

void MemoryCredentialStore::readSecret(const QString &profileId, QObject *context,
                                       std::function<void(Result<Secret>)> done)
{
    Result<Secret> result = m_failure                       ? Result<Secret>(m_failure)
                            : m_secrets.contains(profileId) ? Result<Secret>(m_secrets.value(profileId))
                                                            : Result<Secret>(notFound());
    answerLater(context, [done = std::move(done), result = std::move(result)] { done(result); });
}

void MemoryCredentialStore::writeSecret(const QString &profileId, const Secret &secret, QObject *context,
                                        std::function<void(Error)> done)
{
    if (!m_failure)
        m_secrets.insert(profileId, secret);
    answerLater(context, [done = std::move(done), error = m_failure] { done(error); });
}

void MemoryCredentialStore::removeSecret(const QString &profileId, QObject *context,
                                         std::function<void(Error)> done)
{
    // Removing what is not there succeeds, as with the keychain: the goal state is reached.
    if (!m_failure)
        m_secrets.remove(profileId);
    answerLater(context, [done = std::move(done), error = m_failure] { done(error); });
}

} // namespace osm
