#include "DiagnoseJobPoller.h"

#include "api/Diagnosis.h"
#include "net/ApiClient.h"
#include "net/WhenReady.h"

namespace osm::ui {

DiagnoseJobPoller::DiagnoseJobPoller(ApiClient *client, QObject *parent) : QObject(parent), m_client(client)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &DiagnoseJobPoller::poll);
}

void DiagnoseJobPoller::start(const QString &jobId, const QString &regionId)
{
    stop();
    m_jobId = jobId;
    m_regionId = regionId;
    poll();
}

void DiagnoseJobPoller::stop()
{
    ++m_generation;
    m_timer.stop();
    m_jobId.clear();
}

void DiagnoseJobPoller::poll()
{
    if (m_jobId.isEmpty())
        return;
    api::ShowDiagnoseJobParams params;
    params.jobId = m_jobId;
    params.regionId = m_regionId;
    const quint64 generation = m_generation;
    whenReady(api::showDiagnoseJob(*m_client, params), this, [this, generation](const Result<DiagnoseJob> &result) {
        if (generation != m_generation)
            return; // a later start() or stop() made this answer stale
        if (!result.ok()) {
            stop();
            Q_EMIT failed(result.error());
            return;
        }
        const DiagnoseJob job = result.value();
        Q_EMIT updated(job);
        if (generation != m_generation)
            return; // a slot restarted or stopped us
        if (job.finished()) {
            stop();
            Q_EMIT finished(job);
        } else {
            m_timer.start();
        }
    });
}

} // namespace osm::ui
