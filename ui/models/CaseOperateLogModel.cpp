#include "CaseOperateLogModel.h"

#include <QLocale>

namespace osm::ui {

namespace {

QStringList idsOf(const QList<CaseOperateLog> &logs)
{
    QStringList ids;
    ids.reserve(logs.size());
    for (const CaseOperateLog &log : logs)
        ids.append(log.incidentLogId);
    return ids;
}

} // namespace

CaseOperateLogModel::CaseOperateLogModel(QObject *parent) : QAbstractTableModel(parent) {}

QString CaseOperateLogModel::operationName(int operateType)
{
    switch (operateType) {
    case CaseOperateLog::Create:
        return tr("Created");
    case CaseOperateLog::Press:
        return tr("Urged");
    case CaseOperateLog::Close:
        return tr("Closed");
    case CaseOperateLog::Cancel:
        return tr("Cancelled");
    case CaseOperateLog::Evaluate:
        return tr("Rated");
    case CaseOperateLog::Delete:
        return tr("Deleted");
    case CaseOperateLog::UserCenterRejected:
        return tr("Rejected by the user centre");
    case CaseOperateLog::TenantConfirmedAuthorization:
        return tr("Authorization confirmed");
    case CaseOperateLog::TenantRejectedAuthorization:
        return tr("Authorization rejected");
    case CaseOperateLog::TenantCancelledAuthorization:
        return tr("Authorization cancelled");
    case CaseOperateLog::TenantExportedCases:
        return tr("Cases exported");
    case CaseOperateLog::CustomerRepliedAwaitingFeedback:
        return tr("Customer replied (awaiting feedback)");
    case CaseOperateLog::ContactModified:
        return tr("Contact information changed");
    case CaseOperateLog::ContactDeleted:
        return tr("Contact information deleted");
    default:
        //: %1 is an operation code the reference does not document
        return tr("Operation %1").arg(operateType);
    }
}

void CaseOperateLogModel::setLogs(const QList<CaseOperateLog> &logs)
{
    const QStringList oldIds = idsOf(m_logs);
    const QStringList newIds = idsOf(logs);
    if (oldIds == newIds) {
        if (m_logs != logs) {
            m_logs = logs;
            if (!m_logs.isEmpty())
                Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        }
        return;
    }
    // The usual refresh: the known entries are still there as one block, new ones before and/or after it.
    const bool idsUsable = !oldIds.contains(QString()) && !newIds.contains(QString());
    const qsizetype at = oldIds.isEmpty() ? 0 : (idsUsable ? newIds.indexOf(oldIds.first()) : -1);
    if (at >= 0 && at + oldIds.size() <= newIds.size() && newIds.mid(at, oldIds.size()) == oldIds) {
        const qsizetype after = newIds.size() - at - oldIds.size();
        if (at > 0) {
            beginInsertRows({}, 0, int(at - 1));
            m_logs = logs.mid(0, at) + m_logs;
            endInsertRows();
        }
        if (after > 0) {
            beginInsertRows({}, int(m_logs.size()), int(m_logs.size() + after - 1));
            m_logs += logs.mid(at + oldIds.size());
            endInsertRows();
        }
        if (m_logs != logs) {
            m_logs = logs;
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        }
        return;
    }
    if (logs.isEmpty()) {
        beginRemoveRows({}, 0, int(m_logs.size() - 1));
        m_logs.clear();
        endRemoveRows();
        return;
    }
    // Entries vanished or moved: rare enough (another log) that a reset is the honest answer.
    beginResetModel();
    m_logs = logs;
    endResetModel();
}

int CaseOperateLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_logs.size());
}

int CaseOperateLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseOperateLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CaseOperateLog &log = m_logs.at(index.row());
    switch (role) {
    case TimeRole:
        return log.time();
    case OperateTypeRole:
        return log.operateType;
    case LogIdRole:
        return log.incidentLogId;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeColumn: {
            const QDateTime time = log.time();
            // A time the app cannot read is shown as the server wrote it.
            return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                                  : log.operateTime;
        }
        case OperationColumn:
            return operationName(log.operateType);
        case OperatorColumn:
            return log.operatorName.isEmpty() ? log.operatorId : log.operatorName;
        case DescriptionColumn:
            return log.operateDesc;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant CaseOperateLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case OperationColumn:
        return tr("Operation");
    case OperatorColumn:
        return tr("By");
    case DescriptionColumn:
        return tr("Note");
    default:
        return {};
    }
}

void CaseOperateLogModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_logs.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                           {Qt::DisplayRole, Qt::ToolTipRole});
}

} // namespace osm::ui
