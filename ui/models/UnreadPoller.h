#pragma once

#include "net/Error.h"
#include "sync/PollBackoff.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

namespace osm {
class ApiClient;
}

namespace osm::ui {

class CaseListModel;

// Keeps the unread badges of the case list current: polls 5.10.2 list_unread_messages for the cases the
// list holds, in batches of at most 100 ids, one request in flight at a time, and writes the answers into
// the list with CaseListModel::setUnreadCount (which the views model turns into the views' badges).
//
// A round asks for every listed case, batch after batch; then the poller waits. The wait grows (PollBackoff)
// after a round that changed nothing or a request that failed, and drops to the minimum on activity: a
// count that changed, the first round that works after a failure, or noteActivity()/pollNow(). While slow
// (the window is minimised) it always waits the maximum. A failure of the network (Error::Category::Network
// or Timeout) makes the poller offline until a request succeeds again; while the network is known to be
// down (setNetworkReachable) it does not poll at all, and polls at once when it comes back.
class UnreadPoller : public QObject
{
    Q_OBJECT

public:
    static constexpr int kBatchSize = 100; // case_ids: at most 100 per request (5.10.2)
    static constexpr int kDefaultMinimumMs = 10 * 1000;
    static constexpr int kDefaultMaximumMs = 5 * 60 * 1000; // idle: one round per 5 minutes (issue 8)

    UnreadPoller(ApiClient *client, CaseListModel *cases, QObject *parent = nullptr);

    // nullptr when the account signs out: the poller stops and start() does nothing until a client is set.
    void setClient(ApiClient *client);
    void setIntervals(int minimumMs, int maximumMs);
    // The wait before the next round (the maximum while slow).
    int interval() const;
    const PollBackoff &backoff() const { return m_backoff; }
    // Milliseconds until the next round starts; -1 when none is scheduled (stopped, or a round is running).
    int remainingMs() const { return m_timer.isActive() ? m_timer.remainingTime() : -1; }
    bool isRunning() const { return m_running; }
    bool isInFlight() const { return m_inFlight; }
    bool isOffline() const { return m_offline; }
    bool isSlow() const { return m_slow; }
    bool isNetworkReachable() const { return m_reachable; }

    void start(); // a round at once, then on the timer; does nothing when already running
    void stop();
    // A round now (or right after the one under way), then the shortest interval.
    void pollNow();
    // The user did something (or the list changed): poll often again.
    void noteActivity();
    // Minimised: keep polling, but only at the slow end of the interval.
    void setSlow(bool slow);
    // The system says the network is gone (false) or back (true).
    void setNetworkReachable(bool reachable);

Q_SIGNALS:
    // A round finished; `changed` when some count differed from what the list showed.
    void roundFinished(bool changed);
    // Engineers replied: these cases' unread counts rose in the last round (cases seen for the first time
    // do not count: their unread messages are not news). Emitted once per round, only when not empty.
    void repliesArrived(const QStringList &caseIds);
    void pollFailed(const osm::Error &error);
    void offlineChanged(bool offline);
    // The next round was scheduled (or unscheduled: -1); for a "retrying in N s" status.
    void scheduled(int inMs);

private:
    void startRound();
    void requestNextBatch();
    void finishRound();
    void fail(const Error &error);
    void setOffline(bool offline);
    void scheduleNext();
    QStringList listedCaseIds() const;

    QPointer<ApiClient> m_client;
    QPointer<CaseListModel> m_cases;
    QTimer m_timer;
    PollBackoff m_backoff{kDefaultMinimumMs, kDefaultMaximumMs};
    QStringList m_pending;         // the ids of this round still to ask for
    QStringList m_risen;           // cases whose count rose in this round
    bool m_roundChanged = false;
    bool m_failed = false;         // the last request failed: the next round that works resets the interval
    QHash<QString, int> m_known;   // case id → unread count as last known (polled, or read in a window)
    bool m_running = false;
    bool m_inFlight = false;
    bool m_again = false;          // pollNow() while a round was under way
    bool m_slow = false;
    bool m_offline = false;
    bool m_reachable = true;
};

} // namespace osm::ui
