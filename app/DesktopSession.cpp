#include "DesktopSession.h"

#include "DemoCredentials.h"
#include "Server.h"
#include "account/KeychainCredentialStore.h"
#include "account/ProfileStore.h"
#include "models/CaseListModel.h"
#include "net/ApiClient.h"
#include "windows/MainWindow.h"

#include <QApplication>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

#include <cstdio>

namespace osm::app {

DesktopSession::DesktopSession(QObject *parent) : QObject(parent) {}

DesktopSession::~DesktopSession() = default;

void DesktopSession::startDemo()
{
    m_simulator = new sim::Server(this);
    const quint16 port = m_simulator->listen(0);
    if (port == 0) {
        fail(tr("The built-in simulator could not start."));
        return;
    }
    Credentials credentials;
    credentials.method = Credentials::Method::AkSk;
    credentials.accessKey = QString::fromLatin1(sim::demo::kAccessKey);
    credentials.secretKey = QString::fromLatin1(sim::demo::kSecretKey);
    // Left empty on purpose: the demo looks the account id up through IAM, as a real first sign-in does.
    credentials.domainId.clear();
    openWindow(Endpoint{m_simulator->baseUrl(), m_simulator->baseUrl()}, credentials, {});
}

void DesktopSession::startWithProfile(const QString &requestedId)
{
    QSettings settings;
    ProfileStore profiles(settings);
    const QString id = requestedId.isEmpty() ? profiles.activeProfileId() : requestedId;
    const std::optional<Profile> profile = profiles.load(id);
    if (!profile) {
        fail(requestedId.isEmpty()
                 ? tr("No account is set up yet. Start OSM Desk with --demo to try it with the built-in "
                      "simulator.")
                 : tr("There is no account profile \"%1\".").arg(requestedId));
        return;
    }
    if (const QString problem = profile->endpoint().check(); !problem.isEmpty()) {
        fail(problem);
        return;
    }
    m_credentialStore = new KeychainCredentialStore(this);
    const Profile chosen = *profile;
    m_credentialStore->readSecret(chosen.id, this, [this, chosen](const Result<Secret> &secret) {
        if (!secret.ok()) {
            fail(secret.error().userMessage());
            return;
        }
        openWindow(chosen.endpoint(), assemble(chosen, secret.value()), chosen.id);
    });
}

void DesktopSession::openWindow(const Endpoint &endpoint, const Credentials &credentials, const QString &profileId)
{
    m_client = new ApiClient(endpoint, credentials, this);
    m_client->setLanguage(ApiClient::xLanguageFor(QLocale()));
    if (!profileId.isEmpty()) {
        connect(m_client, &ApiClient::domainIdResolved, this, [profileId](const QString &domainId) {
            QSettings settings;
            ProfileStore(settings).setDomainId(profileId, domainId);
        });
    }
    m_window = std::make_unique<ui::MainWindow>(m_client);
    if (m_selfTest) {
        ui::CaseListModel *model = m_window->caseModel();
        connect(model, &ui::CaseListModel::rowsInserted, this, [model] {
            std::printf("osmdesk: listed %d of %lld cases\n", model->rowCount(), model->totalCount());
            QCoreApplication::exit(0);
        });
        connect(model, &ui::CaseListModel::loadFailed, this, [](const Error &error) {
            std::fprintf(stderr, "osmdesk: %s\n", qPrintable(error.detailedMessage()));
            QCoreApplication::exit(1);
        });
        QTimer::singleShot(60000, this, [] { QCoreApplication::exit(2); });
    }
    m_window->show();
}

void DesktopSession::fail(const QString &message)
{
    std::fprintf(stderr, "osmdesk: %s\n", qPrintable(message));
    if (m_selfTest) {
        QTimer::singleShot(0, [] { QCoreApplication::exit(1); });
        return;
    }
    QMessageBox::critical(nullptr, tr("OSM Desk"), message);
    QTimer::singleShot(0, [] { QCoreApplication::exit(1); });
}

} // namespace osm::app
