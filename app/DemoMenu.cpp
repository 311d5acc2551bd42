#include "DemoMenu.h"

#include "Server.h"

#include <QAction>
#include <QEvent>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>

namespace osm::app {

DemoMenu::DemoMenu(QMainWindow *window, sim::Server *server)
    : QObject(window), m_window(window), m_server(server), m_menu(new QMenu(window)), m_stop(new QAction(this)),
      m_start(new QAction(this))
{
    m_menu->setObjectName(QStringLiteral("demoMenu"));
    m_stop->setObjectName(QStringLiteral("stopSimulatorAction"));
    m_start->setObjectName(QStringLiteral("startSimulatorAction"));
    m_menu->addActions({m_stop, m_start});
    // Before Help, the last menu by convention.
    const QList<QAction *> menus = window->menuBar()->actions();
    window->menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.last(), m_menu);

    connect(m_stop, &QAction::triggered, this, [this] {
        if (m_server)
            m_server->stop();
    });
    connect(m_start, &QAction::triggered, this, &DemoMenu::start);
    if (server)
        connect(server, &sim::Server::listeningChanged, this, &DemoMenu::updateActions);
    window->installEventFilter(this);
    retranslateUi();
}

void DemoMenu::start()
{
    if (!m_server || m_server->restart())
        return;
    m_window->statusBar()->showMessage(
        tr("The simulator cannot listen on port %1 again: another program took it.").arg(m_server->port()));
}

void DemoMenu::updateActions()
{
    const bool listening = m_server && m_server->isListening();
    m_stop->setEnabled(listening);
    m_start->setEnabled(m_server && !listening);
}

bool DemoMenu::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslateUi();
    return QObject::eventFilter(watched, event);
}

void DemoMenu::retranslateUi()
{
    //: The menu of osmdesk --demo, which runs against the built-in simulator
    m_menu->setTitle(tr("&Demo"));
    m_stop->setText(tr("S&top Simulator"));
    m_stop->setToolTip(tr("Take the built-in simulator away, as if the server could not be reached: OSM Desk "
                          "works from what it saved and keeps your replies until the simulator is back"));
    m_start->setText(tr("&Start Simulator"));
    m_start->setToolTip(tr("Bring the built-in simulator back, with the same data"));
    updateActions();
}

} // namespace osm::app
