#include "CredentialStore.h"

namespace osm {

Error CredentialStore::notFound()
{
    return Error(Error::Category::Credentials, QStringLiteral("not-found"))
        .setDetail(tr("No secret is saved for this account. Enter it again in the account settings."));
}

void CredentialStore::answerLater(QObject *context, std::function<void()> call)
{
    QMetaObject::invokeMethod(context ? context : this, std::move(call), Qt::QueuedConnection);
}

Credentials assemble(const Profile &profile, const Secret &secret)
{
    Credentials credentials;
    credentials.method = profile.method;
    credentials.accessKey = profile.accessKey;
    credentials.domainId = profile.domainId;
    credentials.iamDomain = profile.iamDomain;
    credentials.iamUser = profile.iamUser;
    credentials.projectId = profile.projectId;
    // Only the secrets the method uses, so a leftover secret of the other method never travels.
    if (profile.method == Credentials::Method::AkSk) {
        credentials.secretKey = secret.secretKey;
        if (profile.temporaryKey)
            credentials.securityToken = secret.securityToken;
    } else {
        credentials.password = secret.password;
    }
    return credentials;
}

} // namespace osm
