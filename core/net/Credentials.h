#pragma once

#include <QString>

namespace osm {

// What the pipeline needs to authenticate one account. Lives in memory only: the secret parts come from the
// keychain (account/CredentialStore) and are never written to settings, logs or files.
struct Credentials
{
    enum class Method { AkSk, Password };

    Method method = Method::AkSk;

    // AK/SK signing
    QString accessKey;
    QString secretKey;     // secret
    QString securityToken; // secret; set for temporary AK/SK only
    QString domainId;      // X-Domain-Id; looked up through IAM when empty

    // IAM password sign-in (POST /v3/auth/tokens)
    QString iamDomain;  // account (domain) name
    QString iamUser;    // IAM user name
    QString password;   // secret
    QString projectId;  // scope; the domain is the scope when empty

    bool isComplete() const
    {
        return method == Method::AkSk ? !accessKey.isEmpty() && !secretKey.isEmpty()
                                      : !iamDomain.isEmpty() && !iamUser.isEmpty() && !password.isEmpty();
    }
};

} // namespace osm
