#pragma once

#include <QObject>
#include <QPointer>
#include <memory>

namespace osm {
class ApiClient;
class CredentialStore;
class Error;
struct Credentials;
struct Endpoint;
namespace sim {
class Server;
}
namespace ui {
class MainWindow;
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
    // Signs in with a saved profile (the active one when `profileId` is empty).
    void startWithProfile(const QString &profileId);

private:
    void openWindow(const Endpoint &endpoint, const Credentials &credentials, const QString &profileId);
    void fail(const QString &message);

    bool m_selfTest = false;
    QPointer<sim::Server> m_simulator;
    QPointer<ApiClient> m_client;
    std::unique_ptr<ui::MainWindow> m_window;
    CredentialStore *m_credentialStore = nullptr;
};

} // namespace osm::app
