#pragma once

#include <QObject>
#include <QPointer>

class QLabel;

namespace osm {
class ApiClient;
class Outbox;
}

namespace osm::ui {

class MainWindow;
class ReconnectProbe;

// Offline in the main window's status bar: while the server cannot be reached (the outbox is waiting for the
// network, or the unread poller went offline) it says "Offline — showing saved data; N changes waiting", as
// the list and the case windows show what the local cache holds and replies queue in the outbox. Lets the
// outbox go as soon as the server answers again (ReconnectProbe, fed by the poller and the case list).
class OfflineStatus : public QObject
{
    Q_OBJECT

public:
    OfflineStatus(MainWindow *window, Outbox *outbox, ApiClient *client);

    QLabel *label() const { return m_label; }
    ReconnectProbe *probe() const { return m_probe; }
    bool isOffline() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update();

    MainWindow *m_window;
    QPointer<Outbox> m_outbox;
    ReconnectProbe *m_probe;
    QLabel *m_label;
};

} // namespace osm::ui
