#pragma once

#include "model/InstantMessagePoll.h"
#include "net/Error.h"
#include "sync/PollBackoff.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

namespace osm {
class ApiClient;
}

namespace osm::ui {

// A simple poller of 5.10.7 poll_instant_messages for the cases of one window (for now: one thread). Keeps
// the last_message_time_id cursor, has at most one request in flight, and backs off while nothing happens:
// the interval doubles after each quiet answer (or failure) up to the maximum and returns to the minimum on
// any news or noteActivity(). A shared poller for the whole application can replace it later.
class MessagePoller : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultMinimumMs = 5000;
    static constexpr int kDefaultMaximumMs = 5 * 60 * 1000; // idle: at most one poll per 5 minutes (issue 8)

    MessagePoller(ApiClient *client, const QStringList &caseIds, QObject *parent = nullptr);

    void setIntervals(int minimumMs, int maximumMs);
    int interval() const { return m_backoff.interval(); }
    QString cursor() const { return m_cursor; }
    bool isRunning() const { return m_running; }
    bool isInFlight() const { return m_inFlight; }

    void start(); // polls at once, then on the timer
    void stop();
    // Polls now (or right after the request in flight) and goes back to the shortest interval.
    void pollNow();
    // Something happened (the user sent a message, the window came to the front): poll often again.
    void noteActivity();

Q_SIGNALS:
    void polled(const osm::InstantMessagePoll &poll);
    void pollFailed(const osm::Error &error);

private:
    void poll();
    void scheduleNext();

    QPointer<ApiClient> m_client;
    QStringList m_caseIds;
    QTimer m_timer;
    QString m_cursor;
    PollBackoff m_backoff{kDefaultMinimumMs, kDefaultMaximumMs};
    bool m_running = false;
    bool m_inFlight = false;
    bool m_again = false; // pollNow() while a request was in flight
};

} // namespace osm::ui
