#include "FaultInjector.h"

namespace osm::sim {

namespace {

Fault make(Fault::Kind kind, int count, const QString &pathPrefix)
{
    Fault f;
    f.kind = kind;
    f.remaining = count;
    f.pathPrefix = pathPrefix;
    return f;
}

} // namespace

FaultInjector::FaultInjector(QObject *parent)
    : QObject(parent)
{
}

void FaultInjector::add(const Fault &fault)
{
    m_faults.append(fault);
    Q_EMIT changed();
}

void FaultInjector::clear()
{
    m_faults.clear();
    Q_EMIT changed();
}

void FaultInjector::addLatency(int ms, int count, const QString &pathPrefix)
{
    Fault f = make(Fault::Kind::Latency, count, pathPrefix);
    f.latencyMs = ms;
    add(f);
}

void FaultInjector::addHttpError(int status, int count, const QString &pathPrefix)
{
    Fault f = make(Fault::Kind::HttpError, count, pathPrefix);
    f.status = status;
    add(f);
}

void FaultInjector::addRateLimit(int retryAfterSeconds, int count, const QString &pathPrefix)
{
    Fault f = make(Fault::Kind::RateLimit, count, pathPrefix);
    f.retryAfter = retryAfterSeconds;
    add(f);
}

void FaultInjector::addDrop(int count, const QString &pathPrefix)
{
    add(make(Fault::Kind::Drop, count, pathPrefix));
}

void FaultInjector::addDropMidBody(int count, const QString &pathPrefix)
{
    add(make(Fault::Kind::DropMidBody, count, pathPrefix));
}

void FaultInjector::addTruncate(int count, const QString &pathPrefix)
{
    add(make(Fault::Kind::Truncate, count, pathPrefix));
}

void FaultInjector::addHtmlError(int status, int count, const QString &pathPrefix)
{
    Fault f = make(Fault::Kind::HtmlError, count, pathPrefix);
    f.status = status;
    add(f);
}

void FaultInjector::addBusinessError(const QString &errorCode, const QString &errorMsg, int count,
                                     const QString &pathPrefix)
{
    Fault f = make(Fault::Kind::BusinessError, count, pathPrefix);
    f.errorCode = errorCode;
    f.errorMsg = errorMsg;
    add(f);
}

std::optional<Fault> FaultInjector::take(const QByteArray &method, const QString &path)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        Fault &fault = m_faults[i];
        if (!fault.matches(method, path))
            continue;
        const Fault hit = fault;
        if (fault.remaining > 0 && --fault.remaining == 0) {
            m_faults.removeAt(i);
            Q_EMIT changed();
        }
        return hit;
    }
    return std::nullopt;
}

} // namespace osm::sim
