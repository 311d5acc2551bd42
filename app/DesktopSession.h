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

    // Starts the simulator with its demo data and signs in to it with AK/SK.
    void startDemo();
    // Signs in with a saved profile (the active one when `profileId` is empty). With no profile set up yet it
    // opens the account dialog (in self-test mode it fails instead); an unknown explicit id still fails, since
    // that is a typo rather than a first run. A profile whose secret or endpoint cannot be used opens the
    // dialog on that profile, saying why.
    void startWithProfile(const QString &profileId);

private:
    void ensureStores();
    void signIn(const Profile &profile);
    // `whileSignedIn`: opened from the main window, so cancelling keeps the session instead of quitting.
    void openProfileDialog(const std::optional<Profile> &existing, const QString &notice, bool whileSignedIn = false);
    void editAccount();
    void signOut();
    void closeSession();
    void openWindow(const Endpoint &endpoint, const Credentials &credentials, const QString &profileId);
    void fail(const QString &message);

    bool m_selfTest = false;
    QString m_profileId; // the signed-in profile; empty in demo mode
    QPointer<sim::Server> m_simulator;
    QPointer<ApiClient> m_client;
    std::unique_ptr<ui::MainWindow> m_window;
    CredentialStore *m_credentialStore = nullptr;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    QPointer<ui::ProfileDialog> m_profileDialog;
};

} // namespace osm::app
