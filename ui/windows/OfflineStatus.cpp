#include "OfflineStatus.h"

#include "models/CaseListModel.h"
#include "models/ReconnectProbe.h"
#include "models/UnreadPoller.h"
#include "store/Outbox.h"
#include "windows/MainWindow.h"

#include <QEvent>
#include <QLabel>
#include <QStatusBar>

namespace osm::ui {

OfflineStatus::OfflineStatus(MainWindow *window, Outbox *outbox, ApiClient *client)
    : QObject(window), m_window(window), m_outbox(outbox), m_probe(new ReconnectProbe(client, outbox, this)),
      m_label(new QLabel(window))
{
    m_label->setObjectName(QStringLiteral("offlineStatus"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->hide();
    window->statusBar()->addPermanentWidget(m_label);

    if (outbox) {
        connect(outbox, &Outbox::offlineChanged, this, &OfflineStatus::update);
        connect(outbox, &Outbox::itemAdded, this, &OfflineStatus::update);
        connect(outbox, &Outbox::itemSent, this, &OfflineStatus::update);
        connect(outbox, &Outbox::itemRemoved, this, &OfflineStatus::update);
    }
    // Answers the app gets anyway: the server is back.
    UnreadPoller *poller = window->unreadPoller();
    connect(poller, &UnreadPoller::offlineChanged, this, [this](bool offline) {
        if (!offline)
            m_probe->noteAnswer();
        update();
    });
    connect(window->caseModel(), &CaseListModel::refreshed, m_probe, &ReconnectProbe::noteAnswer);
    // (A case window's thread poll does the same: CaseWindow::setOutbox.)
    window->installEventFilter(this);
    update();
}

bool OfflineStatus::isOffline() const
{
    return (m_outbox && m_outbox->isOffline()) || m_window->unreadPoller()->isOffline();
}

void OfflineStatus::update()
{
    if (!isOffline()) {
        m_label->hide();
        return;
    }
    const int waiting = m_outbox ? m_outbox->count() : 0;
    m_label->setText(waiting > 0 ? tr("Offline — showing saved data; %n change(s) waiting", nullptr, waiting)
                                 : tr("Offline — showing saved data"));
    m_label->setToolTip(tr("The server cannot be reached. The cases and messages shown are those saved on this "
                           "computer; what you send is kept and goes out when the server answers again."));
    m_label->setAccessibleName(tr("Connection"));
    m_label->show();
}

bool OfflineStatus::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        update();
    return QObject::eventFilter(watched, event);
}

} // namespace osm::ui
