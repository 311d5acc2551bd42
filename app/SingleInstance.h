#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

class QLocalServer;

namespace osm::app {

// One osmdesk per user and mode: the first start listens on a local socket in the user's runtime folder; a
// later start hands its request to it and exits, so that two processes never share one account's store.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    // `name` separates independent instances (the demo from real accounts; tests use their own).
    explicit SingleInstance(const QString &name, QObject *parent = nullptr);
    ~SingleInstance() override;

    // The socket's path: in QStandardPaths::RuntimeLocation, which only the user can enter.
    QString socketPath() const { return m_socketPath; }

    // Delivers `message` to a running instance and waits for its acknowledgement; false when none answers.
    // Blocking on purpose: it runs before this process shows anything, and gives up after `timeoutMs`.
    bool forwardToRunning(const QByteArray &message, int timeoutMs = 2000) const;

    // Becomes the running instance. A socket left behind by a crashed instance is removed first; false when
    // another instance is (or has just started) listening.
    bool listen();

Q_SIGNALS:
    void messageReceived(const QByteArray &message);

private:
    void acceptConnection();

    QString m_socketPath;
    QLocalServer *m_server = nullptr;
};

} // namespace osm::app
