#pragma once

#include "model/CaseOperateLog.h"

#include <QAbstractTableModel>
#include <QList>

namespace osm::ui {

// The operation log of one case (5.11.5 list_case_operate_logs) as a table: when, what, who, note.
// Roles carry raw values (the time as QDateTime, the operate_type code); DisplayRole formats them in the
// user's locale. A refresh that only adds entries inserts rows; the view keeps its selection and scroll.
class CaseOperateLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, OperationColumn, OperatorColumn, DescriptionColumn, ColumnCount };
    enum Role {
        TimeRole = Qt::UserRole + 1, // QDateTime, invalid when the server sent no readable time
        OperateTypeRole,             // int, CaseOperateLog::OperateType (an undocumented code is kept)
        LogIdRole,                   // QString incident_log_id
    };

    explicit CaseOperateLogModel(QObject *parent = nullptr);

    void setLogs(const QList<CaseOperateLog> &logs);
    const QList<CaseOperateLog> &logs() const { return m_logs; }

    // The translated name of an operate_type code ("osm::ui::CaseOperateLogModel" context).
    static QString operationName(int operateType);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // After a language switch: the texts change, the rows do not.
    void retranslate();

private:
    QList<CaseOperateLog> m_logs;
};

} // namespace osm::ui
