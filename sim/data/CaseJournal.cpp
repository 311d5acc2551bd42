#include "CaseJournal.h"

#include "Server.h"
#include "data/CaseRecord.h"

namespace osm::sim {

namespace {
const QLatin1StringView kObjectName("osm-sim-case-journal");
}

CaseJournal::CaseJournal(QObject *parent)
    : QObject(parent)
{
    setObjectName(kObjectName);
}

CaseJournal &CaseJournal::of(Server &server)
{
    if (auto *book = server.findChild<CaseJournal *>(kObjectName, Qt::FindDirectChildrenOnly))
        return *book;
    return *new CaseJournal(&server);
}

void CaseJournal::record(Entry entry)
{
    entry.logId = QStringLiteral("%1").arg(m_nextId++, 12, 10, QLatin1Char('0'));
    m_entries[entry.caseId].append(entry);
}

QList<CaseJournal::Entry> CaseJournal::entriesOf(const CaseRecord &record) const
{
    QList<Entry> entries = m_entries.value(record.incidentId);
    const bool created = !entries.isEmpty() && entries.first().operateType == Create;
    if (!created) {
        Entry creation;
        creation.logId = QStringLiteral("seed-") + record.incidentId; // stable: the seed wrote no log
        creation.caseId = record.incidentId;
        creation.operateType = Create;
        creation.operatorType = SubUser;
        creation.operatorId = record.xcustomerId;
        creation.operatorName = record.xcustomerName;
        creation.timeMs = record.createTimeMs;
        entries.prepend(creation);
    }
    return entries;
}

qint64 CaseJournal::lastTimeMs(const QString &caseId, int operateType) const
{
    qint64 last = 0;
    for (const Entry &entry : m_entries.value(caseId)) {
        if (entry.operateType == operateType)
            last = std::max(last, entry.timeMs);
    }
    return last;
}

} // namespace osm::sim
