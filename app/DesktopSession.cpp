#include "DesktopSession.h"

#include "DemoCredentials.h"
#include "DemoMenu.h"
#include "Server.h"
#include "account/KeychainCredentialStore.h"
#include "account/ProfileStore.h"
#include "dialogs/ProfileDialog.h"
#include "models/CaseListModel.h"
#include "net/ApiClient.h"
#include "store/LocalStore.h"
#include "store/Outbox.h"
#include "windows/CaseWindow.h"
#include "windows/BringToFront.h"
#include "windows/MainWindow.h"
#include "windows/OfflineStatus.h"
#include "Language.h"
#include "LaunchRequest.h"

#include <QApplication>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

#include <cstdio>

namespace osm::app {

DesktopSession::DesktopSession(QObject *parent) : QObject(parent) {}

DesktopSession::~DesktopSession() = default;

namespace {
const QString kLanguageKey = QStringLiteral("ui/language");
} // namespace

QString DesktopSession::savedLanguageCode()
{
    return QSettings().value(kLanguageKey).toString();
}

void DesktopSession::switchLanguage(const QString &code)
{
    // Installing the translators sends QEvent::LanguageChange to every window: they retranslate themselves.
    i18n::applyLanguage(i18n::localeFor(code));
    m_languageCode = code;
    QSettings().setValue(kLanguageKey, code);
    // Server-provided names (categories, problem types, severities) follow on the next request.
    if (m_client)
        m_client->setLanguage(ApiClient::xLanguageFor(QLocale()));
}

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

void DesktopSession::ensureStores()
{
    if (!m_settings)
        m_settings = std::make_unique<QSettings>();
    if (!m_profiles)
        m_profiles = std::make_unique<ProfileStore>(*m_settings);
    if (!m_credentialStore)
        m_credentialStore = new KeychainCredentialStore(this);
}

void DesktopSession::startWithProfile(const QString &requestedId)
{
    ensureStores();
    const QString id = requestedId.isEmpty() ? m_profiles->activeProfileId() : requestedId;
    const std::optional<Profile> profile = m_profiles->load(id);
    if (!profile) {
        if (m_selfTest || !requestedId.isEmpty()) {
            fail(requestedId.isEmpty()
                     ? tr("No account is set up yet. Start OSM Desk with --demo to try it with the built-in "
                          "simulator.")
                     : tr("There is no account profile \"%1\".").arg(requestedId));
            return;
        }
        openProfileDialog(std::nullopt, {});
        return;
    }
    if (const QString problem = profile->endpoint().check(); !problem.isEmpty()) {
        if (m_selfTest)
            fail(problem);
        else
            openProfileDialog(*profile, problem);
        return;
    }
    signIn(*profile);
}

void DesktopSession::signIn(const Profile &chosen)
{
    m_credentialStore->readSecret(chosen.id, this, [this, chosen](const Result<Secret> &secret) {
        if (!secret.ok()) {
            // A missing, unreadable or memory-only-and-gone secret: let the user enter it again.
            if (!m_selfTest && secret.error().category() == Error::Category::Credentials) {
                openProfileDialog(chosen, secret.error().userMessage());
                return;
            }
            fail(secret.error().userMessage());
            return;
        }
        openWindow(chosen.endpoint(), assemble(chosen, secret.value()), chosen.id);
    });
}

void DesktopSession::editAccount()
{
    ensureStores();
    if (const std::optional<Profile> profile = m_profiles->load(m_profileId))
        openProfileDialog(*profile, {}, true);
}

void DesktopSession::signOut()
{
    ensureStores();
    const std::optional<Profile> profile = m_profiles->load(m_profileId);
    if (!profile)
        return;
    m_credentialStore->removeSecret(profile->id, this, [this, profile](const Error &) {
        // Even when the keychain did not answer, the secret is gone from this run: the session ends.
        closeSession();
        openProfileDialog(*profile, tr("You have signed out and the stored secret was forgotten. Enter it again "
                                       "to sign in."));
    });
}

void DesktopSession::closeSession()
{
    QGuiApplication::setQuitOnLastWindowClosed(false);
    m_window.reset();
    m_outbox.reset();
    m_store.reset();
    delete m_client;
    m_profileId.clear();
}

void DesktopSession::openProfileDialog(const std::optional<Profile> &existing, const QString &notice,
                                       bool whileSignedIn)
{
    if (m_profileDialog && m_profileDialog->isVisible()) {
        ui::bringToFront(m_profileDialog);
        return;
    }
    // Between the dialog closing and the main window opening no window is visible; that must not end the app.
    QGuiApplication::setQuitOnLastWindowClosed(false);
    auto *dialog = existing ? new ui::ProfileDialog(*m_profiles, *m_credentialStore, *existing)
                            : new ui::ProfileDialog(*m_profiles, *m_credentialStore);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!notice.isEmpty())
        dialog->setNotice(notice);
    else if (!existing)
        dialog->setNotice(tr("Welcome to OSM Desk. Set up the Huawei Cloud account whose support cases you "
                             "want to work with. (To try OSM Desk without an account, start it with --demo.)"));
    m_profileDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog, whileSignedIn] {
        m_settings->sync();
        const std::optional<Profile> saved = m_profiles->load(dialog->savedProfileId());
        if (!saved) {
            fail(tr("The account could not be saved."));
            return;
        }
        if (whileSignedIn)
            closeSession(); // the account changed: sign in again with what was saved
        // Read the secret back through the store, as any later start will.
        signIn(*saved);
    });
    if (!whileSignedIn)
        connect(dialog, &QDialog::rejected, this, [] { QCoreApplication::exit(0); });
    dialog->open();
}

