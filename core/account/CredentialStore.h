#pragma once

#include "Profile.h"
#include "Secret.h"
#include "net/Credentials.h"
#include "net/Error.h"
#include "net/Result.h"

#include <QObject>
#include <QString>

#include <functional>

namespace osm {

// Where profiles' secrets live. Asynchronous because the real keychain is (D-Bus, possibly a prompt).
// Each call answers exactly once, never before it returns, on `context`'s thread; when `context` is destroyed
// first, the answer is dropped (a null context means the store itself). Errors are Category::Credentials
// with codes "not-found", "no-keychain", "access-denied", "corrupt" or "keychain".
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void readSecret(const QString &profileId, QObject *context,
                            std::function<void(Result<Secret>)> done) = 0;
    virtual void writeSecret(const QString &profileId, const Secret &secret, QObject *context,
                             std::function<void(Error)> done) = 0;
    virtual void removeSecret(const QString &profileId, QObject *context,
                              std::function<void(Error)> done) = 0;

    static Error notFound();

protected:
    // Queues `call` onto context's event loop; Qt drops it if context dies first.
    void answerLater(QObject *context, std::function<void()> call);
};

// The pipeline's view of an account: the profile's fields plus the secrets its method uses.
Credentials assemble(const Profile &profile, const Secret &secret);

} // namespace osm
