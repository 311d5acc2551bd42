#pragma once

#include "sync/PollBackoff.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace osm {
class ApiClient;
class Outbox;
}

namespace osm::ui {

// While the outbox waits for the network, notices promptly that the server answers again and lets the
// outbox go at once (Outbox::retryNow) instead of after its own backoff, which grows to two minutes.
// Any answer the app gets anyway says so (noteAnswer: the unread poller back online, a case list loaded, a
// thread polled); between them a light probe — GET show_accessory_limits, a small read without parameters —
// every few seconds at first, then less often (3 s doubling to 30 s by default). Nothing is sent while the
// outbox is online or empty.
class ReconnectProbe : public QObject
{
    Q_OBJECT

public:
    ReconnectProbe(ApiClient *client, Outbox *outbox, QObject *parent = nullptr);

    void setIntervals(int minimumMs, int maximumMs);
    bool isProbing() const { return m_timer.isActive() || m_inFlight; }
    // Milliseconds until the next probe; -1 when none is scheduled.
    int remainingMs() const { return m_timer.isActive() ? m_timer.remainingTime() : -1; }

public Q_SLOTS:
    // The server answered a request: what waits in the outbox goes now.
    void noteAnswer();

private:
    void update();
    void probe();

    QPointer<ApiClient> m_client;
    QPointer<Outbox> m_outbox;
    PollBackoff m_backoff{3000, 30000};
    QTimer m_timer;
    bool m_inFlight = false;
};

} // namespace osm::ui
