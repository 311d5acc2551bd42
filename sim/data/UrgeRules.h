#pragma once

#include <QObject>

namespace osm::sim {

class Server;

// The time rules of run_case_action's "press" (urge, 催单) and the clock every case write of the simulator
// reads. The reference names the two errors but no intervals (appendix 7.1): OSM.01010022 "the case has
// just been created, please press later", OSM.01010004 "urged too often". The intervals are the
// simulator's choice and, like the clock, settable so that a test need not wait real minutes.
class UrgeRules : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kDefaultMinCaseAgeMs = 30 * 60 * 1000; // no urging in the first 30 minutes
    static constexpr qint64 kDefaultMinIntervalMs = 60 * 60 * 1000; // at most one urge an hour

    explicit UrgeRules(QObject *parent = nullptr);
    static UrgeRules &of(Server &server);

    qint64 minCaseAgeMs() const { return m_minCaseAgeMs; }
    qint64 minIntervalMs() const { return m_minIntervalMs; }
    void setMinCaseAgeMs(qint64 ms) { m_minCaseAgeMs = ms; }
    void setMinIntervalMs(qint64 ms) { m_minIntervalMs = ms; }

    // Now, as the simulator's case writes see it: the real time plus a settable offset.
    qint64 nowMs() const;
    void advance(qint64 ms) { m_clockOffsetMs += ms; }

private:
    qint64 m_minCaseAgeMs = kDefaultMinCaseAgeMs;
    qint64 m_minIntervalMs = kDefaultMinIntervalMs;
    qint64 m_clockOffsetMs = 0;
};

} // namespace osm::sim
