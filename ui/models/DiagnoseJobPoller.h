#pragma once

#include "model/DiagnoseJob.h"
#include "net/Error.h"

#include <QObject>
#include <QString>
#include <QTimer>

namespace osm {
class ApiClient;
}

namespace osm::ui {

// Follows one diagnosis job (5.15.3 show_diagnose_job) until it is finished: asks at once, then again
// `interval` after each answer (a single-shot timer, never a busy loop, never two requests at a time).
// Starting another job, or stop(), drops the answers still on their way for the previous one.
class DiagnoseJobPoller : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultIntervalMs = 2000;

    explicit DiagnoseJobPoller(ApiClient *client, QObject *parent = nullptr);

    void setInterval(int ms) { m_timer.setInterval(ms); }
    int interval() const { return m_timer.interval(); }

    void start(const QString &jobId, const QString &regionId);
    void stop();
    // A job is being followed (between two polls or waiting for an answer).
    bool isActive() const { return !m_jobId.isEmpty(); }
    QString jobId() const { return m_jobId; }

Q_SIGNALS:
    // Every answer, the last one included.
    void updated(const osm::DiagnoseJob &job);
    // The job reached a final status; polling stopped.
    void finished(const osm::DiagnoseJob &job);
    // A poll failed; polling stopped.
    void failed(const osm::Error &error);

private:
    void poll();

    ApiClient *m_client;
    QTimer m_timer;
    QString m_jobId;
    QString m_regionId;
    quint64 m_generation = 0; // bumped by start() and stop(): older answers are ignored
};

} // namespace osm::ui
