#include "MessagePoller.h"

#include "api/Messages.h"
#include "net/ApiClient.h"
#include "net/WhenReady.h"

namespace osm::ui {

MessagePoller::MessagePoller(ApiClient *client, const QStringList &caseIds, QObject *parent)
    : QObject(parent), m_client(client), m_caseIds(caseIds)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &MessagePoller::poll);
}

void MessagePoller::setIntervals(int minimumMs, int maximumMs)
{
    m_backoff.setRange(minimumMs, maximumMs);
}

void MessagePoller::start()
{
    m_running = true;
    m_backoff.reset();
    pollNow();
}

void MessagePoller::stop()
{
    m_running = false;
    m_again = false;
    m_timer.stop();
}

void MessagePoller::pollNow()
{
    m_backoff.reset();
    if (m_inFlight) {
        m_again = true;
        return;
    }
    m_timer.stop();
    poll();
}

void MessagePoller::noteActivity()
{
    m_backoff.reset();
    // Sooner, never later: activity must not postpone a poll that was about to start.
    if (m_timer.isActive() && m_timer.remainingTime() > m_backoff.interval())
        m_timer.start(m_backoff.interval());
}

void MessagePoller::poll()
{
    if (!m_running || m_inFlight || !m_client || m_caseIds.isEmpty())
        return;
    api::PollInstantMessagesParams params;
    params.caseIds = m_caseIds;
    params.lastMessageTimeId = m_cursor;
    params.trimOsmRichTextLabel = false; // the thread sanitises the markup itself
    m_inFlight = true;
    whenReady(api::pollInstantMessages(*m_client, params), this, [this](const Result<InstantMessagePoll> &result) {
        m_inFlight = false;
        if (result.ok()) {
            if (!result->lastMessageTimeId.isEmpty())
                m_cursor = result->lastMessageTimeId;
            bool news = false;
            for (const InstantMessagePoll::CaseMessages &c : result->caseMessages)
                news = news || !c.messages.isEmpty() || !c.updates.isEmpty();
            if (news)
                m_backoff.reset();
            else
                m_backoff.backOff();
            Q_EMIT polled(result.value());
        } else {
            m_backoff.backOff();
            Q_EMIT pollFailed(result.error());
        }
        scheduleNext();
    });
}

void MessagePoller::scheduleNext()
{
    if (!m_running)
        return;
    if (m_again) {
        m_again = false;
        m_backoff.reset();
        m_timer.start(0);
        return;
    }
    m_timer.start(m_backoff.interval());
}

} // namespace osm::ui
