#pragma once

#include <QDateTime>
#include <QRandomGenerator>
#include <QString>

namespace osm::sim {

class DataSet;

// Builds the seeded demo data: ~60 cases over every status of the reference, several sub-users and groups,
// Chinese and English texts, labels and relations, messages of every display_type (some withdrawn), attachments
// and unread replies. Times count back from a fixed anchor, so one seed always gives the same JSON.
class DataGenerator
{
public:
    explicit DataGenerator(quint32 seed);

    void fill(DataSet &data, const QString &domainId);

    static constexpr int kCaseCount = 60;
    static QDateTime anchor(); // 2026-04-01T08:00:00Z

private:
    QString hexId();
    QString caseId(qint64 createTimeMs);
    int pick(int n) { return int(m_rng.bounded(n)); }
    bool chance(int percent) { return pick(100) < percent; }

    QRandomGenerator m_rng;
};

} // namespace osm::sim
