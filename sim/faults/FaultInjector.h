#pragma once

#include "faults/Fault.h"

#include <QList>
#include <QObject>

#include <optional>

namespace osm::sim {

// The faults waiting to hit requests, in the order they were added. Switchable at run time in-process and
// over HTTP (/_sim/faults). The first matching fault wins and uses up one of its count.
class FaultInjector : public QObject
{
    Q_OBJECT

public:
    explicit FaultInjector(QObject *parent = nullptr);

    void add(const Fault &fault);
    void clear();
    QList<Fault> pending() const { return m_faults; }

    // Convenience for tests: count -1 = every request.
    void addLatency(int ms, int count = -1, const QString &pathPrefix = {});
    void addHttpError(int status, int count = 1, const QString &pathPrefix = {});
    void addRateLimit(int retryAfterSeconds, int count = 1, const QString &pathPrefix = {});
    void addDrop(int count = 1, const QString &pathPrefix = {});
    void addDropMidBody(int count = 1, const QString &pathPrefix = {});
    void addTruncate(int count = 1, const QString &pathPrefix = {});
    void addHtmlError(int status = 502, int count = 1, const QString &pathPrefix = {});
    void addBusinessError(const QString &errorCode, const QString &errorMsg = {}, int count = 1,
                          const QString &pathPrefix = {});

    // The fault for this request, if any (its count is used up).
    std::optional<Fault> take(const QByteArray &method, const QString &path);

Q_SIGNALS:
    void changed();

private:
    QList<Fault> m_faults;
};

} // namespace osm::sim
