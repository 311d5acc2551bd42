#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

class QSettings;

namespace osm {
class ApiClient;
class CredentialStore;
class ProfileStore;
struct Credentials;
struct Endpoint;
} // namespace osm

namespace osm::ctl {

// Where a run's credentials come from: a profile of OSM Desk (same QSettings store, same keychain), or
// --endpoint with the credentials in the environment.
struct ConnectionOptions
{
    QString profile;     // a profile's id or name; empty: the active profile
    QString endpoint;    // --endpoint URL: credentials from OSM_AK/OSM_SK… or OSM_IAM_DOMAIN/OSM_IAM_USER/OSM_PASSWORD
    QString iamEndpoint; // --iam-endpoint URL; by default the endpoint's site's IAM, or the endpoint itself
};

// Opens the account's ApiClient. Asynchronous because the keychain is. Never prints or logs a secret.
class Connection : public QObject
{
    Q_OBJECT

public:
    explicit Connection(QObject *parent = nullptr);
    ~Connection() override;

    struct Failure
    {
        QString message; // translated
        int exitCode = 0;
    };
    using Opened = std::function<void(ApiClient *client, const Failure &failure)>;

    // Calls `opened` once, from the event loop, with a client owned by this object or with the failure.
    void open(const ConnectionOptions &options, Opened opened);

private:
    void openFromEnvironment(const ConnectionOptions &options, const Opened &opened);
    void openFromProfile(const ConnectionOptions &options, const Opened &opened);
    void finish(const Endpoint &endpoint, const Credentials &credentials, const QString &profileId,
                const Opened &opened);
    void fail(const Opened &opened, const QString &message, int exitCode);

    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    CredentialStore *m_credentialStore = nullptr;
    QPointer<ApiClient> m_client;
};

} // namespace osm::ctl
