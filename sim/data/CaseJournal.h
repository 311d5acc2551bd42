#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

namespace osm::sim {

class Server;
struct CaseRecord;

// The operation log of every case (5.11.5 list_case_operate_logs): what create_case, run_case_action,
// create_case_score and update_case_contact_info did, by whom and when. One book per Server, created on
// first use as its child. The seeded cases have no recorded entries: their creation is synthesised.
class CaseJournal : public QObject
{
    Q_OBJECT

public:
    // The operate_type codes of 5.11.5 the simulator writes.
    enum OperateType : int { Create = 0, Press = 2, Close = 3, Cancel = 4, Evaluate = 5, Delete = 13, ContactModified = 114 };
    // operator_type 0..3 is not explained by the reference; the simulator's choice (sim/README.md).
    enum OperatorType : int { Account = 0, SubUser = 1, Engineer = 2, System = 3 };

    struct Entry
    {
        QString logId; // assigned by record()
        QString caseId;
        int operateType = Create;
        int operatorType = Account;
        QString operatorId;
        QString operatorName;
        QString operateDesc;
        qint64 timeMs = 0;
    };

    explicit CaseJournal(QObject *parent = nullptr);
    static CaseJournal &of(Server &server);

    void record(Entry entry);
    // Oldest first, starting with the creation (synthesised from the record when none was written).
    QList<Entry> entriesOf(const CaseRecord &record) const;
    // The time of the newest entry of that type for the case; 0 when there is none.
    qint64 lastTimeMs(const QString &caseId, int operateType) const;

private:
    QHash<QString, QList<Entry>> m_entries; // by case id, oldest first
    quint64 m_nextId = 1;
};

} // namespace osm::sim
