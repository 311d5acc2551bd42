#include "ReconnectProbe.h"

#include "api/Attachments.h"
#include "net/ApiClient.h"
#include "net/WhenReady.h"
#include "store/Outbox.h"

namespace osm::ui {

ReconnectProbe::ReconnectProbe(ApiClient *client, Outbox *outbox, QObject *parent)
    : QObject(parent), m_client(client), m_outbox(outbox)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ReconnectProbe::probe);
    if (outbox) {
        connect(outbox, &Outbox::offlineChanged, this, &ReconnectProbe::update);
        connect(outbox, &Outbox::itemRemoved, this, &ReconnectProbe::update);
        connect(outbox, &Outbox::itemSent, this, &ReconnectProbe::update);
    }
    update();
}

void ReconnectProbe::setIntervals(int minimumMs, int maximumMs)
{
    m_backoff.setRange(minimumMs, maximumMs);
    if (m_timer.isActive() && m_timer.remainingTime() > m_backoff.interval())
        m_timer.start(m_backoff.interval());
}

void ReconnectProbe::noteAnswer()
{
    if (m_outbox && m_outbox->isOffline())
        m_outbox->retryNow();
}

void ReconnectProbe::update()
{
    const bool waiting = m_client && m_outbox && m_outbox->isOffline() && m_outbox->count() > 0;
    if (!waiting) {
        m_timer.stop();
        m_backoff.reset();
        return;
    }
    if (!m_timer.isActive() && !m_inFlight)
        m_timer.start(m_backoff.interval());
}

void ReconnectProbe::probe()
{
    if (!m_client || m_inFlight)
        return;
    m_inFlight = true;
    whenReady(api::showAccessoryLimits(*m_client), this, [this](const Result<AccessoryLimits> &result) {
        m_inFlight = false;
        // Any answer of the service (also a refusal) means it can be reached; only the network's errors do not.
        const bool answered = result.ok() || result.error().category() == Error::Category::Api;
        if (answered) {
            m_backoff.reset();
            noteAnswer();
        } else {
            m_backoff.backOff();
        }
        update();
    });
}

} // namespace osm::ui
