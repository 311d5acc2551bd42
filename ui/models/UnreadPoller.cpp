#include "UnreadPoller.h"

#include "api/Messages.h"
#include "models/CaseListModel.h"
#include "net/ApiClient.h"
#include "net/WhenReady.h"

#include <utility>

namespace osm::ui {

UnreadPoller::UnreadPoller(ApiClient *client, CaseListModel *cases, QObject *parent)
    : QObject(parent), m_client(client), m_cases(cases)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &UnreadPoller::startRound);
    // A count changed elsewhere (the thread was read in its window) is the new base for "did it rise?".
    connect(cases, &CaseListModel::unreadCountChanged, this, [this](const QString &caseId, int, int unread) {
        if (m_known.contains(caseId))
            m_known.insert(caseId, unread);
    });
}

void UnreadPoller::setClient(ApiClient *client)
{
    m_client = client;
    if (!client)
        stop();
}

void UnreadPoller::setIntervals(int minimumMs, int maximumMs)
{
    m_backoff.setRange(minimumMs, maximumMs);
}

int UnreadPoller::interval() const
{
    return m_slow ? m_backoff.maximum() : m_backoff.interval();
}

void UnreadPoller::start()
{
    if (m_running || !m_client)
        return;
    m_running = true;
    m_backoff.reset();
    pollNow();
}

void UnreadPoller::stop()
{
    m_running = false;
    m_again = false;
    m_timer.stop();
    Q_EMIT scheduled(-1);
    // A request under way still answers; its counts are true and are applied, but no further batch follows.
}

void UnreadPoller::pollNow()
{
    m_backoff.reset();
    if (m_inFlight) {
        m_again = true;
        return;
    }
    m_timer.stop();
    startRound();
}

void UnreadPoller::noteActivity()
{
    m_backoff.reset();
    // Sooner, never later: activity must not postpone a round that was about to start.
    if (m_timer.isActive() && m_timer.remainingTime() > interval()) {
        m_timer.start(interval());
        Q_EMIT scheduled(interval());
    }
}

void UnreadPoller::setSlow(bool slow)
{
    if (m_slow == slow)
        return;
    m_slow = slow;
    if (!slow && m_timer.isActive() && m_timer.remainingTime() > interval()) {
        m_timer.start(interval());
        Q_EMIT scheduled(interval());
    }
}

void UnreadPoller::setNetworkReachable(bool reachable)
{
    if (m_reachable == reachable)
        return;
    m_reachable = reachable;
    if (!reachable) {
        // Nothing can answer: no requests until the system says the network is back.
        m_timer.stop();
        setOffline(true);
        Q_EMIT scheduled(-1);
    } else if (m_running) {
        pollNow();
    }
}

QStringList UnreadPoller::listedCaseIds() const
{
    QStringList ids;
    if (!m_cases)
        return ids;
    const int rows = m_cases->rowCount();
    ids.reserve(rows);
    for (int row = 0; row < rows; ++row)
        ids.append(m_cases->caseAt(row).incidentId);
    return ids;
}

void UnreadPoller::startRound()
{
    if (!m_running || m_inFlight || !m_reachable || !m_client || !m_cases)
        return;
    // The cases listed now; rows that arrive during the round are asked for in the next one.
    m_pending = listedCaseIds();
    m_risen.clear();
    m_roundChanged = false;
    if (m_pending.isEmpty()) {
        finishRound();
        return;
    }
    requestNextBatch();
}

void UnreadPoller::requestNextBatch()
{
    const QStringList batch = m_pending.mid(0, kBatchSize);
    m_pending.remove(0, batch.size());
    m_inFlight = true;
    whenReady(api::listUnreadMessages(*m_client, batch, m_cases->filter().groupId), this,
              [this, batch](const Result<UnreadCounts> &result) {
        m_inFlight = false;
        if (!result.ok()) {
            fail(result.error());
            return;
        }
        setOffline(false);
        for (const QString &caseId : batch) {
            const int unread = result->unreadFor(caseId); // no row: nothing unread
            const int previous = m_known.value(caseId, -1); // -1: first seen, so nothing is news
            if (previous >= 0 && unread != previous) {
                m_roundChanged = true;
                if (unread > previous && !m_risen.contains(caseId))
                    m_risen.append(caseId);
            }
            m_known.insert(caseId, unread);
            if (m_cases)
                m_cases->setUnreadCount(caseId, unread);
        }
        if (m_running && !m_pending.isEmpty() && m_client && m_cases && m_reachable)
            requestNextBatch();
        else
            finishRound();
    });
}

void UnreadPoller::finishRound()
{
    m_pending.clear();
    // Counts that changed are activity; so is the first round that works after failures (back online).
    if (m_roundChanged || std::exchange(m_failed, false))
        m_backoff.reset();
    else
        m_backoff.backOff();
    if (!m_risen.isEmpty())
        Q_EMIT repliesArrived(std::exchange(m_risen, {}));
    Q_EMIT roundFinished(m_roundChanged);
    scheduleNext();
}

void UnreadPoller::fail(const Error &error)
{
    m_pending.clear();
    m_backoff.backOff();
    m_failed = true;
    // The batches that did answer brought real news.
    if (!m_risen.isEmpty())
        Q_EMIT repliesArrived(std::exchange(m_risen, {}));
    // Offline only when nothing answered; an error from the server means the network is there.
    setOffline(error.category() == Error::Category::Network || error.category() == Error::Category::Timeout);
    Q_EMIT pollFailed(error);
    scheduleNext();
}

void UnreadPoller::setOffline(bool offline)
{
    if (m_offline == offline)
        return;
    m_offline = offline;
    Q_EMIT offlineChanged(offline);
}

void UnreadPoller::scheduleNext()
{
    if (!m_running || !m_reachable) {
        m_again = false;
        Q_EMIT scheduled(-1);
        return;
    }
    if (m_again) {
        m_again = false;
        m_backoff.reset();
        m_timer.start(0);
        Q_EMIT scheduled(0);
        return;
    }
    m_timer.start(interval());
    Q_EMIT scheduled(interval());
}

} // namespace osm::ui