void DesktopSession::openWindow(const Endpoint &endpoint, const Credentials &credentials, const QString &profileId)
{
    m_client = new ApiClient(endpoint, credentials, this);
    m_client->setLanguage(ApiClient::xLanguageFor(QLocale()));
    if (!profileId.isEmpty()) {
        ensureStores();
        connect(m_client, &ApiClient::domainIdResolved, this, [this, profileId](const QString &domainId) {
            m_profiles->setDomainId(profileId, domainId);
        });
    }
    openStore(profileId);
    if (m_store) {
        m_outbox = std::make_unique<Outbox>(*m_store);
        m_outbox->setClient(m_client);
    }
    m_window = std::make_unique<ui::MainWindow>(m_client);
    connect(m_window.get(), &ui::MainWindow::caseWindowOpened, this, [this](ui::CaseWindow *window) {
        if (m_outbox)
            window->setOutbox(m_outbox.get());
    });
    m_window->setLocalStore(m_store.get());
    m_window->setOutbox(m_outbox.get());
    if (m_outbox) // "Offline — showing saved data", and the outbox goes as soon as the server answers again
        new ui::OfflineStatus(m_window.get(), m_outbox.get(), m_client);
    if (m_simulator) // --demo: Demo ▸ Stop Simulator / Start Simulator
        new DemoMenu(m_window.get(), m_simulator);
    m_profileId = profileId;
    m_window->setAccountActionsEnabled(!profileId.isEmpty());
    connect(m_window.get(), &ui::MainWindow::accountRequested, this, &DesktopSession::editAccount);
    connect(m_window.get(), &ui::MainWindow::signOutRequested, this, &DesktopSession::signOut);
    m_window->setLanguages(i18n::shippedLanguages(), m_languageCode);
    connect(m_window.get(), &ui::MainWindow::languageRequested, this, &DesktopSession::switchLanguage);
    if (m_selfTest) {
        ui::CaseListModel *model = m_window->caseModel();
        // The server's answer, not the saved rows shown before it.
        connect(model, &ui::CaseListModel::totalCountChanged, this, [model](qint64 total) {
            if (total < 0)
                return;
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
    QGuiApplication::setQuitOnLastWindowClosed(true);
    tellStoreRebuilt();
    showRequestedCase();
}

void DesktopSession::openStore(const QString &profileId)
{
    m_store = std::make_unique<LocalStore>();
    if (!m_store->open(LocalStore::defaultPath(profileId.isEmpty() ? QStringLiteral("demo") : profileId))) {
        // Without it the app still works online; nothing is saved.
        std::fprintf(stderr, "osmdesk: the local database cannot be opened: %s\n", qPrintable(m_store->errorText()));
        m_store.reset();
    }
}

void DesktopSession::tellStoreRebuilt()
{
    if (!m_store || m_store->opened() != LocalStore::Opened::RebuiltAfterDamage)
        return;
    const QString message =
        tr("The data saved on this computer for this account could not be read, so OSM Desk started a new local "
           "database. Cases and messages are read again from the server.\n\nThe old file was kept here:\n%1")
            .arg(m_store->asidePath());
    std::fprintf(stderr, "osmdesk: %s\n", qPrintable(message));
    if (m_selfTest)
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("OSM Desk"), message, QMessageBox::Ok, m_window.get());
    box->setObjectName(QStringLiteral("storeRebuiltMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse); // the path can be copied
    box->open();
}

void DesktopSession::handleLaunchRequest(const LaunchRequest &request)
{
    if (!request.caseId.isEmpty())
        m_requestedCaseId = request.caseId;
    // `osmdesk --profile B` while A is shown: B replaces A, as choosing it in the app would (drafts and the
    // outbox are in A's store and wait there). Not while the profile dialog is open (the user is choosing),
    // nor while a dialog of the window runs its own event loop (closing the window under it would crash):
    // then the window only comes forward. An unknown profile changes nothing.
    if (!request.profileId.isEmpty() && !m_simulator && m_window && request.profileId != m_profileId
        && !QApplication::activeModalWidget()) {
        ensureStores();
        if (m_profiles->load(request.profileId)) {
            const QString profileId = request.profileId;
            // Later, not inside the local socket's handler.
            QTimer::singleShot(0, this, [this, profileId] {
                closeSession();
                startWithProfile(profileId);
            });
            return; // the requested case opens with the new window
        }
    }
    QWidget *front = m_profileDialog ? static_cast<QWidget *>(m_profileDialog.data()) : m_window.get();
    if (front) {
        ui::bringToFront(front);
    }
    showRequestedCase();
}

void DesktopSession::showRequestedCase()
{
    if (!m_window || m_requestedCaseId.isEmpty())
        return;
    m_window->openCase(m_requestedCaseId);
    m_requestedCaseId.clear();
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
