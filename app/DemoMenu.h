#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;
class QMenu;

namespace osm::sim {
class Server;
}

namespace osm::app {

// The Demo menu of `osmdesk --demo`: Stop Simulator / Start Simulator take the built-in simulator away
// (connections refused, open ones dropped) and bring it back on the same address with the same data, so
// that working offline — reading from the local cache, replies waiting in the outbox — and the outbox
// sending everything exactly once when the server is back can be tried without a network.
class DemoMenu : public QObject
{
    Q_OBJECT

public:
    DemoMenu(QMainWindow *window, sim::Server *server);

    QMenu *menu() const { return m_menu; }
    QAction *stopAction() const { return m_stop; }
    QAction *startAction() const { return m_start; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void start();
    void updateActions();
    void retranslateUi();

    QMainWindow *m_window;
    QPointer<sim::Server> m_server;
    QMenu *m_menu;
    QAction *m_stop;
    QAction *m_start;
};

} // namespace osm::app
