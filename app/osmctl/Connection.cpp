#include "Connection.h"

#include "ExitCode.h"
#include "account/KeychainCredentialStore.h"
#include "account/ProfileStore.h"
#include "account/Site.h"
#include "net/ApiClient.h"

#include <QLocale>
#include <QSettings>
#include <QTimer>

namespace osm::ctl {

namespace {

QString env(const char *name)
{
    return qEnvironmentVariable(name).trimmed();
}

// The IAM base that goes with an OSM base given on the command line: its site's, else the same host (the
// simulator and test proxies serve both).
QUrl iamFor(const QUrl &osm)
{
    for (const Site &site : Site::all()) {
        if (site.osmUrl.host() == osm.host())
            return site.iamUrl;
    }
    return osm;
}

} // namespace

Connection::Connection(QObject *parent) : QObject(parent) {}

Connection::~Connection() = default;

void Connection::open(const ConnectionOptions &options, Opened opened)
{
    if (!options.endpoint.isEmpty())
        openFromEnvironment(options, opened);
    else
        openFromProfile(options, opened);
}

void Connection::openFromEnvironment(const ConnectionOptions &options, const Opened &opened)
{
    Endpoint endpoint;
    endpoint.osm = QUrl(options.endpoint, QUrl::StrictMode);
    endpoint.iam = options.iamEndpoint.isEmpty() ? iamFor(endpoint.osm) : QUrl(options.iamEndpoint, QUrl::StrictMode);
    if (const QString problem = endpoint.check(); !problem.isEmpty()) {
        fail(opened, problem, ExitUsage);
        return;
    }

    Credentials credentials;
    if (!env("OSM_AK").isEmpty() || !env("OSM_SK").isEmpty()) {
        credentials.method = Credentials::Method::AkSk;
        credentials.accessKey = env("OSM_AK");
        credentials.secretKey = qEnvironmentVariable("OSM_SK");
        credentials.securityToken = qEnvironmentVariable("OSM_SECURITY_TOKEN");
        credentials.domainId = env("OSM_DOMAIN_ID"); // looked up through IAM when empty
    } else {
        credentials.method = Credentials::Method::Password;
        credentials.iamDomain = env("OSM_IAM_DOMAIN");
        credentials.iamUser = env("OSM_IAM_USER");
        credentials.password = qEnvironmentVariable("OSM_PASSWORD");
        credentials.projectId = env("OSM_PROJECT_ID");
    }
    if (!credentials.isComplete()) {
        fail(opened,
             tr("--endpoint needs credentials in the environment: OSM_AK and OSM_SK (optionally OSM_DOMAIN_ID and "
                "OSM_SECURITY_TOKEN), or OSM_IAM_DOMAIN, OSM_IAM_USER and OSM_PASSWORD."),
             ExitAuth);
        return;
    }
    finish(endpoint, credentials, {}, opened);
}

void Connection::openFromProfile(const ConnectionOptions &options, const Opened &opened)
{
    // The desktop application's own store: QSettings("OSMDesk", "osmdesk"), whatever this program is called.
    m_settings = std::make_unique<QSettings>(QStringLiteral("OSMDesk"), QStringLiteral("osmdesk"));
    m_profiles = std::make_unique<ProfileStore>(*m_settings);

    std::optional<Profile> profile;
    if (options.profile.isEmpty()) {
        profile = m_profiles->load(m_profiles->activeProfileId());
        if (!profile) {
            fail(opened,
                 tr("No account profile is set up. Add one in OSM Desk, or use --endpoint with credentials in the "
                    "environment (see --help)."),
                 ExitAuth);
            return;
        }
    } else {
        profile = m_profiles->load(options.profile);
        if (!profile) {
            QList<Profile> named;
            const QList<Profile> all = m_profiles->list();
            for (const Profile &candidate : all) {
                if (candidate.name == options.profile)
                    named.append(candidate);
            }
            if (named.size() > 1) {
                fail(opened, tr("Several account profiles are called \"%1\"; give the profile's id instead.")
                                 .arg(options.profile),
                     ExitUsage);
                return;
            }
            if (named.isEmpty()) {
                fail(opened, tr("There is no account profile \"%1\".").arg(options.profile), ExitUsage);
                return;
            }
            profile = named.first();
        }
    }
    const Endpoint endpoint = profile->endpoint();
    if (const QString problem = endpoint.check(); !problem.isEmpty()) {
        fail(opened, problem, ExitUsage);
        return;
    }

    m_credentialStore = new KeychainCredentialStore(this);
    const Profile chosen = *profile;
    m_credentialStore->readSecret(chosen.id, this, [this, chosen, endpoint, opened](const Result<Secret> &secret) {
        if (!secret.ok()) {
            fail(opened, secret.error().userMessage(), ExitAuth);
            return;
        }
        finish(endpoint, assemble(chosen, secret.value()), chosen.id, opened);
    });
}

void Connection::finish(const Endpoint &endpoint, const Credentials &credentials, const QString &profileId,
                        const Opened &opened)
{
    m_client = new ApiClient(endpoint, credentials, this);
    m_client->setLanguage(ApiClient::xLanguageFor(QLocale()));
    if (!profileId.isEmpty()) {
        // As the desktop does: remember the looked-up account id so that the next run skips the lookup.
        connect(m_client, &ApiClient::domainIdResolved, this, [this, profileId](const QString &domainId) {
            m_profiles->setDomainId(profileId, domainId);
            m_settings->sync();
        });
    }
    QPointer<ApiClient> client = m_client;
    QTimer::singleShot(0, this, [client, opened] { opened(client, {}); });
}

void Connection::fail(const Opened &opened, const QString &message, int exitCode)
{
    QTimer::singleShot(0, this, [opened, message, exitCode] { opened(nullptr, {message, exitCode}); });
}

} // namespace osm::ctl
