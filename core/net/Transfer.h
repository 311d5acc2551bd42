#pragma once

#include <QObject>
#include <QPointer>

namespace osm {

class ApiCall;

// Progress and cancellation of one long call (an upload) for a progress bar and a Cancel button. Hand it to
// the operation that starts the call; abort() ends that call with a Cancelled error, also before it has
// started.
class Transfer : public QObject
{
    Q_OBJECT

public:
    explicit Transfer(QObject *parent = nullptr) : QObject(parent) {}

    void abort();
    bool isAborted() const { return m_aborted; }
    qint64 done() const { return m_done; }
    qint64 total() const { return m_total; } // -1 until known

    // Used by the operations: follow this call's upload progress.
    void follow(ApiCall *call);

Q_SIGNALS:
    void progress(qint64 done, qint64 total);

private:
    QPointer<ApiCall> m_call;
    qint64 m_done = 0;
    qint64 m_total = -1;
    bool m_aborted = false;
};

} // namespace osm
