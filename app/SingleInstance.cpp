#include "SingleInstance.h"

#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>

namespace osm::app {

namespace {
constexpr qint64 kMaxMessage = 4096; // a launch request is a few bytes; refuse anything large
const QByteArray kAcknowledgement = QByteArrayLiteral("ok\n");
}

SingleInstance::SingleInstance(const QString &name, QObject *parent)
    : QObject(parent)
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (folder.isEmpty())
        folder = QDir::tempPath();
    m_socketPath = QDir(folder).filePath(QStringLiteral("%1.socket").arg(name));
}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::forwardToRunning(const QByteArray &message, int timeoutMs) const
{
    QLocalSocket socket;
    socket.connectToServer(m_socketPath);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(message + '\n');
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    }
    return socket.readLine() == kAcknowledgement;
}

bool SingleInstance::listen()
{
    if (m_server)
        return true;
    // Another start may have won the race since forwardToRunning(). Ask first: with socket options set,
    // QLocalServer binds beside the path and renames over it, so listen() would silently take a live
    // instance's socket and leave two instances running.
    {
        QLocalSocket probe;
        probe.connectToServer(m_socketPath);
        if (probe.waitForConnected(200))
            return false;
    }
    auto *server = new QLocalServer(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->listen(m_socketPath)) {
        // Nobody answers, so the file is a crashed instance's leftover.
        QLocalServer::removeServer(m_socketPath);
        if (!server->listen(m_socketPath)) {
            delete server;
            return false;
        }
    }
    m_server = server;
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::acceptConnection);
    return true;
}

void SingleInstance::acceptConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (socket->bytesAvailable() > kMaxMessage) {
                socket->abort();
                return;
            }
            if (!socket->canReadLine())
                return;
            const QByteArray message = socket->readLine().trimmed();
            socket->write(kAcknowledgement);
            socket->disconnectFromServer();
            Q_EMIT messageReceived(message);
        });
    }
}

} // namespace osm::app
