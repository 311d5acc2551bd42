#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>
#include <optional>

class QSettings;

namespace osm {
class ApiClient;
class CredentialStore;
class Error;
class LocalStore;
class Outbox;
class ProfileStore;
struct Credentials;
struct Endpoint;
struct Profile;
namespace sim {
class Server;
}
namespace ui {
class MainWindow;
class ProfileDialog;
}
} // namespace osm

namespace osm::app {

struct LaunchRequest;

// What one run of osmdesk holds: the account's pipeline, its main window and, in demo mode, the
// in-process simulator it talks to.
class DesktopSession : public QObject
{
    Q_OBJECT

public:
    explicit DesktopSession(QObject *parent = nullptr);
    ~DesktopSession() override;

    // For tests: quit with 0 once the first page of cases is listed, or with 1 on an error.
    void setSelfTest(bool enabled) { m_selfTest = enabled; }
    // The language in use: a QLocale name, "en", or empty for the system's (as chosen in Settings ▸ Language).
    void setLanguageCode(const QString &code) { m_languageCode = code; }
    static QString savedLanguageCode();

    // Starts the simulator with its demo data and signs in to it with AK/SK.
    void startDemo();
    // Signs in with a saved profile (the active one when `profileId` is empty). With no profile set up yet it
    // opens the account dialog (in self-test mode it fails instead); an unknown explicit id still fails, since
    // that is a typo rather than a first run. A profile whose secret or endpoint cannot be used opens the
    // dialog on that profile, saying why.
    void startWithProfile(const QString &profileId);

    // A start's request (this one's, or a later start's forwarded by SingleInstance): bring the window
    // forward and open the case it names. A case asked for before the window exists opens once it does.
    void handleLaunchRequest(const LaunchRequest &request);

    // The signed-in account's local database (cache, outbox, drafts): LocalStore::defaultPath of the profile,
    // "demo" in demo mode. Null before sign-in, after sign-out, or when no file could be made.
    LocalStore *store() const { return m_store.get(); }
    // Its outbox: every reply is recorded there before it is sent (case windows use it). Null without a store.
    Outbox *outbox() const { return m_outbox.get(); }

private:
    void ensureStores();
    void signIn(const Profile &profile);
    // `whileSignedIn`: opened from the main window, so cancelling keeps the session instead of quitting.
    void openProfileDialog(const std::optional<Profile> &existing, const QString &notice, bool whileSignedIn = false);
    void editAccount();
    void signOut();
    void closeSession();
    void openWindow(const Endpoint &endpoint, const Credentials &credentials, const QString &profileId);
    void openStore(const QString &profileId);
    void tellStoreRebuilt();
    void fail(const QString &message);
    void showRequestedCase();
    void switchLanguage(const QString &code);

    bool m_selfTest = false;
    QString m_languageCode;
    QString m_profileId; // the signed-in profile; empty in demo mode
    QPointer<sim::Server> m_simulator;
    QPointer<ApiClient> m_client;
    std::unique_ptr<LocalStore> m_store; // outlives the window, which uses it
    std::unique_ptr<Outbox> m_outbox;    // on m_store: goes before it
    std::unique_ptr<ui::MainWindow> m_window;
    CredentialStore *m_credentialStore = nullptr;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    QPointer<ui::ProfileDialog> m_profileDialog;
    QString m_requestedCaseId; // from a launch request, until the main window can show it
};

} // namespace osm::app
